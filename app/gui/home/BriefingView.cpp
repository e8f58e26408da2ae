#include "home/BriefingView.h"

#include "bridge/QtConversions.h"
#include "scenario/Scenario.h"

namespace kunren::app {

BriefingView::BriefingView(QWidget* parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(false);
    setPlaceholderText(tr("Choose a scenario from the library to read its briefing."));
}

void BriefingView::showScenario(const Scenario* scenario)
{
    if (!scenario) {
        clear();
        return;
    }
    const auto& topo = *scenario->topology;
    int pods = 0;
    for (const auto& s : topo.services)
        pods += s.deployment ? s.deployment->replicas : 0;
    const QString html =
        QStringLiteral("<h2>%1</h2><p style='color:palette(mid)'>%2 · %3 · %4</p><p>%5</p>")
            .arg(localized(scenario->title).toHtmlEscaped(),
                 tr("Level: %1").arg(qs(scenario->difficulty)),
                 tr("%n minute(s)", nullptr, static_cast<int>(scenario->duration / kMinute)),
                 tr("%n service(s)", nullptr, static_cast<int>(topo.services.size())) + QStringLiteral(", ") +
                     tr("%n pod(s)", nullptr, static_cast<int>(pods)),
                 localized(scenario->briefing).toHtmlEscaped());
    setHtml(html);
}

} // namespace kunren::app
