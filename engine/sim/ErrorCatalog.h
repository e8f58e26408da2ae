#pragma once

#include "scenario/Topology.h"
#include "telemetry/TelemetryStore.h"

#include <string>
#include <string_view>

namespace kunren {

// Why a call or a request failed, as the simulation knows it.
enum class FailureCause : std::uint8_t {
    Timeout,           // client gave up waiting
    ConnectionRefused, // nothing listening (wrong address, pods down)
    DnsFailure,        // host name does not resolve (config change)
    NoHealthyUpstream, // the callee has no ready pods
    Overloaded,        // the callee shed load (503)
    PoolExhausted,     // no database connection available in time
    RateLimited,       // external API answered 429
    Upstream,          // a dependency failed and the error propagated
    DatabaseError,     // the database itself failed the query (memory pressure)
    CacheUnavailable,  // the cache refused the command
    Unexpected,        // baseline unexplained server error
};

// Turns failure causes into the exception types, messages and stack frames that a service written in
// a given language would log — so error tracking groups them as it would in production.
class ErrorCatalog
{
public:
    explicit ErrorCatalog(TelemetryStore& store) : m_store(store) {}

    // `peer` is the component being called (or the service itself), `detail` its endpoint ("POST /x",
    // "INSERT orders"), `status` the HTTP status an upstream failure came back with, `peerKind` what the peer
    // is: a timeout talking to a database reads as the database driver's, not as an HTTP client's.
    ErrorId error(FailureCause cause, std::string_view language, std::string_view service, std::string_view peer,
                  std::string_view detail, int status = 500, ServiceKind peerKind = ServiceKind::Http,
                  int poolSize = 0);

    // Whether a failed call to a `peerKind` component surfaces in the caller as the client library's own
    // exception (a database driver's, a cache client's, a message producer's) — not as an HTTP error from it.
    static bool propagatesAsIs(ServiceKind peerKind);

private:
    TelemetryStore& m_store;
};

const char* toString(FailureCause cause);

} // namespace kunren
