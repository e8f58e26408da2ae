#pragma once

// Data rows of TestScenarioErrors::reportsEachErrorClass: columns topology (bool), text (QByteArray), line,
// column (int), pointer and message (QString). Each row is a small document; line and column are where the
// offending value (or key) starts.

namespace kunren::test {

void addTopologyErrorRows();
void addScenarioErrorRows();

} // namespace kunren::test
