#pragma once

#include "core/LocalizedText.h"
#include "core/Time.h"
#include "scenario/ValidationIssue.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kunren {

// Reads the members of one JSON object into model values. The schema already checked the types; this
// still never throws on a wrong type (it falls back to the default) and reports values the model cannot
// hold (durations or counts out of range) as issues at the member's pointer.
class FieldReader
{
public:
    FieldReader(const nlohmann::json& object, std::string pointer, ValidationIssues& issues);

    const std::string& pointer() const { return m_pointer; }
    std::string pointer(std::string_view key) const { return childPointer(m_pointer, key); }
    bool has(std::string_view key) const;
    ValidationIssues& issues() const { return m_issues; }

    std::string string(std::string_view key, std::string fallback = {}) const;
    double number(std::string_view key, double fallback) const;
    int integer(std::string_view key, int fallback) const;
    std::uint64_t unsignedInteger(std::string_view key, std::uint64_t fallback) const;
    SimDuration duration(std::string_view key, SimDuration fallback) const;
    std::int64_t bytes(std::string_view key, std::int64_t fallback) const;
    LocalizedText text(std::string_view key) const;
    std::vector<std::string> strings(std::string_view key) const;

    // The member object `key` (an empty object when absent).
    FieldReader object(std::string_view key) const;
    // Calls f(FieldReader, index) for each object element of the array `key`.
    template <typename F> void forEach(std::string_view key, F&& f) const
    {
        const nlohmann::json* array = member(key);
        if (!array || !array->is_array())
            return;
        const std::string base = pointer(key);
        for (std::size_t i = 0; i < array->size(); ++i)
            if ((*array)[i].is_object())
                f(FieldReader((*array)[i], childPointer(base, i), m_issues), i);
    }

    const nlohmann::json* member(std::string_view key) const;

private:
    void report(std::string_view key, std::string message) const;

    const nlohmann::json& m_object;
    std::string m_pointer;
    ValidationIssues& m_issues;
};

// A duration given as a string ("1h30m") or a number of seconds; nullopt when malformed or out of range.
std::optional<SimDuration> durationFromJson(const nlohmann::json& value);

} // namespace kunren
