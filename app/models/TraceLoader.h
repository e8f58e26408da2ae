#pragma once

#include "bridge/JobRunner.h"
#include "telemetry/TelemetryStore.h"
#include "trace/AssembledTrace.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace kunren::app {

// Opens traces off the GUI thread: finds a trace by id (an incremental TraceLookup), assembles its
// waterfall with linked logs (an incremental LogTimeIndex) and spots orphan roots with the drill's
// service map, through a JobRunner: one open at a time; a newer open replaces a waiting one. The
// assembled trace points into the store, so setStore(nullptr) — which waits for the open in flight —
// must come before the store goes.
class TraceLoader : public QObject
{
    Q_OBJECT

public:
    explicit TraceLoader(QObject* parent = nullptr);
    ~TraceLoader() override;

    void setStore(const TelemetryStore* store);
    void open(const QString& traceIdHex);
    bool isBusy() const { return m_jobs.isBusy(); }

    // The newest opened trace (nullptr when the last open failed or nothing was opened).
    const AssembledTrace* trace() const { return m_trace ? &*m_trace : nullptr; }
    // Why the last open found nothing, in plain words.
    QString error() const { return m_error; }
    QString requestedId() const { return m_requested; }

Q_SIGNALS:
    void opened();

private:
    struct Index; // lookup, log index, called services: touched by one job at a time
    struct Outcome
    {
        std::optional<AssembledTrace> trace;
        QString error;
    };
    const TelemetryStore* m_store = nullptr;
    std::shared_ptr<Index> m_index;
    JobRunner m_jobs;
    QString m_requested;
    std::optional<AssembledTrace> m_trace;
    QString m_error;
};

} // namespace kunren::app
