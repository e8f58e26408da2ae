#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kunren {

// A 128-bit W3C/OTLP trace id, as stored in TraceRecord (idHigh, idLow).
struct TraceId
{
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    friend bool operator==(const TraceId&, const TraceId&) = default;
};

// 32 lowercase hex digits, high half first (the form OTLP/JSON and the UIs show).
std::string formatTraceId(TraceId id);

// Accepts 32 hex digits in either case; shorter input is read as the low bits left-padded with zeros
// (64-bit ids as older tracers log them). Nullopt for empty, over-long or non-hex input.
std::optional<TraceId> parseTraceId(std::string_view hex);

} // namespace kunren
