#include "drill/DrillAction.h"

#include <array>
#include <cstdio>
#include <utility>

namespace kunren {

namespace {

constexpr std::array<std::pair<ActionType, const char*>, 14> kNames{{
    {ActionType::DrillStart, "drill.start"},
    {ActionType::AlertAck, "alert.ack"},
    {ActionType::ViewOpen, "view.open"},
    {ActionType::QueryRun, "query.run"},
    {ActionType::HintTake, "hint.take"},
    {ActionType::HypothesisSubmit, "hypothesis.submit"},
    {ActionType::MitigationApply, "mitigation.apply"},
    {ActionType::NoteAdd, "note.add"},
    {ActionType::DrillEnd, "drill.end"},
    {ActionType::ClockSpeed, "clock.speed"},
    {ActionType::ClockPause, "clock.pause"},
    {ActionType::ClockPlay, "clock.play"},
    {ActionType::ClockJump, "clock.jump"},
    {ActionType::IssueTransition, "issue.transition"},
}};

DrillAction make(SimTime at, ActionType type)
{
    DrillAction a;
    a.at = at;
    a.type = type;
    return a;
}

} // namespace

const char* toString(ActionType type)
{
    for (const auto& [t, name] : kNames)
        if (t == type)
            return name;
    return "note.add";
}

std::optional<ActionType> actionTypeFromString(std::string_view s)
{
    for (const auto& [t, name] : kNames)
        if (s == name)
            return t;
    return std::nullopt;
}

std::string fingerprintText(std::uint64_t fingerprint)
{
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fingerprint));
    return buf;
}

std::optional<std::uint64_t> fingerprintFromText(std::string_view text)
{
    if (text.size() != 16)
        return std::nullopt;
    std::uint64_t v = 0;
    for (const char c : text) {
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        if (d < 0)
            return std::nullopt;
        v = (v << 4) | static_cast<std::uint64_t>(d);
    }
    return v;
}

DrillAction DrillAction::start(SimTime at, std::string scenario, std::uint64_t seed)
{
    DrillAction a = make(at, ActionType::DrillStart);
    a.scenario = std::move(scenario);
    a.seed = seed;
    return a;
}

DrillAction DrillAction::ackAlert(SimTime at, std::string alert)
{
    DrillAction a = make(at, ActionType::AlertAck);
    a.alert = std::move(alert);
    return a;
}

DrillAction DrillAction::openView(SimTime at, std::string view)
{
    DrillAction a = make(at, ActionType::ViewOpen);
    a.view = std::move(view);
    return a;
}

DrillAction DrillAction::runQuery(SimTime at, std::string view, std::string query)
{
    DrillAction a = make(at, ActionType::QueryRun);
    a.view = std::move(view);
    a.query = std::move(query);
    return a;
}

DrillAction DrillAction::takeHint(SimTime at, int hint)
{
    DrillAction a = make(at, ActionType::HintTake);
    a.hint = hint;
    return a;
}

DrillAction DrillAction::submitHypothesis(SimTime at, Hypothesis hypothesis)
{
    DrillAction a = make(at, ActionType::HypothesisSubmit);
    a.hypothesis = std::move(hypothesis);
    return a;
}

DrillAction DrillAction::applyMitigation(SimTime at, std::string action, std::string target)
{
    DrillAction a = make(at, ActionType::MitigationApply);
    a.action = std::move(action);
    a.target = std::move(target);
    return a;
}

DrillAction DrillAction::addNote(SimTime at, std::string text)
{
    DrillAction a = make(at, ActionType::NoteAdd);
    a.text = std::move(text);
    return a;
}

DrillAction DrillAction::end(SimTime at, std::string reason)
{
    DrillAction a = make(at, ActionType::DrillEnd);
    a.text = std::move(reason);
    return a;
}

DrillAction DrillAction::setSpeed(SimTime at, double speed)
{
    DrillAction a = make(at, ActionType::ClockSpeed);
    a.speed = speed;
    return a;
}

DrillAction DrillAction::pauseClock(SimTime at) { return make(at, ActionType::ClockPause); }

DrillAction DrillAction::resumeClock(SimTime at, double pausedSeconds)
{
    DrillAction a = make(at, ActionType::ClockPlay);
    a.pausedSeconds = pausedSeconds;
    return a;
}

DrillAction DrillAction::jump(SimTime at, SimTime from)
{
    DrillAction a = make(at, ActionType::ClockJump);
    a.from = from;
    return a;
}

DrillAction DrillAction::transitionIssue(SimTime at, std::uint64_t fingerprint, std::string state, std::string title)
{
    DrillAction a = make(at, ActionType::IssueTransition);
    a.issue = fingerprint;
    a.state = std::move(state);
    a.text = std::move(title);
    return a;
}

} // namespace kunren
