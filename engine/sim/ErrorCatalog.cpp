#include "sim/ErrorCatalog.h"

#include <string>

namespace kunren {

namespace {

struct Text
{
    std::string type, message, stack;
};

// A plausible package path for a service's own frames, e.g. com.shop.checkout / checkout/internal.
std::string frame(std::string_view language, std::string_view service, std::string_view function)
{
    std::string s(service);
    for (char& c : s)
        if (c == '-')
            c = '_';
    if (language == "go")
        return "github.com/kunren/" + s + "/internal/handler." + std::string(function) + "\n\t/src/" + s +
               "/internal/handler/handler.go:88";
    if (language == "node")
        return "    at " + std::string(function) + " (/app/" + s + "/src/handler.js:42:17)";
    if (language == "python")
        return "  File \"/app/" + s + "/handlers.py\", line 57, in " + std::string(function);
    return "\tat com.kunren." + s + "." + std::string(function) + "(" + std::string(function) + ".java:88)";
}

// "POST /payments" called on `payment` → method "POST", url "http://payment:8080/payments"; an endpoint
// that is not a route (a query, a topic) keeps its name after the peer: "orders-db INSERT orders".
struct Target
{
    std::string method, url, text;
};

Target target(std::string_view peer, std::string_view detail)
{
    const std::string p(peer);
    const auto space = detail.find(' ');
    if (space != std::string_view::npos && space + 1 < detail.size() && detail[space + 1] == '/') {
        const std::string method(detail.substr(0, space)), route(detail.substr(space + 1));
        const std::string url = "http://" + p + ":8080" + route;
        return {method, url, method + " " + url};
    }
    const std::string url = "http://" + p + ":8080/";
    return {"POST", url, detail.empty() ? p : p + " " + std::string(detail)};
}

// The standard reason phrase, so a passed-back 402 reads "Payment Required", not "Internal Server Error".
std::string reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return status >= 400 && status < 500 ? "Client Error" : "Internal Server Error";
    }
}

// A call to a database, cache or queue that took too long, as the calling language's client library says it.
Text managedTimeout(ServiceKind kind, std::string_view lang, std::string_view service, const std::string& p,
                    std::string_view detail)
{
    const bool go = lang == "go", node = lang == "node", py = lang == "python";
    const std::string what = detail.empty() ? p : p + " " + std::string(detail);
    if (kind == ServiceKind::Database) {
        if (go)
            return {"*pgconn.PgError",
                    "ERROR: canceling statement due to statement timeout (SQLSTATE 57014) on " + what,
                    frame(lang, service, "queryOrders")};
        if (node)
            return {"error", "canceling statement due to statement timeout (" + what + ")",
                    frame(lang, service, "query")};
        if (py)
            return {"sqlalchemy.exc.OperationalError",
                    "(psycopg2.errors.QueryCanceled) canceling statement due to statement timeout [" + what + "]",
                    frame(lang, service, "query")};
        return {"java.sql.SQLTimeoutException", "ERROR: canceling statement due to statement timeout on " + what,
                frame(lang, service, "OrderRepository.save")};
    }
    if (kind == ServiceKind::Cache) {
        if (go)
            return {"*net.OpError", "read tcp " + p + ":6379: i/o timeout", frame(lang, service, "cacheGet")};
        if (node)
            return {"Error", "Command timed out (" + p + ":6379)", frame(lang, service, "cacheGet")};
        if (py)
            return {"redis.exceptions.TimeoutError", "Timeout reading from " + p + ":6379",
                    frame(lang, service, "cache_get")};
        return {"io.lettuce.core.RedisCommandTimeoutException", "Command timed out after 1 second(s) on " + p + ":6379",
                frame(lang, service, "CacheClient.get")};
    }
    // A message broker.
    if (go)
        return {"*kafka.Error", "Local: Message timed out publishing to " + what, frame(lang, service, "publish")};
    if (node)
        return {"KafkaJSRequestTimeoutError", "Request Produce(key: 0, version: 7) timed out (" + what + ")",
                frame(lang, service, "publish")};
    if (py)
        return {"kafka.errors.KafkaTimeoutError",
                "KafkaTimeoutError: Failed to update metadata after 60.0 secs (" + what + ")",
                frame(lang, service, "publish")};
    return {"org.apache.kafka.common.errors.TimeoutException",
            "Expiring 1 record(s) for " + what + ": 30000 ms has passed since batch creation",
            frame(lang, service, "EventPublisher.publish")};
}

Text describe(FailureCause cause, std::string_view lang, std::string_view service, std::string_view peer,
              std::string_view detail, int status, ServiceKind peerKind, int poolSize)
{
    const bool go = lang == "go", node = lang == "node", py = lang == "python";
    const std::string p(peer);
    const Target t = target(peer, detail);
    const std::string code = std::to_string(status);
    const std::string reason = reasonPhrase(status);
    const bool clientError = status >= 400 && status < 500;
    switch (cause) {
    case FailureCause::Timeout:
        if (ErrorCatalog::propagatesAsIs(peerKind))
            return managedTimeout(peerKind, lang, service, p, detail);
        if (go)
            return {"context.DeadlineExceeded", t.method + " \"" + t.url + "\": context deadline exceeded",
                    frame(lang, service, "callUpstream")};
        if (node)
            return {"TimeoutError", "request to " + t.url + " timed out", frame(lang, service, "callUpstream")};
        if (py)
            return {"requests.exceptions.ReadTimeout",
                    "HTTPConnectionPool(host='" + p + "', port=8080): Read timed out.",
                    frame(lang, service, "call_upstream")};
        return {"java.net.SocketTimeoutException", "Read timed out calling " + t.text,
                frame(lang, service, "UpstreamClient.call")};
    case FailureCause::ConnectionRefused:
        if (go)
            return {"*net.OpError", "dial tcp " + p + ":8080: connect: connection refused",
                    frame(lang, service, "callUpstream")};
        if (node)
            return {"Error", "connect ECONNREFUSED " + p + ":8080", frame(lang, service, "callUpstream")};
        if (py)
            return {"requests.exceptions.ConnectionError",
                    "HTTPConnectionPool(host='" + p + "', port=8080): Max retries exceeded (Connection refused)",
                    frame(lang, service, "call_upstream")};
        return {"java.net.ConnectException", "Connection refused: " + p + ":8080",
                frame(lang, service, "UpstreamClient.call")};
    case FailureCause::DnsFailure:
        if (go)
            return {"*net.DNSError", "lookup " + p + " on 10.96.0.10:53: no such host",
                    frame(lang, service, "callUpstream")};
        if (node)
            return {"Error", "getaddrinfo ENOTFOUND " + p, frame(lang, service, "callUpstream")};
        if (py)
            return {"requests.exceptions.ConnectionError",
                    "Failed to resolve '" + p + "' ([Errno -2] Name or service not known)",
                    frame(lang, service, "call_upstream")};
        return {"java.net.UnknownHostException", p + ": Name or service not known",
                frame(lang, service, "UpstreamClient.call")};
    case FailureCause::NoHealthyUpstream:
        return {"UpstreamUnavailable", "503 no healthy upstream from " + p,
                frame(lang, service, go ? "callUpstream" : "UpstreamClient.call")};
    case FailureCause::Overloaded:
        return {"ServiceUnavailable", "503 Service Unavailable: " + p + " is overloaded",
                frame(lang, service, go ? "serve" : "RequestHandler.handle")};
    case FailureCause::PoolExhausted: {
        // Each driver's own words, with the pool's real size and the database's name (as pools are named).
        const std::string size = std::to_string(poolSize > 0 ? poolSize : 10);
        if (go)
            return {"*errors.errorString",
                    "pgxpool: failed to acquire a connection to " + p + " from the pool (max " + size +
                        " connections): context deadline exceeded",
                    frame(lang, service, "queryOrders")};
        if (py)
            return {"sqlalchemy.exc.TimeoutError",
                    "QueuePool limit of size " + size +
                        " overflow 0 reached, connection timed out, timeout 2.00 (database " + p + ")",
                    frame(lang, service, "query")};
        if (node)
            return {"KnexTimeoutError",
                    "Knex: Timeout acquiring a connection to " + p + ". The pool is probably full (max " + size + ").",
                    frame(lang, service, "query")};
        return {"java.sql.SQLTransientConnectionException",
                p + "-pool - Connection is not available, request timed out after 2000ms (total=" + size +
                    ", active=" + size + ", idle=0).",
                frame(lang, service, "OrderRepository.save")};
    }
    case FailureCause::RateLimited:
        if (py)
            return {"botocore.errorfactory.ThrottlingException",
                    "An error occurred (ThrottlingException) when calling " + p +
                        ": Too many requests, please wait before trying again.",
                    frame(lang, service, "invoke_model")};
        if (go)
            return {"*smithy.OperationError",
                    "operation error " + p +
                        ": https response error StatusCode: 429, ThrottlingException: Rate exceeded",
                    frame(lang, service, "invoke")};
        return {"RateLimitException", "429 Too Many Requests from " + p,
                frame(lang, service, go ? "invoke" : "ExternalClient.invoke")};
    case FailureCause::Upstream:
        if (go)
            return {"*handler.UpstreamError", "upstream " + p + " failed: " + code + " " + reason,
                    frame(lang, service, "handle")};
        if (node)
            return {"HTTPError", "Response code " + code + " (" + reason + ") from " + p,
                    frame(lang, service, "handle")};
        if (py)
            return {"requests.exceptions.HTTPError",
                    code + (clientError ? " Client Error: " : " Server Error: ") + reason + " for url: " + t.url,
                    frame(lang, service, "handle")};
        return {clientError ? "org.springframework.web.client.HttpClientErrorException"
                            : "org.springframework.web.client.HttpServerErrorException",
                code + " " + reason + " from " + t.text, frame(lang, service, "RequestHandler.handle")};
    case FailureCause::DatabaseError:
        if (go)
            return {"*pgconn.PgError", "ERROR: out of memory (SQLSTATE 53200) on " + p,
                    frame(lang, service, "queryOrders")};
        if (node)
            return {"error", "out of memory on " + p, frame(lang, service, "query")};
        if (py)
            return {"psycopg2.errors.OutOfMemory", "out of memory DETAIL: Failed on request of size 8192 in " + p,
                    frame(lang, service, "query")};
        return {"org.postgresql.util.PSQLException",
                "ERROR: out of memory. Detail: Failed on request of size 8192 in " + p,
                frame(lang, service, "Repository.query")};
    case FailureCause::CacheUnavailable:
        if (go)
            return {"*redis.Error", "dial tcp " + p + ":6379: connect: connection refused",
                    frame(lang, service, "cacheGet")};
        return {"io.lettuce.core.RedisConnectionException", "Unable to connect to " + p + ":6379",
                frame(lang, service, "CacheClient.get")};
    case FailureCause::Unexpected:
        if (go)
            return {"runtime.Error", "runtime error: invalid memory address or nil pointer dereference",
                    frame(lang, service, "handle")};
        if (node)
            return {"TypeError", "Cannot read properties of undefined (reading 'id')", frame(lang, service, "handle")};
        if (py)
            return {"KeyError", "'sku'", frame(lang, service, "handle")};
        return {"java.lang.NullPointerException", "Cannot invoke \"String.length()\" because \"name\" is null",
                frame(lang, service, "RequestHandler.handle")};
    }
    return {"Error", "unknown failure", ""};
}

} // namespace

bool ErrorCatalog::propagatesAsIs(ServiceKind peerKind)
{
    return peerKind == ServiceKind::Database || peerKind == ServiceKind::Cache || peerKind == ServiceKind::Queue;
}

ErrorId ErrorCatalog::error(FailureCause cause, std::string_view language, std::string_view service,
                            std::string_view peer, std::string_view detail, int status, ServiceKind peerKind,
                            int poolSize)
{
    const Text t = describe(cause, language, service, peer, detail, status, peerKind, poolSize);
    StringTable& s = m_store.strings();
    return m_store.internError({s.intern(t.type), s.intern(t.message), s.intern(t.stack)});
}

const char* toString(FailureCause cause)
{
    switch (cause) {
    case FailureCause::Timeout: return "timeout";
    case FailureCause::ConnectionRefused: return "connection-refused";
    case FailureCause::DnsFailure: return "dns-failure";
    case FailureCause::NoHealthyUpstream: return "no-healthy-upstream";
    case FailureCause::Overloaded: return "overloaded";
    case FailureCause::PoolExhausted: return "pool-exhausted";
    case FailureCause::RateLimited: return "rate-limited";
    case FailureCause::Upstream: return "upstream";
    case FailureCause::DatabaseError: return "database-error";
    case FailureCause::CacheUnavailable: return "cache-unavailable";
    case FailureCause::Unexpected: return "unexpected";
    }
    return "?";
}

} // namespace kunren
