#pragma once

#include "bridge/JobRunner.h"
#include "drill/DrillScore.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace kunren::app {

// Scores a drill off the GUI thread (scoreDrill replays the drill twice) and stores the score in the
// drill's database row, with that thread's own connection. Through a JobRunner: one scoring at a time, a
// newer request waits (the GUI never does) and supersedes the result of an older one.
class DrillScorer : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        DrillScore score;
        QString storeError; // the score could not be stored (it is still shown)
    };

    explicit DrillScorer(QObject* parent = nullptr);
    ~DrillScorer() override;

    // `dbPath` empty or `drillId` 0: score only.
    void start(std::shared_ptr<const Scenario> scenario, std::vector<DrillAction> actions, const QString& dbPath,
               qint64 drillId);
    bool isBusy() const { return m_jobs.isBusy(); }
    const Result* result() const { return m_result.get(); }

Q_SIGNALS:
    void finished();

private:
    JobRunner m_jobs;
    std::unique_ptr<Result> m_result;
};

} // namespace kunren::app
