#include "drill/DrillLabels.h"

#include "bridge/QtConversions.h"
#include "drill/Mechanism.h"

#include <QCoreApplication>

namespace kunren::app {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("DrillLabels", text); }
}

QString mechanismLabel(const QString& id)
{
    static const struct { const char* id; const char* label; } labels[] = {
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
            return tr(l.label);
    const MechanismInfo* info = findMechanism(id.toStdString());
    return info ? qs(info->label) : id;
}

QString mitigationLabel(MitigationKind kind)
{
    switch (kind) {
    case MitigationKind::Rollback: return tr("Roll Back");
    case MitigationKind::ScaleOut: return tr("Scale Out");
    case MitigationKind::RaiseLimit: return tr("Raise a Limit");
    case MitigationKind::Restart: return tr("Restart Pods");
    case MitigationKind::Failover: return tr("Fail Over");
    case MitigationKind::DisableFlag: return tr("Disable a Feature Flag");
    case MitigationKind::None: return tr("Do Nothing (Keep Watching)");
    }
    return {};
}

QString mitigationDescription(MitigationKind kind)
{
    switch (kind) {
    case MitigationKind::Rollback:
        return tr("Rolls a service back to its previous version (one pod every 15 s), or reverts the target's latest config change.");
    case MitigationKind::ScaleOut:
        return tr("Doubles the replicas (at most +10) and raises the autoscaler's floor. Each new pod opens its own database connections.");
    case MitigationKind::RaiseLimit:
        return tr("Database: doubles the pool and the instance. External API: doubles the quota. Queue: doubles the consumers. Pods: doubles the memory limit.");
    case MitigationKind::Restart:
        return tr("Deletes every pod at once (no capacity for about 10 s); a database or cache restarts cold.");
    case MitigationKind::Failover:
        return tr("Moves the target to its standby: 30 s of refused connections, then a cold standby.");
    case MitigationKind::DisableFlag:
        return tr("Turns off the feature flag flipped on the target (5 s to take effect).");
    case MitigationKind::None:
        return tr("Changes nothing: keep watching the symptoms.");
    }
    return {};
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Correct: return tr("Correct: right component and mechanism");
    case Verdict::RightComponentWrongMechanism: return tr("Right component, wrong mechanism");
    case Verdict::Neighbour: return tr("A direct neighbour of the cause, right mechanism");
    case Verdict::NeighbourWrongMechanism: return tr("A direct neighbour of the cause, wrong mechanism");
    case Verdict::Wrong: return tr("Wrong root cause");
    case Verdict::NoHypothesis: return tr("No hypothesis declared");
    }
    return {};
}

QString scoreLineLabel(const ScoreLine& line)
{
    static const struct { const char* id; const char* label; } labels[] = {
        {"ack", QT_TRANSLATE_NOOP("DrillLabels", "Time to acknowledge")},
        {"root-cause", QT_TRANSLATE_NOOP("DrillLabels", "Time to root cause")},
        {"mitigation", QT_TRANSLATE_NOOP("DrillLabels", "Time to mitigation")},
        {"error-budget", QT_TRANSLATE_NOOP("DrillLabels", "Error budget saved")},
        {"trigger", QT_TRANSLATE_NOOP("DrillLabels", "Trigger named")},
        {"evidence", QT_TRANSLATE_NOOP("DrillLabels", "Evidence cited")},
        {"wrong-hypotheses", QT_TRANSLATE_NOOP("DrillLabels", "Wrong hypotheses")},
        {"hints", QT_TRANSLATE_NOOP("DrillLabels", "Hints taken")},
        {"wrong-mitigations", QT_TRANSLATE_NOOP("DrillLabels", "Wrong mitigations")},
    };
    for (const auto& l : labels)
        if (line.id == l.id)
            return tr(l.label);
    return qs(line.label);
}

QString formatDrillTime(SimTime at)
{
    const qint64 secs = at / kSecond;
    return QStringLiteral("T+%1:%2").arg(secs / 60, 2, 10, QLatin1Char('0')).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

QString actionItemTypeLabel(const QString& type)
{
    if (type == QLatin1String("mitigate"))
        return tr("Mitigate");
    if (type == QLatin1String("prevent"))
        return tr("Prevent");
    if (type == QLatin1String("detect"))
        return tr("Detect");
    if (type == QLatin1String("process"))
        return tr("Process");
    return type;
}

} // namespace kunren::app
