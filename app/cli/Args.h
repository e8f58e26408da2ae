#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kunren::cli {

// Command-line arguments after the command name: positionals and --options (with or without values).
class Args
{
public:
    Args(std::vector<std::string> argv, std::vector<std::string> flagsWithValues);

    const std::vector<std::string>& positionals() const { return m_positionals; }
    bool has(std::string_view flag) const;
    std::optional<std::string> value(std::string_view flag) const;
    // All values given for a repeatable flag (e.g. --facet a --facet b).
    std::vector<std::string> values(std::string_view flag) const;
    // Empty when the arguments were well formed, else what was wrong.
    const std::string& error() const { return m_error; }

private:
    std::vector<std::string> m_positionals;
    std::vector<std::pair<std::string, std::string>> m_options;
    std::string m_error;
};

// Parses "90s", "15m", "1h30m", "250ms"; nullopt when malformed.
std::optional<long long> parseDurationMicros(std::string_view text);

} // namespace kunren::cli
