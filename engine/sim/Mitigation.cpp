#include "sim/Mitigation.h"

#include <array>
#include <utility>

namespace kunren {

namespace {

// The ids of the scenario schema's `answer.mitigation` enum and of the action log's mitigation.apply.
constexpr std::array<std::pair<MitigationKind, const char*>, 7> kNames{{
    {MitigationKind::Rollback, "rollback"},
    {MitigationKind::ScaleOut, "scale-out"},
    {MitigationKind::RaiseLimit, "raise-limit"},
    {MitigationKind::Restart, "restart"},
    {MitigationKind::Failover, "failover"},
    {MitigationKind::DisableFlag, "disable-flag"},
    {MitigationKind::None, "none"},
}};

} // namespace

const char* toString(MitigationKind kind)
{
    for (const auto& [k, name] : kNames)
        if (k == kind)
            return name;
    return "none";
}

std::optional<MitigationKind> mitigationKindFromString(std::string_view s)
{
    for (const auto& [k, name] : kNames)
        if (s == name)
            return k;
    return std::nullopt;
}

} // namespace kunren
