#include "Args.h"

#include "core/Duration.h"

#include <algorithm>

namespace kunren::cli {

Args::Args(std::vector<std::string> argv, std::vector<std::string> flagsWithValues)
{
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a.size() > 2 && a.starts_with("--")) {
            std::string name = a;
            std::string val;
            if (const auto eq = a.find('='); eq != std::string::npos) {
                name = a.substr(0, eq);
                val = a.substr(eq + 1);
            } else if (std::find(flagsWithValues.begin(), flagsWithValues.end(), a) != flagsWithValues.end()) {
                if (i + 1 >= argv.size()) {
                    m_error = "option " + a + " needs a value";
                    return;
                }
                val = argv[++i];
            }
            m_options.emplace_back(name, val);
        } else {
            m_positionals.push_back(a);
        }
    }
}

bool Args::has(std::string_view flag) const
{
    return std::any_of(m_options.begin(), m_options.end(), [&](const auto& o) { return o.first == flag; });
}

std::optional<std::string> Args::value(std::string_view flag) const
{
    for (auto it = m_options.rbegin(); it != m_options.rend(); ++it)
        if (it->first == flag)
            return it->second;
    return std::nullopt;
}

std::vector<std::string> Args::values(std::string_view flag) const
{
    std::vector<std::string> out;
    for (const auto& o : m_options)
        if (o.first == flag)
            out.push_back(o.second);
    return out;
}

std::optional<long long> parseDurationMicros(std::string_view text) { return parseDuration(text); }

} // namespace kunren::cli
