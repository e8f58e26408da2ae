#include "query/TextMatch.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace kunren {

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = lowerAscii(c);
    return out;
}

bool globMatch(std::string_view p, std::string_view t)
{
    // Iterative matching with one backtrack point: linear for patterns with a single '*', never recursive.
    std::size_t pi = 0, ti = 0, starP = std::string_view::npos, starT = 0;
    while (ti < t.size()) {
        if (pi < p.size() && p[pi] == kWildAny) {
            starP = pi++;
            starT = ti;
        } else if (pi < p.size() && (p[pi] == kWildOne || p[pi] == lowerAscii(t[ti]))) {
            ++pi;
            ++ti;
        } else if (starP != std::string_view::npos) {
            pi = starP + 1;
            ti = ++starT;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p[pi] == kWildAny)
        ++pi;
    return pi == p.size();
}

bool containsIgnoreCase(std::string_view text, std::string_view needle)
{
    if (needle.empty())
        return true;
    if (needle.size() > text.size())
        return false;
    const char first = needle[0];
    const char firstUpper = first >= 'a' && first <= 'z' ? static_cast<char>(first - 'a' + 'A') : first;
    const std::size_t last = text.size() - needle.size();
    for (std::size_t i = 0; i <= last; ++i) {
        if (text[i] != first && text[i] != firstUpper)
            continue;
        std::size_t k = 1;
        while (k < needle.size() && lowerAscii(text[i + k]) == needle[k])
            ++k;
        if (k == needle.size())
            return true;
    }
    return false;
}

std::string hexId(std::uint64_t high, std::uint64_t low)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(high),
                  static_cast<unsigned long long>(low));
    return buf;
}

std::string hexId(std::uint64_t id)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(id));
    return buf;
}

ValueMatcher::ValueMatcher(const QueryTerm& term, Mode mode)
    : m_kind(term.value),
      m_mode(mode),
      m_wildcard(term.hasWildcard()),
      m_text(lowerAscii(term.text)),
      m_lo(term.lo),
      m_hi(term.hi),
      m_loInclusive(term.loInclusive),
      m_hiInclusive(term.hiInclusive)
{
    if (m_wildcard && mode == Mode::Contains)
        m_text = std::string(1, kWildAny) + m_text + kWildAny;
    if (m_kind == ValueKind::Pattern || m_kind == ValueKind::Phrase) {
        for (const char c : m_text)
            if (!(c >= '0' && c <= '9') && c != kWildAny && c != kWildOne)
                m_couldMatchDigits = false;
    }
}

bool ValueMatcher::matchNumber(double v) const
{
    switch (m_kind) {
    case ValueKind::Exists: return true;
    case ValueKind::Range: return (m_loInclusive ? v >= m_lo : v > m_lo) && (m_hiInclusive ? v <= m_hi : v < m_hi);
    case ValueKind::Pattern:
    case ValueKind::Phrase: {
        if (!m_couldMatchDigits && m_mode == Mode::Equals && v >= 0 && v == std::floor(v))
            return false;
        char buf[64];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        return matchText(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
    }
    }
    return false;
}

bool ValueMatcher::matchText(std::string_view text) const
{
    switch (m_kind) {
    case ValueKind::Exists: return true;
    case ValueKind::Range: {
        double v = 0;
        const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
        return r.ec == std::errc{} && r.ptr == text.data() + text.size() && matchNumber(v);
    }
    case ValueKind::Pattern:
        if (m_wildcard)
            return globMatch(m_text, text);
        [[fallthrough]];
    case ValueKind::Phrase:
        if (m_mode == Mode::Contains)
            return containsIgnoreCase(text, m_text);
        return text.size() == m_text.size() && containsIgnoreCase(text, m_text);
    }
    return false;
}

} // namespace kunren
