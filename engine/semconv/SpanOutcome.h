#pragma once

#include "semconv/OperationAttributes.h"

#include <cstdint>
#include <string_view>

namespace kunren::semconv {

// gRPC status codes, in their numeric order (rpc.response.status_code carries the name).
enum class GrpcCode : std::uint8_t {
    Ok,
    Cancelled,
    Unknown,
    InvalidArgument,
    DeadlineExceeded,
    NotFound,
    AlreadyExists,
    PermissionDenied,
    ResourceExhausted,
    FailedPrecondition,
    Aborted,
    OutOfRange,
    Unimplemented,
    Internal,
    Unavailable,
    DataLoss,
    Unauthenticated
};
constexpr std::size_t kGrpcCodes = 17;
std::string_view grpcCodeName(GrpcCode code);
// The gRPC code a call ends with, from the HTTP-style status the simulator records.
GrpcCode grpcCode(std::uint16_t httpStatus, bool failed, bool timeout);

// An exception type that says the call ran out of time (→ gRPC DEADLINE_EXCEEDED).
bool isTimeout(std::string_view exceptionType);

// What a span's outcome adds to its operation's attributes.
struct SpanOutcome
{
    // http.response.status_code: HTTP spans with a recorded status.
    bool hasHttpStatus = false;
    // rpc.response.status_code: every gRPC span.
    bool hasGrpcCode = false;
    GrpcCode grpc = GrpcCode::Ok;
    // error.type: what failed, as OpenTelemetry names it — the HTTP status (a server's 5xx, a client's 4xx
    // or 5xx), the gRPC code, or else the exception's type (_OTHER when the span failed with none).
    enum class ErrorType : std::uint8_t { None, HttpStatus, GrpcCode, Exception } errorType = ErrorType::None;
};

// `timeout`: the span's exception says it timed out (isTimeout of its type).
SpanOutcome describeOutcome(SpanProtocol protocol, std::uint16_t httpStatus, bool failed, bool timeout);

// error.type's value when the span failed with exception type `exceptionType` (possibly empty).
inline std::string_view exceptionErrorType(std::string_view exceptionType)
{
    return exceptionType.empty() ? std::string_view("_OTHER") : exceptionType;
}

} // namespace kunren::semconv
