#include "models/DrillFormat.h"

#include "bridge/QtConversions.h"
#include "query/QueryFields.h"

#include <QLocale>

#include <cstdlib>

namespace kunren::app {

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
