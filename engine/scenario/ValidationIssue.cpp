#include "scenario/ValidationIssue.h"

namespace kunren {

std::string childPointer(std::string_view base, std::string_view token)
{
    std::string out(base);
    out.reserve(base.size() + token.size() + 1);
    out += '/';
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string childPointer(std::string_view base, std::size_t index)
{
    std::string out(base);
    out += '/';
    out += std::to_string(index);
    return out;
}

std::string_view parentPointer(std::string_view pointer)
{
    const auto slash = pointer.rfind('/');
    return slash == std::string_view::npos ? std::string_view{} : pointer.substr(0, slash);
}

std::string quoteText(std::string_view text)
{
    constexpr std::size_t kMax = 60;
    std::size_t cut = text.size();
    if (cut > kMax) {
        cut = kMax;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // don't split a UTF-8 sequence
    }
    std::string out = "\"";
    for (char c : text.substr(0, cut)) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) { // keep a message on one line
            static const char* hex = "0123456789abcdef";
            out += "\\u00";
            out += hex[(c >> 4) & 15];
            out += hex[c & 15];
        } else {
            out += c;
        }
    }
    if (cut < text.size())
        out += "…";
    out += '"';
    return out;
}

} // namespace kunren
