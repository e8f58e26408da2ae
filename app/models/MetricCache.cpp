#include "models/MetricCache.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"

#include <QElapsedTimer>
#include <QTimer>

namespace kunren::app {

namespace {

// Points a series holds by the drill's end: metrics are recorded every 10 s of simulated time.
std::size_t expectedPoints(const DrillRunner* runner)
{
    const Scenario* sc = runner->scenario();
    return sc ? static_cast<std::size_t>(sc->duration / (10 * kSecond)) + 2 : 0;
}

} // namespace

MetricCache* MetricCache::of(DrillRunner* runner)
{
    if (auto* existing = runner->findChild<MetricCache*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new MetricCache(runner);
}

MetricCache::MetricCache(DrillRunner* runner) : QObject(runner), m_runner(runner)
{
    m_index.reset(runner->telemetry(), expectedPoints(runner));
    connect(runner, &DrillRunner::loaded, this, [this] {
        m_index.reset(m_runner->telemetry(), expectedPoints(m_runner));
        m_events.clear();
    });
    connect(runner, &DrillRunner::unloading, this, [this] {
        m_index.reset(nullptr);
        m_events.clear();
    });
    connect(runner, &DrillRunner::advanced, this, &MetricCache::update);
}

void MetricCache::update()
{
    // Copy in small chunks until the slice's time is used up: what a point costs varies (a new series
    // is a dozen string conversions and its reservation; a platform drill creates thousands at once),
    // so a budget of points alone let one update take 50 ms of the GUI thread.
    QElapsedTimer slice;
    slice.start();
    bool caughtUp = m_index.update(kChunkPoints);
    while (!caughtUp && slice.nsecsElapsed() < kSliceNs)
        caughtUp = m_index.update(kChunkPoints);
    if (!caughtUp && !m_catchUpQueued) {
        // Behind (a jump, a page opened late): the rest in further slices, letting the event loop breathe.
        m_catchUpQueued = true;
        QTimer::singleShot(0, this, &MetricCache::catchUp);
    }
    const TelemetryStore* store = m_runner->telemetry();
    if (!store)
        return;
    const TelemetryCounts c = store->counts();
    for (std::size_t i = m_events.size(); i < c.events; ++i) {
        const EventRecord& e = store->event(i);
        m_events.push_back({e.time, e.service < c.services ? qs(store->str(store->service(e.service).name)) : QString(),
                            qs(store->str(e.kind)), qs(store->str(e.title))});
    }
}

void MetricCache::catchUp()
{
    m_catchUpQueued = false;
    update();
}

const MetricIndex& MetricCache::index()
{
    update();
    return m_index;
}

const std::vector<MetricCache::Event>& MetricCache::events()
{
    update();
    return m_events;
}

std::vector<MetricCache::Event> MetricCache::eventsOf(const QString& service, SimTime from, SimTime to)
{
    std::vector<Event> out;
    for (const Event& e : events())
        if ((service.isEmpty() || e.service == service) && e.time >= from && e.time <= to)
            out.push_back(e);
    return out;
}

} // namespace kunren::app
