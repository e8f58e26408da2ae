#include "apm/ServicePage.h"

#include "bridge/DrillRunner.h"
#include "bridge/JobRunner.h"
#include "bridge/QtConversions.h"
#include "map/MapLayout.h"
#include "models/EventFilterProxy.h"
#include "models/EventsModel.h"
#include "models/Formatting.h"
#include "models/MapSnapshot.h"
#include "models/MetricCache.h"
#include "models/RedTableModel.h"
#include "widgets/Navigator.h"
#include "widgets/RedCharts.h"
#include "widgets/Tables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kunren::app {

namespace {

QWidget* titled(const QString& title, QWidget* content, QWidget* extra, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    layout->addWidget(label);
    if (extra)
        layout->addWidget(extra);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

ServicePage::ServicePage(DrillRunner* runner, Navigator* navigator, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_navigator(navigator),
      m_cache(MetricCache::of(runner)),
      m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_charts(new RedCharts(this)),
      m_endpoints(new RedTableModel(tr("Endpoint"), this)),
      m_endpointView(makeTable(this)),
      m_dependencies(new DependencyModel(this)),
      m_dependencyView(makeTable(this)),
      m_events(new EventsModel(this)),
      m_deploys(new EventFilterProxy(this)),
      m_deployView(makeTable(this)),
      m_deployHint(new QLabel(this)),
      m_mapTask(new JobRunner(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("serviceTitle"));
    m_summary->setObjectName(QStringLiteral("serviceSummary"));
    m_summary->setTextFormat(Qt::RichText);

    const QString query = QStringLiteral("service:%1");
    auto* traces = new QPushButton(tr("&Traces"), this);
    auto* logs = new QPushButton(tr("&Logs"), this);
    auto* metrics = new QPushButton(tr("&Metrics"), this);
    auto* events = new QPushButton(tr("E&vents"), this);
    traces->setObjectName(QStringLiteral("serviceTraces"));
    logs->setObjectName(QStringLiteral("serviceLogs"));
    metrics->setObjectName(QStringLiteral("serviceMetrics"));
    events->setObjectName(QStringLiteral("serviceEvents"));
    traces->setToolTip(tr("Search this service's spans (Alt+T)"));
    logs->setToolTip(tr("Search this service's logs (Alt+L)"));
    metrics->setToolTip(tr("Open this service's metrics dashboard (Alt+M)"));
    events->setToolTip(tr("Show this service's deploys, scaling and restarts (Alt+V)"));
    connect(traces, &QPushButton::clicked, this,
            [this, query] { Q_EMIT m_navigator->spansRequested(query.arg(m_service)); });
    connect(logs, &QPushButton::clicked, this,
            [this, query] { Q_EMIT m_navigator->logsRequested(query.arg(m_service)); });
    connect(metrics, &QPushButton::clicked, this, [this] { Q_EMIT m_navigator->metricsRequested(m_service); });
    connect(events, &QPushButton::clicked, this, [this] { Q_EMIT m_navigator->eventsRequested(m_service); });
    auto* hypothesis = new QPushButton(tr("Declare &Hypothesis…"), this);
    hypothesis->setObjectName(QStringLiteral("serviceHypothesis"));
    hypothesis->setToolTip(tr("Declare this service as the root cause"));
    connect(hypothesis, &QPushButton::clicked, this, [this] { Q_EMIT m_navigator->hypothesisRequested(m_service); });

    auto* header = new QHBoxLayout;
    auto* names = new QVBoxLayout;
    names->addWidget(m_title);
    names->addWidget(m_subtitle);
    header->addLayout(names);
    header->addSpacing(24);
    header->addWidget(m_summary, 1);
    for (QPushButton* b : {traces, logs, metrics, events, hypothesis})
        header->addWidget(b);

    m_endpointView->setObjectName(QStringLiteral("endpointTable"));
    auto* endpointSort = new QSortFilterProxyModel(this);
    endpointSort->setSourceModel(m_endpoints);
    endpointSort->setSortRole(RedTableModel::SortRole);
    m_endpointView->setModel(endpointSort);
    m_endpointView->setSortingEnabled(true);
    m_endpointView->sortByColumn(RedTableModel::Rate, Qt::DescendingOrder);
    m_endpointView->setColumnHidden(RedTableModel::Kind, true);
    m_endpointView->setColumnHidden(RedTableModel::Namespace, true);
    m_endpointView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_endpointView->horizontalHeader()->setSectionResizeMode(RedTableModel::Name, QHeaderView::Stretch);
    m_endpointView->setToolTip(tr("Double-click an endpoint to search its spans"));
    connect(m_endpointView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString op = index.data(RedTableModel::NameRole).toString();
        Q_EMIT m_navigator->spansRequested(QStringLiteral("service:%1 resource_name:\"%2\"").arg(m_service, op));
    });

    m_dependencyView->setObjectName(QStringLiteral("dependencyTable"));
    auto* dependencySort = new QSortFilterProxyModel(this);
    dependencySort->setSourceModel(m_dependencies);
    dependencySort->setSortRole(DependencyModel::SortRole);
    m_dependencyView->setModel(dependencySort);
    m_dependencyView->setSortingEnabled(true);
    m_dependencyView->sortByColumn(DependencyModel::Direction, Qt::AscendingOrder);
    m_dependencyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dependencyView->horizontalHeader()->setSectionResizeMode(DependencyModel::Component, QHeaderView::Stretch);
    m_dependencyView->setToolTip(tr("Double-click to open that component"));
    connect(m_dependencyView, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT m_navigator->serviceRequested(index.data(DependencyModel::ComponentRole).toString());
    });

    m_deploys->setSourceModel(m_events);
    m_deploys->setKind(QStringLiteral("deploy"));
    m_deploys->setService(QStringLiteral("\x01")); // nothing until a service is chosen
    m_deployView->setObjectName(QStringLiteral("deployTable"));
    m_deployView->setModel(m_deploys);
    m_deployView->setSortingEnabled(true);
    m_deployView->sortByColumn(EventsModel::Time, Qt::DescendingOrder);
    m_deployView->setColumnHidden(EventsModel::Service, true);
    m_deployView->setColumnHidden(EventsModel::Kind, true);
    m_deployView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deployView->horizontalHeader()->setSectionResizeMode(EventsModel::Details, QHeaderView::Stretch);
    m_deployHint->setObjectName(QStringLiteral("deployHint"));
    m_deployHint->setWordWrap(true);
    m_deployHint->setForegroundRole(QPalette::PlaceholderText);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(titled(tr("Dependencies"), m_dependencyView, nullptr, right));
    right->addWidget(titled(tr("Recent deploys"), m_deployView, m_deployHint, right));
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(titled(tr("Endpoints"), m_endpointView, nullptr, bottom));
    bottom->addWidget(right);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto* main = new QSplitter(Qt::Vertical, this);
    main->addWidget(m_charts);
    main->addWidget(bottom);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addLayout(header);
    layout->addWidget(main, 1);
    connect(m_deploys, &QAbstractItemModel::rowsInserted, this, &ServicePage::updateDeployHint);
    connect(m_deploys, &QAbstractItemModel::modelReset, this, &ServicePage::updateDeployHint);
}

ServicePage::~ServicePage()
{
    m_mapTask->cancelAndWait();
    m_events->setTelemetry(nullptr, nullptr);
}

void ServicePage::onLoaded()
{
    m_events->setTelemetry(m_runner->telemetry(), m_runner->scenario());
    setService(QString());
}

void ServicePage::onUnloading()
{
    m_mapTask->cancelAndWait();
    m_events->setTelemetry(nullptr, nullptr);
    m_charts->clear();
    m_endpoints->setRows({});
    m_dependencies->setRows({});
}

void ServicePage::setService(const QString& service)
{
    if (service == m_service && !service.isEmpty())
        return;
    m_service = service;
    m_callees.clear();
    m_callers.clear();
    m_title->setText(service);
    m_subtitle->clear();
    m_summary->clear();
    m_endpoints->setRows({});
    m_dependencies->setRows({});
    m_deploys->setService(service.isEmpty() ? QStringLiteral("\x01") : service);
    const Scenario* sc = m_runner->scenario();
    if (!sc || service.isEmpty())
        return;
    if (const ServiceSpec* spec = sc->topology->service(service.toStdString())) {
        QString sub = kindLabel(spec->kind);
        if (!spec->resource.system.empty())
            sub += QStringLiteral(" (%1)").arg(qs(spec->resource.system));
        sub += tr(" · namespace %1").arg(qs(spec->ns));
        if (spec->deployment)
            sub += tr(" · version %1").arg(qs(spec->deployment->version));
        m_subtitle->setText(sub);
    }
    const MapLayout layout = layoutTopology(*sc->topology);
    const int self = layout.indexOf(service);
    for (const MapLayout::Edge& e : layout.edges) {
        if (e.from == self)
            m_callees << layout.nodes[static_cast<std::size_t>(e.to)].name;
        if (e.to == self)
            m_callers << layout.nodes[static_cast<std::size_t>(e.from)].name;
    }
    updateDeployHint();
}

void ServicePage::refresh(const TimeWindow& window)
{
    if (m_service.isEmpty() || !m_runner->telemetry())
        return;
    m_events->refresh();
    const MetricIndex& index = m_cache->index();
    const RedFigures total = redOver(index, m_service, {}, window.from, window.to);
    m_summary->setText(total.requests > 0
                           ? tr("<b>%1</b> requests · <b>%2</b> errors · p50 %3 · <b>p95 %4</b> · p99 %5")
                                 .arg(formatRate(total.rate), formatPercent(total.errorRate), formatMs(total.p50Ms),
                                      formatMs(total.p95Ms), formatMs(total.p99Ms))
                           : tr("No requests in this window."));
    std::vector<RedTableModel::Row> rows;
    for (const QString& op : operationsOf(index, m_service))
        rows.push_back({op, {}, {}, redOver(index, m_service, op, window.from, window.to)});
    m_endpoints->setRows(std::move(rows));
    m_charts->showRed(m_cache, m_service, {}, window.from, window.to);

    // One map at a time: a request made meanwhile waits, and the newest window wins.
    const TelemetryStore* store = m_runner->telemetry();
    const TelemetryCounts counts = store->counts();
    m_mapTask->run([store, counts, window] { return snapshotServiceMap(*store, counts, window.from, window.to); },
                   [this](MapSnapshot& snapshot) { applyMap(snapshot); });
}

void ServicePage::applyMap(const MapSnapshot& snapshot)
{
    std::vector<DependencyModel::Row> rows;
    const auto add = [&](bool downstream, const QString& other) {
        for (const DependencyModel::Row& r : rows)
            if (r.downstream == downstream && r.component == other)
                return;
        DependencyModel::Row row{downstream, other, false, 0, 0, 0};
        if (const MapSnapshot::Edge* e = downstream ? snapshot.edge(m_service, other)
                                                    : snapshot.edge(other, m_service)) {
            row.seen = true;
            row.rate = e->figures.requestRate;
            row.errorRate = e->figures.errorRate;
            row.p95Ms = e->figures.p95Ms;
        }
        rows.push_back(row);
    };
    for (const QString& c : std::as_const(m_callees))
        add(true, c);
    for (const QString& c : std::as_const(m_callers))
        add(false, c);
    for (const MapSnapshot::Edge& e : snapshot.edges) {
        if (e.from == m_service)
            add(true, e.to);
        else if (e.to == m_service)
            add(false, e.from);
    }
    m_dependencies->setRows(std::move(rows));
    ++m_dependencyUpdates;
}

void ServicePage::updateDeployHint()
{
    const bool none = m_deploys->rowCount() == 0;
    m_deployHint->setVisible(none);
    m_deployView->setVisible(!none);
    m_deployHint->setText(tr("No deploys of %1 so far in this drill. The Events button lists its scaling, "
                             "restarts and config changes.")
                              .arg(m_service));
}

} // namespace kunren::app
