#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace kunren::test {

// What one run of kunren-cli (the KUNREN_CLI the test was built with) printed and returned.
struct CliResult
{
    int exitCode = -1; // -1: it did not finish within two minutes
    QString out, err;
};

inline CliResult cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(KUNREN_CLI), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace kunren::test
