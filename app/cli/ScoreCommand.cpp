// kunren-cli score: the breakdown of a drill's score from its scenario and action log.
#include "Commands.h"

#include "Args.h"
#include "SimulatedDrill.h"

#include "drill/ActionLogJson.h"
#include "drill/DrillScore.h"

#include <cstdio>

namespace kunren::cli {

namespace {

constexpr const char* kUsage = "usage: kunren-cli score SCENARIO ACTIONS.jsonl\n";

} // namespace

int scoreCommand(const std::vector<std::string>& argv)
{
    const Args args(argv, {});
    if (!args.error().empty() || args.positionals().size() != 2) {
        std::fprintf(stderr, "%s%s", args.error().empty() ? "" : (args.error() + "\n").c_str(), kUsage);
        return kExitUsage;
    }
    int exitCode = kExitOk;
    const auto drill = drillFromArgs(args.positionals()[0], args, "score", exitCode);
    if (!drill)
        return exitCode;
    const ActionLogRead log = readActionLogFile(args.positionals()[1]);
    for (const Diagnostic& d : log.diagnostics)
        std::fprintf(stderr, "%s\n", d.format().c_str());
    if (!log.ok())
        return log.diagnostics.front().line == 0 ? kExitUsage : kExitInvalid;
    if (!log.actions.empty() && log.actions.front().type == ActionType::DrillStart &&
        log.actions.front().scenario != drill->scenario->id) {
        std::fprintf(stderr, "%s:1:1: error: /scenario: the log is of scenario '%s', not '%s'\n",
                     args.positionals()[1].c_str(), log.actions.front().scenario.c_str(), drill->scenario->id.c_str());
        return kExitInvalid;
    }
    const DrillScore score = scoreDrill(drill->scenario, log.actions);
    std::printf("%s\n", scoreToJson(score).dump(2).c_str());
    return kExitOk;
}

} // namespace kunren::cli
