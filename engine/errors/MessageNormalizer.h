#pragma once

#include <string>
#include <string_view>

namespace kunren {

// How error messages are reduced to a grouping title.
struct NormalizeOptions
{
    // Datadog ignores anything in parentheses; Sentry keeps it. On by default so that
    // "HTTPConnectionPool(host='a', port=1)" and "(host='b', port=2)" group together.
    bool ignoreParentheses = true;
};

// Replaces the variable parts of an error message by placeholders, in Sentry's order of precedence:
// <email> <url> <hostname> <ip> <traceparent> <uuid> <sha1> <md5> <date> <duration> <hex> <git_sha>
// <float> <int> <quoted>; with ignoreParentheses, non-empty "(...)" becomes "(<paren>)".
// A hand-written single-pass scanner (no regex): messages are short but there are many distinct ones.
std::string normalizeMessage(std::string_view message, const NormalizeOptions& options = {});

} // namespace kunren
