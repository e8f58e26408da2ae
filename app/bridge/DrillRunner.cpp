#include "bridge/DrillRunner.h"

#include "bridge/QtConversions.h"
#include "bridge/SimulationWorker.h"
#include "scenario/ScenarioLoader.h"
#include "sim/Simulator.h"

#include <QMetaObject>

namespace kunren::app {

DrillRunner::DrillRunner(QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("drill-simulation"));
}

DrillRunner::~DrillRunner() { stopWorker(); }

void DrillRunner::stopWorker()
{
    if (!m_worker)
        return;
    Q_EMIT unloading();
    // Delete on the worker's own thread (its timer lives there), and wait until it is gone.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_telemetry = nullptr;
    m_thread.quit();
    m_thread.wait();
}

bool DrillRunner::load(const QString& idOrPath, std::optional<quint64> seed, QString* error)
{
    const auto path = resolveScenario(idOrPath.toStdString());
    if (!path) {
        if (error)
            *error = tr("No built-in scenario or file named \"%1\".").arg(idOrPath);
        return false;
    }
    const auto result = loadScenarioFile(*path);
    if (!result.ok()) {
        if (error) {
            QStringList lines;
            for (const Diagnostic& d : result.diagnostics)
                lines << qs(d.format());
            *error = lines.join(QLatin1Char('\n'));
        }
        return false;
    }
    load(result.value, seed);
    return true;
}

void DrillRunner::load(std::shared_ptr<const Scenario> scenario, std::optional<quint64> seed)
{
    stopWorker();
    m_playing = false;
    m_scenario = std::move(scenario);
    SimOptions options;
    if (seed)
        options.seed = *seed;
    auto simulator = std::make_unique<Simulator>(m_scenario, options);
    m_telemetry = &simulator->telemetry();
    m_sampleRate = simulator->traceSampleRate();
    m_seed = simulator->seed();
    m_worker = new SimulationWorker(std::move(simulator));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SimulationWorker::advanced, this, &DrillRunner::advanced);
    connect(m_worker, &SimulationWorker::finished, this, [this] {
        m_playing = false;
        Q_EMIT playingChanged(false);
        Q_EMIT finished();
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, s = m_speed] { w->setSpeed(s); });
    Q_EMIT loaded();
}

const TelemetryStore* DrillRunner::telemetry() const { return m_telemetry; }

qint64 DrillRunner::now() const { return m_telemetry ? m_telemetry->counts().time : 0; }

void DrillRunner::play()
{
    if (!m_worker || m_playing)
        return;
    m_playing = true;
    QMetaObject::invokeMethod(m_worker, &SimulationWorker::start);
    Q_EMIT playingChanged(true);
}

void DrillRunner::pause()
{
    if (!m_worker || !m_playing)
        return;
    m_playing = false;
    QMetaObject::invokeMethod(m_worker, &SimulationWorker::stop);
    Q_EMIT playingChanged(false);
}

void DrillRunner::setSpeed(double speed)
{
    m_speed = speed;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker, speed] { w->setSpeed(speed); });
}

void DrillRunner::jumpTo(qint64 simTimeUs)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker, simTimeUs] { w->runUntil(simTimeUs); });
}

} // namespace kunren::app
