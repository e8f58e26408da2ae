#include "drill/DrillAction.h"

#include <array>
#include <utility>

namespace kunren {

namespace {

constexpr std::array<std::pair<ActionType, const char*>, 13> kNames{{
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

} // namespace kunren
