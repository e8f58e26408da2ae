#include "map/ServiceMapPage.h"

#include "bridge/DrillRunner.h"
#include "bridge/JobRunner.h"
#include "map/MapItems.h"
#include "map/MapScene.h"
#include "map/MapView.h"
#include "models/Formatting.h"
#include "models/MapSnapshot.h"
#include "widgets/LiveRefresh.h"
#include "widgets/Navigator.h"
#include "widgets/TimeRangeBar.h"

#include <QAction>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QStackedLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace kunren::app {

namespace {

QString legendHtml()
{
    const auto dot = [](const QColor& c, const QString& text) {
        return QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2").arg(c.name(), text.toHtmlEscaped());
    };
    return dot(healthColour(NodeHealth::Ok), ServiceMapPage::tr("OK")) + QStringLiteral("&nbsp;&nbsp;") +
           dot(healthColour(NodeHealth::Warning), ServiceMapPage::tr("Warning")) + QStringLiteral("&nbsp;&nbsp;") +
           dot(healthColour(NodeHealth::Critical), ServiceMapPage::tr("Critical")) + QStringLiteral("&nbsp;&nbsp;") +
           dot(noTrafficColour(), ServiceMapPage::tr("No traffic"));
}

QToolButton* toolButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

ServiceMapPage::ServiceMapPage(DrillRunner* runner, Navigator* navigator, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_navigator(navigator),
      m_scene(new MapScene(this)),
      m_view(new MapView(m_scene, this)),
      m_empty(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_matches(new QLabel(this)),
      m_focus(toolButton(tr("Focus"), tr("Show only the selected component and its neighbours (F)"), this)),
      m_range(new TimeRangeBar(this)),
      m_status(new QLabel(this)),
      m_task(new JobRunner(this)),
      m_live(new LiveRefresh(this))
{
    m_view->setObjectName(QStringLiteral("serviceMapView"));
    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_search->setPlaceholderText(tr("Find a component (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    m_focus->setObjectName(QStringLiteral("mapFocus"));
    m_focus->setCheckable(true);
    m_range->setSpanSeconds(5 * 60);
    m_status->setObjectName(QStringLiteral("mapStatus"));
    m_empty->setObjectName(QStringLiteral("mapEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No drill is running.\nStart one on the Drills page (Ctrl+1) to see its services, "
                        "databases, queues and external APIs here."));

    auto* zoomOut = toolButton(tr("−"), tr("Zoom out (Ctrl+−)"), this);
    auto* zoomIn = toolButton(tr("+"), tr("Zoom in (Ctrl++)"), this);
    auto* fit = toolButton(tr("Fit"), tr("Show the whole map (Ctrl+0)"), this);
    auto* legend = new QLabel(legendHtml(), this);
    legend->setToolTip(tr("Health over the window: error rate (≥ 1% warning, ≥ 5% critical) and p95 latency "
                          "against the window before. Line width follows the call rate; red lines carry errors."));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->addWidget(m_search);
    bar->addWidget(m_matches);
    bar->addWidget(m_focus);
    bar->addSpacing(8);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addSpacing(12);
    bar->addWidget(legend);
    bar->addStretch(1);
    bar->addWidget(m_status);
    bar->addSpacing(8);
    bar->addWidget(m_range);

    auto* body = new QWidget(this);
    m_stack = new QStackedLayout(body);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(body, 1);

    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    shortcut(QKeySequence(Qt::Key_F), [this] { m_focus->toggle(); });
    shortcut(QKeySequence::ZoomIn, [this] { m_view->zoomBy(1.25); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), [this] { m_view->zoomBy(1.25); });
    shortcut(QKeySequence::ZoomOut, [this] { m_view->zoomBy(0.8); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->fitMap(m_scene->contentRect()); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] {
        m_focus->setChecked(false);
        m_scene->clearSelection();
    });
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_view->zoomBy(1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_view->zoomBy(0.8); });
    connect(fit, &QToolButton::clicked, this, [this] { m_view->fitMap(m_scene->contentRect()); });
    connect(m_focus, &QToolButton::toggled, this, &ServiceMapPage::setFocusMode);
    connect(m_search, &QLineEdit::textChanged, this, [this] { search(false); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(true); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &ServiceMapPage::selectionChanged);
    connect(m_view, &MapView::nodeActivated, m_navigator, &Navigator::serviceRequested);
    connect(m_view, &MapView::nodeContextMenu, this, &ServiceMapPage::showContextMenu);

    connect(m_runner, &DrillRunner::loaded, this, &ServiceMapPage::onLoaded);
    connect(m_runner, &DrillRunner::unloading, this, &ServiceMapPage::onUnloading);
    connect(m_runner, &DrillRunner::advanced, m_live, &LiveRefresh::request);
    connect(m_range, &TimeRangeBar::changed, m_live, &LiveRefresh::requestNow);
    connect(m_live, &LiveRefresh::refresh, this, &ServiceMapPage::refresh);
    if (m_runner->isLoaded())
        onLoaded();
}

ServiceMapPage::~ServiceMapPage() { m_task->cancelAndWait(); }

void ServiceMapPage::onLoaded()
{
    m_scene->setTopology(m_runner->scenario() ? m_runner->scenario()->topology.get() : nullptr);
    auto* completer = new QCompleter(m_scene->nodeNames(), m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_search->completer();
    m_search->setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& name) { showNode(name); });
    m_stack->setCurrentWidget(m_view);
    m_view->fitMap(m_scene->contentRect());
    m_from = m_to = 0;
    updateStatus();
    m_live->requestNow();
}

void ServiceMapPage::onUnloading()
{
    m_task->cancelAndWait();
    m_scene->setTopology(nullptr);
    m_stack->setCurrentWidget(m_empty);
}

void ServiceMapPage::refresh()
{
    const TelemetryStore* store = m_runner->telemetry();
    if (!store)
        return;
    // One computation at a time: a request made meanwhile waits, and the newest window wins.
    const TelemetryCounts counts = store->counts();
    const TimeWindow w = m_range->window(counts.time);
    m_task->run([store, counts, w] { return snapshotServiceMap(*store, counts, w.from, w.to); },
                [this](MapSnapshot& snapshot) { apply(snapshot); });
}

void ServiceMapPage::apply(const MapSnapshot& snapshot)
{
    m_scene->applySnapshot(snapshot);
    m_from = snapshot.from;
    m_to = snapshot.to;
    ++m_applied;
    updateStatus();
}

void ServiceMapPage::updateStatus()
{
    const QStringList names = m_scene->nodeNames();
    int unhealthy = 0;
    for (const QString& name : names)
        if (const auto& f = m_scene->node(name)->figures(); f && f->health != NodeHealth::Ok)
            ++unhealthy;
    if (names.isEmpty()) {
        m_status->clear();
        return;
    }
    const Scenario* sc = m_runner->scenario();
    const QString window = m_to > m_from ? tr("%1 – %2").arg(formatClock(sc, m_from), formatClock(sc, m_to))
                                         : tr("waiting for traffic");
    const int total = static_cast<int>(names.size());
    m_status->setText(unhealthy
                          ? tr("<b>%1 of %n component(s) unhealthy</b> · %2", nullptr, total).arg(unhealthy).arg(window)
                          : tr("%n component(s), all healthy · %1", nullptr, total).arg(window));
}

bool ServiceMapPage::showNode(const QString& name)
{
    MapNodeItem* node = m_scene->node(name);
    if (!node)
        return false;
    m_scene->clearSelection();
    node->setSelected(true);
    if (m_view->zoom() < 0.6)
        m_view->zoomBy(0.8 / m_view->zoom());
    m_view->centerOn(node);
    return true;
}

void ServiceMapPage::search(bool next)
{
    const QStringList matches = m_scene->markMatches(m_search->text().trimmed());
    if (matches != m_lastMatches) {
        m_lastMatches = matches;
        m_matchIndex = -1;
    }
    if (m_search->text().trimmed().isEmpty())
        m_matches->clear();
    else if (matches.isEmpty())
        m_matches->setText(tr("no match"));
    else
        m_matches->setText(matches.size() == 1
                               ? tr("1 match")
                               : tr("%n matches, Enter for next", nullptr, static_cast<int>(matches.size())));
    if (matches.isEmpty())
        return;
    // Typing jumps to the first match; Enter walks through them.
    m_matchIndex = next ? static_cast<int>((m_matchIndex + 1) % matches.size()) : 0;
    showNode(matches[m_matchIndex]);
}

void ServiceMapPage::setFocusMode(bool on)
{
    if (m_focus->isChecked() != on)
        m_focus->setChecked(on);
    selectionChanged();
}

void ServiceMapPage::selectionChanged()
{
    QString selected;
    for (QGraphicsItem* item : m_scene->selectedItems())
        if (auto* node = dynamic_cast<MapNodeItem*>(item))
            selected = node->name();
    m_scene->setFocusNode(m_focus->isChecked() ? selected : QString());
}

void ServiceMapPage::showContextMenu(const QString& name, const QPoint& globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("Open service page"), this, [this, name] { Q_EMIT m_navigator->serviceRequested(name); });
    menu.addAction(tr("Focus on %1").arg(name), this, [this] { setFocusMode(true); });
    menu.addSeparator();
    const QString query = QStringLiteral("service:%1").arg(name);
    menu.addAction(tr("Traces of %1").arg(name), this, [this, query] { Q_EMIT m_navigator->spansRequested(query); });
    menu.addAction(tr("Logs of %1").arg(name), this, [this, query] { Q_EMIT m_navigator->logsRequested(query); });
    menu.addAction(tr("Metrics of %1").arg(name), this, [this, name] { Q_EMIT m_navigator->metricsRequested(name); });
    menu.addAction(tr("Events of %1").arg(name), this, [this, name] { Q_EMIT m_navigator->eventsRequested(name); });
    menu.addSeparator();
    menu.addAction(tr("Declare Hypothesis: %1…").arg(name), this,
                   [this, name] { Q_EMIT m_navigator->hypothesisRequested(name); });
    menu.exec(globalPos);
}

} // namespace kunren::app
