#pragma once

#include "alerting/BaselineModel.h"
#include "errors/Issue.h"

#include <functional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace kunren {

// Errors that happen on a normal day, so error tracking had already grouped them before the drill:
// a new-issue monitor stays quiet about them (field story 3: notify on new patterns only).
//
// They are the topology's background errors, each endpoint's baseline unexplained errors, and the
// upstream errors a caller reports when such an error comes back from a dependency. Their texts come
// from the simulator's own ErrorCatalog, so they match what the drill will record.
class KnownErrors
{
public:
    KnownErrors(const Scenario& scenario, const BaselineModel& baseline);

    // `title` is the issue's normalised message; `message` a raw one (for templated background errors).
    bool contains(const std::string& service, const std::string& type, const std::string& title,
                  const std::string& message) const;
    std::size_t size() const { return m_exact.size() + m_prefixes.size(); }

private:
    std::set<std::tuple<std::string, std::string, std::string>> m_exact;       // service, type, title
    std::vector<std::tuple<std::string, std::string, std::string>> m_prefixes; // service, type, literal prefix
};

// ErrorTrackerOptions::knownIssue for these errors. `known` must outlive the tracker that uses it.
std::function<bool(const Issue&)> knownIssuePredicate(const KnownErrors& known);

} // namespace kunren
