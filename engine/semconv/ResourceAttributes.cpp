#include "semconv/ResourceAttributes.h"

#include "core/ServiceKind.h"

namespace kunren::semconv {

namespace {

void add(AttributeList& list, std::string_view key, std::string_view value)
{
    if (!value.empty())
        list.push_back(Attribute::string(key, value));
}

} // namespace

AttributeList resourceAttributes(const TelemetryStore& store, ResourceId id, const TelemetryCounts& known)
{
    const Deployment& context = store.deployment();
    AttributeList a;
    if (id == kNoResource || id >= known.resources || store.resource(id).service >= known.services) {
        add(a, "service.name", "unknown_service"); // OpenTelemetry's name for a service nobody named
        add(a, "deployment.environment.name", context.environment);
        return a;
    }
    const ResourceInfo& r = store.resource(id);
    const ServiceInfo& s = store.service(r.service);
    const std::string_view name = store.str(s.name);
    const std::string_view ns = store.str(s.ns);
    const std::string_view pod = store.str(r.pod);
    add(a, "service.name", name);
    add(a, "service.namespace", ns);
    add(a, "service.version", store.str(r.version));
    add(a, "service.instance.id", pod);
    add(a, "deployment.environment.name", context.environment);
    add(a, "cloud.region", store.str(r.region));
    if (static_cast<ServiceKind>(s.kind) == ServiceKind::External)
        return a; // outside the cluster: nothing Kubernetes about it
    add(a, "k8s.cluster.name", context.cluster);
    add(a, "k8s.namespace.name", ns);
    if (!pod.empty()) {
        add(a, "k8s.pod.name", pod);
        add(a, "k8s.deployment.name", name);
        add(a, "k8s.container.name", name);
        add(a, "k8s.node.name", store.str(r.node));
    }
    return a;
}

} // namespace kunren::semconv
