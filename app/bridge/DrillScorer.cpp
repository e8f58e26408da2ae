#include "bridge/DrillScorer.h"

#include "bridge/QtConversions.h"
#include "store/DrillDatabase.h"

namespace kunren::app {

DrillScorer::DrillScorer(QObject* parent) : QObject(parent) {}

DrillScorer::~DrillScorer() { m_jobs.cancelAndWait(); }

void DrillScorer::start(std::shared_ptr<const Scenario> scenario, std::vector<DrillAction> actions,
                        const QString& dbPath, qint64 drillId)
{
    m_result.reset();
    const std::string path = dbPath.toStdString();
    m_jobs.run(
        [scenario = std::move(scenario), actions = std::move(actions), path, drillId] {
            Result r;
            r.score = scoreDrill(scenario, actions);
            if (path.empty() || drillId <= 0)
                return r;
            try {
                DrillDatabaseOpen opened = DrillDatabase::open(path);
                if (!opened.db)
                    r.storeError = qs(opened.error);
                else
                    opened.db->saveScore(drillId, *scenario, actions, r.score);
            } catch (const std::exception& e) {
                r.storeError = qs(e.what());
            }
            return r;
        },
        [this](Result& r) {
            m_result = std::make_unique<Result>(std::move(r));
            Q_EMIT finished();
        });
}

} // namespace kunren::app
