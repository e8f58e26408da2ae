// Fuzzes the search-query parser and the value matchers: any input must parse or give an error with a
// column inside the text and a message; a parsed query's canonical text must parse back to itself.
#include "query/QueryParser.h"
#include "query/TextMatch.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void matchTerms(const kunren::QueryNode& node, std::string_view text)
{
    if (node.kind == kunren::QueryNode::Kind::Term) {
        // Exercise wildcard and substring matching on attacker-chosen patterns and text.
        (void)kunren::ValueMatcher(node.term, kunren::ValueMatcher::Mode::Equals).matchText(text);
        (void)kunren::ValueMatcher(node.term, kunren::ValueMatcher::Mode::Contains).matchText(text);
    }
    for (const auto& child : node.children)
        matchTerms(child, text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const kunren::ParsedQuery parsed = kunren::parseQuery(text);
    if (!parsed.ok()) {
        const auto& e = *parsed.error;
        if (e.message.empty() || e.column < 1 || static_cast<std::size_t>(e.column) > size + 1)
            std::abort();
        return 0;
    }
    const std::string canonical = kunren::toString(parsed.root);
    const kunren::ParsedQuery again = kunren::parseQuery(canonical);
    if (!again.ok() || kunren::toString(again.root) != canonical)
        std::abort();
    matchTerms(parsed.root, text);
    return 0;
}
