#include "home/BriefingView.h"

#include "bridge/QtConversions.h"
#include "home/PastResults.h"
#include "models/Formatting.h"
#include "scenario/Scenario.h"

#include <QLocale>

namespace kunren::app {

namespace {

QString number(double v) { return QLocale().toString(v, 'f', v == static_cast<int>(v) ? 0 : 1); }

QString resultsHtml(const PastResults& r)
{
    if (r.attempts == 0)
        return BriefingView::tr("<p><b>Your results:</b> not drilled yet.</p>");
    QStringList parts;
    parts << BriefingView::tr("%n drill(s)", nullptr, r.attempts);
    if (r.best) {
        QString best = BriefingView::tr("best %1 / 100").arg(number(*r.best));
        if (r.bestRootCauseSeconds)
            best += BriefingView::tr(" (root cause %1 after the impact began)")
                        .arg(formatDuration(static_cast<SimDuration>(*r.bestRootCauseSeconds) * kSecond));
        parts << best;
    }
    if (r.last && r.scored > 1)
        parts << BriefingView::tr("last %1").arg(number(*r.last));
    if (r.lastStarted.isValid())
        parts << BriefingView::tr("last drilled %1").arg(QLocale().toString(r.lastStarted, QLocale::ShortFormat));
    return BriefingView::tr("<p><b>Your results:</b> %1.</p>").arg(parts.join(QStringLiteral(" · ")).toHtmlEscaped());
}

} // namespace

BriefingView::BriefingView(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("briefingView"));
    setOpenExternalLinks(false);
    setPlaceholderText(tr("Choose a drill from the library to read its briefing."));
}

void BriefingView::showScenario(const Scenario* scenario, const PastResults* results)
{
    if (!scenario) {
        clear();
        return;
    }
    const auto& topo = *scenario->topology;
    int pods = 0;
    for (const auto& s : topo.services)
        pods += s.deployment ? s.deployment->replicas : 0;
    QStringList teaches;
    for (const std::string& t : scenario->teaches)
        teaches << qs(t);
    QString html =
        QStringLiteral("<h2>%1</h2><p style='color:palette(mid)'>%2 · %3 · %4</p>")
            .arg(localized(scenario->title).toHtmlEscaped(), tr("Level: %1").arg(levelLabel(qs(scenario->difficulty))),
                 tr("%n minute(s) of drill time", nullptr, static_cast<int>(scenario->duration / kMinute)),
                 tr("%1 topology: %n service(s)", nullptr, static_cast<int>(topo.services.size())).arg(qs(topo.id)) +
                     QStringLiteral(", ") + tr("%n pod(s)", nullptr, static_cast<int>(pods)));
    if (!teaches.isEmpty())
        html += tr("<p><b>Practises:</b> %1</p>").arg(teaches.join(QStringLiteral(", ")).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(localized(scenario->briefing).toHtmlEscaped());
    if (results)
        html += resultsHtml(*results);
    setHtml(html);
}

} // namespace kunren::app
