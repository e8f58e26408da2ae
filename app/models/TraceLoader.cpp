#include "models/TraceLoader.h"

#include "models/Formatting.h"
#include "trace/LogTimeIndex.h"
#include "trace/ServiceMap.h"
#include "trace/TraceAssembly.h"
#include "trace/TraceLookup.h"

#include <mutex>

namespace kunren::app {

namespace {
// The map that says which services are normally called is rebuilt after this much new simulated time.
constexpr SimDuration kCalledServicesRefresh = 5 * kMinute;
} // namespace

struct TraceLoader::Index
{
    std::mutex mutex;
    TraceLookup lookup;
    LogTimeIndex logs;
    std::vector<char> calledServices;
    SimTime calledAt = -1;
};

TraceLoader::TraceLoader(QObject* parent) : QObject(parent) {}

TraceLoader::~TraceLoader() { setStore(nullptr); }

void TraceLoader::setStore(const TelemetryStore* store)
{
    m_jobs.cancelAndWait();
    m_store = store;
    m_index = store ? std::make_shared<Index>() : nullptr;
    m_trace.reset();
    m_error.clear();
}

void TraceLoader::open(const QString& traceIdHex)
{
    m_requested = traceIdHex;
    if (!m_store)
        return;
    // One job at a time (the runner's rule) touches the index; its mutex keeps that true on its own.
    m_jobs.run(
        [store = m_store, index = m_index, hex = traceIdHex.toStdString()] {
            Outcome out;
            const std::lock_guard lock(index->mutex);
            const TelemetryCounts counts = store->counts();
            index->lookup.catchUp(*store, counts);
            const auto found = index->lookup.find(std::string_view(hex));
            if (!found) {
                out.error = QObject::tr(
                                "No trace %1 up to %2: it may not have been sampled, or it has not started yet.")
                                .arg(QString::fromStdString(hex), formatSimTime(counts.time, false));
                return out;
            }
            if (index->calledAt < 0 || counts.time - index->calledAt >= kCalledServicesRefresh) {
                index->calledServices =
                    buildServiceMap(*store, counts, 0, counts.time, {.baseline = false}).calledServices();
                index->calledAt = counts.time;
            }
            index->logs.catchUp(*store, counts);
            AssembleOptions options;
            options.calledServices = index->calledServices;
            options.logIndex = &index->logs;
            out.trace = assembleTrace(*store, counts, *found, options);
            if (!out.trace)
                out.error = QObject::tr("Trace %1 is not complete yet.").arg(QString::fromStdString(hex));
            return out;
        },
        [this](Outcome& out) {
            m_trace = std::move(out.trace);
            m_error = out.error;
            Q_EMIT opened();
        });
}

} // namespace kunren::app
