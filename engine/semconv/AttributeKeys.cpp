#include "semconv/AttributeKeys.h"

#include <algorithm>
#include <utility>

namespace kunren::semconv {

namespace {

constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
    {"http.status_code", "http.response.status_code"},
    {"http.method", "http.request.method"},
    {"http.url", "url.full"},
    {"peer.service", "service.peer.name"},
    {"db.system", "db.system.name"},
    {"db.statement", "db.query.text"},
    {"db.sql.table", "db.collection.name"},
    {"db.operation", "db.operation.name"},
    {"messaging.destination", "messaging.destination.name"},
    {"error.kind", "exception.type"},
    {"error.message", "exception.message"},
    {"error.msg", "exception.message"},
    {"error.stack", "exception.stacktrace"},
};

std::string_view canonical(std::string_view key)
{
    for (const auto& [alias, name] : kAliases)
        if (alias == key)
            return name;
    return key;
}

bool contains(const std::vector<std::string_view>& keys, std::string_view key)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// Keys both signals resolve alike.
bool resolveCommon(std::string_view name, ResolvedKey& out)
{
    out.key = std::string(name);
    if (name == "exception.type" || name == "exception.message" || name == "exception.stacktrace") {
        out.source = KeySource::Exception;
        out.exceptionField = name == "exception.type" ? 0 : name == "exception.message" ? 1 : 2;
        return true;
    }
    if (contains(resourceKeys(), name)) {
        out.source = KeySource::Resource;
        return true;
    }
    return false;
}

} // namespace

const std::vector<std::string_view>& operationKeys()
{
    static const std::vector<std::string_view> keys{"http.request.method",
                                                    "http.request.method_original",
                                                    "http.route",
                                                    "url.path",
                                                    "url.scheme",
                                                    "url.full",
                                                    "server.address",
                                                    "server.port",
                                                    "service.peer.name",
                                                    "service.peer.namespace",
                                                    "rpc.system.name",
                                                    "rpc.method",
                                                    "db.system.name",
                                                    "db.operation.name",
                                                    "db.collection.name",
                                                    "db.query.text",
                                                    "messaging.system",
                                                    "messaging.operation.name",
                                                    "messaging.operation.type",
                                                    "messaging.destination.name"};
    return keys;
}

const std::vector<std::string_view>& resourceKeys()
{
    static const std::vector<std::string_view> keys{
        "service.name",        "service.namespace",           "service.version",
        "service.instance.id", "deployment.environment.name", "cloud.region",
        "k8s.cluster.name",    "k8s.namespace.name",          "k8s.pod.name",
        "k8s.deployment.name", "k8s.container.name",          "k8s.node.name"};
    return keys;
}

ResolvedKey resolveSpanKey(std::string_view key)
{
    ResolvedKey r;
    const std::string_view name = canonical(key);
    if (resolveCommon(name, r))
        return r;
    if (name == "http.response.status_code")
        r.source = KeySource::HttpStatusCode;
    else if (name == "rpc.response.status_code")
        r.source = KeySource::GrpcCode;
    else if (name == "error.type")
        r.source = KeySource::ErrorType;
    else if (contains(operationKeys(), name))
        r.source = KeySource::Operation;
    else
        r.source = KeySource::Record;
    return r;
}

ResolvedKey resolveLogKey(std::string_view key)
{
    ResolvedKey r;
    const std::string_view name = key == "error.type" ? std::string_view("exception.type") : canonical(key);
    if (!resolveCommon(name, r))
        r.source = KeySource::Record;
    return r;
}

} // namespace kunren::semconv
