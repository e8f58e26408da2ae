#include "store/DatabaseActionSink.h"

#include "store/DrillDatabase.h"

namespace kunren {

std::int64_t DatabaseActionSink::beginDrill(const DrillAction& start) { return m_db.startDrill(m_traineeId, start); }

void DatabaseActionSink::append(std::int64_t drillId, std::int64_t seq, const DrillAction& action)
{
    m_db.storeAction(drillId, seq, action);
}

} // namespace kunren
