// kunren-cli: run, validate, search and score drills without a display (benchmarks: kunren-bench).
#include "Commands.h"

#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

namespace {

struct Command
{
    const char* name;
    const char* usage;
    int (*run)(const std::vector<std::string>&);
};

constexpr Command kCommands[] = {
    {"list", "list                       built-in scenarios: ID<TAB>PATH<TAB>TITLE", kunren::cli::listCommand},
    {"validate", "validate FILE...           check scenario/topology files; exit 1 if any is invalid",
     kunren::cli::validateCommand},
    {"run",
     "run SCENARIO [--seed N] [--until DURATION] [--out DIR]\n"
     "                             simulate and write OTLP/JSON traces, logs, metrics + summary.json",
     kunren::cli::runCommand},
    {"errors",
     "errors SCENARIO [--seed N] [--until DURATION] [--text]\n"
     "                             error-tracking issues (JSON lines, or a table with --text)",
     kunren::cli::errorsCommand},
    {"trace",
     "trace SCENARIO [--seed N] [--until DURATION] [--text] TRACE_ID\n"
     "                             one trace as JSON (or --text: a waterfall)",
     kunren::cli::traceCommand},
    {"map",
     "map SCENARIO [--seed N] [--until DURATION] [--from DURATION] [--to DURATION]\n"
     "                             the service map (nodes, edges) as JSON",
     kunren::cli::mapCommand},
    {"query",
     "query SCENARIO [--seed N] [--until DURATION] [--logs|--spans] 'QUERY' [--facet F]... [--count]\n"
     "                             [--group-by TAG] [--limit N]  search logs or spans (JSON lines)",
     kunren::cli::queryCommand},
    {"score", "score SCENARIO ACTIONS.jsonl  the drill's score breakdown as JSON (replays the logged mitigations)",
     kunren::cli::scoreCommand},
    {"import",
     "import --db PATH --trainee NAME [--team TEAM] SCENARIO ACTIONS.jsonl\n"
     "                             store a drill's log in the database and score it",
     kunren::cli::importCommand},
    {"history",
     "history [--db PATH] [--trainee NAME | --scenario ID [--limit N] | --interrupted]\n"
     "                             drills over time, a scenario's leaderboard, or interrupted drills (JSON)",
     kunren::cli::historyCommand},
    {"report", "report [--db PATH] [--team TEAM]  group report: tools, time to root cause, wrong hypotheses",
     kunren::cli::reportCommand},
    {"retro", "retro [--db PATH] --drill ID [--out FILE.md]  a drill's retrospective as Markdown",
     kunren::cli::retroCommand},
    {"alerts",
     "alerts SCENARIO [--seed N] [--until DURATION] [--events]\n"
     "                             alert transitions and notifications, one line each (--events: with deploys…)",
     kunren::cli::alertsCommand},
};

void printUsage(std::FILE* to)
{
    std::fprintf(to, "usage: kunren-cli COMMAND [ARGS]\n\ncommands:\n");
    for (const auto& c : kCommands)
        std::fprintf(to, "  %s\n", c.usage);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        printUsage(argc < 2 ? stderr : stdout);
        return argc < 2 ? kunren::cli::kExitUsage : kunren::cli::kExitOk;
    }
    const std::vector<std::string> args(argv + 2, argv + argc);
    for (const auto& c : kCommands) {
        if (std::strcmp(argv[1], c.name) != 0)
            continue;
        try {
            return c.run(args);
        } catch (const std::exception& e) {
            // What any command's engine call can throw (a full store, a database that fails mid-way): one line.
            std::fprintf(stderr, "kunren-cli %s: error: %s\n", argv[1], e.what());
            return kunren::cli::kExitFailed;
        }
    }
    std::fprintf(stderr, "kunren-cli: unknown command '%s'\n", argv[1]);
    printUsage(stderr);
    return kunren::cli::kExitUsage;
}
