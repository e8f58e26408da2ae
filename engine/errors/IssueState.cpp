#include "errors/IssueState.h"

#include <initializer_list>

namespace kunren {

const char* toString(IssueState state)
{
    switch (state) {
    case IssueState::ForReview: return "FOR_REVIEW";
    case IssueState::Reviewed: return "REVIEWED";
    case IssueState::Resolved: return "RESOLVED";
    case IssueState::Ignored: return "IGNORED";
    }
    return "?";
}

std::optional<IssueState> issueStateFromString(std::string_view name)
{
    for (const IssueState s : {IssueState::ForReview, IssueState::Reviewed, IssueState::Resolved, IssueState::Ignored})
        if (name == toString(s))
            return s;
    return std::nullopt;
}

std::string transitionError(IssueState from, IssueState to)
{
    if (from == to)
        return std::string("issue is already ") + toString(to);
    bool ok = false;
    switch (from) {
    case IssueState::ForReview: ok = true; break;
    case IssueState::Reviewed: ok = to == IssueState::Resolved || to == IssueState::Ignored; break;
    case IssueState::Resolved:
    case IssueState::Ignored: ok = to == IssueState::ForReview; break;
    }
    if (ok)
        return {};
    if (from == IssueState::Reviewed)
        return "a REVIEWED issue can only be RESOLVED or IGNORED";
    return std::string("a ") + toString(from) + " issue can only be reopened (FOR_REVIEW)";
}

} // namespace kunren
