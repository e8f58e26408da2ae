#include "scenario/ScenarioReader.h"

#include "scenario/IsoTime.h"
#include "scenario/TopologyReader.h"

namespace kunren {

namespace {

FaultSpec readFault(const FieldReader& r)
{
    FaultSpec f;
    f.id = r.string("id");
    f.kind = faultKindFromString(r.string("kind")).value_or(FaultKind::Latency);
    f.service = r.string("service");
    f.endpoint = r.string("endpoint");
    f.to = r.string("to");
    f.start = r.duration("start", 0);
    f.ramp = r.duration("ramp", 0);
    f.duration = r.duration("duration", 0);
    f.magnitude = r.number("magnitude", f.magnitude);
    const FieldReader slice = r.object("slice");
    f.slice = {slice.string("attribute"), slice.string("value"), slice.string("version"), slice.string("region")};
    f.status = r.integer("status", f.status);
    f.errorType = r.string("errorType");
    f.errorMessage = r.string("errorMessage");
    f.version = r.string("version");
    f.mode = r.string("mode");
    f.event = r.string("event");
    return f;
}

EventSpec readEvent(const FieldReader& r)
{
    EventSpec e;
    e.id = r.string("id");
    e.kind = eventKindFromString(r.string("kind")).value_or(EventKind::Note);
    e.at = r.duration("at", 0);
    e.service = r.string("service");
    e.version = r.string("version");
    e.title = r.text("title");
    return e;
}

RouteKind readRoute(const FieldReader& r, const char* key, RouteKind fallback)
{
    if (!r.has(key))
        return fallback;
    const std::string route = r.string(key);
    return route == "page" ? RouteKind::Page : route == "none" ? RouteKind::None : RouteKind::Channel;
}

std::optional<double> optionalNumber(const FieldReader& r, const char* key)
{
    return r.has(key) ? std::optional<double>(r.number(key, 0.0)) : std::nullopt;
}

MonitorSpec readMonitor(const FieldReader& r)
{
    MonitorSpec m;
    m.id = r.string("id");
    m.type = r.string("type");
    m.name = r.text("name");
    m.query = r.string("query");
    m.message = r.text("message");
    m.warning = optionalNumber(r, "warning");
    m.critical = optionalNumber(r, "critical");
    m.recovery = optionalNumber(r, "recovery");
    const std::string cmp = r.string("comparator", "above");
    m.comparator = cmp == "above_or_equal"   ? MonitorComparator::AboveOrEqual
                   : cmp == "below"          ? MonitorComparator::Below
                   : cmp == "below_or_equal" ? MonitorComparator::BelowOrEqual
                                             : MonitorComparator::Above;
    m.aggregation = r.string("aggregation", m.aggregation);
    m.window = r.duration("window", m.window);
    m.holdFor = r.duration("for", m.holdFor);
    m.notifyNoData = r.has("notifyNoData") && r.member("notifyNoData")->is_boolean() &&
                     r.member("notifyNoData")->get<bool>();
    m.route = readRoute(r, "route", RouteKind::Channel);
    m.renotify = r.duration("renotify", m.renotify);
    m.runbook = r.string("runbook");
    m.service = r.string("service");
    m.rule = r.string("rule");
    m.slo = r.number("slo", m.slo);
    m.sloPeriod = r.duration("period", m.sloPeriod);
    r.forEach("tiers", [&](const FieldReader& t, std::size_t) {
        BurnRateTierSpec tier;
        tier.longWindow = t.duration("long", tier.longWindow);
        tier.shortWindow = t.duration("short", tier.longWindow / 12);
        tier.burnRate = t.number("burnRate", tier.burnRate);
        tier.page = t.string("severity", "page") == "page";
        m.tiers.push_back(tier);
    });
    m.minRequests = r.number("minRequests", m.minRequests);
    m.budgetSpentBefore = r.number("budgetSpentBefore", m.budgetSpentBefore);
    m.latencyThreshold = r.duration("latencyThreshold", m.latencyThreshold);
    return m;
}

} // namespace

Scenario readScenario(const nlohmann::json& root, ValidationIssues& issues)
{
    const FieldReader r(root, std::string(), issues);
    Scenario s;
    s.id = r.string("id");
    s.title = r.text("title");
    s.difficulty = r.string("difficulty", s.difficulty);
    s.duration = r.duration("duration", s.duration);
    s.seed = r.unsignedInteger("seed", s.seed);
    if (r.has("startsAt")) {
        if (const auto t = parseIsoTime(r.string("startsAt"))) {
            s.startsAtUnixNanos = t->unixNanos;
            s.utcOffsetMinutes = t->utcOffsetMinutes;
        } else {
            issues.push_back({r.pointer("startsAt"), "invalid date or time " + quoteText(r.string("startsAt")) +
                                                         " (expected e.g. 2026-03-02T10:00:00+09:00)"});
        }
    }
    s.briefing = r.text("briefing");
    if (r.has("traffic"))
        s.traffic = readTraffic(r.object("traffic"));
    r.forEach("faults", [&](const FieldReader& f, std::size_t) { s.faults.push_back(readFault(f)); });
    r.forEach("events", [&](const FieldReader& e, std::size_t) { s.events.push_back(readEvent(e)); });
    r.forEach("monitors", [&](const FieldReader& m, std::size_t) { s.monitors.push_back(readMonitor(m)); });
    if (r.has("watchdog")) {
        const FieldReader w = r.object("watchdog");
        if (const auto* on = w.member("enabled"); on && on->is_boolean())
            s.watchdog.enabled = on->get<bool>();
        s.watchdog.sensitivity = w.number("sensitivity", s.watchdog.sensitivity);
        s.watchdog.route = readRoute(w, "route", s.watchdog.route);
    }
    if (r.has("support")) {
        const FieldReader c = r.object("support");
        if (const auto* on = c.member("enabled"); on && on->is_boolean())
            s.support.enabled = on->get<bool>();
        s.support.complaintProbability = c.number("complaintProbability", s.support.complaintProbability);
        s.support.minDelay = c.duration("minDelay", s.support.minDelay);
        s.support.maxDelay = c.duration("maxDelay", s.support.maxDelay);
    }
    r.forEach("runbooks", [&](const FieldReader& b, std::size_t) {
        s.runbooks.push_back({b.string("id"), b.text("title"), b.text("body")});
    });
    r.forEach("hints", [&](const FieldReader& h, std::size_t) {
        s.hints.push_back({h.duration("after", 0), h.text("text")});
    });
    const FieldReader answer = r.object("answer");
    s.answer.component = answer.string("component");
    s.answer.mechanism = answer.string("mechanism");
    s.answer.trigger = answer.string("trigger");
    s.answer.alternatives = answer.strings("alternatives");
    s.answer.mitigation = answer.string("mitigation", "none");
    s.answer.explanation = answer.text("explanation");
    const FieldReader targets = r.object("targets");
    s.targets.detect = targets.duration("detect", s.targets.detect);
    s.targets.rootCause = targets.duration("rootCause", s.targets.rootCause);
    s.targets.mitigate = targets.duration("mitigate", s.targets.mitigate);
    s.teaches = r.strings("teaches");
    return s;
}

} // namespace kunren
