#include "drill/RetroWording.h"

#include "bridge/QtConversions.h"
#include "core/Duration.h"
#include "drill/DrillLabels.h"
#include "drill/DrillScore.h"
#include "models/ErrorIssueModel.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace kunren::app {

namespace {

class RetroWording
{
    Q_DECLARE_TR_FUNCTIONS(RetroWording)
};

QString percent(double fraction)
{
    return QLocale().toString(100.0 * fraction, 'f', 1) + QStringLiteral(" %"); // the engine's "12.3 %"
}

QString eventTitle(const Scenario& sc, const std::string& id)
{
    for (const EventSpec& ev : sc.events)
        if (ev.id == id) {
            const QString title = localized(ev.title);
            return title.isEmpty() ? qs(id) : title;
        }
    return qs(id);
}

QString mitigationText(const DrillAction& a)
{
    const auto kind = mitigationKindFromString(a.action);
    const QString action = kind ? mitigationLabel(*kind) : qs(a.action);
    return RetroWording::tr("%1 %2", "mitigation, target").arg(action, qs(a.target));
}

QString describe(const Scenario& sc, const DrillAction& a)
{
    switch (a.type) {
    case ActionType::DrillStart:
        return RetroWording::tr("Drill started (%1, seed %2)").arg(qs(a.scenario), QString::number(a.seed));
    case ActionType::AlertAck: return RetroWording::tr("Acknowledged alert %1").arg(qs(a.alert));
    case ActionType::ViewOpen: return RetroWording::tr("Opened %1").arg(toolLabel(qs(a.view)));
    case ActionType::QueryRun:
        return a.view.empty() ? RetroWording::tr("Ran query in the open view: %1").arg(qs(a.query))
                              : RetroWording::tr("Ran query in %1: %2").arg(toolLabel(qs(a.view)), qs(a.query));
    case ActionType::HintTake: {
        const bool known = a.hint >= 0 && static_cast<std::size_t>(a.hint) < sc.hints.size();
        const QString number = QString::number(a.hint + 1);
        return known ? RetroWording::tr("Took hint %1: %2")
                           .arg(number, localized(sc.hints[static_cast<std::size_t>(a.hint)].text))
                     : RetroWording::tr("Took hint %1").arg(number);
    }
    case ActionType::HypothesisSubmit: {
        const Hypothesis& h = a.hypothesis;
        QString s = RetroWording::tr("Hypothesis: %1 — %2").arg(qs(h.component), mechanismLabel(qs(h.mechanism)));
        if (!h.trigger.empty())
            s += RetroWording::tr(", triggered by %1").arg(eventTitle(sc, h.trigger));
        if (!h.evidence.empty())
            s += RetroWording::tr(" (%n piece(s) of evidence)", nullptr, static_cast<int>(h.evidence.size()));
        return s;
    }
    case ActionType::MitigationApply:
        return a.action == "none" ? RetroWording::tr("Decided not to change anything")
                                  : RetroWording::tr("Mitigation: %1").arg(mitigationText(a));
    case ActionType::NoteAdd: return RetroWording::tr("Note: %1").arg(qs(a.text));
    case ActionType::DrillEnd:
        return a.text.empty() ? RetroWording::tr("Drill ended") : RetroWording::tr("Drill ended (%1)").arg(qs(a.text));
    case ActionType::ClockSpeed:
        return RetroWording::tr("Clock speed set to %1×").arg(QLocale().toString(a.speed, 'g', 3));
    case ActionType::ClockPause: return RetroWording::tr("Paused the clock");
    case ActionType::ClockPlay:
        return a.pausedSeconds > 0 ? RetroWording::tr("Clock running again (stood still %1)")
                                         .arg(qs(formatDuration(std::llround(a.pausedSeconds) * kSecond)))
                                   : RetroWording::tr("Clock running");
    case ActionType::ClockJump: return RetroWording::tr("Jumped ahead from %1").arg(qs(drillClock(a.from)));
    case ActionType::IssueTransition: {
        const auto state = issueStateFromString(a.state);
        return RetroWording::tr("Moved issue %1 to %2")
            .arg(qs(a.text.empty() ? fingerprintText(a.issue) : a.text),
                 state ? ErrorIssueModel::stateName(*state) : qs(a.state));
    }
    }
    return {};
}

} // namespace

QString timelineEntryText(const DrillTimelineEntry& e, const Scenario& sc, std::span<const DrillAction> actions)
{
    if (!e.event.empty())
        return eventTitle(sc, e.event);
    if (e.kind == "fault")
        return RetroWording::tr("Impact began: %1 (%2)")
            .arg(qs(sc.answer.component), mechanismLabel(qs(sc.answer.mechanism)));
    if (e.kind == "page")
        return RetroWording::tr("First page");
    if (e.kind == "recovered")
        return RetroWording::tr("Error rate back to its baseline");
    if (e.action < 0 || static_cast<std::size_t>(e.action) >= actions.size())
        return qs(e.text);
    const DrillAction& a = actions[static_cast<std::size_t>(e.action)];
    QString text = describe(sc, a);
    if (const auto arrow = e.text.find(" → "); a.type == ActionType::MitigationApply && arrow != std::string::npos)
        text += qs(std::string_view(e.text).substr(arrow));
    return text;
}

void wordRetrospectiveDraft(Retrospective& r, const Scenario& sc, std::span<const DrillAction> actions,
                            const DrillScore* score)
{
    const RetroFacts f = retroFacts(sc, actions, score);
    auto set = [](std::string& field, const QString& text) { field = text.toStdString(); };
    set(r.title, RetroWording::tr("Retrospective: %1").arg(localized(sc.title)));
    if (score) {
        QString impact;
        if (f.peakMinute >= 0)
            impact = RetroWording::tr("Error rate on %1 peaked at %2 in minute %3. ")
                         .arg(qs(score->sloScope), percent(f.peakErrorRate), QString::number(f.peakMinute + 1));
        impact += RetroWording::tr("%1 of the 30-day error budget burned (%2 had nobody acted).")
                      .arg(percent(score->budgetBurned), percent(score->budgetIfNothing));
        set(r.impact, impact);
    }
    if (f.lastHypothesis) {
        const Hypothesis& h = f.lastHypothesis->hypothesis;
        QString rootCause = RetroWording::tr("%1: %2.").arg(qs(h.component), mechanismLabel(qs(h.mechanism)));
        if (!h.evidence.empty()) {
            rootCause += RetroWording::tr(" Evidence:");
            for (const std::string& e : h.evidence)
                rootCause += QStringLiteral("\n- ") + qs(e);
        }
        set(r.rootCause, rootCause);
        set(r.trigger, h.trigger.empty() ? RetroWording::tr("No triggering event.") : eventTitle(sc, h.trigger));
    }
    if (const DrillAction* ack = f.firstAck)
        set(r.detection, RetroWording::tr("Alert %1 acknowledged at %2, %3 after the impact began.")
                             .arg(qs(ack->alert), qs(drillClock(ack->at)),
                                  qs(formatDuration(std::max<SimDuration>(0, ack->at - f.faultStart)))));
    QStringList resolution;
    for (const DrillAction& a : actions)
        if (a.type == ActionType::MitigationApply)
            resolution << qs(drillClock(a.at)) + QLatin1Char(' ') +
                              (a.action == "none" ? RetroWording::tr("no change made") : mitigationText(a));
    if (score && score->recovered)
        resolution << RetroWording::tr("Recovered at %1.").arg(qs(drillClock(*score->recovered)));
    set(r.resolution, resolution.join(QLatin1Char('\n')));
    for (DrillTimelineEntry& e : r.timeline)
        set(e.text, timelineEntryText(e, sc, actions));
}

QString timelineSourceLabel(const std::string& source)
{
    if (source == "system")
        return RetroWording::tr("System");
    if (source == "alert")
        return RetroWording::tr("Alert");
    if (source == "trainee")
        return RetroWording::tr("Trainee");
    return qs(source);
}

RetroMarkdownWords retroMarkdownWords()
{
    auto s = [](const QString& text) { return text.toStdString(); };
    RetroMarkdownWords w;
    w.summary = s(RetroWording::tr("Summary"));
    w.impact = s(RetroWording::tr("Impact"));
    w.rootCause = s(RetroWording::tr("Root cause"));
    w.trigger = s(RetroWording::tr("Trigger"));
    w.detection = s(RetroWording::tr("Detection"));
    w.resolution = s(RetroWording::tr("Resolution"));
    w.lessons = s(RetroWording::tr("Lessons learned"));
    w.wentWell = s(RetroWording::tr("What went well"));
    w.wentWrong = s(RetroWording::tr("What went wrong"));
    w.gotLucky = s(RetroWording::tr("Where we got lucky"));
    w.actionItems = s(RetroWording::tr("Action items"));
    w.actionItem = s(RetroWording::tr("Action item"));
    w.type = s(RetroWording::tr("Type"));
    w.owner = s(RetroWording::tr("Owner"));
    w.toolFamiliarity = s(RetroWording::tr("Tool familiarity"));
    w.tool = s(RetroWording::tr("Tool"));
    w.selfRating = s(RetroWording::tr("Self-rating (1–5)"));
    w.timeline = s(RetroWording::tr("Timeline"));
    w.time = s(RetroWording::tr("Time"));
    w.who = s(RetroWording::tr("Who"));
    w.what = s(RetroWording::tr("What"));
    w.notWritten = s(RetroWording::tr("_(not written)_"));
    w.none = s(RetroWording::tr("_(none)_"));
    w.noTools = s(RetroWording::tr("_(no tools used)_"));
    w.sourceLabel = [](const std::string& source) { return timelineSourceLabel(source).toStdString(); };
    w.itemTypeLabel = [](const std::string& type) { return actionItemTypeLabel(qs(type)).toStdString(); };
    w.toolLabel = [](const std::string& tool) { return toolLabel(qs(tool)).toStdString(); };
    return w;
}

} // namespace kunren::app
