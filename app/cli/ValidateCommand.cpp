// kunren-cli validate FILE...: checks scenario and topology files. Diagnostics go to stderr as
// "FILE:LINE:COL: error: /pointer: message", "FILE: ok" lines to stdout.
// Exit 0 when all files are valid, 1 when any is invalid, 2 on usage or I/O errors.
#include "Args.h"
#include "Commands.h"

#include "scenario/DocumentKind.h"
#include "scenario/JsonText.h"
#include "scenario/ScenarioLoader.h"
#include "scenario/TextFile.h"

#include <cstdio>

namespace kunren::cli {

int validateCommand(const std::vector<std::string>& argv)
{
    const Args args(argv, {});
    if (!args.error().empty() || args.positionals().empty()) {
        if (!args.error().empty())
            std::fprintf(stderr, "kunren-cli validate: %s\n", args.error().c_str());
        std::fprintf(stderr, "usage: kunren-cli validate FILE...\n");
        return kExitUsage;
    }
    bool invalid = false;
    bool ioError = false;
    for (const std::string& name : args.positionals()) {
        const std::filesystem::path path(name);
        const TextFile file = readTextFile(path, kMaxJsonBytes);
        if (!file.text) {
            std::fprintf(stderr, "%s: error: %s\n", name.c_str(), file.error.c_str());
            ioError = true;
            continue;
        }
        const Diagnostics diagnostics = detectDocumentKind(*file.text, path) == DocumentKind::Topology
                                            ? loadTopologyText(*file.text, path).diagnostics
                                            : loadScenarioText(*file.text, path).diagnostics;
        for (const Diagnostic& d : diagnostics)
            std::fprintf(stderr, "%s\n", d.format().c_str());
        if (diagnostics.empty())
            std::printf("%s: ok\n", name.c_str());
        invalid = invalid || !diagnostics.empty();
    }
    std::fflush(stdout);
    return ioError ? kExitUsage : invalid ? kExitInvalid : kExitOk;
}

} // namespace kunren::cli
