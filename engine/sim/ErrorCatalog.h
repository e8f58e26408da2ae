#pragma once

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
    // "INSERT orders"), `status` the HTTP status an upstream failure came back with.
    ErrorId error(FailureCause cause, std::string_view language, std::string_view service,
                  std::string_view peer, std::string_view detail, int status = 500);

private:
    TelemetryStore& m_store;
};

const char* toString(FailureCause cause);

} // namespace kunren
