#include "scenario/FieldReader.h"

#include "core/Duration.h"

#include <cmath>
#include <limits>

namespace kunren {

namespace {

const nlohmann::json& emptyObject()
{
    static const nlohmann::json empty = nlohmann::json::object();
    return empty;
}

// ~3,000 years: far beyond any drill, far below int64 overflow in microseconds.
constexpr double kMaxSeconds = 1e11;

} // namespace

std::optional<SimDuration> durationFromJson(const nlohmann::json& value)
{
    if (value.is_string())
        return parseDuration(value.get_ref<const std::string&>());
    if (value.is_number()) {
        const double seconds = value.get<double>();
        if (!std::isfinite(seconds) || seconds < 0 || seconds > kMaxSeconds)
            return std::nullopt;
        return static_cast<SimDuration>(std::llround(seconds * kSecond));
    }
    return std::nullopt;
}

FieldReader::FieldReader(const nlohmann::json& object, std::string pointer, ValidationIssues& issues)
    : m_object(object.is_object() ? object : emptyObject()),
      m_pointer(std::move(pointer)),
      m_issues(issues)
{
}

const nlohmann::json* FieldReader::member(std::string_view key) const
{
    const auto it = m_object.find(key);
    return it == m_object.end() ? nullptr : &*it;
}

bool FieldReader::has(std::string_view key) const { return member(key) != nullptr; }

void FieldReader::report(std::string_view key, std::string message) const
{
    m_issues.push_back({pointer(key), std::move(message)});
}

std::string FieldReader::string(std::string_view key, std::string fallback) const
{
    const auto* v = member(key);
    return v && v->is_string() ? v->get<std::string>() : std::move(fallback);
}

double FieldReader::number(std::string_view key, double fallback) const
{
    const auto* v = member(key);
    if (!v || !v->is_number())
        return fallback;
    const double d = v->get<double>();
    if (!std::isfinite(d)) {
        report(key, "number is out of range");
        return fallback;
    }
    return d;
}

int FieldReader::integer(std::string_view key, int fallback) const
{
    const auto* v = member(key);
    if (!v || !v->is_number())
        return fallback;
    const double d = v->get<double>();
    if (!std::isfinite(d) || d < std::numeric_limits<int>::min() || d > std::numeric_limits<int>::max()) {
        report(key, "number is out of range");
        return fallback;
    }
    return static_cast<int>(d);
}

std::uint64_t FieldReader::unsignedInteger(std::string_view key, std::uint64_t fallback) const
{
    const auto* v = member(key);
    if (!v || !v->is_number())
        return fallback;
    if (v->is_number_unsigned())
        return v->get<std::uint64_t>();
    if (v->is_number_integer() && v->get<std::int64_t>() >= 0)
        return static_cast<std::uint64_t>(v->get<std::int64_t>());
    const double d = v->get<double>();
    if (!std::isfinite(d) || d < 0 || d >= 18446744073709551616.0) {
        report(key, "number is out of range");
        return fallback;
    }
    return static_cast<std::uint64_t>(d);
}

SimDuration FieldReader::duration(std::string_view key, SimDuration fallback) const
{
    const auto* v = member(key);
    if (!v)
        return fallback;
    if (const auto d = durationFromJson(*v))
        return *d;
    report(key, "invalid or too large duration " + (v->is_string() ? quoteText(v->get<std::string>()) : v->dump()));
    return fallback;
}

std::int64_t FieldReader::bytes(std::string_view key, std::int64_t fallback) const
{
    const auto* v = member(key);
    if (!v)
        return fallback;
    if (v->is_string()) {
        if (const auto b = parseBytes(v->get_ref<const std::string&>()))
            return *b;
    } else if (v->is_number_unsigned() && v->get<std::uint64_t>() <= static_cast<std::uint64_t>(INT64_MAX)) {
        return static_cast<std::int64_t>(v->get<std::uint64_t>());
    } else if (v->is_number_integer() && !v->is_number_unsigned() && v->get<std::int64_t>() >= 0) {
        return v->get<std::int64_t>();
    }
    report(key, "invalid or too large byte size " + (v->is_string() ? quoteText(v->get<std::string>()) : v->dump()));
    return fallback;
}

LocalizedText FieldReader::text(std::string_view key) const
{
    const auto* v = member(key);
    LocalizedText t;
    if (v && v->is_object()) {
        FieldReader r(*v, pointer(key), m_issues);
        t.en = r.string("en");
        t.ja = r.string("ja");
    }
    return t;
}

std::vector<std::string> FieldReader::strings(std::string_view key) const
{
    std::vector<std::string> out;
    const auto* v = member(key);
    if (v && v->is_array())
        for (const auto& item : *v)
            if (item.is_string())
                out.push_back(item.get<std::string>());
    return out;
}

FieldReader FieldReader::object(std::string_view key) const
{
    const auto* v = member(key);
    return FieldReader(v ? *v : emptyObject(), pointer(key), m_issues);
}

} // namespace kunren
