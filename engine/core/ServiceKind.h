#pragma once

#include <cstdint>

namespace kunren {

// What a component is. Decides which spans it emits, which metrics describe it and which faults fit it.
// Here, below every layer, because telemetry readers (search, traces, export) branch on it too.
enum class ServiceKind : std::uint8_t {
    Http,         // HTTP service (SERVER spans, http.* attributes)
    Grpc,         // gRPC service (SERVER spans, rpc.* attributes)
    Worker,       // queue consumer (CONSUMER spans)
    Batch,        // scheduled job; work comes from its schedule, not from callers
    Database,     // SQL database; its endpoints are queries, seen as CLIENT spans of the caller
    Cache,        // key/value cache with a hit ratio
    Queue,        // message broker; its endpoints are topics
    External,     // third-party API outside the cluster (rate limits, 429)
    LoadBalancer, // L7 load balancer in front of the entry services
};

} // namespace kunren
