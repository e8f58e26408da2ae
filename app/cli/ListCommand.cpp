// kunren-cli list: the built-in scenario library, one "ID<TAB>PATH<TAB>TITLE" line per scenario.
#include "Args.h"
#include "Commands.h"

#include "scenario/ScenarioLoader.h"

#include <cstdio>

namespace kunren::cli {

int listCommand(const std::vector<std::string>& argv)
{
    const Args args(argv, {});
    if (!args.error().empty() || !args.positionals().empty()) {
        std::fprintf(stderr, "usage: kunren-cli list\n");
        return kExitUsage;
    }
    const auto libraryDir = builtinScenarioDir() / "library";
    for (const LibraryEntry& entry : listLibrary(libraryDir))
        std::printf("%s\t%s\t%s\n", entry.id.c_str(), entry.path.string().c_str(), entry.title.en.c_str());
    return kExitOk;
}

} // namespace kunren::cli
