#include "traces/TracesPage.h"

#include "bridge/DrillRunner.h"
#include "models/AsyncSearch.h"
#include "models/EvidenceRefs.h"
#include "models/FacetModel.h"
#include "models/Formatting.h"
#include "models/QueryEdit.h"
#include "models/SpanGroupModel.h"
#include "models/SpanTableModel.h"
#include "models/TraceLoader.h"
#include "traces/TraceView.h"
#include "widgets/HistogramChart.h"
#include "widgets/LiveRefresh.h"
#include "widgets/Navigator.h"
#include "widgets/QueryBar.h"
#include "widgets/Tables.h"
#include "widgets/TimeRangeBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kunren::app {

namespace {
constexpr std::size_t kHistogramBuckets = 240;
}

TracesPage::TracesPage(DrillRunner* runner, Navigator* navigator, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_navigator(navigator),
      m_tabs(new QTabWidget(this)),
      m_queryBar(new QueryBar(QueryBar::Signal::Spans, this)),
      m_range(new TimeRangeBar(this)),
      m_groupBy(new QComboBox(this)),
      m_histogram(new HistogramChart(this)),
      m_summary(new QLabel(this)),
      m_results(new QStackedWidget(this)),
      m_spans(new SpanTableModel(this)),
      m_spanTable(makeTable(this)),
      m_groups(new SpanGroupModel(this)),
      m_groupTable(makeTable(this)),
      m_traceView(new TraceView(this)),
      m_search(new AsyncSearch(searchSpans, this)),
      m_loader(new TraceLoader(this)),
      m_live(new LiveRefresh(this))
{
    m_tabs->setObjectName(QStringLiteral("tracesTabs"));
    m_summary->setObjectName(QStringLiteral("spanSummary"));
    m_groupBy->setObjectName(QStringLiteral("groupByCombo"));
    m_groupBy->addItem(tr("List spans"), QString());
    for (const char* field : {"service", "resource_name", "status", "version", "pod_name", "@http.status_code",
                              "@rpc.response.status_code", "@error.type", "@error.kind"})
        m_groupBy->addItem(tr("Group by %1").arg(FacetModel::fieldTitle(QString::fromLatin1(field)).toLower()),
                           QString::fromLatin1(field));
    m_groupBy->setToolTip(tr("List matching spans, or group them by a tag for counts, error rates and latency"));
    m_histogram->setBarColor(QColor(0x26, 0x8b, 0xa0));

    m_spanTable->setObjectName(QStringLiteral("spanTable"));
    m_spanTable->setModel(m_spans);
    const QFontMetrics fm(font());
    QHeaderView* header = m_spanTable->horizontalHeader();
    header->resizeSection(SpanTableModel::Start, fm.horizontalAdvance(QStringLiteral("T+00:00:00.000")) + 24);
    header->resizeSection(SpanTableModel::Service, fm.horizontalAdvance(QStringLiteral("payments-gateway-x")) + 16);
    header->resizeSection(SpanTableModel::Duration, fm.horizontalAdvance(QStringLiteral("1 234.5 ms")) + 24);
    header->resizeSection(SpanTableModel::Status, fm.horizontalAdvance(QStringLiteral("error 503")) + 24);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SpanTableModel::Resource, QHeaderView::Stretch);
    m_spanTable->setToolTip(tr("Double-click or Enter opens the span's trace"));
    connect(m_spanTable, &QTableView::activated, this, &TracesPage::openRow);

    auto* sortedGroups = new QSortFilterProxyModel(this);
    sortedGroups->setSourceModel(m_groups);
    sortedGroups->setSortRole(SpanGroupModel::SortRole);
    m_groupTable->setObjectName(QStringLiteral("groupTable"));
    m_groupTable->setModel(sortedGroups);
    m_groupTable->setSortingEnabled(true);
    m_groupTable->sortByColumn(SpanGroupModel::Count, Qt::DescendingOrder);
    m_groupTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groupTable->horizontalHeader()->setSectionResizeMode(SpanGroupModel::Value, QHeaderView::Stretch);
    m_groupTable->setToolTip(tr("Double-click a group to list its spans"));
    connect(m_groupTable, &QTableView::activated, this, [this, sortedGroups](const QModelIndex& index) {
        const QModelIndex source = sortedGroups->mapToSource(index);
        const QString value = m_groups->index(source.row(), 0).data(SpanGroupModel::ValueRole).toString();
        const QString field = m_groups->field();
        setGroupBy(QString());
        m_queryBar->setQuery(value.isEmpty() ? withFacetTerm(m_queryBar->query(), field, QStringLiteral("*"), true)
                                             : withFacetTerm(m_queryBar->query(), field, value, false));
    });
    m_results->addWidget(m_spanTable);
    m_results->addWidget(m_groupTable);

    auto* top = new QHBoxLayout;
    top->addWidget(m_queryBar, 1);
    top->addWidget(m_groupBy, 0, Qt::AlignTop);
    top->addWidget(m_range, 0, Qt::AlignTop);
    auto* explorer = new QWidget(this);
    auto* explorerLayout = new QVBoxLayout(explorer);
    explorerLayout->addLayout(top);
    explorerLayout->addWidget(m_histogram);
    explorerLayout->addWidget(m_summary);
    explorerLayout->addWidget(m_results, 1);

    auto* traceTab = new QWidget(this);
    auto* traceLayout = new QVBoxLayout(traceTab);
    traceLayout->addWidget(m_traceView);
    m_tabs->addTab(explorer, tr("Explorer"));
    m_tabs->addTab(traceTab, tr("Trace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs);

    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::Key_Slash)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            m_tabs->setCurrentIndex(0);
            m_queryBar->lineEdit()->setFocus(Qt::ShortcutFocusReason);
            m_queryBar->lineEdit()->selectAll();
        });
    }
    // Backspace / Alt+Left: from the trace back to the list.
    for (const QKeySequence& key : {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Backspace)}) {
        auto* back = new QShortcut(key, m_traceView);
        back->setContext(Qt::WidgetWithChildrenShortcut);
        connect(back, &QShortcut::activated, this, [this] { m_tabs->setCurrentIndex(0); });
    }

    connect(m_queryBar, &QueryBar::submitted, this, &TracesPage::search);
    connect(m_range, &TimeRangeBar::changed, this, &TracesPage::search);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        m_results->setCurrentIndex(m_groupBy->currentData().toString().isEmpty() ? 0 : 1);
        search();
    });
    connect(m_search, &AsyncSearch::finished, this, &TracesPage::onSearchFinished);
    connect(m_loader, &TraceLoader::opened, this, [this] {
        if (m_loader->trace())
            m_traceView->setTrace(m_loader->trace(), m_pendingSpan);
        else
            m_traceView->showMessage(m_loader->error());
        Q_EMIT traceOpened();
    });
    connect(m_traceView, &TraceView::logsRequested, m_navigator, &Navigator::logsRequested);
    for (QWidget* spanView : m_traceView->spanViews())
        addBookmarkAction(spanView, m_navigator, [this] { return currentEvidence(); });
    connect(m_traceView, &TraceView::serviceRequested, m_navigator, &Navigator::serviceRequested);
    connect(m_traceView, &TraceView::traceRequested, m_navigator,
            [this](const QString& id) { Q_EMIT m_navigator->traceRequested(id, -1); });
    connect(m_runner, &DrillRunner::advanced, m_live, [this] {
        if (!m_range->isPinned())
            m_live->request();
    });
    connect(m_live, &LiveRefresh::refresh, this, [this] {
        if (m_runner->now() == m_searchedNow)
            return;
        // Not while a trace is open or the reader has scrolled into the past; ask again later.
        if (m_tabs->currentIndex() != 0 || m_spanTable->verticalScrollBar()->value() > 0 || m_search->isBusy())
            return m_live->request();
        search();
    });
    connect(m_navigator, &Navigator::traceRequested, this,
            [this](const QString& id, int spanIndex) { openTrace(id, spanIndex); });
    connect(m_navigator, &Navigator::spansRequested, this, [this](const QString& query) {
        m_tabs->setCurrentIndex(0);
        m_queryBar->setQuery(query);
    });
    connect(m_runner, &DrillRunner::loaded, this, &TracesPage::onLoaded);
    connect(m_runner, &DrillRunner::unloading, this, &TracesPage::onUnloading);
    if (m_runner->isLoaded())
        onLoaded();
    else
        m_summary->setText(tr("Start a drill to search its traces."));
}

TracesPage::~TracesPage() { onUnloading(); }

void TracesPage::onLoaded()
{
    m_search->setStore(m_runner->telemetry());
    m_spans->setStore(m_runner->telemetry());
    m_loader->setStore(m_runner->telemetry());
    m_traceView->showMessage(tr("Open a trace from the span list, a log or an error."));
    m_queryBar->setExampleService(exampleService(m_runner->scenario()));
    m_dirty = true;
    if (isVisible())
        search();
}

void TracesPage::onUnloading()
{
    m_traceView->setTrace(nullptr);
    m_search->setStore(nullptr);
    m_spans->setStore(nullptr);
    m_loader->setStore(nullptr);
    m_groups->setGroups(QString(), {});
    m_histogram->clear();
}

void TracesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty || (m_runner->isLoaded() && !m_range->isPinned() && m_runner->now() != m_searchedNow))
        search();
}

void TracesPage::setGroupBy(const QString& field)
{
    const int index = m_groupBy->findData(field);
    if (index >= 0)
        m_groupBy->setCurrentIndex(index);
}

void TracesPage::search()
{
    if (!m_runner->isLoaded() || !m_search->store())
        return;
    if (!isVisible()) {
        m_dirty = true;
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
    request.groupBy = m_groupBy->currentData().toString().toStdString();
    m_searchedNow = now;
    m_summary->setText(tr("Searching…"));
    m_search->start(std::move(request));
}

void TracesPage::onSearchFinished()
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
    const SearchRequest& request = m_search->resultRequest();
    // Keep the selected span selected when it is still among the first rows; the row number alone would
    // now show another span.
    const QModelIndex current = m_spanTable->selectionModel()->currentIndex();
    const qint64 selected = current.isValid() ? m_spans->storeRow(current.row()) : -1;
    m_spans->setResult(request, *result);
    if (const int row = selected >= 0 ? m_spans->rowOfStoreRow(selected) : -1; row >= 0)
        m_spanTable->selectRow(row);
    else
        m_spanTable->selectionModel()->clear();
    m_groups->setGroups(QString::fromStdString(request.groupBy), result->groups);
    m_histogram->setData(result->histogram, result->from, result->bucketWidth);
    const QLocale locale;
    const QString range =
        tr("between %1 and %2").arg(formatSimTime(result->from, false), formatSimTime(result->to, false));
    if (result->total == 0)
        m_summary->setText(tr("No spans match %1. Remove a filter or widen the time range.").arg(range));
    else if (!request.groupBy.empty())
        m_summary->setText(
            tr("%1 spans %2 in %n group(s) (≈ %3 requests)", nullptr, static_cast<int>(result->groups.size()))
                .arg(locale.toString(static_cast<qulonglong>(result->total)), range,
                     locale.toString(result->estimatedTotal, 'f', 0)));
    else
        m_summary->setText(tr("%1 spans %2, newest first (≈ %3 requests) · Enter opens a trace")
                               .arg(locale.toString(static_cast<qulonglong>(result->total)), range,
                                    locale.toString(result->estimatedTotal, 'f', 0)));
    Q_EMIT searchFinished();
}

void TracesPage::openRow(const QModelIndex& index)
{
    if (!index.isValid() || m_spans->storeRow(index.row()) < 0)
        return;
    openTrace(index.data(SpanTableModel::TraceIdRole).toString(), index.data(SpanTableModel::SpanIndexRole).toInt());
}

void TracesPage::openTrace(const QString& traceIdHex, int spanIndex)
{
    m_pendingSpan = spanIndex;
    m_tabs->setCurrentIndex(1);
    m_traceView->showMessage(tr("Opening trace %1…").arg(traceIdHex));
    m_loader->open(traceIdHex);
}

QString TracesPage::currentEvidence() const
{
    if (const AssembledTrace* trace = m_traceView->trace(); trace && m_traceView->isVisible())
        return spanEvidence(*trace, m_traceView->selectedSpan());
    return m_queryBar->query().isEmpty() ? QString() : queryEvidence(m_queryBar->query());
}

} // namespace kunren::app
