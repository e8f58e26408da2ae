#include "metrics/MetricsPage.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "metrics/Dashboards.h"
#include "metrics/MetricExplorer.h"
#include "models/EvidenceRefs.h"
#include "models/Formatting.h"
#include "widgets/LiveRefresh.h"
#include "widgets/Navigator.h"
#include "widgets/RedCharts.h"
#include "widgets/Tables.h"
#include "widgets/TimeRangeBar.h"
#include "widgets/TimeSeriesChart.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace kunren::app {

namespace {

constexpr int kServiceRole = Qt::UserRole + 1;
const QString kExplorer = QStringLiteral("\x01explorer");

QString groupOf(ServiceKind kind)
{
    switch (kind) {
    case ServiceKind::Database: return MetricsPage::tr("Databases");
    case ServiceKind::Cache: return MetricsPage::tr("Caches");
    case ServiceKind::Queue: return MetricsPage::tr("Queues");
    case ServiceKind::External: return MetricsPage::tr("External APIs");
    case ServiceKind::LoadBalancer: return MetricsPage::tr("Load balancers");
    default: return MetricsPage::tr("Services");
    }
}

} // namespace

MetricsPage::MetricsPage(DrillRunner* runner, Navigator* navigator, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_navigator(navigator),
      m_cache(MetricCache::of(runner)),
      m_nav(new QTreeWidget(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_dashboard(new QWidget(this)),
      m_grid(new QGridLayout),
      m_heading(new QLabel(this)),
      m_explorer(new MetricExplorer(m_cache, this)),
      m_range(new TimeRangeBar(this)),
      m_live(new LiveRefresh(this))
{
    m_nav->setObjectName(QStringLiteral("metricsNav"));
    m_nav->setHeaderHidden(true);
    m_nav->setMinimumWidth(200);
    styleTree(m_nav);
    m_nav->setAlternatingRowColors(false);
    m_empty->setObjectName(QStringLiteral("metricsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No drill is running.\nStart one on the Drills page (Ctrl+1) to chart its services, pods, "
                        "databases, caches, queues and external APIs."));
    m_heading->setObjectName(QStringLiteral("metricsHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);

    auto* dashLayout = new QVBoxLayout(m_dashboard);
    dashLayout->addWidget(m_heading);
    dashLayout->addLayout(m_grid);
    dashLayout->addStretch(1);
    m_grid->setSpacing(8);
    m_scroll->setWidget(m_dashboard);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_explorer);
    addBookmarkAction(m_explorer->chart(), m_navigator, [this] { return chartEvidence(m_explorer->chart()); });

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 2);
    auto* hint = new QLabel(tr("Hover a chart for values; dashed lines mark deploys (blue), config changes (purple), "
                               "scaling (grey) and OOM kills (red)."),
                            this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(hint, 1);
    bar->addWidget(m_range);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_nav);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 1000});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_nav, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { itemChosen(item); });
    auto* explore = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] { showExplorer(); });
    explore->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_navigator, &Navigator::metricsRequested, this, &MetricsPage::showDashboard);
    connect(m_runner, &DrillRunner::loaded, this, &MetricsPage::onLoaded);
    connect(m_runner, &DrillRunner::unloading, this, &MetricsPage::onUnloading);
    connect(m_runner, &DrillRunner::advanced, m_live, &LiveRefresh::request);
    connect(m_range, &TimeRangeBar::changed, m_live, &LiveRefresh::requestNow);
    connect(m_live, &LiveRefresh::refresh, this, &MetricsPage::refresh);
    if (m_runner->isLoaded())
        onLoaded();
}

MetricsPage::~MetricsPage() = default;

QList<TimeSeriesChart*> MetricsPage::charts() const { return m_charts; }

QString MetricsPage::chartEvidence(const TimeSeriesChart* chart) const
{
    if (chart == m_explorer->chart()) {
        const QString what = m_explorer->describe();
        return what.isEmpty() ? QString()
                              : metricEvidence({}, what, m_explorer->window().from, m_explorer->window().to);
    }
    if (!m_charts.contains(chart) || m_current == kExplorer)
        return {};
    const TimeWindow w = m_range->window(m_runner->now());
    return metricEvidence(m_current, chart->chart()->title(), w.from, w.to);
}

QString MetricsPage::currentEvidence() const
{
    if (!m_runner->isLoaded())
        return {};
    if (m_stack->currentWidget() == m_explorer)
        return chartEvidence(m_explorer->chart());
    for (const TimeSeriesChart* chart : m_charts)
        if (chart->underMouse() || chart->hasFocus())
            return chartEvidence(chart);
    if (m_current == kExplorer || m_stack->currentWidget() != m_scroll)
        return {};
    const TimeWindow w = m_range->window(m_runner->now());
    return metricEvidence(m_current, tr("dashboard"), w.from, w.to);
}

void MetricsPage::onLoaded()
{
    buildNavigation();
    m_explorer->reset();
    m_current.clear();
    // The first service's dashboard, so the page is never blank.
    if (QTreeWidgetItem* group = m_nav->topLevelItem(1); group && group->childCount() > 0)
        m_nav->setCurrentItem(group->child(0));
}

void MetricsPage::onUnloading()
{
    m_nav->clear();
    qDeleteAll(m_charts);
    m_charts.clear();
    m_panels.clear();
    m_current.clear();
    m_explorer->reset();
    m_stack->setCurrentWidget(m_empty);
}

void MetricsPage::buildNavigation()
{
    const QSignalBlocker block(m_nav);
    m_nav->clear();
    auto* explorer = new QTreeWidgetItem(m_nav, {tr("Metric explorer (Ctrl+E)")});
    explorer->setData(0, kServiceRole, kExplorer);
    const Scenario* sc = m_runner->scenario();
    if (!sc)
        return;
    std::map<QString, std::vector<QString>> groups;
    for (const ServiceSpec& s : sc->topology->services)
        groups[groupOf(s.kind)].push_back(qs(s.name));
    const QStringList order{tr("Services"), tr("Load balancers"), tr("Databases"),
                            tr("Caches"),   tr("Queues"),         tr("External APIs")};
    for (const QString& name : order) {
        auto it = groups.find(name);
        if (it == groups.end())
            continue;
        std::sort(it->second.begin(), it->second.end());
        auto* group = new QTreeWidgetItem(m_nav, {QStringLiteral("%1 (%2)").arg(name).arg(it->second.size())});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const QString& service : it->second) {
            auto* item = new QTreeWidgetItem(group, {service});
            item->setData(0, kServiceRole, service);
        }
        group->setExpanded(true);
    }
}

void MetricsPage::itemChosen(QTreeWidgetItem* item)
{
    const QString id = item ? item->data(0, kServiceRole).toString() : QString();
    if (id.isEmpty())
        return;
    if (id == kExplorer)
        showExplorer();
    else
        showDashboard(id);
}

void MetricsPage::showExplorer()
{
    if (!m_runner->isLoaded())
        return;
    m_current = kExplorer;
    m_stack->setCurrentWidget(m_explorer);
    if (QTreeWidgetItem* item = m_nav->topLevelItem(0); item && m_nav->currentItem() != item) {
        const QSignalBlocker block(m_nav);
        m_nav->setCurrentItem(item);
    }
    m_explorer->refresh(m_range->window(m_runner->now()));
}

void MetricsPage::showDashboard(const QString& service)
{
    const Scenario* sc = m_runner->scenario();
    const ServiceSpec* spec = sc ? sc->topology->service(service.toStdString()) : nullptr;
    if (!spec)
        return;
    // Select it in the tree without re-entering.
    for (QTreeWidgetItemIterator it(m_nav); *it; ++it)
        if ((*it)->data(0, kServiceRole).toString() == service && m_nav->currentItem() != *it) {
            const QSignalBlocker block(m_nav);
            m_nav->setCurrentItem(*it);
        }
    m_stack->setCurrentWidget(m_scroll);
    if (service != m_current) {
        m_current = service;
        qDeleteAll(m_charts);
        m_charts.clear();
        m_panels = dashboardFor(*spec);
        QString sub = kindLabel(spec->kind);
        if (!spec->resource.system.empty())
            sub += QStringLiteral(" (%1)").arg(qs(spec->resource.system));
        m_heading->setText(tr("%1 <span style=\"font-weight:normal\">· %2 · namespace %3</span>")
                               .arg(service.toHtmlEscaped(), sub.toHtmlEscaped(), qs(spec->ns).toHtmlEscaped()));
        for (qsizetype i = 0; i < m_panels.size(); ++i) {
            auto* chart = new TimeSeriesChart(m_panels[i].title, m_dashboard);
            chart->setObjectName(QStringLiteral("panel%1").arg(i));
            chart->setValueFormat(m_panels[i].format);
            chart->setUnit(m_panels[i].unit);
            chart->setMinimumHeight(230);
            addBookmarkAction(chart, m_navigator, [this, chart] { return chartEvidence(chart); });
            m_grid->addWidget(chart, static_cast<int>(i / 2), static_cast<int>(i % 2));
            m_charts << chart;
        }
    }
    refresh();
}

void MetricsPage::refresh()
{
    if (!m_runner->isLoaded() || m_current.isEmpty())
        return;
    const TimeWindow w = m_range->window(m_runner->now());
    if (m_current == kExplorer) {
        m_explorer->refresh(w);
        return;
    }
    const MetricIndex& index = m_cache->index();
    const QList<ChartMarker> markers = eventMarkers(m_cache, m_current, w.from, w.to);
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        m_charts[i]->setLines(panelLines(m_panels[i], index, m_current, w.from, w.to), toMinutes(w.from),
                              toMinutes(w.to));
        m_charts[i]->setMarkers(markers);
    }
}

} // namespace kunren::app
