#include "scenario/SchemaValidator.h"

#include "core/EditDistance.h"

#include <algorithm>
#include <cmath>

namespace kunren {

namespace {

using json = nlohmann::json;

constexpr int kMaxDepth = 512; // schema recursion guard; documents are already depth-limited

const char* typeName(const json& v)
{
    switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "boolean";
    case json::value_t::string: return "string";
    case json::value_t::array: return "array";
    case json::value_t::object: return "object";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "integer";
    case json::value_t::number_float: return "number";
    default: return "value";
    }
}

bool isFinite(const json& v) { return !v.is_number_float() || std::isfinite(v.get<double>()); }

bool hasType(const json& v, std::string_view type)
{
    if (type == "object")
        return v.is_object();
    if (type == "array")
        return v.is_array();
    if (type == "string")
        return v.is_string();
    if (type == "boolean")
        return v.is_boolean();
    if (type == "null")
        return v.is_null();
    if (type == "number")
        return v.is_number() && isFinite(v);
    if (type == "integer") {
        if (v.is_number_integer())
            return true; // also covers unsigned
        if (!v.is_number_float())
            return false;
        const double d = v.get<double>();
        return std::isfinite(d) && std::floor(d) == d;
    }
    return false;
}

std::string joined(const json& list, std::string_view separator, bool quote)
{
    std::string out;
    for (const auto& item : list) {
        if (!out.empty())
            out += separator;
        if (item.is_string())
            out += quote ? "\"" + item.get<std::string>() + "\"" : item.get<std::string>();
        else
            out += item.dump();
    }
    return out;
}

// A value as a message shows it: containers by kind only, as they can be arbitrarily large.
std::string describe(const json& v)
{
    if (v.is_string())
        return quoteText(v.get<std::string>());
    if (v.is_object())
        return "an object";
    if (v.is_array())
        return "an array";
    return v.dump();
}

std::size_t codePoints(const std::string& s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string suggestion(const std::string& key, const json& properties)
{
    if (key.size() > 64)
        return {};
    std::string best;
    std::size_t bestDistance = key.size() <= 3 ? 1 : 3; // short names are too alike to guess
    for (const auto& [name, _] : properties.items()) {
        const std::size_t d = editDistance(key, name, LetterCase::Ignored); // "timeOut" for "timeout"
        if (d < bestDistance) {
            bestDistance = d;
            best = name;
        }
    }
    return best.empty() ? std::string() : "; did you mean \"" + best + "\"?";
}

double number(const json& v) { return v.get<double>(); }

// Errors of one oneOf/anyOf branch, scored by how close the value came to matching it.
struct BranchResult
{
    ValidationIssues issues;
    bool wrongType = false;  // fails already because the value has another type
    std::size_t shallow = 0; // errors at the value itself (missing/unknown properties, pattern, …)
};

BranchResult score(ValidationIssues issues, const std::string& pointer)
{
    BranchResult r;
    for (const ValidationIssue& issue : issues) {
        const bool atValue = issue.pointer == pointer;
        const bool atMember = issue.anchor == ValidationIssue::Anchor::Key && parentPointer(issue.pointer) == pointer;
        if (atValue && issue.wrongType)
            r.wrongType = true;
        if (atValue || atMember)
            ++r.shallow;
    }
    r.issues = std::move(issues);
    return r;
}

} // namespace

SchemaValidator::SchemaValidator(json schema) : m_schema(std::move(schema)) { compilePatterns(m_schema); }

SchemaValidator::~SchemaValidator() = default;

void SchemaValidator::compilePatterns(const json& schema)
{
    if (schema.is_object()) {
        for (const auto& [key, value] : schema.items()) {
            if (key == "pattern" && value.is_string() && !m_patterns.contains(value.get<std::string>()))
                m_patterns.emplace(value.get<std::string>(), std::make_unique<std::regex>(value.get<std::string>()));
            if (key == "patternProperties" && value.is_object())
                for (const auto& [pattern, _] : value.items())
                    if (!m_patterns.contains(pattern))
                        m_patterns.emplace(pattern, std::make_unique<std::regex>(pattern));
            if (key != "enum" && key != "const")
                compilePatterns(value);
        }
    } else if (schema.is_array()) {
        for (const auto& item : schema)
            compilePatterns(item);
    }
}

const std::regex* SchemaValidator::regex(const std::string& pattern) const
{
    const auto it = m_patterns.find(pattern);
    return it == m_patterns.end() ? nullptr : it->second.get();
}

const json* SchemaValidator::resolve(const std::string& ref) const
{
    if (!ref.starts_with("#"))
        return nullptr;
    try {
        const json::json_pointer pointer(ref.substr(1));
        return m_schema.contains(pointer) ? &m_schema.at(pointer) : nullptr;
    } catch (const json::exception&) {
        return nullptr;
    }
}

ValidationIssues SchemaValidator::validate(const json& instance) const
{
    ValidationIssues out;
    validate(instance, out);
    return out;
}

void SchemaValidator::validate(const json& instance, ValidationIssues& out) const
{
    ValidationIssues found;
    check(m_schema, instance, std::string(), found, 0);
    if (found.size() >= kMaxIssues)
        found.push_back({std::string(), "too many errors; stopped after " + std::to_string(kMaxIssues)});
    out.insert(out.end(), found.begin(), found.end());
}

void SchemaValidator::check(const json& schema, const json& value, const std::string& pointer, ValidationIssues& out,
                            int depth) const
{
    if (!schema.is_object() || depth > kMaxDepth || out.size() >= kMaxIssues)
        return; // `true` and `{}` accept everything
    if (const auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
        if (const json* target = resolve(ref->get<std::string>()))
            check(*target, value, pointer, out, depth + 1);
        else
            out.push_back({pointer, "schema error: unresolved $ref " + ref->get<std::string>()});
    }

    if (const auto type = schema.find("type"); type != schema.end()) {
        const bool ok = type->is_array() ? std::any_of(type->begin(), type->end(),
                                                       [&](const json& t) {
                                                           return t.is_string() && hasType(value, t.get<std::string>());
                                                       })
                                         : type->is_string() && hasType(value, type->get<std::string>());
        if (!ok) {
            const std::string expected = type->is_array() ? joined(*type, " or ", false) : type->get<std::string>();
            std::string message = "expected " + expected + ", found " + typeName(value);
            if (value.is_number() && !isFinite(value))
                message = "number is out of range";
            else if (expected == "integer" && value.is_number_float())
                message = "expected an integer, found " + value.dump();
            out.push_back({pointer, message, ValidationIssue::Anchor::Value, true});
            return; // the other keywords would only repeat the mismatch
        }
    }

    if (const auto values = schema.find("enum"); values != schema.end() && values->is_array()) {
        if (std::find(values->begin(), values->end(), value) == values->end())
            out.push_back({pointer, (value.is_string() ? "unknown value " : "invalid value ") + describe(value) +
                                        "; expected one of: " + joined(*values, ", ", false)});
    }
    if (const auto constant = schema.find("const"); constant != schema.end() && value != *constant)
        out.push_back({pointer, "must be " + describe(*constant) + ", found " + describe(value)});

    if (value.is_string()) {
        const auto& s = value.get_ref<const std::string&>();
        if (const auto min = schema.find("minLength"); min != schema.end() && min->is_number()) {
            if (static_cast<double>(codePoints(s)) < number(*min))
                out.push_back({pointer, number(*min) <= 1 ? std::string("must not be empty")
                                                          : "must be at least " + min->dump() + " characters long"});
        }
        if (const auto max = schema.find("maxLength"); max != schema.end() && max->is_number()) {
            if (static_cast<double>(codePoints(s)) > number(*max))
                out.push_back({pointer, "must be at most " + max->dump() + " characters long"});
        }
        if (const auto pattern = schema.find("pattern"); pattern != schema.end() && pattern->is_string()) {
            const std::regex* re = regex(pattern->get<std::string>());
            const bool matches = re && s.size() <= kMaxPatternInput && std::regex_search(s, *re);
            if (!matches) {
                const auto custom = schema.find("patternErrorMessage");
                out.push_back({pointer, "invalid value " + quoteText(s) + ": " +
                                            (custom != schema.end() && custom->is_string()
                                                 ? custom->get<std::string>()
                                                 : "does not match the pattern " + pattern->get<std::string>())});
            }
        }
    }

    if (value.is_number() && isFinite(value)) {
        const double v = number(value);
        auto limit = [&](const char* keyword, auto fails, const char* what) {
            if (const auto it = schema.find(keyword); it != schema.end() && it->is_number() && fails(v, number(*it)))
                out.push_back({pointer, std::string("must be ") + what + " " + it->dump() + ", found " + value.dump()});
        };
        limit(
            "minimum", [](double x, double m) { return x < m; }, "at least");
        limit(
            "maximum", [](double x, double m) { return x > m; }, "at most");
        limit(
            "exclusiveMinimum", [](double x, double m) { return x <= m; }, "greater than");
        limit(
            "exclusiveMaximum", [](double x, double m) { return x >= m; }, "less than");
    }

    if (value.is_array()) {
        if (const auto min = schema.find("minItems");
            min != schema.end() && min->is_number() && static_cast<double>(value.size()) < number(*min))
            out.push_back({pointer, "must have at least " + min->dump() + (number(*min) == 1 ? " item" : " items")});
        if (const auto max = schema.find("maxItems");
            max != schema.end() && max->is_number() && static_cast<double>(value.size()) > number(*max))
            out.push_back({pointer, "must have at most " + max->dump() + " items"});
        if (const auto items = schema.find("items"); items != schema.end())
            for (std::size_t i = 0; i < value.size(); ++i)
                check(*items, value[i], childPointer(pointer, i), out, depth + 1);
    }

    if (value.is_object())
        checkObject(schema, value, pointer, out, depth);

    if (const auto all = schema.find("allOf"); all != schema.end() && all->is_array())
        for (const auto& branch : *all)
            check(branch, value, pointer, out, depth + 1);
    if (const auto any = schema.find("anyOf"); any != schema.end() && any->is_array())
        checkBranches(*any, false, value, pointer, out, depth);
    if (const auto one = schema.find("oneOf"); one != schema.end() && one->is_array())
        checkBranches(*one, true, value, pointer, out, depth);
}

void SchemaValidator::checkObject(const json& schema, const json& value, const std::string& pointer,
                                  ValidationIssues& out, int depth) const
{
    static const json kNoProperties = json::object();
    const auto propertiesIt = schema.find("properties");
    const json& properties = propertiesIt != schema.end() && propertiesIt->is_object() ? *propertiesIt : kNoProperties;
    const auto patternsIt = schema.find("patternProperties");
    const auto additional = schema.find("additionalProperties");

    if (const auto required = schema.find("required"); required != schema.end() && required->is_array())
        for (const auto& name : *required)
            if (name.is_string() && !value.contains(name.get<std::string>()))
                out.push_back({pointer, "missing required property \"" + name.get<std::string>() + "\""});

    if (const auto min = schema.find("minProperties");
        min != schema.end() && min->is_number() && static_cast<double>(value.size()) < number(*min))
        out.push_back({pointer, "must have at least " + min->dump() + " properties"});
    if (const auto max = schema.find("maxProperties");
        max != schema.end() && max->is_number() && static_cast<double>(value.size()) > number(*max))
        out.push_back({pointer, "must have at most " + max->dump() + " properties"});

    for (const auto& [key, member] : value.items()) {
        const std::string memberPointer = childPointer(pointer, key);
        bool matched = false;
        if (const auto p = properties.find(key); p != properties.end()) {
            matched = true;
            check(*p, member, memberPointer, out, depth + 1);
        }
        if (patternsIt != schema.end() && patternsIt->is_object()) {
            for (const auto& [pattern, sub] : patternsIt->items()) {
                const std::regex* re = regex(pattern);
                if (re && key.size() <= kMaxPatternInput && std::regex_search(key, *re)) {
                    matched = true;
                    check(sub, member, memberPointer, out, depth + 1);
                }
            }
        }
        if (matched || additional == schema.end())
            continue;
        if (additional->is_boolean()) {
            if (!additional->get<bool>())
                out.push_back({memberPointer, "unknown property " + quoteText(key) + suggestion(key, properties),
                               ValidationIssue::Anchor::Key});
        } else {
            check(*additional, member, memberPointer, out, depth + 1);
        }
    }
}

void SchemaValidator::checkBranches(const json& branches, bool exactlyOne, const json& value,
                                    const std::string& pointer, ValidationIssues& out, int depth) const
{
    std::vector<BranchResult> results;
    std::size_t matches = 0;
    for (const auto& branch : branches) {
        ValidationIssues issues;
        check(branch, value, pointer, issues, depth + 1);
        matches += issues.empty() ? 1 : 0;
        results.push_back(score(std::move(issues), pointer));
    }
    if (exactlyOne && matches > 1) {
        out.push_back({pointer, "matches more than one of the allowed forms"});
        return;
    }
    if (matches > 0)
        return;

    // "must be A or B", from the branches' titles (or their types).
    auto summary = [&](const std::string& prefix) {
        std::string forms;
        for (std::size_t i = 0; i < branches.size(); ++i) {
            const json& b = branches[i];
            std::string form = b.contains("title") && b["title"].is_string() ? b["title"].get<std::string>()
                               : b.contains("type") && b["type"].is_string() ? "a " + b["type"].get<std::string>()
                                                                             : "form " + std::to_string(i + 1);
            forms += (i == 0 ? "" : i + 1 == branches.size() ? " or " : ", ") + form;
        }
        out.push_back({pointer, prefix + "must be " + forms, ValidationIssue::Anchor::Value, true});
    };

    std::vector<const BranchResult*> applicable;
    for (const auto& r : results)
        if (!r.wrongType)
            applicable.push_back(&r);
    if (applicable.empty()) {
        summary(std::string("found ") + typeName(value) + "; ");
        return;
    }
    const auto best = *std::min_element(applicable.begin(), applicable.end(), [](const auto* a, const auto* b) {
        return std::pair(a->shallow, a->issues.size()) < std::pair(b->shallow, b->issues.size());
    });
    const auto close = std::count_if(applicable.begin(), applicable.end(),
                                     [&](const auto* r) { return r->shallow == best->shallow; });
    if (best->shallow > 0 && close > 1) {
        summary("");
        return;
    }
    out.insert(out.end(), best->issues.begin(), best->issues.end());
}

} // namespace kunren
