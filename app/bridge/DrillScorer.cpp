#include "bridge/DrillScorer.h"

#include "bridge/QtConversions.h"
#include "store/DrillDatabase.h"

#include <QtConcurrent>

namespace kunren::app {

DrillScorer::DrillScorer(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        if (m_watcher.isCanceled())
            return;
        m_result = std::make_unique<Result>(m_watcher.result());
        Q_EMIT finished();
    });
}

DrillScorer::~DrillScorer() { m_watcher.waitForFinished(); }

void DrillScorer::start(std::shared_ptr<const Scenario> scenario, std::vector<DrillAction> actions,
                        const QString& dbPath, qint64 drillId)
{
    m_watcher.waitForFinished(); // rare (a second end of the same drill); keeps one replay at a time
    m_result.reset();
    const std::string path = dbPath.toStdString();
    m_watcher.setFuture(QtConcurrent::run([scenario = std::move(scenario), actions = std::move(actions), path, drillId] {
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
    }));
}

} // namespace kunren::app
