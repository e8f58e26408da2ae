#include "models/AsyncSearch.h"

namespace kunren::app {

AsyncSearch::AsyncSearch(SearchFn search, QObject* parent) : QObject(parent), m_search(search) {}

AsyncSearch::~AsyncSearch() { cancelAndWait(); }

void AsyncSearch::setStore(const TelemetryStore* store)
{
    if (store == m_store)
        return;
    cancelAndWait();
    m_store = store;
    m_result.reset();
}

quint64 AsyncSearch::start(SearchRequest request)
{
    if (!m_store)
        return 0; // no ticket: nothing will report
    // The store outlives the search: setStore() and cancelAndWait() wait for it before it can go.
    struct Done
    {
        SearchResult result;
        SearchRequest request;
    };
    return m_jobs.run(
        [fn = m_search, store = m_store, req = std::move(request)] {
            return Done{fn(*store, req), req};
        },
        [this](Done& done) {
            // Applied only while this request is the newest: its ticket is the runner's newest.
            m_result = std::move(done.result);
            m_resultRequest = std::move(done.request);
            m_resultTicket = m_jobs.newestTicket();
            Q_EMIT finished(m_resultTicket);
        });
}

} // namespace kunren::app
