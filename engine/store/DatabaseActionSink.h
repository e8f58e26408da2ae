#pragma once

// A drill's actions saved to the drills database as they happen, for one trainee (DrillRecorder's sink).

#include "drill/ActionSink.h"

namespace kunren {

class DrillDatabase;

class DatabaseActionSink final : public ActionSink
{
public:
    DatabaseActionSink(DrillDatabase& db, std::int64_t traineeId) : m_db(db), m_traineeId(traineeId) {}

    std::int64_t beginDrill(const DrillAction& start) override;
    void append(std::int64_t drillId, std::int64_t seq, const DrillAction& action) override;

private:
    DrillDatabase& m_db;
    std::int64_t m_traineeId;
};

} // namespace kunren
