#pragma once

#include "errors/Issue.h"

#include <QMetaType>
#include <QString>

#include <memory>
#include <vector>

namespace kunren::app {

// The drill session's error tracking at one moment, copied on the drill's worker thread so the GUI thread
// never touches the tracker: its issues, which are new, the simulated time it had caught up to, and the
// trainee's state changes it refused since the previous copy, each with the reason.
struct ErrorSnapshot
{
    std::vector<Issue> issues;
    std::vector<char> isNew; // by position in issues
    SimTime now = 0;
    std::vector<QString> rejected;
};

using ErrorSnapshotPtr = std::shared_ptr<const ErrorSnapshot>;

} // namespace kunren::app

Q_DECLARE_METATYPE(kunren::app::ErrorSnapshotPtr)
