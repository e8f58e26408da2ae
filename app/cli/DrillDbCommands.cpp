// kunren-cli import / history / report / retro: the drill database from the command line.
#include "Commands.h"

#include "Args.h"
#include "SimulatedDrill.h"

#include "drill/ActionLogJson.h"
#include "drill/DrillScore.h"
#include "drill/Retrospective.h"
#include "scenario/ScenarioLoader.h"
#include "store/DrillDatabase.h"
#include "store/DrillHistory.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace kunren::cli {

namespace {

std::unique_ptr<DrillDatabase> openDb(const Args& args, const char* command)
{
    const std::filesystem::path path = args.value("--db").value_or(DrillDatabase::defaultPath().string());
    auto opened = DrillDatabase::open(path);
    if (!opened.db) {
        std::fprintf(stderr, "kunren-cli %s: %s\n", command, opened.error.c_str());
        if (!opened.details.empty())
            std::fprintf(stderr, "SQLite reports:\n%s\n", opened.details.c_str());
    }
    return std::move(opened.db);
}

bool usageError(const Args& args, bool ok, const char* usage)
{
    if (args.error().empty() && ok)
        return false;
    if (!args.error().empty())
        std::fprintf(stderr, "%s\n", args.error().c_str());
    std::fprintf(stderr, "%s", usage);
    return true;
}

// Runs a command body, turning a database failure (disk full, damaged mid-run) into a message.
template <typename F> int guarded(const char* command, F&& body)
{
    try {
        return body();
    } catch (const StoreError& e) {
        std::fprintf(stderr, "kunren-cli %s: %s\n", command, e.what());
        return kExitUsage;
    }
}

} // namespace

int importCommand(const std::vector<std::string>& argv)
{
    constexpr const char* kUsage =
        "usage: kunren-cli import --db PATH --trainee NAME [--team TEAM] SCENARIO ACTIONS.jsonl\n";
    const Args args(argv, {"--db", "--trainee", "--team"});
    if (usageError(args, args.positionals().size() == 2 && args.value("--trainee"), kUsage))
        return kExitUsage;
    int exitCode = kExitOk;
    const auto drill = drillFromArgs(args.positionals()[0], args, "import", exitCode);
    if (!drill)
        return exitCode;
    const ActionLogRead log = readActionLogFile(args.positionals()[1]);
    for (const Diagnostic& d : log.diagnostics)
        std::fprintf(stderr, "%s\n", d.format().c_str());
    if (!log.ok())
        return log.diagnostics.front().line == 0 ? kExitUsage : kExitInvalid;
    if (log.actions.empty() || log.actions.front().type != ActionType::DrillStart ||
        log.actions.front().scenario != drill->scenario->id) {
        std::fprintf(stderr, "%s:1:1: error: the log must start with drill.start for scenario '%s'\n",
                     args.positionals()[1].c_str(), drill->scenario->id.c_str());
        return kExitInvalid;
    }
    auto db = openDb(args, "import");
    if (!db)
        return kExitUsage;
    return guarded("import", [&] {
        const auto trainee = db->addTrainee(*args.value("--trainee"), args.value("--team").value_or(""));
        const auto id = db->importDrill(trainee, log.actions);
        const DrillScore score = scoreDrill(drill->scenario, log.actions);
        db->saveScore(id, *drill->scenario, log.actions, score);
        std::printf("{\"drill\":%lld,\"total\":%.1f,\"verdict\":\"%s\"}\n", static_cast<long long>(id), score.total,
                    toString(score.verdict));
        return kExitOk;
    });
}

int historyCommand(const std::vector<std::string>& argv)
{
    constexpr const char* kUsage =
        "usage: kunren-cli history [--db PATH] [--trainee NAME | --scenario ID [--limit N] | --interrupted]\n";
    const Args args(argv, {"--db", "--trainee", "--scenario", "--limit"});
    if (usageError(args, args.positionals().empty(), kUsage))
        return kExitUsage;
    auto db = openDb(args, "history");
    if (!db)
        return kExitUsage;
    return guarded("history", [&] {
        if (const auto scenario = args.value("--scenario")) {
            const int limit = std::atoi(args.value("--limit").value_or("20").c_str());
            std::printf("%s\n", leaderboardToJson(scenarioLeaderboard(*db, *scenario, limit)).dump(2).c_str());
            return kExitOk;
        }
        std::vector<DrillHistoryRow> rows;
        if (const auto name = args.value("--trainee")) {
            const auto trainee = db->findTrainee(*name);
            if (!trainee) {
                std::fprintf(stderr, "kunren-cli history: no trainee named '%s'\n", name->c_str());
                return kExitInvalid;
            }
            rows = traineeHistory(*db, trainee->id);
        } else {
            for (DrillRecord& d : args.has("--interrupted") ? db->interruptedDrills() : db->drills()) {
                auto score = db->score(d.id);
                rows.push_back({std::move(d), std::move(score)});
            }
        }
        std::printf("%s\n", historyToJson(rows).dump(2).c_str());
        return kExitOk;
    });
}

int reportCommand(const std::vector<std::string>& argv)
{
    constexpr const char* kUsage = "usage: kunren-cli report [--db PATH] [--team TEAM]\n";
    const Args args(argv, {"--db", "--team"});
    if (usageError(args, args.positionals().empty(), kUsage))
        return kExitUsage;
    auto db = openDb(args, "report");
    if (!db)
        return kExitUsage;
    return guarded("report", [&] {
        std::printf("%s\n", groupReportToJson(groupReport(*db, args.value("--team").value_or(""))).dump(2).c_str());
        return kExitOk;
    });
}

int retroCommand(const std::vector<std::string>& argv)
{
    constexpr const char* kUsage = "usage: kunren-cli retro [--db PATH] --drill ID [--out FILE.md]\n";
    const Args args(argv, {"--db", "--drill", "--out"});
    if (usageError(args, args.positionals().empty() && args.value("--drill"), kUsage))
        return kExitUsage;
    auto db = openDb(args, "retro");
    if (!db)
        return kExitUsage;
    return guarded("retro", [&] {
        const std::int64_t id = std::atoll(args.value("--drill")->c_str());
        const auto drill = db->drill(id);
        if (!drill) {
            std::fprintf(stderr, "kunren-cli retro: no drill %lld in %s\n", static_cast<long long>(id),
                         db->path().c_str());
            return kExitInvalid;
        }
        std::optional<Retrospective> retro = db->retrospective(id);
        if (!retro) {
            // Nothing written yet: the automatic draft from the log.
            const auto path = resolveScenario(drill->scenarioId);
            const auto loaded = path ? loadScenarioFile(*path) : LoadResult<Scenario>{};
            if (!loaded.ok()) {
                std::fprintf(
                    stderr,
                    "kunren-cli retro: drill %lld has no retrospective and its scenario '%s' is not available\n",
                    static_cast<long long>(id), drill->scenarioId.c_str());
                return kExitInvalid;
            }
            const auto log = db->actions(id);
            const DrillScore score = scoreDrill(loaded.value, log);
            retro = draftRetrospective(*loaded.value, log, &score);
        }
        const std::string md = retrospectiveToMarkdown(*retro);
        if (const auto out = args.value("--out")) {
            std::ofstream f(*out, std::ios::binary | std::ios::trunc);
            f << md;
            if (!f) {
                std::fprintf(stderr, "kunren-cli retro: cannot write %s\n", out->c_str());
                return kExitUsage;
            }
        } else {
            std::fwrite(md.data(), 1, md.size(), stdout);
        }
        return kExitOk;
    });
}

} // namespace kunren::cli
