// A screenshot of every main view of the workspace — launcher, channels, service map, APM (list and a
// service), traces, logs, metrics, errors, events, monitors — in the light and the dark palette while a
// drill plays. Each is checked not to be blank (enough distinct colours) and to show data in the view
// that matters on that page. Set KUNREN_SCREENSHOT_DIR to keep the PNGs (docs/images are made this way).
#include "DrillLoading.h"
#include "apm/ApmPage.h"
#include "bridge/DrillRunner.h"
#include "errors/ErrorsPage.h"
#include "logs/LogsPage.h"
#include "map/MapItems.h"
#include "map/MapScene.h"
#include "map/ServiceMapPage.h"
#include "metrics/MetricsPage.h"
#include "models/ErrorIssueModel.h"
#include "models/LogTableModel.h"
#include "models/PagedSearchModel.h"
#include "models/ServiceHealthModel.h"
#include "models/SpanTableModel.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"
#include "traces/TracesPage.h"
#include "widgets/Navigator.h"
#include "widgets/TimeSeriesChart.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QListWidget>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "ScreenshotChecks.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace kunren;
using namespace kunren::app;
using kunren::test::distinctColours;

namespace {

constexpr SimTime kAt = 14 * kMinute; // the bad deploy's errors are in full swing

int rowsOf(QWidget* page, const char* tableName)
{
    auto* table = page->findChild<QTableView*>(QString::fromLatin1(tableName));
    return table && table->model() ? table->model()->rowCount() : -1;
}

} // namespace

class TestWorkspaceShots : public QObject
{
    Q_OBJECT

private:
    MainWindow* m_window = nullptr;
    QTemporaryDir m_tmp;
    QString m_dir;
    int m_testedModels = 0;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers; // gone before the window is

    // Shows `page` (after `open`, if any) and waits until `hasData` says its key view shows the drill.
    void shoot(const QString& name, const QString& page, const std::function<bool()>& hasData,
               const std::function<void()>& open = {})
    {
        m_window->showPage(page);
        if (open)
            open();
        QCOMPARE(m_window->currentPageId(), page);
        QTRY_VERIFY2_WITH_TIMEOUT(hasData(), qPrintable(name + QStringLiteral(" shows no data")), 30000);
        QTest::qWait(300); // queued repaints and the once-a-second refresh land

        const QImage shot = m_window->grab().toImage();
        QVERIFY(shot.width() > 800 && shot.height() > 500);
        QVERIFY2(distinctColours(shot) > 12, qPrintable(name + QStringLiteral(" looks blank")));
        QVERIFY(shot.save(m_dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    void everyView(const QString& theme)
    {
        const auto name = [&theme](const char* view) -> QString {
            return QString::fromLatin1(view) + QLatin1Char('-') + theme;
        };
        QWidget* home = m_window->page(QStringLiteral("home"));
        shoot(name("home"), QStringLiteral("home"), [home] {
            auto* health = home->findChild<QTableView*>(QStringLiteral("serviceHealthView"))->model();
            for (int r = 0; r < health->rowCount(); ++r)
                if (health->index(r, ServiceHealthModel::RequestRate).data(ServiceHealthModel::SortRole).toDouble() > 0)
                    return true;
            return false;
        });
        QWidget* channels = m_window->page(QStringLiteral("channels"));
        shoot(name("channels"), QStringLiteral("channels"),
              [channels] { return rowsOf(channels, "notificationTable") > 0; });

        auto* map = qobject_cast<ServiceMapPage*>(m_window->page(QStringLiteral("map")));
        shoot(name("map"), QStringLiteral("map"), [map] {
            const MapNodeItem* payment = map->scene()->node(QStringLiteral("payment"));
            return map->windowEnd() >= kAt && payment && payment->figures();
        });

        auto* apm = qobject_cast<ApmPage*>(m_window->page(QStringLiteral("apm")));
        shoot(
            name("apm"), QStringLiteral("apm"), [apm] { return apm->serviceTable()->model()->rowCount() > 0; },
            [apm] { apm->showList(); });
        shoot(
            name("apm-service"), QStringLiteral("apm"),
            [apm] { return apm->currentService() == QLatin1String("payment"); },
            [this] { Q_EMIT m_window->navigator()->serviceRequested(QStringLiteral("payment")); });

        auto* traces = qobject_cast<TracesPage*>(m_window->page(QStringLiteral("traces")));
        shoot(
            name("traces"), QStringLiteral("traces"), [traces] { return traces->spans()->rowCount() > 0; },
            [this] { Q_EMIT m_window->navigator()->spansRequested(QStringLiteral("service:payment")); });

        auto* logs = qobject_cast<LogsPage*>(m_window->page(QStringLiteral("logs")));
        shoot(
            name("logs"), QStringLiteral("logs"),
            [logs] { return logs->results()->rowCount() > 0 && !logs->isSearching(); },
            [this] { Q_EMIT m_window->navigator()->logsRequested(QStringLiteral("status:error")); });

        auto* metrics = qobject_cast<MetricsPage*>(m_window->page(QStringLiteral("metrics")));
        shoot(
            name("metrics"), QStringLiteral("metrics"),
            [metrics] {
                const QList<TimeSeriesChart*> charts = metrics->charts();
                return !charts.isEmpty() && charts.first()->rawPoints() > 0;
            },
            [this] { Q_EMIT m_window->navigator()->metricsRequested(QStringLiteral("payment")); });

        auto* errors = qobject_cast<ErrorsPage*>(m_window->page(QStringLiteral("errors")));
        shoot(name("errors"), QStringLiteral("errors"), [errors] { return errors->issues()->rowCount() > 0; });

        QWidget* events = m_window->page(QStringLiteral("events"));
        shoot(name("events"), QStringLiteral("events"), [events] { return rowsOf(events, "eventsTable") > 0; });

        QWidget* monitors = m_window->page(QStringLiteral("monitors"));
        shoot(name("monitors"), QStringLiteral("monitors"),
              [monitors] { return rowsOf(monitors, "monitorTable") > 0; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = qEnvironmentVariable("KUNREN_SCREENSHOT_DIR", m_tmp.path());
        applyTheme(Theme::Light);
        m_window = new MainWindow;
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(test::startAndWait(*m_window, QStringLiteral("shop-payment-bad-deploy"), 7));
        m_window->runner()->jumpTo(kAt);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->runner()->now() >= kAt, 90000);
        // A drill in progress: the views refresh while the shots are taken.
        m_window->runner()->setSpeed(1);
        m_window->runner()->play();

        // Every model and proxy as the window wires them, checked while the drill changes them. The paged
        // search tables are left out: they report millions of rows (tst_searchmodels tests them).
        for (QAbstractItemView* view : m_window->findChildren<QAbstractItemView*>()) {
            QAbstractItemModel* model = view->model();
            auto* proxy = qobject_cast<QAbstractProxyModel*>(model);
            if (!model || qobject_cast<PagedSearchModel*>(model) ||
                (proxy && qobject_cast<PagedSearchModel*>(proxy->sourceModel())))
                continue;
            if (std::any_of(m_testers.begin(), m_testers.end(), [model](const auto& t) { return t->model() == model; }))
                continue;
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
            ++m_testedModels;
        }
        QVERIFY(m_testedModels >= 12);
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        delete m_window;
        applyTheme(Theme::Light);
    }

    void lightPalette()
    {
        applyTheme(Theme::Light);
        everyView(QStringLiteral("light"));
    }

    void darkPalette()
    {
        applyTheme(Theme::Dark);
        QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 80);
        // Switched while running: the rail follows (it has a style sheet, and its icons are cached pixmaps).
        auto* rail = m_window->findChild<QListWidget*>(QStringLiteral("navigationRail"));
        QTRY_VERIFY(rail->viewport()->palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(rail->palette().color(QPalette::Text), m_window->palette().color(QPalette::WindowText));
        const QImage glyph = m_window->railIcon(QStringLiteral("logs")).pixmap(24, 24).toImage();
        int lightestInk = 0;
        for (int y = 0; y < glyph.height(); ++y)
            for (int x = 0; x < glyph.width(); ++x)
                if (const QColor c = glyph.pixelColor(x, y); c.alpha() > 200)
                    lightestInk = std::max(lightestInk, c.lightness());
        QVERIFY2(lightestInk > 180, qPrintable(QString::number(lightestInk))); // light strokes on the dark rail
        everyView(QStringLiteral("dark"));
    }
};

QTEST_MAIN(TestWorkspaceShots)
#include "tst_workspaceshots.moc"
