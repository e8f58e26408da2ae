#include "models/AsyncSearch.h"

#include <QtConcurrent/QtConcurrentRun>

namespace kunren::app {

AsyncSearch::AsyncSearch(SearchFn search, QObject* parent) : QObject(parent), m_search(search)
{
    connect(&m_watcher, &QFutureWatcher<SearchResult>::finished, this, &AsyncSearch::onFinished);
}

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
    const quint64 ticket = m_nextTicket++;
    if (!m_store)
        return ticket;
    if (m_running)
        m_pending.emplace(std::move(request), ticket);
    else
        launch(std::move(request), ticket);
    return ticket;
}

void AsyncSearch::launch(SearchRequest request, quint64 ticket)
{
    m_running = true;
    m_runningTicket = ticket;
    m_runningRequest = request;
    // The store outlives the search: setStore() and cancelAndWait() wait for it before it can go.
    m_watcher.setFuture(QtConcurrent::run([fn = m_search, store = m_store, req = std::move(request)] {
        return fn(*store, req);
    }));
}

void AsyncSearch::cancelAndWait()
{
    m_pending.reset();
    m_discardBelow = m_nextTicket;
    if (m_running) {
        m_watcher.waitForFinished();
        m_running = false;
    }
}

void AsyncSearch::onFinished()
{
    if (!m_running)
        return; // cancelled and already waited for
    m_running = false;
    const quint64 ticket = m_runningTicket;
    if (m_pending) {
        auto [request, next] = std::move(*m_pending);
        m_pending.reset();
        launch(std::move(request), next); // the finished result is already superseded
        return;
    }
    if (ticket < m_discardBelow)
        return;
    m_result = m_watcher.result();
    m_resultRequest = m_runningRequest;
    m_resultTicket = ticket;
    Q_EMIT finished(ticket);
}

} // namespace kunren::app
