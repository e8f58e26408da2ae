#pragma once

#include <QDateTime>

#include <functional>
#include <optional>

namespace kunren::app {

// The current trainee's earlier drills of one scenario, for the Drills page (from the drills database).
struct PastResults
{
    int attempts = 0;                           // drills ended (the one running now is not counted)
    int scored = 0;                             // drills that ended with a score
    std::optional<double> best;                 // best total
    std::optional<double> bestRootCauseSeconds; // of that best drill, since the fault
    std::optional<double> last;                 // the newest score
    QDateTime lastStarted;                      // when the newest drill started
};

using PastResultsProvider = std::function<PastResults(const QString& scenarioId)>;

} // namespace kunren::app
