#pragma once

#include "errors/StackFrames.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kunren {

using Fingerprint = std::uint64_t;

// An explicit grouping chosen by the caller (like Datadog's error.fingerprint or Sentry's
// fingerprint rules): errors of `type` (and `service`, when not empty) whose message contains
// `messageContains` (when not empty) group under `fingerprint` whatever their message and stack.
struct FingerprintOverride
{
    std::string service;
    std::string type;
    std::string messageContains;
    std::string fingerprint;
};

// hash(service | type | normalised message | file+function of the top in-app frames), FNV-1a 64.
// Service and type always take part, so different services or error types never share an issue.
Fingerprint computeFingerprint(std::string_view service, std::string_view type, std::string_view normalizedMessage,
                               std::span<const StackFrame> topFrames);

// hash(service | type | explicit fingerprint).
Fingerprint explicitFingerprint(std::string_view service, std::string_view type, std::string_view fingerprint);

// The first override that applies, or nullptr.
const FingerprintOverride* findOverride(std::span<const FingerprintOverride> overrides, std::string_view service,
                                        std::string_view type, std::string_view message);

} // namespace kunren
