#include "sim/RequestWalker.h"

#include "telemetry/LogText.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kunren {

namespace {

bool servesHttp(ServiceKind k) { return k == ServiceKind::Http || k == ServiceKind::LoadBalancer; }
bool hasPods(const ServiceRt& s) { return s.spec->deployment.has_value(); }

SimDuration micros(double us) { return static_cast<SimDuration>(std::max(1.0, us)); }

// Retrying a client error other than 429 would not help; everything else is worth another attempt.
bool retryable(const Outcome& o) { return o.status == 0 || o.status == 429 || o.status >= 500; }

void recordRed(EndpointRt& e, SimDuration d, bool failed)
{
    e.window.add(toSeconds(d), failed);
    ++e.totalCount;
    e.totalErrors += failed ? 1 : 0;
}

} // namespace

void RedWindow::add(double seconds, bool error)
{
    ++count;
    errors += error ? 1 : 0;
    durationSum += seconds;
    const auto it = std::lower_bound(kDurationBounds.begin(), kDurationBounds.end(), seconds);
    ++buckets[static_cast<std::size_t>(it - kDurationBounds.begin())];
}

bool RequestWalker::sliceMatches(const TrafficSlice& slice, const RequestContext& ctx, const ServiceRt& s,
                                 const Pod* pod) const
{
    if (!slice.version.empty() && (!pod || pod->version != slice.version))
        return false;
    if (!slice.region.empty() && s.spec->region != slice.region) {
        const StringId key = m_w.store.strings().find("region");
        const StringId want = m_w.store.strings().find(slice.region);
        const bool match = std::any_of(ctx.attributePairs.begin(), ctx.attributePairs.end(),
                                       [&](const auto& kv) { return kv.first == key && kv.second == want; });
        if (!match || want == kNoString)
            return false;
    }
    if (!slice.attribute.empty()) {
        const StringId key = m_w.store.strings().find(slice.attribute);
        const StringId want = m_w.store.strings().find(slice.value);
        const bool match = std::any_of(ctx.attributePairs.begin(), ctx.attributePairs.end(),
                                       [&](const auto& kv) { return kv.first == key && kv.second == want; });
        if (!match || want == kNoString)
            return false;
    }
    return true;
}

ErrorId RequestWalker::faultError(const FaultSpec& f, const ServiceRt& s, FailureCause fallback)
{
    if (f.errorType.empty() && f.errorMessage.empty())
        return m_w.errors.error(fallback, s.spec->language, s.spec->name, s.spec->name, {});
    StringTable& st = m_w.store.strings();
    return m_w.store.internError(
        {st.intern(f.errorType.empty() ? "Error" : f.errorType), st.intern(f.errorMessage), kNoString});
}

ErrorId RequestWalker::backgroundError(ServiceRt& s, std::size_t index)
{
    const ErrorId id = s.backgroundErrorIds[index];
    const std::string& message = s.spec->errors[index].message;
    if (message.find('{') == std::string::npos)
        return id;
    // "cart {cart_id} has an item with no price": every occurrence names its own entity, as real
    // errors do — which is exactly what error grouping has to see through.
    const LogTemplateParts parts = splitLogTemplate(message);
    std::string text;
    logarg::Buffer buffer;
    for (std::size_t i = 0; i < parts.literals.size(); ++i) {
        text.append(parts.literals[i]);
        if (i < parts.names.size()) {
            const bool isId = parts.names[i].ends_with("_id");
            const auto value = static_cast<std::uint32_t>(s.rng.next());
            text.append(logarg::text(m_w.store.strings(), isId ? logarg::id(value) : logarg::number(value % 10000),
                                     parts.names[i], buffer));
        }
    }
    ErrorInfo info = m_w.store.error(id);
    info.message = m_w.intern(text);
    return m_w.store.internError(info);
}

Outcome RequestWalker::serve(RequestContext& ctx, int endpointIndex, SimTime start, std::uint16_t parent,
                             std::uint8_t flags)
{
    EndpointRt& e = m_w.endpoints[static_cast<std::size_t>(endpointIndex)];
    ServiceRt& s = m_w.services[static_cast<std::size_t>(e.service)];
    Rng& rng = s.rng;
    s.tickCpuDemand += e.spec->cpuPerRequest * s.cpuFactor * e.workFactor;
    e.tickCount += 1;

    Outcome o;
    if (hasPods(s) && s.ready.empty()) {
        // Nothing can serve it: the request dies at the door and no server span exists.
        o.failed = true;
        o.status = 503;
        o.cause = FailureCause::NoHealthyUpstream;
        o.duration = kMillisecond;
        recordRed(e, o.duration, true);
        return o;
    }
    Pod* pod = hasPods(s) ? &s.pods[static_cast<std::size_t>(s.ready[rng.below(s.ready.size())])] : nullptr;
    const ResourceId resource = pod ? pod->resource : s.serviceResource;
    const std::uint16_t span = ctx.addSpan(e.serverOp, resource, start, parent, flags);

    double self = e.latency.sample(rng) * s.queueFactor * e.workFactor;
    bool business = false;
    for (const ActiveFault& af : e.faults) {
        const FaultSpec& f = *af.fault;
        if (!sliceMatches(f.slice, ctx, s, pod))
            continue;
        switch (f.kind) {
        case FaultKind::Latency: self *= 1.0 + af.strength; break;
        case FaultKind::BadDeploy:
            if (!pod || !pod->regressed)
                break;
            if (f.mode == "latency")
                self *= 1.0 + af.strength;
            else if (!o.failed && rng.chance(af.strength)) {
                o.failed = true;
                o.status = static_cast<std::uint16_t>(f.status);
                o.error = faultError(f, s, FailureCause::Unexpected);
            }
            break;
        case FaultKind::Errors:
        case FaultKind::BusinessErrors:
            if (!o.failed && rng.chance(af.strength)) {
                o.failed = true;
                o.status = static_cast<std::uint16_t>(f.status);
                o.error = faultError(f, s, FailureCause::Unexpected);
                business = f.kind == FaultKind::BusinessErrors;
            }
            break;
        default: break;
        }
    }

    const bool shed = !o.failed && rng.chance(s.rejectProbability);
    SimTime cursor = start + micros(self * 0.3);
    if (shed) {
        o.failed = true;
        o.status = 503;
        o.cause = FailureCause::Overloaded;
        o.error = m_w.errors.error(FailureCause::Overloaded, s.spec->language, s.spec->name, s.spec->name, {});
    } else if (!o.failed) {
        for (StepRt& step : e.steps) {
            SimDuration longest = 0;
            int failedCall = -1;
            Outcome failure;
            for (std::size_t i = 0; i < step.calls.size(); ++i) {
                CallRt& c = step.calls[i];
                const Outcome r = call(ctx, s, resource, c, cursor, span);
                if (!step.parallel)
                    cursor += r.duration;
                longest = std::max(longest, r.duration);
                if (r.failed && c.spec->onFailure == CallSpec::OnFailure::Fail && failedCall < 0) {
                    failedCall = static_cast<int>(i);
                    failure = r;
                    if (!step.parallel)
                        break;
                }
            }
            if (step.parallel)
                cursor += longest;
            if (failedCall >= 0) {
                const CallRt& fc = step.calls[static_cast<std::size_t>(failedCall)];
                const auto& peer = m_w.services[static_cast<std::size_t>(fc.service)].spec->name;
                o.failed = true;
                // A client error (a declined card, an unknown item) is passed back to the client as it
                // is; an exhausted rate limit or a server error becomes this service's own failure.
                const bool clientError = failure.status >= 400 && failure.status < 500 && failure.status != 429;
                o.status = clientError ? failure.status : failure.status == 429 ? 503 : 500;
                business = business || clientError;
                const ServiceKind peerKind = m_w.services[static_cast<std::size_t>(fc.service)].spec->kind;
                if (ErrorCatalog::propagatesAsIs(peerKind) && failure.error != 0) {
                    // A database driver's or cache client's exception is not an HTTP error: it propagates
                    // through this service as it was raised (the pool, the timeout, the out-of-memory).
                    o.cause = failure.cause;
                    o.error = failure.error;
                } else {
                    o.cause = FailureCause::Upstream;
                    o.error = m_w.errors.error(FailureCause::Upstream, s.spec->language, s.spec->name, peer,
                                               fc.spec->endpoint, failure.status ? failure.status : 504);
                }
                break;
            }
        }
    }
    if (!o.failed && rng.chance(e.spec->errorRate)) {
        o.failed = true;
        o.status = 500;
        o.cause = FailureCause::Unexpected;
        o.error = m_w.errors.error(FailureCause::Unexpected, s.spec->language, s.spec->name, s.spec->name, {});
    }
    if (!o.failed)
        for (std::size_t i = 0; i < e.backgroundErrors.size(); ++i) {
            const BackgroundError& be = s.spec->errors[static_cast<std::size_t>(e.backgroundErrors[i])];
            if (rng.chance(be.rate)) {
                o.failed = true;
                o.status = static_cast<std::uint16_t>(be.status);
                o.error = backgroundError(s, static_cast<std::size_t>(e.backgroundErrors[i]));
                break;
            }
        }
    if (!o.failed)
        o.status = 200;

    const SimTime end = shed ? start + micros(self * 0.1) : cursor + micros(self * 0.7);
    o.duration = end - start;
    // A business failure (e.g. a declined card) is the caller's problem, not a server error for RED.
    recordRed(e, o.duration, o.failed && o.status >= 500 && !business);
    if (SpanRecord* sr = ctx.span(span)) {
        sr->durationUs = static_cast<std::uint32_t>(std::min<SimDuration>(o.duration, 0xFFFFFFFF));
        sr->httpStatus = servesHttp(s.spec->kind) ? o.status : 0;
        sr->status = (o.failed && (o.status >= 500 || !servesHttp(s.spec->kind))) ? SpanStatus::Error
                                                                                  : SpanStatus::Unset;
        sr->error = o.failed ? o.error : 0;
    }
    if (business)
        ++s.clientErrorsTotal;
    emitLogs(ctx, e, s, resource, end, span, o);
    return o;
}

Outcome RequestWalker::call(RequestContext& ctx, ServiceRt& caller, ResourceId callerResource, CallRt& c, SimTime start,
                            std::uint16_t parent)
{
    if (c.spec->probability < 1.0 && !caller.rng.chance(c.spec->probability))
        return {};
    SimTime cursor = start;
    Outcome last;
    for (int a = 0; a <= c.spec->retries; ++a) {
        const std::uint16_t clientSpan = ctx.addSpan(c.clientOp, callerResource, cursor, parent,
                                                     a > 0 ? SpanFlags::Retry : 0);
        last = attempt(ctx, caller, callerResource, c, cursor, clientSpan);
        if (SpanRecord* sr = ctx.span(clientSpan)) {
            sr->durationUs = static_cast<std::uint32_t>(std::min<SimDuration>(last.duration, 0xFFFFFFFF));
            sr->httpStatus = last.status;
            sr->status = last.failed ? SpanStatus::Error : SpanStatus::Unset;
            sr->error = last.failed ? last.error : 0;
        }
        cursor += last.duration;
        if (!last.failed || !retryable(last) || a == c.spec->retries)
            break;
        cursor += (50 * kMillisecond) << a; // exponential back-off between attempts
    }
    // A miss — or a cache that is down — falls through to the source of truth (e.g. the database).
    if (last.miss && c.missEndpoint >= 0) {
        Outcome miss = callMiss(ctx, caller, callerResource, c, cursor, parent);
        cursor += miss.duration;
        last.failed = miss.failed;
        last.status = miss.status;
        last.error = miss.error;
        last.cause = miss.cause;
    }
    last.duration = cursor - start;
    return last;
}

Outcome RequestWalker::callMiss(RequestContext& ctx, ServiceRt& caller, ResourceId callerResource, CallRt& c,
                                SimTime start, std::uint16_t parent)
{
    const std::uint16_t span = ctx.addSpan(c.missClientOp, callerResource, start, parent);
    Outcome o = managed(ctx, caller, c.missService, c.missEndpoint, start, span);
    if (SpanRecord* sr = ctx.span(span)) {
        sr->durationUs = static_cast<std::uint32_t>(o.duration);
        sr->status = o.failed ? SpanStatus::Error : SpanStatus::Unset;
        sr->error = o.failed ? o.error : 0;
    }
    return o;
}

namespace {
constexpr double kHopMedianUs = 200.0;
constexpr double kHopSigma = 0.3;
constexpr double kAddedLatencySigma = 0.15;
} // namespace

Outcome RequestWalker::attempt(RequestContext& ctx, ServiceRt& caller, ResourceId callerResource, CallRt& c,
                               SimTime start, std::uint16_t clientSpan)
{
    (void)callerResource;
    ServiceRt& callee = m_w.services[static_cast<std::size_t>(c.service)];
    const std::string& lang = caller.spec->language;
    Outcome o;
    // A hop inside the cluster: 0.2 ms at the median with a tail (log-normal, p99 ≈ 0.4 ms), never a constant.
    double networkUs = kHopMedianUs * std::exp(kHopSigma * caller.networkRng.normal());
    const SimDuration timeout = c.spec->timeout > 0 ? c.spec->timeout : 10 * kSecond;
    for (const ActiveFault& af : c.faults) {
        const FaultSpec& f = *af.fault;
        if (f.kind == FaultKind::DependencyUnreachable) {
            const bool dns = f.mode == "dns";
            o.failed = true;
            o.cause = dns ? FailureCause::DnsFailure : FailureCause::ConnectionRefused;
            o.duration = dns ? 5 * kMillisecond : kMillisecond;
            o.error = m_w.errors.error(o.cause, lang, caller.spec->name, callee.spec->name, c.spec->endpoint);
            return o;
        }
        if (f.mode == "partition") {
            o.failed = true;
            o.cause = FailureCause::Timeout;
            o.duration = timeout;
            o.error = m_w.errors.error(o.cause, lang, caller.spec->name, callee.spec->name, c.spec->endpoint);
            return o;
        }
        if (f.mode == "loss") {
            // Lost packets cost TCP retransmissions: a fraction of calls stall for 200 ms–1 s.
            if (caller.rng.chance(af.strength))
                networkUs += 200000.0 + 800000.0 * caller.rng.uniform();
        } else {
            // Latency mode: magnitude in milliseconds at the median, with jitter that grows with it (as
            // `tc netem delay 400ms 60ms` would add): each call its own delay, a spread of about 15 %.
            networkUs += af.strength * 1000.0 * std::exp(kAddedLatencySigma * caller.networkRng.normal());
        }
    }

    switch (callee.spec->kind) {
    case ServiceKind::Database:
    case ServiceKind::Cache:
    case ServiceKind::Queue:
    case ServiceKind::External:
        o = managed(ctx, caller, c.service, c.endpoint, start, clientSpan);
        o.duration += micros(networkUs);
        break;
    default:
        if (callee.ready.empty()) {
            o.failed = true;
            o.status = 503;
            o.cause = FailureCause::NoHealthyUpstream;
            o.duration = kMillisecond;
            o.error = m_w.errors.error(o.cause, lang, caller.spec->name, callee.spec->name, c.spec->endpoint);
            return o;
        }
        if (caller.propagationBroken && ctx.recording) {
            // The caller lost trace context: the callee starts a trace of its own (fragment), or keeps
            // the trace id but points at a parent span nobody recorded (orphan-parent).
            if (caller.propagationMode == "orphan-parent") {
                o = serve(ctx, c.endpoint, start + micros(networkUs / 2), kNoParent,
                          SpanFlags::ParentMissing | SpanFlags::TagsDropped);
            } else {
                auto fragment = std::make_unique<RequestContext>();
                fragment->reset(start + micros(networkUs / 2), caller.rng.next(), caller.rng.next(), true, ctx.weight);
                fragment->tagsDropped = true;
                o = serve(*fragment, c.endpoint, fragment->traceStart, kNoParent);
                ctx.fragments.push_back(std::move(fragment));
            }
        } else {
            o = serve(ctx, c.endpoint, start + micros(networkUs / 2), clientSpan);
        }
        o.duration += micros(networkUs);
        if (o.failed && o.cause != FailureCause::NoHealthyUpstream)
            o.error = m_w.errors.error(FailureCause::Upstream, lang, caller.spec->name, callee.spec->name,
                                       c.spec->endpoint);
        break;
    }
    if (o.duration > timeout) {
        o.duration = timeout;
        o.failed = true;
        o.status = 0;
        o.cause = FailureCause::Timeout;
        o.error = m_w.errors.error(FailureCause::Timeout, lang, caller.spec->name, callee.spec->name, c.spec->endpoint,
                                   504, callee.spec->kind);
    }
    return o;
}

Outcome RequestWalker::managed(RequestContext& ctx, ServiceRt& caller, int serviceIndex, int endpointIndex,
                               SimTime start, std::uint16_t clientSpan)
{
    (void)start;
    ServiceRt& m = m_w.services[static_cast<std::size_t>(serviceIndex)];
    EndpointRt& e = m_w.endpoints[static_cast<std::size_t>(endpointIndex)];
    const std::string& lang = caller.spec->language;
    Rng& rng = m.rng;
    Outcome o;
    double us = e.latency.sample(rng);
    for (const ActiveFault& af : e.faults) {
        if (!sliceMatches(af.fault->slice, ctx, m, nullptr))
            continue;
        if (af.fault->kind == FaultKind::Latency)
            us *= 1.0 + af.strength;
        else if ((af.fault->kind == FaultKind::Errors || af.fault->kind == FaultKind::BusinessErrors) && !o.failed &&
                 rng.chance(af.strength)) {
            o.failed = true;
            o.status = static_cast<std::uint16_t>(af.fault->status);
            o.error = faultError(*af.fault, m, FailureCause::Unexpected);
        }
    }
    e.tickCount += 1;

    switch (m.spec->kind) {
    case ServiceKind::Database: {
        us *= m.memoryLatencyFactor;
        e.tickLatencySum += us / 1e6; // the connection is held while the query runs
        if (!o.failed && rng.chance(m.poolFailProbability)) {
            o.failed = true;
            o.cause = FailureCause::PoolExhausted;
            us = 2e6; // waited the pool's connection timeout
            o.error = m_w.errors.error(o.cause, lang, caller.spec->name, m.spec->name, e.spec->name, 500, m.spec->kind,
                                       static_cast<int>(std::lround(m.poolSize)));
        } else {
            if (rng.chance(m.poolWaitProbability))
                us += us * (1.0 + 3.0 * rng.uniform()); // queued for a free connection
            if (!o.failed && rng.chance(m.memoryErrorProbability)) {
                o.failed = true;
                o.cause = FailureCause::DatabaseError;
                o.error = m_w.errors.error(o.cause, lang, caller.spec->name, m.spec->name, e.spec->name);
            }
        }
        break;
    }
    case ServiceKind::Cache:
        if (m.cacheDown) {
            o.failed = true;
            o.cause = FailureCause::CacheUnavailable;
            o.miss = true;
            us = 1000.0;
            o.error = m_w.errors.error(o.cause, lang, caller.spec->name, m.spec->name, e.spec->name);
        } else {
            o.miss = !rng.chance(e.spec->hitRatio * m.hitRatioFactor);
        }
        break;
    case ServiceKind::Queue:
        m.backlog += 1.0;
        ++m.published;
        enqueue(ctx, m, clientSpan);
        break;
    case ServiceKind::External:
        m.tickAttempts += 1.0;
        if (!o.failed && rng.chance(m.throttleProbability)) {
            o.failed = true;
            o.status = 429;
            o.cause = FailureCause::RateLimited;
            us = 20000.0 + 30000.0 * rng.uniform(); // the API answers 429 quickly
            o.error = m_w.errors.error(o.cause, lang, caller.spec->name, m.spec->name, e.spec->name);
            ++m.throttledTotal;
            ++m.clientErrorsTotal;
        } else if (!o.failed && rng.chance(e.spec->errorRate)) {
            o.failed = true;
            o.status = 502;
            o.cause = FailureCause::Upstream;
            o.error = m_w.errors.error(o.cause, lang, caller.spec->name, m.spec->name, e.spec->name);
        }
        if (!o.failed)
            o.status = 200;
        break;
    default: break;
    }
    o.duration = micros(us);
    recordRed(e, o.duration, o.failed);
    return o;
}

void RequestWalker::enqueue(RequestContext& ctx, ServiceRt& q, std::uint16_t publishSpan)
{
    if (q.messages.size() >= ServiceRt::kMaxQueuedContexts || q.spec->resource.consumer.empty())
        return;
    // The ids the consumer's logs name travel with the message: settled now, so the producer's own log lines
    // (written when its request ends) and the consumer's name the same order.
    const int consumer = m_w.serviceIndex(q.spec->resource.consumer);
    const int endpoint = consumer < 0 ? -1 : m_w.endpointIndex(consumer, q.spec->resource.consumerEndpoint);
    if (endpoint >= 0) {
        const ServiceRt& c = m_w.services[static_cast<std::size_t>(consumer)];
        for (int li : m_w.endpoints[static_cast<std::size_t>(endpoint)].logs) {
            const CompiledLogTemplate& t = c.logTemplates[static_cast<std::size_t>(li)];
            for (std::size_t i = 0; i < t.placeholders.size(); ++i) {
                if (t.placeholders[i] != Placeholder::GeneratedId)
                    continue;
                const bool known = std::any_of(ctx.generatedIds.begin(), ctx.generatedIds.end(),
                                               [&](const auto& kv) { return kv.first == t.nameIds[i]; });
                if (!known)
                    ctx.generatedIds.emplace_back(t.nameIds[i], logarg::id(static_cast<std::uint32_t>(q.rng.next())));
            }
        }
    }
    QueuedMessage msg;
    msg.traceHigh = ctx.idHigh;
    msg.traceLow = ctx.idLow;
    msg.sampled = ctx.recording;
    msg.weight = ctx.weight;
    msg.attributes = ctx.tagsDropped ? 0 : ctx.attributes;
    msg.ids = ctx.generatedIds;
    if (ctx.recording && publishSpan != kNoParent) {
        TraceRecord producer;
        producer.idHigh = ctx.idHigh;
        producer.idLow = ctx.idLow;
        msg.publishSpanId = TelemetryStore::spanId(producer, publishSpan);
    }
    q.messages.push_back(std::move(msg));
}

void RequestWalker::emitLogs(RequestContext& ctx, EndpointRt& e, ServiceRt& s, ResourceId resource, SimTime end,
                             std::uint16_t span, const Outcome& o)
{
    const bool debugOn = s.debugLines > 0.0;
    for (int li : e.logs) {
        const CompiledLogTemplate& t = s.logTemplates[static_cast<std::size_t>(li)];
        // Production runs at info: debug lines appear only while debug logging is left on.
        if (t.severity <= Severity::Debug && !debugOn)
            continue;
        switch (t.spec->when) {
        case LogTemplate::When::Request:
            if (!s.rng.chance(t.spec->probability))
                continue;
            break;
        case LogTemplate::When::Error:
            if (!o.failed || !s.rng.chance(t.spec->probability))
                continue;
            break;
        case LogTemplate::When::Slow:
            if (o.duration < e.spec->latency.p99 * 2 || !s.rng.chance(t.spec->probability))
                continue;
            break;
        }
        pushLog(ctx, t, e, s, resource, end, span, o);
    }
    if (debugOn && s.debugDump) {
        // Whole lines per request: the integer part always, the fraction by chance.
        const double lines = s.debugLines;
        const int n = static_cast<int>(lines) + (s.rng.chance(lines - static_cast<int>(lines)) ? 1 : 0);
        for (int i = 0; i < n; ++i)
            pushLog(ctx, *s.debugDump, e, s, resource, end, span, o);
    }
}

void RequestWalker::pushLog(RequestContext& ctx, const CompiledLogTemplate& t, EndpointRt& e, ServiceRt& s,
                            ResourceId resource, SimTime end, std::uint16_t span, const Outcome& o)
{
    PendingLog l;
    l.time = end;
    l.resource = resource;
    l.templ = t.text;
    l.error = t.spec->when == LogTemplate::When::Error ? o.error : 0;
    l.span = span;
    l.severity = t.severity;
    l.firstArg = static_cast<std::uint32_t>(ctx.logArgs.size());
    l.argCount = static_cast<std::uint8_t>(std::min<std::size_t>(t.placeholders.size(), 255));
    for (std::size_t i = 0; i < l.argCount; ++i)
        ctx.logArgs.push_back(placeholderValue(ctx, t, i, e, s, resource, o));
    ctx.logs.push_back(l);
}

LogArg RequestWalker::placeholderValue(RequestContext& ctx, const CompiledLogTemplate& t, std::size_t i, EndpointRt& e,
                                       ServiceRt& s, ResourceId resource, const Outcome& o)
{
    const OperationInfo& op = m_w.store.operation(e.serverOp);
    const LogArg none = logarg::string(m_w.intern("-"));
    switch (t.placeholders[i]) {
    case Placeholder::Method: return logarg::string(op.method);
    case Placeholder::Route: return logarg::string(op.route);
    case Placeholder::Status: return logarg::number(o.status);
    case Placeholder::DurationMs: return logarg::number(static_cast<std::uint32_t>(o.duration / kMillisecond));
    case Placeholder::Error: return o.error ? logarg::string(m_w.store.error(o.error).message) : none;
    case Placeholder::Service: return logarg::string(m_w.store.service(s.index).name);
    case Placeholder::Pod: return logarg::string(m_w.store.resource(resource).pod);
    case Placeholder::Version: return logarg::string(m_w.store.resource(resource).version);
    case Placeholder::TraceId: {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(ctx.idHigh),
                      static_cast<unsigned long long>(ctx.idLow));
        return logarg::string(m_w.intern(buf));
    }
    case Placeholder::Amount: return logarg::number(static_cast<std::uint32_t>(100 * (1 + s.rng.below(300))));
    case Placeholder::Count: return logarg::number(static_cast<std::uint32_t>(1 + s.rng.below(50)));
    case Placeholder::Attribute: {
        if (ctx.tagsDropped)
            return none;
        for (const auto& [k, v] : ctx.attributePairs)
            if (k == t.nameIds[i])
                return logarg::string(v);
        // A dotted attribute name written with underscores ({payment_method} → payment.method).
        std::string dotted = t.names[i];
        std::replace(dotted.begin(), dotted.end(), '_', '.');
        const StringId key = m_w.store.strings().find(dotted);
        for (const auto& [k, v] : ctx.attributePairs)
            if (k == key && key != kNoString)
                return logarg::string(v);
        return none;
    }
    case Placeholder::GeneratedId: {
        // The same name means the same entity within one request (the order a line talks about).
        for (const auto& [k, v] : ctx.generatedIds)
            if (k == t.nameIds[i])
                return v;
        const LogArg v = logarg::id(static_cast<std::uint32_t>(s.rng.next()));
        ctx.generatedIds.emplace_back(t.nameIds[i], v);
        return v;
    }
    }
    return none;
}

} // namespace kunren
