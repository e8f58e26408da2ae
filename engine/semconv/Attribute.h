#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kunren::semconv {

// One attribute as every reader sees it: the search, its facets, the details panes, kunren-cli and the
// OTLP export. Values are strings or integers, as OTLP's AnyValue carries them; `text` is the value as
// the search compares and shows it (an integer in decimal).
struct Attribute
{
    std::string key;
    std::string text;
    bool isInt = false;
    std::int64_t integer = 0;

    static Attribute string(std::string_view key, std::string_view value)
    {
        return {std::string(key), std::string(value), false, 0};
    }
    static Attribute number(std::string_view key, std::int64_t value)
    {
        return {std::string(key), std::to_string(value), true, value};
    }
};

using AttributeList = std::vector<Attribute>;

// The value of `key` in `list`, or nullptr.
inline const Attribute* find(const AttributeList& list, std::string_view key)
{
    for (const Attribute& a : list)
        if (a.key == key)
            return &a;
    return nullptr;
}

} // namespace kunren::semconv
