#pragma once

#include <string>
#include <string_view>

namespace kunren {

// User-facing text that a scenario author writes in English and, optionally, Japanese.
struct LocalizedText
{
    std::string en;
    std::string ja;

    // The text in `language` ("en" or "ja"), falling back to English when no translation exists.
    const std::string& in(std::string_view language) const { return language == "ja" && !ja.empty() ? ja : en; }
    bool empty() const { return en.empty() && ja.empty(); }
};

} // namespace kunren
