// What a message template means for one term, worked out once per template: whether its own text
// decides (Never / Always), only its arguments can hold the term (Args), or a match may cross from an
// argument into the template's text so rows must be rendered (Render).
#include "query/LogFilterImpl.h"
#include "semconv/RecordAttributes.h"

#include "query/CrossingMatch.h"
#include "query/InlineIdText.h"

#include <algorithm>

namespace kunren {

using namespace logfilter; // the leaf types the Impl works on

// An inline id's prefix (the first three letters of its placeholder's name, lowercase) as one word.
std::uint32_t idPrefixKey(std::string_view name)
{
    std::uint32_t key = static_cast<std::uint32_t>(std::min<std::size_t>(3, name.size())) << 24;
    for (std::size_t i = 0; i < 3 && i < name.size(); ++i)
        key |= std::uint32_t{static_cast<std::uint8_t>(lowerAscii(name[i]))} << (8 * i);
    return key;
}

std::string idPrefixText(std::uint32_t key)
{
    std::string prefix;
    for (std::uint32_t i = 0; i < key >> 24; ++i)
        prefix.push_back(static_cast<char>(key >> (8 * i) & 0xff));
    return prefix;
}

const TemplateInfo& LogFilter::Impl::addTemplate(Leaf& l, StringId templ, const LogTemplateParts* parts)
{
    std::uint32_t slot = templ < l.templateSlot.size() ? l.templateSlot[templ] : 0;
    if (slot == 0) {
        l.templates.push_back(analyze(l, templ, parts));
        slot = static_cast<std::uint32_t>(l.templates.size());
        if (templ < l.templateSlot.size())
            l.templateSlot[templ] = slot;
    }
    return l.templates[slot - 1];
}

TemplateInfo LogFilter::Impl::analyze(const Leaf& l, StringId templ, const LogTemplateParts* split) const
{
    TemplateInfo info;
    if (!split) {
        info.ownParts = std::make_unique<LogTemplateParts>(splitLogTemplate(store.str(templ)));
        split = info.ownParts.get();
    }
    const LogTemplateParts& parts = *split;
    info.names = parts.names;
    for (const std::string_view name : parts.names)
        info.idPossible.push_back(l.idPossible && (idFactsOf(l, name) & 1) ? 1 : 0);
    if (l.kind == LeafKind::Attribute) {
        info.placeholder = semconv::placeholderIndex(parts, l.path); // the first of a name, as the export
        return info;
    }
    if (l.kind != LeafKind::Text)
        return info;
    for (const std::string_view name : parts.names)
        info.idStraddle.push_back(idFactsOf(l, name) >> 1 & 1);
    for (const std::string_view literal : parts.literals)
        if (l.value.matchText(literal)) {
            info.state = TextState::Always;
            return info;
        }
    if (parts.names.empty()) {
        info.state = TextState::Never;
        return info;
    }
    // A literal term may straddle template text and an argument; only rendering can tell.
    const std::string_view needle = l.value.literal();
    if (!needle.empty())
        info.crossAnyArg = crossingPossible(parts, needle, [&](std::size_t k, std::size_t a) {
            if (a >= 64 || nonStringCanEndWith(l, parts.names[k], a))
                return true;
            if (stringsEndWith(l) >> a & 1)
                info.crossEnds |= std::uint64_t{1} << a;
            return false;
        });
    info.state = info.crossAnyArg || info.crossEnds ? TextState::Render : TextState::Args;
    return info;
}

// idCouldMatch (bit 0) and idCouldStraddle (bit 1) for ids at a placeholder called `name`, worked out
// once per prefix.
std::uint8_t LogFilter::Impl::idFactsOf(const Leaf& l, std::string_view name)
{
    const std::uint32_t key = idPrefixKey(name);
    for (const auto& [k, facts] : l.idFacts)
        if (k == key)
            return facts;
    const std::string prefix = idPrefixText(key);
    const auto facts = static_cast<std::uint8_t>((idCouldMatch(prefix, l.term) ? 1 : 0) |
                                                 (idCouldStraddle(l.value.literal(), prefix) ? 2 : 0));
    l.idFacts.emplace_back(key, facts);
    return facts;
}

// Could a number, or an id of the shape placeholder `name` gives, end with needle[0, a)?
bool LogFilter::Impl::nonStringCanEndWith(const Leaf& l, std::string_view name, std::size_t a)
{
    const std::string_view part = l.value.literal().substr(0, a);
    if (std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return true;
    return l.idPossible && idCanEndWith(lowerAscii(name.substr(0, std::min<std::size_t>(3, name.size()))), part);
}

// Bit a (1 ≤ a < 64) of a string's text: it ends with needle[0, a).
std::uint64_t LogFilter::Impl::endsWithNeedle(std::string_view text, std::string_view needle)
{
    std::uint64_t bits = 0;
    for (std::size_t k = 1; k < needle.size() && k <= text.size() && k < 64; ++k) {
        const std::string_view tail = text.substr(text.size() - k);
        if (std::equal(tail.begin(), tail.end(), needle.begin(), [](char t, char n) { return lowerAscii(t) == n; }))
            bits |= std::uint64_t{1} << k;
    }
    return bits;
}

// endsWithNeedle over every string: computed once per query, and only when a template's literals
// leave a crossing open.
std::uint64_t LogFilter::Impl::stringsEndWith(const Leaf& l) const
{
    if (!l.stringEndsKnown) {
        for (std::size_t s = 1; s < stringCount; ++s)
            l.stringEnds |= endsWithNeedle(store.str(static_cast<StringId>(s)), l.value.literal());
        l.stringEndsKnown = true;
    }
    return l.stringEnds;
}

// A match that crosses from an argument into the template text (or on into the next argument) overlaps
// the argument at its start (the argument ends with a beginning of the needle), at its end (it starts with
// an end of the needle) or entirely (the needle contains it).
bool LogFilter::Impl::couldStraddle(std::string_view needle, std::string_view text)
{
    const std::string lower = lowerAscii(text);
    if (needle.find(lower) != std::string_view::npos)
        return true;
    for (std::size_t j = 1; j < needle.size() && j <= lower.size(); ++j)
        if (std::string_view(lower).substr(lower.size() - j) == needle.substr(0, j) ||
            std::string_view(lower).substr(0, j) == needle.substr(needle.size() - j))
            return true;
    return false;
}

} // namespace kunren
