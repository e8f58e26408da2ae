#include "store/DrillHistory.h"

#include <algorithm>
#include <cmath>

namespace kunren {

namespace {

using J = nlohmann::ordered_json;

J optional(const std::optional<double>& v) { return v ? J(*v) : J(nullptr); }

// Scored drills of a team (or everyone): the filter every report query shares.
constexpr const char* kTeamFilter = "(?1 = '' OR t.team = ?1)";

} // namespace

std::optional<double> percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double h = (static_cast<double>(values.size()) - 1.0) * std::clamp(p, 0.0, 1.0);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

std::vector<DrillHistoryRow> traineeHistory(const DrillDatabase& db, std::int64_t traineeId)
{
    std::vector<DrillHistoryRow> out;
    for (DrillRecord& d : db.drills())
        if (d.traineeId == traineeId) {
            auto score = db.score(d.id);
            out.push_back({std::move(d), std::move(score)});
        }
    return out;
}

std::vector<LeaderboardRow> scenarioLeaderboard(const DrillDatabase& db, const std::string& scenarioId, int limit)
{
    SqlStatement st(db.connection(), "SELECT t.name, t.team, s.total, s.root_cause_s, d.id, d.trainee_id FROM scores s"
                                     " JOIN drills d ON d.id = s.drill_id JOIN trainees t ON t.id = d.trainee_id"
                                     " WHERE d.scenario_id = ?1"
                                     " ORDER BY s.total DESC, COALESCE(s.root_cause_s, 1e18), d.started_ms, d.id");
    st.bind(1, scenarioId);
    std::vector<LeaderboardRow> out;
    std::vector<std::int64_t> seen;
    while (st.step()) {
        const std::int64_t trainee = st.integer(5);
        const auto it = std::find(seen.begin(), seen.end(), trainee);
        if (it != seen.end()) {
            ++out[static_cast<std::size_t>(it - seen.begin())].drills;
            continue;
        }
        seen.push_back(trainee);
        out.push_back({st.text(0), st.text(1), st.real(2), st.optionalReal(3), st.integer(4), 1});
    }
    if (limit > 0 && out.size() > static_cast<std::size_t>(limit))
        out.resize(static_cast<std::size_t>(limit));
    return out;
}

GroupReport groupReport(const DrillDatabase& db, const std::string& team)
{
    const SqlConnection& c = db.connection();
    GroupReport r;
    r.team = team;
    {
        SqlStatement st(c,
                        std::string("SELECT COUNT(DISTINCT t.id), COUNT(d.id), COUNT(s.drill_id) FROM trainees t"
                                    " LEFT JOIN drills d ON d.trainee_id = t.id LEFT JOIN scores s ON s.drill_id = d.id"
                                    " WHERE ") +
                            kTeamFilter);
        st.bind(1, team);
        if (st.step()) {
            r.drills = static_cast<int>(st.integer(1));
            r.scored = static_cast<int>(st.integer(2));
        }
        SqlStatement tr(c, std::string("SELECT COUNT(*) FROM trainees t WHERE ") + kTeamFilter);
        tr.bind(1, team);
        r.trainees = tr.step() ? static_cast<int>(tr.integer(0)) : 0;
    }
    {
        std::vector<double> totals, rootCause, mitigation;
        SqlStatement st(
            c, std::string("SELECT s.total, s.root_cause_s, s.mitigated_s FROM scores s"
                           " JOIN drills d ON d.id = s.drill_id JOIN trainees t ON t.id = d.trainee_id WHERE ") +
                   kTeamFilter);
        st.bind(1, team);
        while (st.step()) {
            totals.push_back(st.real(0));
            if (!st.isNull(1))
                rootCause.push_back(st.real(1));
            if (!st.isNull(2))
                mitigation.push_back(st.real(2));
        }
        r.scoreMedian = percentile(totals, 0.5);
        r.rootCauseMedianSeconds = percentile(rootCause, 0.5);
        r.rootCauseP90Seconds = percentile(rootCause, 0.9);
        r.mitigationMedianSeconds = percentile(mitigation, 0.5);
        r.mitigationP90Seconds = percentile(mitigation, 0.9);
    }
    {
        SqlStatement st(c, std::string("SELECT u.view, COUNT(*), SUM(u.opens), SUM(u.seconds), SUM(u.queries)"
                                       " FROM tool_usage u JOIN drills d ON d.id = u.drill_id"
                                       " JOIN trainees t ON t.id = d.trainee_id WHERE ") +
                               kTeamFilter + " GROUP BY u.view ORDER BY SUM(u.seconds) DESC, u.view");
        st.bind(1, team);
        while (st.step())
            r.tools.push_back({st.text(0), static_cast<int>(st.integer(1)), static_cast<int>(st.integer(2)), st.real(3),
                               static_cast<int>(st.integer(4))});
    }
    {
        SqlStatement st(c, std::string("SELECT d.scenario_id, h.component, h.mechanism, COUNT(*) FROM hypotheses h"
                                       " JOIN drills d ON d.id = h.drill_id JOIN trainees t ON t.id = d.trainee_id"
                                       " WHERE h.verdict <> 'correct' AND ") +
                               kTeamFilter +
                               " GROUP BY d.scenario_id, h.component, h.mechanism"
                               " ORDER BY COUNT(*) DESC, d.scenario_id, h.component, h.mechanism");
        st.bind(1, team);
        while (st.step())
            r.wrongHypotheses.push_back({st.text(0), st.text(1), st.text(2), static_cast<int>(st.integer(3))});
    }
    {
        SqlStatement st(
            c, std::string("SELECT a.drill_id, t.name, d.scenario_id, a.text, a.owner, a.type FROM action_items a"
                           " JOIN drills d ON d.id = a.drill_id JOIN trainees t ON t.id = d.trainee_id WHERE ") +
                   kTeamFilter + " ORDER BY d.started_ms, a.drill_id, a.idx");
        st.bind(1, team);
        while (st.step())
            r.actionItems.push_back({st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)});
    }
    return r;
}

J historyToJson(const std::vector<DrillHistoryRow>& rows)
{
    J out = J::array();
    for (const DrillHistoryRow& r : rows) {
        J j;
        j["drill"] = r.drill.id;
        j["trainee"] = r.drill.trainee;
        j["scenario"] = r.drill.scenarioId;
        j["seed"] = r.drill.seed;
        j["startedMs"] = r.drill.startedMs;
        j["state"] = r.drill.endedMs ? "ended" : "interrupted";
        j["actions"] = r.drill.actions;
        if (r.score) {
            j["total"] = r.score->total;
            j["verdict"] = r.score->verdict;
            j["ackSeconds"] = optional(r.score->ackSeconds);
            j["rootCauseSeconds"] = optional(r.score->rootCauseSeconds);
            j["mitigatedSeconds"] = optional(r.score->mitigatedSeconds);
            j["budgetBurned"] = r.score->budgetBurned;
        } else {
            j["total"] = nullptr;
        }
        out.push_back(std::move(j));
    }
    return out;
}

J leaderboardToJson(const std::vector<LeaderboardRow>& rows)
{
    J out = J::array();
    int rank = 0;
    for (const LeaderboardRow& r : rows)
        out.push_back({{"rank", ++rank},
                       {"trainee", r.trainee},
                       {"team", r.team},
                       {"best", r.best},
                       {"rootCauseSeconds", optional(r.rootCauseSeconds)},
                       {"drill", r.drillId},
                       {"drills", r.drills}});
    return out;
}

J groupReportToJson(const GroupReport& r)
{
    J j;
    j["team"] = r.team;
    j["trainees"] = r.trainees;
    j["drills"] = r.drills;
    j["scored"] = r.scored;
    j["scoreMedian"] = optional(r.scoreMedian);
    j["rootCauseSeconds"] = {{"median", optional(r.rootCauseMedianSeconds)}, {"p90", optional(r.rootCauseP90Seconds)}};
    j["mitigationSeconds"] = {{"median", optional(r.mitigationMedianSeconds)},
                              {"p90", optional(r.mitigationP90Seconds)}};
    J tools = J::array();
    for (const ToolUsageRow& t : r.tools)
        tools.push_back({{"view", t.view},
                         {"drills", t.drills},
                         {"opens", t.opens},
                         {"seconds", t.seconds},
                         {"queries", t.queries}});
    j["tools"] = tools;
    J wrong = J::array();
    for (const WrongHypothesisRow& w : r.wrongHypotheses)
        wrong.push_back(
            {{"scenario", w.scenarioId}, {"component", w.component}, {"mechanism", w.mechanism}, {"count", w.count}});
    j["wrongHypotheses"] = wrong;
    J items = J::array();
    for (const ActionItemRow& a : r.actionItems)
        items.push_back({{"drill", a.drillId},
                         {"trainee", a.trainee},
                         {"scenario", a.scenarioId},
                         {"text", a.text},
                         {"owner", a.owner},
                         {"type", a.type}});
    j["actionItems"] = items;
    return j;
}

} // namespace kunren
