#include "drill/DrillLabels.h"

#include "bridge/QtConversions.h"
#include "core/Duration.h"
#include "drill/Mechanism.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace kunren::app {

namespace {
// The translation context of this file's strings; lupdate reads the DrillLabels::tr calls.
struct DrillLabels
{
    Q_DECLARE_TR_FUNCTIONS(DrillLabels)
};
} // namespace

QString mechanismLabel(const QString& id)
{
    static const struct
    {
        const char* id;
        const char* label;
    } labels[] = {
        {"bad-deploy", QT_TRANSLATE_NOOP("DrillLabels", "Bad deploy")},
        {"resource-exhaustion", QT_TRANSLATE_NOOP("DrillLabels", "Resource exhaustion")},
        {"capacity", QT_TRANSLATE_NOOP("DrillLabels", "Capacity")},
        {"dependency-failure", QT_TRANSLATE_NOOP("DrillLabels", "Dependency failure")},
        {"config-change", QT_TRANSLATE_NOOP("DrillLabels", "Config change")},
        {"external-limit", QT_TRANSLATE_NOOP("DrillLabels", "External limit")},
        {"data-input", QT_TRANSLATE_NOOP("DrillLabels", "Data / input")},
        {"network", QT_TRANSLATE_NOOP("DrillLabels", "Network")},
        {"instrumentation", QT_TRANSLATE_NOOP("DrillLabels", "Instrumentation / telemetry")},
        {"not-a-system-fault", QT_TRANSLATE_NOOP("DrillLabels", "Not a system fault")},
    };
    for (const auto& l : labels)
        if (id == QLatin1String(l.id))
            return DrillLabels::tr(l.label);
    const MechanismInfo* info = findMechanism(id.toStdString());
    return info ? qs(info->label) : id;
}

QString mitigationLabel(MitigationKind kind)
{
    switch (kind) {
    case MitigationKind::Rollback: return DrillLabels::tr("Roll Back");
    case MitigationKind::ScaleOut: return DrillLabels::tr("Scale Out");
    case MitigationKind::RaiseLimit: return DrillLabels::tr("Raise a Limit");
    case MitigationKind::Restart: return DrillLabels::tr("Restart Pods");
    case MitigationKind::Failover: return DrillLabels::tr("Fail Over");
    case MitigationKind::DisableFlag: return DrillLabels::tr("Disable a Feature Flag");
    case MitigationKind::None: return DrillLabels::tr("Do Nothing (Keep Watching)");
    }
    return {};
}

QString mitigationDescription(MitigationKind kind)
{
    switch (kind) {
    case MitigationKind::Rollback:
        return DrillLabels::tr("Rolls a service back to its previous version (one pod every 15 s), or reverts the "
                               "target's latest config change.");
    case MitigationKind::ScaleOut:
        return DrillLabels::tr("Doubles the replicas (at most +10) and raises the autoscaler's floor. Each new pod "
                               "opens its own database connections.");
    case MitigationKind::RaiseLimit:
        return DrillLabels::tr("Database: doubles the pool and the instance. External API: doubles the quota. Queue: "
                               "doubles the consumers. Pods: doubles the memory limit.");
    case MitigationKind::Restart:
        return DrillLabels::tr(
            "Deletes every pod at once (no capacity for about 10 s); a database or cache restarts cold.");
    case MitigationKind::Failover:
        return DrillLabels::tr("Moves the target to its standby: 30 s of refused connections, then a cold standby.");
    case MitigationKind::DisableFlag:
        return DrillLabels::tr("Turns off the feature flag flipped on the target (5 s to take effect).");
    case MitigationKind::None: return DrillLabels::tr("Changes nothing: keep watching the symptoms.");
    }
    return {};
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Correct: return DrillLabels::tr("Correct: right component and mechanism");
    case Verdict::RightComponentWrongMechanism: return DrillLabels::tr("Right component, wrong mechanism");
    case Verdict::Neighbour: return DrillLabels::tr("A direct neighbour of the cause, right mechanism");
    case Verdict::NeighbourWrongMechanism: return DrillLabels::tr("A direct neighbour of the cause, wrong mechanism");
    case Verdict::Wrong: return DrillLabels::tr("Wrong root cause");
    case Verdict::NoHypothesis: return DrillLabels::tr("No hypothesis declared");
    }
    return {};
}

QString scoreLineLabel(const ScoreLine& line)
{
    static const struct
    {
        const char* id;
        const char* label;
    } labels[] = {
        {"ack", QT_TRANSLATE_NOOP("DrillLabels", "Time to acknowledge")},
        {"root-cause", QT_TRANSLATE_NOOP("DrillLabels", "Time to root cause")},
        {"mitigation", QT_TRANSLATE_NOOP("DrillLabels", "Time to mitigation")},
        {"error-budget", QT_TRANSLATE_NOOP("DrillLabels", "Error budget saved")},
        {"trigger", QT_TRANSLATE_NOOP("DrillLabels", "Trigger named")},
        {"evidence", QT_TRANSLATE_NOOP("DrillLabels", "Evidence cited")},
        {"wrong-hypotheses", QT_TRANSLATE_NOOP("DrillLabels", "Wrong hypotheses")},
        {"guesses", QT_TRANSLATE_NOOP("DrillLabels", "Guesses before the fault")},
        {"hints", QT_TRANSLATE_NOOP("DrillLabels", "Hints taken")},
        {"wrong-mitigations", QT_TRANSLATE_NOOP("DrillLabels", "Wrong mitigations")},
    };
    for (const auto& l : labels)
        if (line.id == l.id)
            return DrillLabels::tr(l.label);
    return qs(line.label);
}

QString scoreLineDetail(const DrillScore& s, const ScoreLine& line, const Scenario* sc)
{
    if (!sc)
        return qs(line.detail);
    // Durations as the engine writes them ("4m30s"): the same in every language.
    auto since = [](SimTime at, SimTime from) { return qs(formatDuration(std::max<SimDuration>(0, at - from))); };
    auto target = [](SimDuration d) { return qs(formatDuration(d)); };
    const SimTime t0 = s.faultStart;
    if (line.id == "ack") {
        if (!s.acknowledged)
            return DrillLabels::tr("no alert acknowledged");
        const SimTime from = s.firstPage.value_or(t0);
        return (s.firstPage ? DrillLabels::tr("acknowledged %1 after the first page (target %2)")
                            : DrillLabels::tr("acknowledged %1 after the fault (target %2)"))
            .arg(since(*s.acknowledged, from), target(sc->targets.detect));
    }
    if (line.id == "root-cause")
        return s.rootCause ? DrillLabels::tr("correct hypothesis %1 after the fault (target %2)")
                                 .arg(since(*s.rootCause, t0), target(sc->targets.rootCause))
                           : DrillLabels::tr("no correct hypothesis");
    if (line.id == "mitigation")
        return s.mitigated ? DrillLabels::tr("right mitigation %1 after the fault (target %2)")
                                 .arg(since(*s.mitigated, t0), target(sc->targets.mitigate))
                           : DrillLabels::tr("the right mitigation was not applied");
    if (line.id == "error-budget") {
        const QLocale locale;
        return DrillLabels::tr("%1 % of the 30-day budget burned; %2 % had nobody acted")
            .arg(locale.toString(100.0 * s.budgetBurned, 'f', 2), locale.toString(100.0 * s.budgetIfNothing, 'f', 2));
    }
    if (line.id == "trigger") {
        const bool named = line.points > 0;
        if (sc->answer.trigger.empty())
            return named ? DrillLabels::tr("correctly named no trigger event")
                         : DrillLabels::tr("no trigger event to name");
        return named ? DrillLabels::tr("named the triggering event") : DrillLabels::tr("trigger not identified");
    }
    if (line.id == "evidence")
        return DrillLabels::tr("%n piece(s) of evidence on hypotheses about the right component", nullptr,
                               s.evidenceCited);
    if (line.id == "guesses")
        return DrillLabels::tr("%1 × %2 (declared before there was anything to see)")
            .arg(s.guesses)
            .arg(static_cast<int>(line.points / std::max(1, s.guesses)));
    return qs(line.detail);
}

QString toolLabel(const QString& tool)
{
    // The title of the page each tool is (shell/Pages.cpp), so the score names what the trainee saw.
    static const struct
    {
        const char* tool;
        const char* title;
    } kTools[] = {
        {"alerts", QT_TRANSLATE_NOOP("QObject", "Channels")},
        {"service-map", QT_TRANSLATE_NOOP("QObject", "Service Map")},
        {"apm", QT_TRANSLATE_NOOP("QObject", "APM")},
        {"traces", QT_TRANSLATE_NOOP("QObject", "Traces")},
        {"logs", QT_TRANSLATE_NOOP("QObject", "Logs")},
        {"metrics", QT_TRANSLATE_NOOP("QObject", "Metrics")},
        {"error-tracking", QT_TRANSLATE_NOOP("QObject", "Errors")},
        {"events", QT_TRANSLATE_NOOP("QObject", "Events")},
        {"monitors", QT_TRANSLATE_NOOP("QObject", "Monitors")},
    };
    for (const auto& t : kTools)
        if (tool == QLatin1String(t.tool))
            return QCoreApplication::translate("QObject", t.title);
    return tool;
}

QString formatDrillTime(SimTime at)
{
    const qint64 secs = at / kSecond;
    return QStringLiteral("T+%1:%2").arg(secs / 60, 2, 10, QLatin1Char('0')).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

QString actionItemTypeLabel(const QString& type)
{
    if (type == QLatin1String("mitigate"))
        return DrillLabels::tr("Mitigate");
    if (type == QLatin1String("prevent"))
        return DrillLabels::tr("Prevent");
    if (type == QLatin1String("detect"))
        return DrillLabels::tr("Detect");
    if (type == QLatin1String("process"))
        return DrillLabels::tr("Process");
    return type;
}

} // namespace kunren::app
