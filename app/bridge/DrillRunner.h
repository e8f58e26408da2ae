#pragma once

#include "scenario/Scenario.h"
#include "telemetry/TelemetryStore.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>
#include <optional>

namespace kunren::app {

class SimulationWorker;

// The GUI's handle on a running drill: loads a scenario, runs its simulation on a worker thread and
// reports progress by signal. Views read telemetry through telemetry(), which is safe on any thread.
class DrillRunner : public QObject
{
    Q_OBJECT

public:
    explicit DrillRunner(QObject* parent = nullptr);
    ~DrillRunner() override;

    // Loads a built-in scenario id or a file path. On failure returns false and sets `error` to the
    // loader's diagnostics, one per line.
    bool load(const QString& idOrPath, std::optional<quint64> seed, QString* error);
    // Starts a drill on a scenario already in memory (tests, scenario editors).
    void load(std::shared_ptr<const Scenario> scenario, std::optional<quint64> seed = std::nullopt);
    bool isLoaded() const { return m_worker != nullptr; }
    bool isPlaying() const { return m_playing; }

    const Scenario* scenario() const { return m_scenario.get(); }
    const TelemetryStore* telemetry() const;
    qint64 now() const; // simulated µs published so far
    double speed() const { return m_speed; }
    double traceSampleRate() const { return m_sampleRate; }
    quint64 seed() const { return m_seed; } // the seed the current drill runs with

public Q_SLOTS:
    void play();
    void pause();
    void setSpeed(double speed);
    // Simulates up to `simTimeUs` as fast as possible (a jump forward in time).
    void jumpTo(qint64 simTimeUs);

Q_SIGNALS:
    void loaded();
    // The current drill's telemetry is about to be deleted (a new drill loads, or the app quits):
    // views must drop every pointer into it now.
    void unloading();
    void advanced(qint64 simTimeUs);
    void playingChanged(bool playing);
    void finished();

private:
    void stopWorker();

    QThread m_thread;
    SimulationWorker* m_worker = nullptr; // lives on m_thread; deleted there in stopWorker()
    std::shared_ptr<const Scenario> m_scenario;
    const TelemetryStore* m_telemetry = nullptr;
    bool m_playing = false;
    double m_speed = 10.0;
    double m_sampleRate = 1.0;
    quint64 m_seed = 0;
};

} // namespace kunren::app
