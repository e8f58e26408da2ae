#include "models/Formatting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace kunren::app {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Formatting", text); }
}

QString formatRate(double perSecond)
{
    const int decimals = perSecond >= 100 ? 0 : perSecond >= 1 ? 1 : 2;
    return tr("%1/s").arg(perSecond, 0, 'f', decimals);
}

QString formatPercent(double fraction)
{
    const double pct = fraction * 100.0;
    const int decimals = pct >= 10 || pct == 0 ? 1 : 2;
    return tr("%1%").arg(pct, 0, 'f', decimals);
}

QString formatMs(double ms)
{
    if (ms >= 1000)
        return tr("%1 s").arg(ms / 1000.0, 0, 'f', 2);
    return tr("%1 ms").arg(ms, 0, 'f', ms >= 100 ? 0 : 1);
}

QString formatBytes(double bytes)
{
    const double mib = bytes / (1024.0 * 1024.0);
    if (mib >= 1024)
        return tr("%1 GiB").arg(mib / 1024.0, 0, 'f', 2);
    return tr("%1 MiB").arg(mib, 0, 'f', mib >= 100 ? 0 : 1);
}

QString formatElapsed(qint64 simTimeUs)
{
    const qint64 secs = simTimeUs / 1000000;
    return QStringLiteral("T+%1:%2:%3")
        .arg(secs / 3600, 2, 10, QLatin1Char('0'))
        .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(secs % 60, 2, 10, QLatin1Char('0'));
}

QString formatClock(const Scenario* scenario, qint64 simTimeUs)
{
    if (!scenario)
        return formatElapsed(simTimeUs);
    const auto t = QDateTime::fromMSecsSinceEpoch(scenario->startsAtUnixNanos / 1000000 + simTimeUs / 1000,
                                                  QTimeZone(scenario->utcOffsetMinutes * 60));
    return t.toString(QStringLiteral("HH:mm:ss"));
}

QString kindLabel(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Http: return tr("HTTP service");
    case ServiceKind::Grpc: return tr("gRPC service");
    case ServiceKind::Worker: return tr("queue worker");
    case ServiceKind::Batch: return tr("batch job");
    case ServiceKind::Database: return tr("database");
    case ServiceKind::Cache: return tr("cache");
    case ServiceKind::Queue: return tr("queue");
    case ServiceKind::External: return tr("external API");
    case ServiceKind::LoadBalancer: return tr("load balancer");
    }
    return {};
}

} // namespace kunren::app
