#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kunren {

// Datadog's issue states. FOR_REVIEW is where new issues and regressions land.
enum class IssueState : std::uint8_t { ForReview, Reviewed, Resolved, Ignored };

const char* toString(IssueState state); // "FOR_REVIEW", "REVIEWED", "RESOLVED", "IGNORED"
// The state toString() names (exactly, upper case); nullopt for anything else.
std::optional<IssueState> issueStateFromString(std::string_view name);

// Allowed by explicit calls: FOR_REVIEW → REVIEWED | RESOLVED | IGNORED; REVIEWED → RESOLVED | IGNORED;
// RESOLVED → FOR_REVIEW (reopen); IGNORED → FOR_REVIEW (un-ignore). RESOLVED → FOR_REVIEW also happens
// on its own on a regression. Returns an empty string when allowed, else why not.
std::string transitionError(IssueState from, IssueState to);

} // namespace kunren
