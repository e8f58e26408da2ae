#pragma once

#include "models/AsyncSearch.h"

#include <QAbstractTableModel>

class QTimer;

#include <deque>
#include <unordered_map>
#include <vector>

namespace kunren::app {

// A table over the rows of one engine search, newest first, that never holds more than a few pages of
// row indexes: rowCount() is the search's total, and a page of row indexes is fetched off the GUI thread
// the first time a view asks for one of its rows (until then the row shows a placeholder). Pages are
// searched through the histogram's time slices (PageWindow), so scrolling to the middle of millions of
// rows costs one small search. Subclasses say what the columns show for a row of the store.
class PagedSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr std::size_t kPageSize = 200;
    static constexpr int kGrowRows = 100'000; // rows added per pass of the event loop
    enum Roles { RowIndexRole = Qt::UserRole + 1, LoadedRole };

    PagedSearchModel(AsyncSearch::SearchFn search, QObject* parent);

    // Points at a drill's telemetry; nullptr drops every pointer into it (waits for a page in flight).
    void setStore(const TelemetryStore* store);
    const TelemetryStore* store() const { return m_store; }

    // Shows a finished search: `request` as run and its `result` (total, histogram, first rows). Not a
    // model reset: rows are removed or inserted at the end (a large growth over several passes of the
    // event loop, kGrowRows at a time) and every row reports changed, so views keep their selection by
    // row number — pages re-select by store row (rowOfStoreRow) or clear it.
    void setResult(const SearchRequest& request, const SearchResult& result);
    void clear();

    // The store row shown at `row`, or -1 while its page is still being fetched.
    qint64 storeRow(int row) const;
    // The position of store row `storeRow` among the loaded pages, or -1.
    int rowOfStoreRow(qint64 storeRow) const;
    int pagesInFlight() const { return m_pages.isBusy() ? 1 : 0; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;

Q_SIGNALS:
    // A page arrived (tests wait on this; views just repaint).
    void pageLoaded(int firstRow, int count);

protected:
    // What column `column` shows for store row `storeRow`, for `role`.
    virtual QVariant rowData(std::uint32_t storeRow, int column, int role) const = 0;
    virtual QVariant placeholder(int column, int role) const;

private:
    void requestPage(std::size_t page) const;
    void fetchNext();
    void onPageFinished(quint64 ticket);
    void growRows();

    const TelemetryStore* m_store = nullptr;
    AsyncSearch m_pages;
    SearchRequest m_request; // the search being shown
    std::uint64_t m_total = 0;
    int m_rows = 0;       // rows the views know of: grows towards m_targetRows in slices
    int m_targetRows = 0; // the search's total, as a row count
    QTimer* m_grow;
    std::vector<std::uint64_t> m_histogram;
    SimTime m_histFrom = 0, m_histTo = 0, m_bucketWidth = 0;
    std::unordered_map<std::size_t, std::vector<std::uint32_t>> m_cache; // page → store rows
    mutable std::deque<std::size_t> m_wanted;                            // newest request first
    std::size_t m_fetching = 0;
    quint64 m_fetchTicket = 0;
    bool m_fetchActive = false;
};

} // namespace kunren::app
