#pragma once

// Stores built span by span, for trace tests whose expected shape is worked out by hand.

#include "scenario/Topology.h"
#include "telemetry/TelemetryStore.h"

#include <span>
#include <string>
#include <string_view>

namespace kunren::test {

class HandBuiltStore
{
public:
    TelemetryStore store;

    ServiceIndex service(std::string_view name, ServiceKind kind)
    {
        ServiceInfo info;
        info.name = store.strings().intern(name);
        info.kind = static_cast<std::uint8_t>(kind);
        const ServiceIndex s = store.addService(info);
        ResourceInfo res;
        res.service = s;
        res.pod = store.strings().intern(std::string(name) + "-pod-1");
        res.version = store.strings().intern("1.0.0");
        m_resourceOf[s] = store.addResource(res);
        return s;
    }
    OperationId operation(ServiceIndex service, SpanKind kind, std::string_view name, ServiceIndex peer = kNoService)
    {
        OperationInfo op;
        op.service = service;
        op.peer = peer;
        op.kind = kind;
        op.name = store.strings().intern(name);
        return store.addOperation(op);
    }
    TraceIndex trace(SimTime start, std::uint64_t idLow, float weight = 1.0f, bool withAttributes = true)
    {
        TraceRecord t;
        t.idHigh = 0x0123456789abcdefull;
        t.idLow = idLow;
        t.start = start;
        t.weight = weight;
        if (withAttributes) {
            const TelemetryStore::KeyValue tier{store.strings().intern("customer.tier"), store.strings().intern("pro")};
            t.attributes = store.internAttributes(std::span(&tier, 1));
        }
        m_trace = store.beginTrace(t);
        return m_trace;
    }
    // Adds a span to the current trace; times in µs from the trace start.
    std::uint32_t span(OperationId op, std::uint32_t startUs, std::uint32_t durationUs, std::uint16_t parent,
                       std::uint8_t flags = 0, SpanStatus status = SpanStatus::Unset)
    {
        SpanRecord s;
        s.trace = m_trace;
        s.operation = op;
        s.resource = m_resourceOf[store.operation(op).service];
        s.startOffsetUs = startUs;
        s.durationUs = durationUs;
        s.parent = parent;
        s.flags = flags;
        s.status = status;
        return store.addSpan(s);
    }
    void log(SimTime time, std::string_view text, TraceIndex trace, std::uint16_t span)
    {
        LogRecord l;
        l.time = time;
        l.resource = 0;
        l.templ = store.strings().intern(text);
        l.trace = trace;
        l.span = span;
        store.addLog(l, {});
    }

private:
    ResourceId m_resourceOf[64] = {};
    TraceIndex m_trace = kNoTrace;
};

} // namespace kunren::test
