#pragma once

#include "core/Time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kunren {

// What an on-call engineer can do to the running system (issue 6). The ids are the scenario schema's
// `answer.mitigation` enum.
enum class MitigationKind : std::uint8_t {
    Rollback,    // roll the target back to its previous version, or revert its last config change
    ScaleOut,    // more replicas (and a raised autoscaler floor)
    RaiseLimit,  // database: pool and instance size; external API: quota; queue: consumers; pods: memory
    Restart,     // delete every pod (or restart the database/cache): capacity drops, caches go cold
    Failover,    // move the target to its standby (a short outage; cures path and instance problems)
    DisableFlag, // turn off the feature flag flipped on the target
    None,        // watch and wait
};

const char* toString(MitigationKind kind);
std::optional<MitigationKind> mitigationKindFromString(std::string_view s);

struct MitigationRequest
{
    MitigationKind kind = MitigationKind::None;
    std::string target; // a component of the topology; ignored for None
};

// What applying a mitigation did, in words the events stream and the trainee see.
struct MitigationResult
{
    bool applied = false; // false: it could not act on that target (it still took the trainee's time)
    std::string summary;  // e.g. "Rolling back payment from 5.1.0 to 5.0.3"
    SimTime at = 0;       // simulated time it was applied
};

} // namespace kunren
