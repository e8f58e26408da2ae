#include "models/Formatting.h"

#include "bridge/QtConversions.h"
#include "query/QueryFields.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace kunren::app {

namespace {
// The translation context of this file's strings; lupdate reads the Formatting::tr calls.
struct Formatting
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)
};
} // namespace

QString formatRate(double perSecond)
{
    const int decimals = perSecond >= 100 ? 0 : perSecond >= 1 ? 1 : 2;
    return Formatting::tr("%1/s").arg(perSecond, 0, 'f', decimals);
}

QString formatPercent(double fraction)
{
    const double pct = fraction * 100.0;
    const int decimals = pct >= 10 || pct == 0 ? 1 : 2;
    return Formatting::tr("%1%").arg(pct, 0, 'f', decimals);
}

QString formatMs(double ms)
{
    if (ms >= 1000)
        return Formatting::tr("%1 s").arg(ms / 1000.0, 0, 'f', 2);
    return Formatting::tr("%1 ms").arg(ms, 0, 'f', ms >= 100 ? 0 : 1);
}

QString formatBytes(double bytes)
{
    const double mib = bytes / (1024.0 * 1024.0);
    if (mib >= 1024)
        return Formatting::tr("%1 GiB").arg(mib / 1024.0, 0, 'f', 2);
    return Formatting::tr("%1 MiB").arg(mib, 0, 'f', mib >= 100 ? 0 : 1);
}

QString formatElapsed(qint64 simTimeUs) { return formatSimTime(simTimeUs, false); }

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
    case ServiceKind::Http: return Formatting::tr("HTTP service");
    case ServiceKind::Grpc: return Formatting::tr("gRPC service");
    case ServiceKind::Worker: return Formatting::tr("queue worker");
    case ServiceKind::Batch: return Formatting::tr("batch job");
    case ServiceKind::Database: return Formatting::tr("database");
    case ServiceKind::Cache: return Formatting::tr("cache");
    case ServiceKind::Queue: return Formatting::tr("queue");
    case ServiceKind::External: return Formatting::tr("external API");
    case ServiceKind::LoadBalancer: return Formatting::tr("load balancer");
    }
    return {};
}

QString formatSimTime(SimTime t, bool withMillis)
{
    const bool negative = t < 0;
    const qint64 us = std::llabs(t);
    const qint64 s = us / kSecond;
    QString text = QStringLiteral("T%1%2:%3:%4")
                       .arg(negative ? QLatin1Char('-') : QLatin1Char('+'))
                       .arg(s / 3600, 2, 10, QLatin1Char('0'))
                       .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                       .arg(s % 60, 2, 10, QLatin1Char('0'));
    if (withMillis)
        text += QStringLiteral(".%1").arg((us / kMillisecond) % 1000, 3, 10, QLatin1Char('0'));
    return text;
}

QString levelLabel(const QString& difficulty)
{
    if (difficulty == QLatin1String("beginner"))
        return Formatting::tr("beginner");
    if (difficulty == QLatin1String("intermediate"))
        return Formatting::tr("intermediate");
    if (difficulty == QLatin1String("advanced"))
        return Formatting::tr("advanced");
    return difficulty;
}

QString exampleService(const Scenario* scenario)
{
    if (scenario && scenario->topology) {
        for (const ServiceSpec& s : scenario->topology->services)
            if (s.kind == ServiceKind::Http)
                return qs(s.name);
        if (!scenario->topology->services.empty())
            return qs(scenario->topology->services.front().name);
    }
    return QStringLiteral("checkout");
}

QString formatValue(double value)
{
    if (!std::isfinite(value))
        return QLocale().toString(value);
    const double magnitude = std::abs(value);
    // Four significant figures, but whole numbers stay whole: 42040 is "42,040", not "4.204e+04".
    int decimals = 0;
    if (magnitude > 0 && magnitude < 1000)
        decimals = std::clamp(3 - static_cast<int>(std::floor(std::log10(magnitude))), 0, 8);
    QString text = QLocale().toString(value, 'f', decimals);
    if (decimals > 0) { // 318.50 → 318.5, 2.000 → 2
        const QChar point = QLocale().decimalPoint().front();
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString formatDuration(SimDuration d)
{
    const double us = static_cast<double>(d);
    if (d < kMillisecond)
        return QStringLiteral("%1 µs").arg(d);
    if (d < kSecond)
        return QStringLiteral("%1 ms").arg(QLocale().toString(us / 1e3, 'f', us < 10e3 ? 2 : 1));
    if (d < kMinute)
        return QStringLiteral("%1 s").arg(QLocale().toString(us / 1e6, 'f', 2));
    const qint64 s = d / kSecond;
    return QStringLiteral("%1 m %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString severityName(Severity s)
{
    const auto names = severityNames(static_cast<int>(s));
    return names.empty() ? QString() : qs(names.front());
}

int severityLevel(Severity s)
{
    const int n = static_cast<int>(s);
    return n >= 17 ? 3 : n >= 13 ? 2 : n >= 9 ? 1 : 0;
}

} // namespace kunren::app
