#include "models/PagedSearchModel.h"

#include "models/PageWindow.h"

#include <QColor>
#include <QMetaObject>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace kunren::app {

namespace {
// Pages kept in memory (a page is 200 row indexes) and requests remembered while one page is fetched.
constexpr std::size_t kMaxCachedPages = 64;
constexpr std::size_t kMaxWanted = 4;
} // namespace

PagedSearchModel::PagedSearchModel(AsyncSearch::SearchFn search, QObject* parent)
    : QAbstractTableModel(parent),
      m_pages(search, this),
      m_grow(new QTimer(this))
{
    m_grow->setSingleShot(true);
    m_grow->setInterval(0);
    connect(m_grow, &QTimer::timeout, this, &PagedSearchModel::growRows);
    connect(&m_pages, &AsyncSearch::finished, this, &PagedSearchModel::onPageFinished);
}

void PagedSearchModel::setStore(const TelemetryStore* store)
{
    if (store == m_store)
        return;
    clear();
    m_pages.setStore(store);
    m_store = store;
}

void PagedSearchModel::clear()
{
    m_pages.cancelAndWait();
    beginResetModel();
    m_total = 0;
    m_rows = m_targetRows = 0;
    m_grow->stop();
    m_cache.clear();
    m_wanted.clear();
    m_histogram.clear();
    m_fetchActive = false;
    endResetModel();
}

void PagedSearchModel::setResult(const SearchRequest& request, const SearchResult& result)
{
    m_pages.cancelAndWait();
    const std::uint64_t newTotal = result.error ? 0 : result.total;
    m_request = request;
    m_request.facets.clear();
    m_request.groupBy.clear();
    m_request.histogramBuckets = 0;
    m_histogram = result.histogram;
    m_histFrom = result.from;
    m_histTo = request.to;
    m_bucketWidth = result.bucketWidth;
    m_cache.clear();
    m_wanted.clear();
    m_fetchActive = false;
    // The search's own page is the first page when it starts at 0 and is a whole page (or everything).
    if (request.offset == 0 && !result.rows.empty() &&
        (result.rows.size() >= kPageSize || result.rows.size() == result.total)) {
        const std::size_t n = std::min(kPageSize, result.rows.size());
        m_cache[0].assign(result.rows.begin(), result.rows.begin() + static_cast<std::ptrdiff_t>(n));
    }
    // No model reset: a reset makes every view's row header rebuild one entry per row (a live search of
    // millions of spans cost 100-200 ms of the GUI thread on each refresh). The row count moves at the end
    // instead — shrinking at once, growing in slices (growRows) — and the rows shown repaint from the new pages.
    m_total = newTotal;
    m_targetRows = static_cast<int>(std::min<std::uint64_t>(newTotal, std::numeric_limits<int>::max()));
    if (m_targetRows < m_rows) {
        beginRemoveRows({}, m_targetRows, m_rows - 1);
        m_rows = m_targetRows;
        endRemoveRows();
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
    growRows();
}

void PagedSearchModel::growRows()
{
    if (m_rows >= m_targetRows)
        return;
    // Each new row costs the views' headers an entry (and fresh memory): a million at once was a 200 ms
    // stall, so grow by a slice per pass of the event loop.
    const int last = m_rows + std::min(kGrowRows, m_targetRows - m_rows) - 1;
    beginInsertRows({}, m_rows, last);
    m_rows = last + 1;
    endInsertRows();
    if (m_rows < m_targetRows)
        m_grow->start();
}

int PagedSearchModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_rows;
}

qint64 PagedSearchModel::storeRow(int row) const
{
    if (row < 0 || row >= m_rows)
        return -1;
    const std::size_t page = static_cast<std::size_t>(row) / kPageSize;
    const auto it = m_cache.find(page);
    if (it == m_cache.end()) {
        requestPage(page);
        return -1;
    }
    const std::size_t within = static_cast<std::size_t>(row) % kPageSize;
    return within < it->second.size() ? static_cast<qint64>(it->second[within]) : -1;
}

int PagedSearchModel::rowOfStoreRow(qint64 storeRow) const
{
    for (const auto& [page, rows] : m_cache) {
        const auto it = std::find(rows.begin(), rows.end(), static_cast<std::uint32_t>(storeRow));
        if (it != rows.end())
            return static_cast<int>(page * kPageSize + static_cast<std::size_t>(it - rows.begin()));
    }
    return -1;
}

QVariant PagedSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_store)
        return {};
    const qint64 row = storeRow(index.row());
    if (role == LoadedRole)
        return row >= 0;
    if (row < 0)
        return role == RowIndexRole ? QVariant(qint64{-1}) : placeholder(index.column(), role);
    if (role == RowIndexRole)
        return row;
    return rowData(static_cast<std::uint32_t>(row), index.column(), role);
}

QVariant PagedSearchModel::placeholder(int column, int role) const
{
    if (role == Qt::DisplayRole && column == 0)
        return tr("Loading…");
    if (role == Qt::ForegroundRole)
        return QColor(Qt::gray);
    return {};
}

void PagedSearchModel::requestPage(std::size_t page) const
{
    // data() is const; asking for a page changes only the fetch queue, never what the model shows.
    auto* self = const_cast<PagedSearchModel*>(this);
    if ((m_fetchActive && m_fetching == page) || std::find(m_wanted.begin(), m_wanted.end(), page) != m_wanted.end())
        return;
    m_wanted.push_front(page);
    if (m_wanted.size() > kMaxWanted)
        m_wanted.pop_back(); // scrolled past: the view asks again if it still shows those rows
    if (!m_fetchActive)
        QMetaObject::invokeMethod(self, &PagedSearchModel::fetchNext, Qt::QueuedConnection);
}

void PagedSearchModel::fetchNext()
{
    if (m_fetchActive || m_wanted.empty() || !m_store)
        return;
    const std::size_t page = m_wanted.front();
    m_wanted.pop_front();
    if (m_cache.count(page))
        return fetchNext();
    const std::size_t offset = page * kPageSize;
    const PageWindow w = pageWindow(m_histogram, m_histFrom, m_histTo, m_bucketWidth, offset, kPageSize);
    SearchRequest request = m_request;
    request.from = w.from;
    request.to = w.to;
    request.offset = w.offset;
    request.limit = kPageSize;
    m_fetching = page;
    m_fetchActive = true;
    m_fetchTicket = m_pages.start(std::move(request));
}

void PagedSearchModel::onPageFinished(quint64 ticket)
{
    if (!m_fetchActive || ticket != m_fetchTicket)
        return;
    m_fetchActive = false;
    const SearchResult* result = m_pages.result();
    const std::size_t page = m_fetching;
    if (result && !result->error) {
        if (m_cache.size() >= kMaxCachedPages) {
            // Forget the page farthest from this one (never the first: live views return to it).
            auto far = m_cache.end();
            std::size_t farDistance = 0;
            for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
                const std::size_t distance = std::max(it->first, page) - std::min(it->first, page);
                if (it->first != 0 && (far == m_cache.end() || distance > farDistance)) {
                    far = it;
                    farDistance = distance;
                }
            }
            if (far != m_cache.end())
                m_cache.erase(far);
        }
        auto& rows = m_cache[page];
        rows = result->rows;
        // Rows published after the search (late logs) can add a few to a slice; keep the page's size.
        const std::size_t expected = static_cast<std::size_t>(
            std::min<std::uint64_t>(kPageSize, m_total - page * kPageSize));
        rows.resize(std::min(rows.size(), expected));
        const int first = static_cast<int>(page * kPageSize);
        const int count = std::min(static_cast<int>(expected),
                                   m_rows - first); // rows not inserted yet repaint when they are
        if (count > 0)
            Q_EMIT dataChanged(index(first, 0), index(first + count - 1, columnCount() - 1));
        Q_EMIT pageLoaded(first, count);
    }
    fetchNext();
}

} // namespace kunren::app
