#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kunren::semconv {

// Where a query's @key is answered from. Older and vendor names (http.status_code, peer.service,
// db.statement, error.kind …) are aliases of the current names the export writes, so a trainee who
// types either finds the same records.
enum class KeySource : std::uint8_t {
    Operation,      // describeOperation: method, route, peer, db.*, messaging.*, rpc.system.name …
    HttpStatusCode, // http.response.status_code of HTTP spans
    GrpcCode,       // rpc.response.status_code of gRPC spans
    ErrorType,      // error.type of failed spans
    Exception,      // exception.type / .message / .stacktrace (field 0, 1, 2)
    Resource,       // resourceAttributes: service.name, k8s.*, cloud.region …
    Record,         // spans: the request's attributes; logs: placeholders, then the request's attributes
};

struct ResolvedKey
{
    std::string key; // the name the export uses
    KeySource source = KeySource::Record;
    int exceptionField = 0; // KeySource::Exception: 0 type, 1 message, 2 stacktrace
};

// Every key describeOperation (OperationAttributes.h) and resourceAttributes (ResourceAttributes.h) can
// produce. Kept here, apart from the store, so the scenario loader can check names without one;
// tst_attributetruth fails when a produced key is missing from these lists.
const std::vector<std::string_view>& operationKeys();
const std::vector<std::string_view>& resourceKeys();

ResolvedKey resolveSpanKey(std::string_view key);
// Logs have no operation or outcome attributes; OpenTelemetry's log conventions have no error.type, so
// there it names the exception's type.
ResolvedKey resolveLogKey(std::string_view key);

} // namespace kunren::semconv
