#include "drill/ActionLogJson.h"

#include "drill/Mechanism.h"
#include "errors/IssueState.h"
#include "scenario/TextFile.h"
#include "sim/Mitigation.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>

namespace kunren {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kMaxLogBytes = 256u << 20;
constexpr double kMaxSpeed = 3600; // an hour of drill per second is already a jump

void putTime(Json& j, SimTime at)
{
    if (at % kSecond == 0)
        j["at"] = at / kSecond;
    else
        j["at"] = toSeconds(at);
}

// 1-based column, in code points, of byte offset `byte` of `line`.
int columnOf(std::string_view line, std::size_t byte)
{
    int col = 1;
    for (std::size_t i = 0; i < byte && i < line.size(); ++i)
        col += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80 ? 1 : 0;
    return col;
}

// Where a field's key sits on the line, for error messages (column 1 when it is missing).
int fieldColumn(std::string_view line, std::string_view key)
{
    const std::string quoted = "\"" + std::string(key) + "\"";
    const auto pos = line.find(quoted);
    return pos == std::string_view::npos ? 1 : columnOf(line, pos);
}

class LineReader
{
public:
    LineReader(const Json& j, std::string_view line, const std::string& file, int lineNo, Diagnostics& out)
        : m_j(j),
          m_line(line),
          m_file(file),
          m_lineNo(lineNo),
          m_out(out)
    {
    }

    void fail(std::string_view key, std::string message)
    {
        m_out.push_back({m_file, m_lineNo, fieldColumn(m_line, key), key.empty() ? "" : "/" + std::string(key),
                         std::move(message)});
        m_ok = false;
    }
    bool ok() const { return m_ok; }

    std::string string(std::string_view key, bool required, bool allowEmpty = false)
    {
        const auto it = m_j.find(key);
        if (it == m_j.end()) {
            if (required)
                fail(key, "missing required field \"" + std::string(key) + "\"");
            return {};
        }
        if (!it->is_string()) {
            fail(key, "must be a string");
            return {};
        }
        std::string s = it->get<std::string>();
        if (s.empty() && required && !allowEmpty)
            fail(key, "must not be empty");
        return s;
    }

    std::optional<std::int64_t> integer(std::string_view key, bool required)
    {
        const auto it = m_j.find(key);
        if (it == m_j.end()) {
            if (required)
                fail(key, "missing required field \"" + std::string(key) + "\"");
            return std::nullopt;
        }
        if (!it->is_number_integer() || (!it->is_number_unsigned() && it->get<std::int64_t>() < 0)) {
            fail(key, "must be a non-negative integer");
            return std::nullopt;
        }
        return it->get<std::int64_t>();
    }

    std::vector<std::string> strings(std::string_view key)
    {
        std::vector<std::string> out;
        const auto it = m_j.find(key);
        if (it == m_j.end())
            return out;
        if (!it->is_array()) {
            fail(key, "must be an array of strings");
            return out;
        }
        for (const auto& v : *it) {
            if (!v.is_string() || v.get<std::string>().empty()) {
                fail(key, "must be an array of non-empty strings");
                return {};
            }
            out.push_back(v.get<std::string>());
        }
        return out;
    }

    // A finite number; nullopt (and an error when required) otherwise.
    std::optional<double> number(std::string_view key, bool required)
    {
        const auto it = m_j.find(key);
        if (it == m_j.end()) {
            if (required)
                fail(key, "missing required field \"" + std::string(key) + "\"");
            return std::nullopt;
        }
        if (!it->is_number() || !std::isfinite(it->get<double>())) {
            fail(key, "must be a number");
            return std::nullopt;
        }
        return it->get<double>();
    }

    const Json& json() const { return m_j; }

private:
    const Json& m_j;
    std::string_view m_line;
    const std::string& m_file;
    int m_lineNo;
    Diagnostics& m_out;
    bool m_ok = true;
};

std::optional<DrillAction> parseLine(std::string_view line, const std::string& file, int lineNo, Diagnostics& out)
{
    Json j;
    try {
        j = Json::parse(line);
    } catch (const Json::parse_error& e) {
        std::string what = e.what();
        if (const auto pos = what.find("syntax error"); pos != std::string::npos)
            what = what.substr(pos);
        out.push_back({file, lineNo, columnOf(line, e.byte > 0 ? e.byte - 1 : 0), {}, "invalid JSON: " + what});
        return std::nullopt;
    } catch (const Json::out_of_range& e) {
        // A number too large for a double (1e999): nlohmann names the literal ('…'), which locates it.
        const std::string what = e.what();
        const auto open = what.find('\''), close = what.rfind('\'');
        const std::string literal = open != std::string::npos && close > open ? what.substr(open + 1, close - open - 1)
                                                                              : "";
        const auto at = literal.empty() ? std::string_view::npos : line.find(literal);
        out.push_back(
            {file,
             lineNo,
             columnOf(line, at == std::string_view::npos ? 0 : at),
             {},
             "invalid JSON: the number " + (literal.empty() ? std::string("here") : literal) + " is out of range"});
        return std::nullopt;
    }
    if (!j.is_object()) {
        out.push_back({file, lineNo, 1, {}, "an action must be a JSON object"});
        return std::nullopt;
    }
    LineReader r(j, line, file, lineNo, out);
    DrillAction a;
    const auto at = j.find("at");
    if (at == j.end())
        r.fail("at", "missing required field \"at\" (simulated seconds)");
    else if (!at->is_number() || at->get<double>() < 0 || !std::isfinite(at->get<double>()))
        r.fail("at", "must be a non-negative number of simulated seconds");
    else
        a.at = static_cast<SimTime>(std::llround(at->get<double>() * static_cast<double>(kSecond)));
    if (const auto wall = r.number("wall", false)) {
        if (*wall < 0)
            r.fail("wall", "must be a non-negative number of wall-clock seconds since the drill started");
        else
            a.wall = *wall;
    }
    const std::string type = r.string("type", true);
    const auto kind = actionTypeFromString(type);
    if (!type.empty() && !kind) {
        r.fail("type", "unknown action type \"" + type +
                           "\" (expected drill.start, alert.ack, view.open, query.run, hint.take, hypothesis.submit, "
                           "mitigation.apply, note.add, drill.end, clock.speed, clock.pause, clock.play, clock.jump or "
                           "issue.transition)");
    }
    if (!kind)
        return std::nullopt;
    a.type = *kind;
    switch (a.type) {
    case ActionType::DrillStart:
        a.scenario = r.string("scenario", true);
        if (const auto seed = r.integer("seed", true))
            a.seed = static_cast<std::uint64_t>(*seed);
        break;
    case ActionType::AlertAck: a.alert = r.string("alert", true); break;
    case ActionType::ViewOpen: a.view = r.string("view", true); break;
    case ActionType::QueryRun:
        a.view = r.string("view", false);
        a.query = r.string("query", true, true);
        break;
    case ActionType::HintTake:
        if (const auto hint = r.integer("hint", true))
            a.hint = static_cast<int>(std::min<std::int64_t>(*hint, 1 << 20));
        break;
    case ActionType::HypothesisSubmit:
        a.hypothesis.component = r.string("component", true);
        a.hypothesis.mechanism = r.string("mechanism", true);
        if (!a.hypothesis.mechanism.empty() && !findMechanism(a.hypothesis.mechanism)) {
            std::string known;
            for (const MechanismInfo& m : mechanismTaxonomy())
                known += (known.empty() ? "" : ", ") + std::string(m.id);
            r.fail("mechanism", "unknown mechanism \"" + a.hypothesis.mechanism + "\" (expected one of " + known + ")");
        }
        a.hypothesis.trigger = r.string("trigger", false);
        a.hypothesis.evidence = r.strings("evidence");
        break;
    case ActionType::MitigationApply:
        a.action = r.string("action", true);
        if (!a.action.empty() && !mitigationKindFromString(a.action))
            r.fail("action",
                   "unknown mitigation \"" + a.action +
                       "\" (expected rollback, scale-out, raise-limit, restart, failover, disable-flag or none)");
        a.target = r.string("target", a.action != "none");
        break;
    case ActionType::NoteAdd: a.text = r.string("text", true, true); break;
    case ActionType::DrillEnd: a.text = r.string("reason", false); break;
    case ActionType::ClockSpeed:
        if (const auto speed = r.number("speed", true)) {
            if (*speed <= 0 || *speed > kMaxSpeed)
                r.fail("speed", "must be above 0 and at most " + std::to_string(static_cast<int>(kMaxSpeed)) +
                                    " (simulated seconds per wall-clock second)");
            a.speed = *speed;
        }
        break;
    case ActionType::ClockPause: break;
    case ActionType::ClockPlay:
        if (const auto paused = r.number("paused_s", false)) {
            if (*paused < 0)
                r.fail("paused_s", "must be a non-negative number of wall-clock seconds");
            a.pausedSeconds = *paused;
        }
        break;
    case ActionType::ClockJump:
        if (const auto from = r.number("from", true)) {
            a.from = static_cast<SimTime>(std::llround(*from * static_cast<double>(kSecond)));
            if (*from < 0 || a.from > a.at)
                r.fail("from", "must be a simulated time in seconds, not after the jump's \"at\"");
        }
        break;
    case ActionType::IssueTransition: {
        const std::string issue = r.string("issue", true);
        if (!issue.empty()) {
            if (const auto fingerprint = fingerprintFromText(issue))
                a.issue = *fingerprint;
            else
                r.fail("issue", "must be the issue's fingerprint: 16 hexadecimal digits");
        }
        a.state = r.string("state", true);
        if (!a.state.empty() && !issueStateFromString(a.state))
            r.fail("state",
                   "unknown issue state \"" + a.state + "\" (expected FOR_REVIEW, REVIEWED, RESOLVED or IGNORED)");
        a.text = r.string("title", false);
        break;
    }
    }
    if (!r.ok())
        return std::nullopt;
    return a;
}

} // namespace

std::string actionToJson(const DrillAction& a)
{
    Json j;
    putTime(j, a.at);
    j["type"] = toString(a.type);
    if (a.wall >= 0)
        j["wall"] = std::round(a.wall * 1000.0) / 1000.0;
    switch (a.type) {
    case ActionType::DrillStart:
        j["scenario"] = a.scenario;
        j["seed"] = a.seed;
        break;
    case ActionType::AlertAck: j["alert"] = a.alert; break;
    case ActionType::ViewOpen: j["view"] = a.view; break;
    case ActionType::QueryRun:
        if (!a.view.empty())
            j["view"] = a.view;
        j["query"] = a.query;
        break;
    case ActionType::HintTake: j["hint"] = a.hint; break;
    case ActionType::HypothesisSubmit:
        j["component"] = a.hypothesis.component;
        j["mechanism"] = a.hypothesis.mechanism;
        j["trigger"] = a.hypothesis.trigger;
        j["evidence"] = a.hypothesis.evidence;
        break;
    case ActionType::MitigationApply:
        j["action"] = a.action;
        j["target"] = a.target;
        break;
    case ActionType::NoteAdd: j["text"] = a.text; break;
    case ActionType::DrillEnd:
        if (!a.text.empty())
            j["reason"] = a.text;
        break;
    case ActionType::ClockSpeed: j["speed"] = a.speed; break;
    case ActionType::ClockPause: break;
    case ActionType::ClockPlay:
        if (a.pausedSeconds > 0)
            j["paused_s"] = std::round(a.pausedSeconds * 1000.0) / 1000.0;
        break;
    case ActionType::ClockJump:
        if (a.from % kSecond == 0)
            j["from"] = a.from / kSecond;
        else
            j["from"] = toSeconds(a.from);
        break;
    case ActionType::IssueTransition:
        j["issue"] = fingerprintText(a.issue);
        j["state"] = a.state;
        if (!a.text.empty())
            j["title"] = a.text;
        break;
    }
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

ActionLogRead parseActionLog(std::string_view text, const std::string& fileName)
{
    ActionLogRead out;
    int lineNo = 0;
    bool ended = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t nl = text.find('\n', pos);
        std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        pos = nl == std::string_view::npos ? text.size() : nl + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        auto action = parseLine(line, fileName, lineNo, out.diagnostics);
        if (!action)
            continue;
        auto fail = [&](std::string_view key, std::string message) {
            out.diagnostics.push_back(
                {fileName, lineNo, fieldColumn(line, key), "/" + std::string(key), std::move(message)});
        };
        if (action->type == ActionType::DrillStart && !out.actions.empty())
            fail("type", "drill.start must be the first action of the log");
        else if (ended)
            fail("type", "no action may follow drill.end");
        else if (!out.actions.empty() && action->at < out.actions.back().at)
            fail("at", "time goes backwards (the previous action was at " +
                           std::to_string(toSeconds(out.actions.back().at)) + " s)");
        ended = ended || action->type == ActionType::DrillEnd;
        out.actions.push_back(std::move(*action));
    }
    return out;
}

ActionLogRead readActionLogFile(const std::filesystem::path& path)
{
    const TextFile file = readTextFile(path, kMaxLogBytes);
    if (!file.text) {
        ActionLogRead out;
        out.diagnostics.push_back({path.string(), 0, 0, {}, file.error});
        return out;
    }
    return parseActionLog(*file.text, path.string());
}

std::string actionLogToJsonl(std::span<const DrillAction> actions)
{
    std::string out;
    for (const DrillAction& a : actions)
        out += actionToJson(a) + "\n";
    return out;
}

bool writeActionLogFile(const std::filesystem::path& path, std::span<const DrillAction> actions, std::string& error)
{
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    if (!f) {
        error = "cannot open " + path.string() + " for writing";
        return false;
    }
    const std::string text = actionLogToJsonl(actions);
    f.write(text.data(), static_cast<std::streamsize>(text.size()));
    f.flush();
    if (!f) {
        error = "cannot write " + path.string();
        return false;
    }
    return true;
}

} // namespace kunren
