// Fuzzes the scenario and topology loaders: any input must give a result or diagnostics, never a crash,
// a hang, a sanitizer report or an escaping exception.
#include "scenario/ScenarioLoader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // Named as if it were in the library, so "../topologies/shop.topology.json" resolves and the
    // semantic checks run against a real topology.
    static const std::filesystem::path scenarioName = std::filesystem::path(KUNREN_SCENARIO_DIR) / "library" /
                                                      "fuzz-input.scenario.json";
    static const std::filesystem::path topologyName = std::filesystem::path(KUNREN_SCENARIO_DIR) / "topologies" /
                                                      "fuzz-input.topology.json";

    const auto scenario = kunren::loadScenarioText(text, scenarioName);
    const auto topology = kunren::loadTopologyText(text, topologyName);
    for (const auto* diagnostics : {&scenario.diagnostics, &topology.diagnostics})
        for (const auto& d : *diagnostics)
            if (d.message.empty() || d.format().empty() || d.line < 0 || d.column < 0)
                std::abort(); // every diagnostic must say something, somewhere
    if (scenario.value && !scenario.diagnostics.empty())
        std::abort();
    return 0;
}
