#pragma once

#include "scenario/ValidationIssue.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <regex>
#include <string>
#include <unordered_map>

namespace kunren {

// A JSON Schema (draft 2020-12) validator for the subset the scenario and topology schemas use:
//
//   type (a name or an array of names; "integer" accepts integral floats; non-finite numbers never match),
//   enum, const, properties, required, additionalProperties (bool or schema), patternProperties,
//   minProperties, maxProperties, items (a single schema), minItems, maxItems, minLength, maxLength
//   (code points), pattern (ECMAScript, unanchored search, compiled once), minimum, maximum,
//   exclusiveMinimum, exclusiveMaximum (numbers), allOf, anyOf, oneOf, and $ref to "#/..." pointers into
//   the same document (usually "#/$defs/name").
//
// Two annotations shape messages: "patternErrorMessage" (as in VS Code) replaces the text of a failed
// pattern, and a oneOf/anyOf branch's "title" names the form in "must be A or B" summaries.
// Everything else ("description", "$schema", "$id", "default", ...) is ignored. Strings longer than
// kMaxPatternInput never match a pattern: std::regex backtracks recursively and long input could
// overflow the stack.
//
// All errors are collected. For oneOf/anyOf, branches that fail only because the value has another
// type are discarded; of the rest, the branch with the fewest errors at the value itself (then overall)
// is reported, or a "must be A or B" summary when no branch comes close.
class SchemaValidator
{
public:
    static constexpr std::size_t kMaxPatternInput = 512;
    // Collection stops here: a huge array of wrong values must not turn into millions of messages.
    static constexpr std::size_t kMaxIssues = 100;

    // Throws std::regex_error when a pattern of the schema does not compile.
    explicit SchemaValidator(nlohmann::json schema);
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator&) = delete;
    SchemaValidator& operator=(const SchemaValidator&) = delete;

    void validate(const nlohmann::json& instance, ValidationIssues& out) const;
    ValidationIssues validate(const nlohmann::json& instance) const;

private:
    void check(const nlohmann::json& schema, const nlohmann::json& value, const std::string& pointer,
               ValidationIssues& out, int depth) const;
    void checkObject(const nlohmann::json& schema, const nlohmann::json& value, const std::string& pointer,
                     ValidationIssues& out, int depth) const;
    void checkBranches(const nlohmann::json& branches, bool exactlyOne, const nlohmann::json& value,
                       const std::string& pointer, ValidationIssues& out, int depth) const;
    const nlohmann::json* resolve(const std::string& ref) const;
    const std::regex* regex(const std::string& pattern) const;
    void compilePatterns(const nlohmann::json& schema);

    nlohmann::json m_schema;
    std::unordered_map<std::string, std::unique_ptr<std::regex>> m_patterns;
};

} // namespace kunren
