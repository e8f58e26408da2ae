#pragma once

#include "export/JsonEscape.h"

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

namespace kunren {

// Builders for OTLP KeyValue lists kept as text: comma-separated entries without the brackets, so
// fragments can be concatenated at write time. Used once per distinct thing, never per record.

inline void appendAttributeKey(std::string& list, std::string_view key)
{
    if (!list.empty())
        list.push_back(',');
    list += "{\"key\":";
    appendJsonString(list, key);
    list += ",\"value\":{";
}

inline void appendStringAttribute(std::string& list, std::string_view key, std::string_view value)
{
    appendAttributeKey(list, key);
    list += "\"stringValue\":";
    appendJsonString(list, value);
    list += "}}";
}

// intValue is 64-bit, so OTLP/JSON writes it as a decimal string.
inline void appendIntAttribute(std::string& list, std::string_view key, std::int64_t value)
{
    appendAttributeKey(list, key);
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    list += "\"intValue\":\"";
    list.append(digits, end);
    list += "\"}}";
}

// Joins two attribute lists.
inline void appendAttributeList(std::string& list, std::string_view more)
{
    if (more.empty())
        return;
    if (!list.empty())
        list.push_back(',');
    list += more;
}

} // namespace kunren
