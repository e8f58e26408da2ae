#include "errors/Fingerprint.h"

namespace kunren {

namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

// Each field is followed by a 0x1f separator so ("ab","c") and ("a","bc") hash differently.
void mix(std::uint64_t& h, std::string_view field)
{
    for (char c : field) {
        h ^= static_cast<unsigned char>(c);
        h *= kFnvPrime;
    }
    h ^= 0x1f;
    h *= kFnvPrime;
}

} // namespace

Fingerprint computeFingerprint(std::string_view service, std::string_view type, std::string_view normalizedMessage,
                               std::span<const StackFrame> topFrames)
{
    std::uint64_t h = kFnvOffset;
    mix(h, "auto");
    mix(h, service);
    mix(h, type);
    mix(h, normalizedMessage);
    for (const StackFrame& f : topFrames) {
        mix(h, f.file);
        mix(h, f.function);
    }
    return h;
}

Fingerprint explicitFingerprint(std::string_view service, std::string_view type, std::string_view fingerprint)
{
    std::uint64_t h = kFnvOffset;
    mix(h, "explicit");
    mix(h, service);
    mix(h, type);
    mix(h, fingerprint);
    return h;
}

const FingerprintOverride* findOverride(std::span<const FingerprintOverride> overrides, std::string_view service,
                                        std::string_view type, std::string_view message)
{
    for (const FingerprintOverride& o : overrides) {
        if (o.type != type || (!o.service.empty() && o.service != service))
            continue;
        if (!o.messageContains.empty() && message.find(o.messageContains) == std::string_view::npos)
            continue;
        return &o;
    }
    return nullptr;
}

} // namespace kunren
