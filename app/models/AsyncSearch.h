#pragma once

#include "query/Search.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace kunren::app {

// Runs engine searches off the GUI thread, one at a time. A request made while one runs waits as the
// single pending request (a newer one replaces it), so typing fast never queues a backlog of scans on the
// team's two cores. Each request gets a ticket; finished() reports the newest result only — results of
// superseded requests are dropped.
class AsyncSearch : public QObject
{
    Q_OBJECT

public:
    using SearchFn = SearchResult (*)(const TelemetryStore&, const SearchRequest&);

    explicit AsyncSearch(SearchFn search, QObject* parent = nullptr);
    ~AsyncSearch() override;

    // The store searches read (nullptr: none). Changing it waits for the search in flight, so callers can
    // free the old store right after.
    void setStore(const TelemetryStore* store);
    const TelemetryStore* store() const { return m_store; }

    quint64 start(SearchRequest request);
    bool isBusy() const { return m_running; }
    // Drops the pending request and waits for the running one (whose result is then discarded).
    void cancelAndWait();

    // The newest finished result, until the next start().
    const SearchResult* result() const { return m_result ? &*m_result : nullptr; }
    const SearchRequest& resultRequest() const { return m_resultRequest; }
    quint64 resultTicket() const { return m_resultTicket; }

Q_SIGNALS:
    void finished(quint64 ticket);

private:
    void launch(SearchRequest request, quint64 ticket);
    void onFinished();

    SearchFn m_search;
    const TelemetryStore* m_store = nullptr;
    QFutureWatcher<SearchResult> m_watcher;
    bool m_running = false;
    quint64 m_nextTicket = 1;
    quint64 m_runningTicket = 0;
    SearchRequest m_runningRequest;
    std::optional<std::pair<SearchRequest, quint64>> m_pending;
    std::optional<SearchResult> m_result;
    SearchRequest m_resultRequest;
    quint64 m_resultTicket = 0;
    quint64 m_discardBelow = 0; // tickets below this never report (cancelled)
};

} // namespace kunren::app
