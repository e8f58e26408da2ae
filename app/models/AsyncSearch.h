#pragma once

#include "bridge/JobRunner.h"
#include "query/Search.h"

#include <QObject>

#include <optional>

namespace kunren::app {

// Runs engine searches off the GUI thread through a JobRunner (one at a time, the newest request waits and
// replaces a waiting one, superseded results are dropped). Each request gets a ticket; finished() reports
// the newest result only.
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

    // The request's ticket (0 with no store: nothing will report).
    quint64 start(SearchRequest request);
    bool isBusy() const { return m_jobs.isBusy(); }
    // Drops the pending request and waits for the running one (whose result is then discarded).
    void cancelAndWait() { m_jobs.cancelAndWait(); }

    // The newest finished result, until the next start().
    const SearchResult* result() const { return m_result ? &*m_result : nullptr; }
    const SearchRequest& resultRequest() const { return m_resultRequest; }
    quint64 resultTicket() const { return m_resultTicket; }

Q_SIGNALS:
    void finished(quint64 ticket);

private:
    SearchFn m_search;
    const TelemetryStore* m_store = nullptr;
    JobRunner m_jobs;
    std::optional<SearchResult> m_result;
    SearchRequest m_resultRequest;
    quint64 m_resultTicket = 0;
};

} // namespace kunren::app
