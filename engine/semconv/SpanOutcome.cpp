#include "semconv/SpanOutcome.h"

#include <array>

namespace kunren::semconv {

std::string_view grpcCodeName(GrpcCode code)
{
    static constexpr std::array<std::string_view, kGrpcCodes> kNames{
        "OK",        "CANCELLED",      "UNKNOWN",           "INVALID_ARGUMENT",   "DEADLINE_EXCEEDED",
        "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
        "ABORTED",   "OUT_OF_RANGE",   "UNIMPLEMENTED",     "INTERNAL",           "UNAVAILABLE",
        "DATA_LOSS", "UNAUTHENTICATED"};
    const auto i = static_cast<std::size_t>(code);
    return i < kNames.size() ? kNames[i] : std::string_view("UNKNOWN");
}

GrpcCode grpcCode(std::uint16_t httpStatus, bool failed, bool timeout)
{
    if (!failed && httpStatus < 400)
        return GrpcCode::Ok;
    switch (httpStatus) {
    case 0: return timeout ? GrpcCode::DeadlineExceeded : GrpcCode::Unknown;
    case 400: return GrpcCode::InvalidArgument;
    case 401: return GrpcCode::Unauthenticated;
    case 403: return GrpcCode::PermissionDenied;
    case 404: return GrpcCode::NotFound;
    case 409: return GrpcCode::Aborted;
    case 429: return GrpcCode::ResourceExhausted;
    case 499: return GrpcCode::Cancelled;
    case 501: return GrpcCode::Unimplemented;
    case 502:
    case 503: return GrpcCode::Unavailable;
    case 504: return GrpcCode::DeadlineExceeded;
    default:
        return httpStatus >= 500   ? GrpcCode::Internal
               : httpStatus >= 400 ? GrpcCode::FailedPrecondition
                                   : GrpcCode::Unknown;
    }
}

bool isTimeout(std::string_view type)
{
    return type.find("Timeout") != std::string_view::npos || type.find("Deadline") != std::string_view::npos;
}

SpanOutcome describeOutcome(SpanProtocol protocol, std::uint16_t httpStatus, bool failed, bool timeout)
{
    SpanOutcome o;
    switch (protocol) {
    case SpanProtocol::HttpServer:
    case SpanProtocol::HttpClient:
        o.hasHttpStatus = httpStatus != 0;
        // Servers fail on 5xx only; for clients every 4xx is a failure too.
        if (httpStatus != 0 && httpStatus >= (protocol == SpanProtocol::HttpServer ? 500 : 400))
            o.errorType = SpanOutcome::ErrorType::HttpStatus;
        else if (failed)
            o.errorType = SpanOutcome::ErrorType::Exception;
        break;
    case SpanProtocol::GrpcServer:
    case SpanProtocol::GrpcClient:
        o.hasGrpcCode = true;
        o.grpc = grpcCode(httpStatus, failed, timeout);
        if (failed)
            o.errorType = SpanOutcome::ErrorType::GrpcCode;
        break;
    default:
        if (failed)
            o.errorType = SpanOutcome::ErrorType::Exception;
        break;
    }
    return o;
}

} // namespace kunren::semconv
