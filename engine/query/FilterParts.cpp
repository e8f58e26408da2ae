#include "query/FilterParts.h"

#include "semconv/ResourceAttributes.h"

#include <charconv>

namespace kunren {

std::string_view resourceTagValue(const TelemetryStore& store, const ResourceInfo& r, QueryField field)
{
    switch (field) {
    case QueryField::Service:
        return r.service == kNoService ? std::string_view{} : store.str(store.service(r.service).name);
    case QueryField::Env: return store.deployment().environment;
    case QueryField::Version: return store.str(r.version);
    case QueryField::Pod: return store.str(r.pod);
    case QueryField::Host: return store.str(r.node);
    case QueryField::Region: return store.str(r.region);
    case QueryField::Source: {
        if (r.service == kNoService)
            return {};
        const ServiceInfo& s = store.service(r.service);
        return s.system != kNoString ? store.str(s.system) : store.str(s.name);
    }
    default: return {};
    }
}

std::vector<std::uint8_t> resourceTable(const TelemetryStore& store, const TelemetryCounts& counts, QueryField field,
                                        const ValueMatcher& value)
{
    std::vector<std::uint8_t> table(counts.resources, 0);
    for (std::size_t i = 0; i < counts.resources; ++i) {
        const std::string_view v = resourceTagValue(store, store.resource(static_cast<ResourceId>(i)), field);
        table[i] = !v.empty() && value.matchText(v) ? 1 : 0;
    }
    return table;
}

std::vector<std::uint8_t> resourceAttributeTable(const TelemetryStore& store, const TelemetryCounts& counts,
                                                 std::string_view key, const ValueMatcher& value)
{
    std::vector<std::uint8_t> table(counts.resources, 0);
    for (std::size_t i = 0; i < counts.resources; ++i)
        for (const semconv::Attribute& a : semconv::resourceAttributes(store, static_cast<ResourceId>(i), counts))
            if ((key.empty() || a.key == key) && value.matchText(a.text))
                table[i] = 1;
    return table;
}

std::string_view errorAttributeValue(const TelemetryStore& store, ErrorId id, int field)
{
    if (id == 0)
        return {};
    const ErrorInfo& e = store.error(id);
    return store.str(field == 0 ? e.type : field == 1 ? e.message : e.stack);
}

std::optional<std::string_view> findAttribute(const TelemetryStore& store, AttributeSetId set, std::string_view key)
{
    for (const auto& [k, v] : store.attributes(set))
        if (store.str(k) == key)
            return store.str(v);
    return std::nullopt;
}

ExactId parseExactId(std::string_view text, std::size_t digits)
{
    ExactId id;
    if (text.size() != digits)
        return id;
    auto hex = [](std::string_view s, std::uint64_t& out) {
        const auto r = std::from_chars(s.data(), s.data() + s.size(), out, 16);
        return r.ec == std::errc{} && r.ptr == s.data() + s.size();
    };
    if (digits == 32)
        id.exact = hex(text.substr(0, 16), id.high) && hex(text.substr(16), id.low);
    else
        id.exact = hex(text, id.low);
    return id;
}

} // namespace kunren
