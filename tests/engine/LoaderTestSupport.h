#pragma once

// Helpers shared by the scenario-loader test suites.

#include "scenario/ScenarioLoader.h"

#include <QByteArray>
#include <QString>

#include <filesystem>

namespace kunren::test {

inline const QString kData = QStringLiteral(KUNREN_SCENARIO_TEST_DATA);
inline const QString kScenarios = QString::fromStdString(builtinScenarioDir().string());

inline std::filesystem::path dataPath(const char* name) { return std::filesystem::path(kData.toStdString()) / name; }

inline QString dump(const Diagnostics& diagnostics)
{
    QString out;
    for (const Diagnostic& d : diagnostics)
        out += QString::fromStdString(d.format()) + QLatin1Char('\n');
    return out;
}

// Loads inline text as a topology or a scenario file placed in the test data folder.
inline Diagnostics load(bool topology, const QByteArray& text)
{
    const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
    return topology ? loadTopologyText(view, dataPath("inline.topology.json")).diagnostics
                    : loadScenarioText(view, dataPath("inline.scenario.json")).diagnostics;
}

} // namespace kunren::test
