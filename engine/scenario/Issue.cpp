#include "scenario/Issue.h"

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
    std::string out = "\"";
    if (text.size() <= kMax) {
        out += text;
    } else {
        std::size_t cut = kMax;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // don't split a UTF-8 sequence
        out += text.substr(0, cut);
        out += "…";
    }
    out += '"';
    return out;
}

} // namespace kunren
