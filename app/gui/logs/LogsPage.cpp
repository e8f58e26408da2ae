#include "logs/LogsPage.h"

#include "bridge/DrillRunner.h"
#include "logs/FacetView.h"
#include "logs/LogDetailPane.h"
#include "models/AsyncSearch.h"
#include "models/EvidenceRefs.h"
#include "models/FacetModel.h"
#include "models/Formatting.h"
#include "models/LogDetails.h"
#include "models/LogTableModel.h"
#include "models/QueryEdit.h"
#include "widgets/HistogramChart.h"
#include "widgets/LiveRefresh.h"
#include "widgets/Navigator.h"
#include "widgets/QueryBar.h"
#include "widgets/Tables.h"
#include "widgets/TimeRangeBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kunren::app {

namespace {
constexpr std::size_t kHistogramBuckets = 240;
const char* const kLogFacets[] = {"service", "status", "version", "pod_name", "host", "@error.kind"};
} // namespace

LogsPage::LogsPage(DrillRunner* runner, Navigator* navigator, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_navigator(navigator),
      m_queryBar(new QueryBar(QueryBar::Signal::Logs, this)),
      m_range(new TimeRangeBar(this)),
      m_facets(new FacetModel(this)),
      m_facetView(new FacetView(m_facets, this)),
      m_histogram(new HistogramChart(this)),
      m_summary(new QLabel(this)),
      m_model(new LogTableModel(this)),
      m_table(makeTable(this)),
      m_detail(new LogDetailPane(this)),
      m_search(new AsyncSearch(searchLogs, this)),
      m_live(new LiveRefresh(this))
{
    m_summary->setObjectName(QStringLiteral("logSummary"));
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_model);
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics fm(font());
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(LogTableModel::Time, fm.horizontalAdvance(QStringLiteral("T+00:00:00.000")) + 24);
    header->resizeSection(LogTableModel::Status, fm.horizontalAdvance(QStringLiteral("CRITICAL")) + 24);
    header->resizeSection(LogTableModel::Service, fm.horizontalAdvance(QStringLiteral("payments-gateway-x")) + 16);
    header->resizeSection(LogTableModel::Pod, fm.horizontalAdvance(QStringLiteral("orders-api-7d9f8c-abcde")) + 16);
    header->setStretchLastSection(true);
    m_facetView->setMinimumWidth(220);

    auto* top = new QHBoxLayout;
    top->addWidget(m_queryBar, 1);
    top->addWidget(m_range, 0, Qt::AlignTop);

    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_histogram);
    resultsLayout->addWidget(m_summary);
    resultsLayout->addWidget(m_table, 1);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(results);
    vertical->addWidget(m_detail);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto* horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(m_facetView);
    horizontal->addWidget(vertical);
    horizontal->setStretchFactor(0, 1);
    horizontal->setStretchFactor(1, 4);
    horizontal->setSizes({240, 1000});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(horizontal, 1);

    // Ctrl+L and "/" jump to the search bar (a line edit that has focus keeps its "/").
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::Key_Slash)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            m_queryBar->lineEdit()->setFocus(Qt::ShortcutFocusReason);
            m_queryBar->lineEdit()->selectAll();
        });
    }

    connect(m_queryBar, &QueryBar::submitted, this, &LogsPage::search);
    connect(m_range, &TimeRangeBar::changed, this, &LogsPage::search);
    connect(m_search, &AsyncSearch::finished, this, &LogsPage::onSearchFinished);
    connect(m_facetView, &FacetView::valueChosen, this, &LogsPage::onFacetChosen);
    connect(m_detail, &LogDetailPane::filterRequested, this,
            [this](const QString& field, const QString& value) { onFacetChosen(field, value, false); });
    connect(m_detail, &LogDetailPane::traceRequested, m_navigator, &Navigator::traceRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogsPage::showSelected);
    addBookmarkAction(m_table, m_navigator, [this] { return currentEvidence(); });
    connect(m_model, &PagedSearchModel::pageLoaded, this, [this] {
        if (m_detail->shownRow() < 0)
            showSelected();
    });
    connect(m_runner, &DrillRunner::advanced, m_live, [this] {
        if (!m_range->isPinned())
            m_live->request();
    });
    connect(m_live, &LiveRefresh::refresh, this, [this] {
        if (m_runner->now() == m_searchedNow)
            return;
        // Rows shift under a reader scrolled into the past; ask again until they are back at the top.
        if (m_table->verticalScrollBar()->value() > 0 || m_search->isBusy())
            return m_live->request();
        search();
    });
    connect(m_navigator, &Navigator::logsRequested, this, [this](const QString& query) {
        // Links to one trace's logs must find them wherever they are in the drill.
        if (query.contains(QLatin1String("trace_id:")))
            m_range->setSpanSeconds(0);
        m_queryBar->setQuery(query);
    });
    connect(m_runner, &DrillRunner::loaded, this, &LogsPage::onLoaded);
    connect(m_runner, &DrillRunner::unloading, this, &LogsPage::onUnloading);
    if (m_runner->isLoaded())
        onLoaded();
    else
        m_summary->setText(tr("Start a drill to search its logs."));
}

LogsPage::~LogsPage() { onUnloading(); }

bool LogsPage::isSearching() const { return m_search->isBusy(); }

void LogsPage::onLoaded()
{
    m_search->setStore(m_runner->telemetry());
    m_model->setStore(m_runner->telemetry());
    m_dirty = true;
    m_queryBar->setExampleService(exampleService(m_runner->scenario()));
    if (isVisible())
        search();
}

void LogsPage::onUnloading()
{
    m_search->setStore(nullptr);
    m_model->setStore(nullptr);
    m_facets->setFacets({});
    m_histogram->clear();
    m_detail->showLog(nullptr, -1);
}

void LogsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty || (m_runner->isLoaded() && !m_range->isPinned() && m_runner->now() != m_searchedNow))
        search();
}

void LogsPage::search()
{
    if (!m_runner->isLoaded() || !m_search->store())
        return;
    if (!isVisible()) {
        m_dirty = true; // searched when shown
        return;
    }
    m_dirty = false;
    const qint64 now = m_runner->now();
    const TimeWindow window = m_range->window(now);
    SearchRequest request;
    request.query = m_queryBar->query().toStdString();
    request.from = window.from;
    request.to = window.to;
    request.limit = PagedSearchModel::kPageSize;
    request.histogramBuckets = kHistogramBuckets;
    for (const char* f : kLogFacets)
        request.facets.emplace_back(f);
    request.facetValues = 8;
    m_searchedNow = now;
    m_summary->setText(tr("Searching…"));
    m_search->start(std::move(request));
}

void LogsPage::onSearchFinished(quint64)
{
    const SearchResult* result = m_search->result();
    if (!result)
        return;
    if (result->error) {
        m_queryBar->showError(*result->error);
        m_summary->setText(tr("Fix the query to search."));
        Q_EMIT searchFinished();
        return;
    }
    // Keep the selected log selected when it is still among the results.
    const qint64 selected = m_detail->shownRow();
    m_model->setResult(m_search->resultRequest(), *result);
    m_facets->setFacets(result->facets);
    m_histogram->setData(result->histogram, result->from, result->bucketWidth);
    const QLocale locale;
    if (result->total == 0)
        m_summary->setText(m_queryBar->query().isEmpty()
                               ? tr("No logs between %1 and %2.")
                                     .arg(formatSimTime(result->from, false), formatSimTime(result->to, false))
                               : tr("No logs match between %1 and %2. Remove a filter or widen the time range.")
                                     .arg(formatSimTime(result->from, false), formatSimTime(result->to, false)));
    else
        m_summary->setText(tr("%1 logs between %2 and %3, newest first")
                               .arg(locale.toString(static_cast<qulonglong>(result->total)),
                                    formatSimTime(result->from, false), formatSimTime(result->to, false)));
    const int row = selected >= 0 ? m_model->rowOfStoreRow(selected) : -1;
    if (row >= 0) {
        m_table->selectRow(row);
    } else {
        m_table->selectionModel()->clear(); // the row number now shows another log
        m_detail->showLog(nullptr, -1);
    }
    Q_EMIT searchFinished();
}

void LogsPage::onFacetChosen(const QString& field, const QString& value, bool exclude)
{
    m_queryBar->setQuery(withFacetTerm(m_queryBar->query(), field, value, exclude));
}

QString LogsPage::currentEvidence() const
{
    const TelemetryStore* store = m_runner->telemetry();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (const qint64 row = current.isValid() ? m_model->storeRow(current.row()) : -1; store && row >= 0)
        return logEvidence(describeLog(*store, static_cast<std::size_t>(row)));
    return m_queryBar->query().isEmpty() ? QString() : queryEvidence(m_queryBar->query());
}

void LogsPage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 row = current.isValid() ? m_model->storeRow(current.row()) : -1;
    m_detail->showLog(m_runner->telemetry(), row);
}

} // namespace kunren::app
