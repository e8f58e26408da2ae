#include "drill/Retrospective.h"

#include "core/Duration.h"
#include "drill/DrillScore.h"
#include "drill/Mechanism.h"

#include <algorithm>
#include <cstdio>

namespace kunren {

namespace {

std::string percent(double fraction)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f %%", 100.0 * fraction);
    return buf;
}

std::string eventTitle(const Scenario& sc, const std::string& id)
{
    for (const EventSpec& ev : sc.events)
        if (ev.id == id)
            return ev.title.en.empty() ? id : ev.title.en;
    return id;
}

// Markdown text on one line of a table or list: no line breaks, pipes escaped.
std::string inline_(std::string s)
{
    std::replace(s.begin(), s.end(), '\n', ' ');
    std::string out;
    for (char c : s)
        out += c == '|' ? std::string("\\|") : std::string(1, c);
    return out;
}

void section(std::string& md, const std::string& heading, const std::string& body)
{
    md += "## " + heading + "\n\n" + body + "\n\n";
}

template <typename T> T number(const nlohmann::json& o, const char* key)
{
    const auto it = o.find(key);
    return it != o.end() && it->is_number_integer() ? it->get<T>() : T{};
}

} // namespace

bool isRetroActionItemType(std::string_view type)
{
    return type == "mitigate" || type == "prevent" || type == "detect" || type == "process";
}

RetroFacts retroFacts(const Scenario& sc, std::span<const DrillAction> actions, const DrillScore* score)
{
    RetroFacts f;
    f.faultStart = sc.faults.empty() ? 0 : sc.duration;
    for (const FaultSpec& fault : sc.faults)
        f.faultStart = std::min(f.faultStart, fault.start);
    for (const DrillAction& a : actions) {
        if (a.type == ActionType::HypothesisSubmit)
            f.lastHypothesis = &a;
        if (a.type == ActionType::AlertAck && !f.firstAck)
            f.firstAck = &a;
    }
    if (score) {
        const auto& minutes = score->errorRatePerMinute;
        if (const auto peak = std::max_element(minutes.begin(), minutes.end()); peak != minutes.end()) {
            f.peakMinute = static_cast<int>(peak - minutes.begin());
            f.peakErrorRate = *peak;
        }
    }
    return f;
}

Retrospective draftRetrospective(const Scenario& sc, std::span<const DrillAction> actions, const DrillScore* score)
{
    Retrospective r;
    r.title = "Retrospective: " + sc.title.en;
    r.timeline = buildDrillTimeline(sc, actions, score);
    const RetroFacts facts = retroFacts(sc, actions, score);
    if (score) {
        if (facts.peakMinute >= 0)
            r.impact = "Error rate on " + score->sloScope + " peaked at " + percent(facts.peakErrorRate) +
                       " in minute " + std::to_string(facts.peakMinute + 1) + ". ";
        r.impact += percent(score->budgetBurned) + " of the 30-day error budget burned (" +
                    percent(score->budgetIfNothing) + " had nobody acted).";
    }
    if (facts.lastHypothesis) {
        const Hypothesis& h = facts.lastHypothesis->hypothesis;
        const MechanismInfo* m = findMechanism(h.mechanism);
        r.rootCause = h.component + ": " + (m ? std::string(m->label) : h.mechanism) + ".";
        if (!h.evidence.empty()) {
            r.rootCause += " Evidence:";
            for (const std::string& e : h.evidence)
                r.rootCause += "\n- " + e;
        }
        r.trigger = h.trigger.empty() ? "No triggering event." : eventTitle(sc, h.trigger);
    }
    if (const DrillAction* ack = facts.firstAck)
        r.detection = "Alert " + ack->alert + " acknowledged at " + drillClock(ack->at) + ", " +
                      formatDuration(std::max<SimDuration>(0, ack->at - facts.faultStart)) + " after the impact began.";
    for (const DrillAction& a : actions)
        if (a.type == ActionType::MitigationApply) {
            r.resolution += (r.resolution.empty() ? "" : "\n") + drillClock(a.at) + " " +
                            (a.action == "none" ? std::string("no change made") : a.action + " " + a.target);
        }
    if (score && score->recovered)
        r.resolution += (r.resolution.empty() ? "" : "\n") + std::string("Recovered at ") +
                        drillClock(*score->recovered) + ".";
    for (const InvestigationPath& path : {investigationPath(actions, sc.duration)})
        for (const ToolUse& t : path.tools)
            r.toolFamiliarity.push_back({t.view, 0});
    return r;
}

std::string retrospectiveToMarkdown(const Retrospective& r, const RetroMarkdownWords& w)
{
    auto label = [](const std::function<std::string(const std::string&)>& f, const std::string& id) {
        return f ? f(id) : id;
    };
    auto written = [&](const std::string& text) { return text.empty() ? w.notWritten : text; };
    std::string md = "# " + r.title + "\n\n";
    section(md, w.summary, written(r.summary));
    section(md, w.impact, written(r.impact));
    section(md, w.rootCause, written(r.rootCause));
    section(md, w.trigger, written(r.trigger));
    section(md, w.detection, written(r.detection));
    section(md, w.resolution, written(r.resolution));
    md += "## " + w.lessons + "\n\n";
    md += "### " + w.wentWell + "\n\n" + written(r.wentWell) + "\n\n";
    md += "### " + w.wentWrong + "\n\n" + written(r.wentWrong) + "\n\n";
    md += "### " + w.gotLucky + "\n\n" + written(r.gotLucky) + "\n\n";
    md += "## " + w.actionItems + "\n\n";
    if (r.actionItems.empty()) {
        md += w.none + "\n\n";
    } else {
        md += "| " + w.actionItem + " | " + w.type + " | " + w.owner + " |\n|---|---|---|\n";
        for (const RetroActionItem& a : r.actionItems)
            md += "| " + inline_(a.text) + " | " + inline_(label(w.itemTypeLabel, a.type)) + " | " +
                  inline_(a.owner.empty() ? "—" : a.owner) + " |\n";
        md += "\n";
    }
    md += "## " + w.toolFamiliarity + "\n\n";
    if (r.toolFamiliarity.empty()) {
        md += w.noTools + "\n\n";
    } else {
        md += "| " + w.tool + " | " + w.selfRating + " |\n|---|---|\n";
        for (const ToolFamiliarity& t : r.toolFamiliarity)
            md += "| " + inline_(label(w.toolLabel, t.tool)) + " | " +
                  (t.rating > 0 ? std::to_string(t.rating) : std::string("—")) + " |\n";
        md += "\n";
    }
    md += "## " + w.timeline + "\n\n| " + w.time + " | " + w.who + " | " + w.what + " |\n|---|---|---|\n";
    for (const DrillTimelineEntry& e : r.timeline)
        md += "| " + drillClock(e.at) + " | " + inline_(label(w.sourceLabel, e.source)) + " | " + inline_(e.text) +
              " |\n";
    return md;
}

nlohmann::json retrospectiveToJson(const Retrospective& r)
{
    nlohmann::json j;
    j["title"] = r.title;
    j["summary"] = r.summary;
    j["impact"] = r.impact;
    j["rootCause"] = r.rootCause;
    j["trigger"] = r.trigger;
    j["detection"] = r.detection;
    j["resolution"] = r.resolution;
    j["wentWell"] = r.wentWell;
    j["wentWrong"] = r.wentWrong;
    j["gotLucky"] = r.gotLucky;
    j["actionItems"] = nlohmann::json::array();
    for (const RetroActionItem& a : r.actionItems)
        j["actionItems"].push_back({{"text", a.text}, {"owner", a.owner}, {"type", a.type}});
    j["toolFamiliarity"] = nlohmann::json::array();
    for (const ToolFamiliarity& t : r.toolFamiliarity)
        j["toolFamiliarity"].push_back({{"tool", t.tool}, {"rating", t.rating}});
    j["timeline"] = nlohmann::json::array();
    for (const DrillTimelineEntry& e : r.timeline) {
        nlohmann::json entry = {{"at", e.at}, {"source", e.source}, {"kind", e.kind}, {"text", e.text}};
        if (e.action >= 0)
            entry["action"] = e.action;
        if (!e.event.empty())
            entry["event"] = e.event;
        j["timeline"].push_back(std::move(entry));
    }
    return j;
}

Retrospective retrospectiveFromJson(const nlohmann::json& j)
{
    Retrospective r;
    if (!j.is_object())
        return r;
    auto str = [&](const char* key) {
        const auto it = j.find(key);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    auto field = [](const nlohmann::json& o, const char* key) {
        const auto it = o.find(key);
        return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    r.title = str("title");
    r.summary = str("summary");
    r.impact = str("impact");
    r.rootCause = str("rootCause");
    r.trigger = str("trigger");
    r.detection = str("detection");
    r.resolution = str("resolution");
    r.wentWell = str("wentWell");
    r.wentWrong = str("wentWrong");
    r.gotLucky = str("gotLucky");
    if (const auto it = j.find("actionItems"); it != j.end() && it->is_array())
        for (const auto& a : *it)
            if (a.is_object())
                r.actionItems.push_back({field(a, "text"), field(a, "owner"), field(a, "type")});
    if (const auto it = j.find("toolFamiliarity"); it != j.end() && it->is_array())
        for (const auto& t : *it)
            if (t.is_object())
                r.toolFamiliarity.push_back({field(t, "tool"), number<int>(t, "rating")});
    if (const auto it = j.find("timeline"); it != j.end() && it->is_array())
        for (const auto& e : *it)
            if (e.is_object())
                r.timeline.push_back(
                    {number<SimTime>(e, "at"), field(e, "source"), field(e, "kind"), field(e, "text"),
                     e.value("action", nlohmann::json()).is_number_integer() ? e["action"].get<int>() : -1,
                     field(e, "event")});
    return r;
}

} // namespace kunren
