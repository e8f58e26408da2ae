#pragma once

#include "models/MetricIndex.h"

#include <QObject>

namespace kunren::app {

class DrillRunner;

// One MetricIndex per drill, shared by every page that charts metrics (APM, metrics dashboards). It
// follows the drill as it advances, in slices of bounded size on the GUI thread (a page shown late in a
// long drill never waits for a catch-up of millions of points); readers see what has been copied so far.
// Also keeps the events stream for chart markers.
class MetricCache : public QObject
{
    Q_OBJECT

public:
    struct Event
    {
        SimTime time = 0;
        QString service, kind, title;
    };

    // The runner's cache, created on first use and owned by the runner.
    static MetricCache* of(DrillRunner* runner);

    const MetricIndex& index();
    const std::vector<Event>& events();
    // Events of one service (all when empty) in [from, to].
    std::vector<Event> eventsOf(const QString& service, SimTime from, SimTime to);

private:
    explicit MetricCache(DrillRunner* runner);
    void update();
    void catchUp();

    static constexpr std::size_t kChunkPoints = 2'000; // well under a millisecond of copying
    static constexpr qint64 kSliceNs = 8'000'000;      // GUI-thread time one update may take

    DrillRunner* m_runner;
    MetricIndex m_index;
    std::vector<Event> m_events;
    bool m_catchUpQueued = false;
};

} // namespace kunren::app
