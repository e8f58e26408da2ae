// The workspace's tool pages, in rail order. Each page is constructed with the drill runner and the
// navigator and finds its own data; adding a page is one line here.
#include "shell/MainWindow.h"

#include "apm/ApmPage.h"
#include "channels/ChannelsPage.h"
#include "drill/ScorePage.h"
#include "errors/ErrorsPage.h"
#include "events/EventsPage.h"
#include "history/HistoryPage.h"
#include "logs/LogsPage.h"
#include "map/ServiceMapPage.h"
#include "metrics/MetricsPage.h"
#include "monitors/MonitorsPage.h"
#include "traces/TracesPage.h"

namespace kunren::app {

void registerWorkspacePages(MainWindow& window)
{
    window.addPage(QStringLiteral("channels"), QObject::tr("Channels"),
                   new ChannelsPage(window.runner(), window.navigator()));
    window.addPage(QStringLiteral("map"), QObject::tr("Service Map"),
                   new ServiceMapPage(window.runner(), window.navigator()));
    window.addPage(QStringLiteral("apm"), QObject::tr("APM"), new ApmPage(window.runner(), window.navigator()));
    window.addPage(QStringLiteral("traces"), QObject::tr("Traces"),
                   new TracesPage(window.runner(), window.navigator()));
    window.addPage(QStringLiteral("logs"), QObject::tr("Logs"), new LogsPage(window.runner(), window.navigator()));
    window.addPage(QStringLiteral("metrics"), QObject::tr("Metrics"),
                   new MetricsPage(window.runner(), window.navigator()));
    window.addPage(QStringLiteral("errors"), QObject::tr("Errors"),
                   new ErrorsPage(window.runner(), window.navigator()));
    window.addPage(QStringLiteral("events"), QObject::tr("Events"),
                   new EventsPage(window.runner(), window.navigator()));
    window.addPage(QStringLiteral("monitors"), QObject::tr("Monitors"),
                   new MonitorsPage(window.runner(), window.navigator()));
    window.addPage(QStringLiteral("score"), QObject::tr("Score"), new ScorePage(window.runner(), window.navigator()));
    window.addPage(QStringLiteral("history"), QObject::tr("History"),
                   new HistoryPage(window.runner(), window.navigator()));
}

} // namespace kunren::app
