#pragma once

#include "sim/ErrorCatalog.h"
#include "sim/RequestContext.h"
#include "sim/World.h"

namespace kunren {

// How one request or call ended, as its caller sees it.
struct Outcome
{
    SimDuration duration = 0;
    std::uint16_t status = 0; // HTTP status (0 when none reached the caller, e.g. a timeout)
    bool failed = false;
    ErrorId error = 0;
    FailureCause cause = FailureCause::Unexpected;
    bool miss = false; // cache miss
};

// Walks one request through the call graph under this tick's conditions: samples latencies, decides
// errors from load and faults, applies timeouts and retries, and records spans, logs and RED counters.
// Every request is walked (metrics count them all); spans are stored only for sampled traces.
class RequestWalker
{
public:
    explicit RequestWalker(World& world) : m_w(world) {}

    // Serves `endpoint` as a server span (or consumer/batch root) starting at `start`.
    Outcome serve(RequestContext& ctx, int endpoint, SimTime start, std::uint16_t parent, std::uint8_t flags = 0);

private:
    Outcome call(RequestContext& ctx, ServiceRt& caller, ResourceId callerResource, CallRt& call, SimTime start,
                 std::uint16_t parent);
    Outcome attempt(RequestContext& ctx, ServiceRt& caller, ResourceId callerResource, CallRt& call, SimTime start,
                    std::uint16_t clientSpan);
    Outcome managed(RequestContext& ctx, ServiceRt& caller, int service, int endpoint, SimTime start,
                    std::uint16_t clientSpan);
    // A message published to queue `q`: it carries the producer's context to the consumer.
    void enqueue(RequestContext& ctx, ServiceRt& q, std::uint16_t publishSpan);
    Outcome callMiss(RequestContext& ctx, ServiceRt& caller, ResourceId callerResource, CallRt& call, SimTime start,
                     std::uint16_t parent);
    bool sliceMatches(const TrafficSlice& slice, const RequestContext& ctx, const ServiceRt& s, const Pod* pod) const;
    ErrorId faultError(const FaultSpec& f, const ServiceRt& s, FailureCause fallback);
    ErrorId backgroundError(ServiceRt& s, std::size_t index);
    void emitLogs(RequestContext& ctx, EndpointRt& e, ServiceRt& s, ResourceId resource, SimTime end,
                  std::uint16_t span, const Outcome& o);
    void pushLog(RequestContext& ctx, const CompiledLogTemplate& t, EndpointRt& e, ServiceRt& s, ResourceId resource,
                 SimTime end, std::uint16_t span, const Outcome& o);
    LogArg placeholderValue(RequestContext& ctx, const CompiledLogTemplate& t, std::size_t i, EndpointRt& e,
                            ServiceRt& s, ResourceId resource, const Outcome& o);

    World& m_w;
};

} // namespace kunren
