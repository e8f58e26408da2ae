#include "bridge/RetroStore.h"

#include "bridge/QtConversions.h"
#include "scenario/ScenarioLoader.h"
#include "store/DrillDatabase.h"

namespace kunren::app {

// Touched only on the store's thread.
struct RetroStore::Worker
{
    std::string path;
    std::unique_ptr<DrillDatabase> db;

    DrillDatabase& database()
    {
        if (!db) {
            DrillDatabaseOpen opened = DrillDatabase::open(path);
            if (!opened.db)
                throw StoreError(opened.error);
            db = std::move(opened.db);
        }
        return *db;
    }
};

RetroStore::RetroStore(const QString& dbPath, QObject* parent)
    : QObject(parent),
      m_context(new QObject),
      m_worker(std::make_shared<Worker>())
{
    m_worker->path = dbPath.toStdString();
    m_thread.setObjectName(QStringLiteral("retro-store"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

RetroStore::~RetroStore()
{
    // Runs after every queued save, then closes the connection on its own thread.
    QMetaObject::invokeMethod(
        m_context, [w = m_worker] { w->db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void RetroStore::load(qint64 drillId, std::shared_ptr<const Scenario> scenario, std::optional<DrillScore> score)
{
    QMetaObject::invokeMethod(m_context, [this, w = m_worker, wording = m_wording, drillId,
                                          scenario = std::move(scenario), score = std::move(score)]() mutable {
        Retrospective retro;
        bool stored = false;
        QString error;
        try {
            DrillDatabase& db = w->database();
            if (auto saved = db.retrospective(drillId)) {
                retro = std::move(*saved);
                stored = true;
            } else if (const auto drill = db.drill(drillId)) {
                if (!scenario) {
                    const auto path = resolveScenario(drill->scenarioId);
                    scenario = path ? loadScenarioFile(*path).value : nullptr;
                }
                if (!scenario)
                    throw StoreError("drill " + std::to_string(drillId) + " has no retrospective and its scenario '" +
                                     drill->scenarioId + "' is not available");
                const auto log = db.actions(drillId);
                if (!score)
                    score = scoreDrill(scenario, log);
                retro = draftRetrospective(*scenario, log, &*score);
                if (wording)
                    wording(retro, *scenario, log, &*score);
            } else {
                throw StoreError("no drill " + std::to_string(drillId) + " in " + w->path);
            }
        } catch (const std::exception& e) {
            error = qs(e.what());
        }
        // Delivered on the GUI thread; dropped if the store is gone by then.
        QMetaObject::invokeMethod(
            this, [this, retro = std::move(retro), stored, error] { Q_EMIT loaded(retro, stored, error); });
    });
}

void RetroStore::save(qint64 drillId, const Retrospective& retro)
{
    QMetaObject::invokeMethod(m_context, [this, w = m_worker, drillId, retro] {
        try {
            w->database().saveRetrospective(drillId, retro);
            QMetaObject::invokeMethod(this, [this, drillId] { Q_EMIT saved(drillId); });
        } catch (const std::exception& e) {
            QMetaObject::invokeMethod(this, [this, error = qs(e.what())] { Q_EMIT saveFailed(error); });
        }
    });
}

} // namespace kunren::app
