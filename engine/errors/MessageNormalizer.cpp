#include "errors/MessageNormalizer.h"

#include <algorithm>

#include <array>
#include <cstddef>

namespace kunren {

namespace {

// Each matcher looks at s[i…] (i is at a token boundary) and returns the end of its match, or i.
using Pos = std::size_t;

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAlnum(char c) { return isDigit(c) || isAlpha(c); }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
// Bytes of multi-byte UTF-8 count as word characters so a token never splits a character.
bool isWord(char c) { return isAlnum(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool endsToken(std::string_view s, Pos e) { return e >= s.size() || !isWord(s[e]); }

Pos run(std::string_view s, Pos i, bool (*pred)(char))
{
    while (i < s.size() && pred(s[i]))
        ++i;
    return i;
}

bool equalsLower(std::string_view s, std::string_view lowerWord)
{
    if (s.size() != lowerWord.size())
        return false;
    for (std::size_t k = 0; k < s.size(); ++k)
        if (lower(s[k]) != lowerWord[k])
            return false;
    return true;
}

// Top-level domains that make a dotted name a hostname rather than a class or file name.
bool isTld(std::string_view label)
{
    static constexpr std::array<std::string_view, 26> kTlds = {
        "com",  "net", "org",   "io",       "dev",         "app", "co",    "uk", "de", "fr", "jp",  "cn",  "ru",
        "info", "biz", "local", "internal", "localdomain", "svc", "cloud", "ai", "us", "eu", "gov", "edu", "test"};
    for (std::string_view t : kTlds)
        if (equalsLower(label, t))
            return true;
    return false;
}

bool isLabelChar(char c) { return isAlnum(c) || c == '-'; }

// A dotted name whose last label is a known TLD; returns the longest such prefix.
Pos matchDomain(std::string_view s, Pos i, bool needTld)
{
    Pos best = i;
    Pos p = i;
    int labels = 0;
    while (true) {
        const Pos e = run(s, p, isLabelChar);
        if (e == p)
            break;
        ++labels;
        if (labels >= 2 && (!needTld || isTld(s.substr(p, e - p))) && s[e - 1] != '-')
            best = e;
        if (e + 1 < s.size() && s[e] == '.' && isAlnum(s[e + 1]))
            p = e + 1;
        else
            break;
    }
    return best != i && endsToken(s, best) && (best >= s.size() || s[best] != '-') ? best : i;
}

bool isEmailLocal(char c) { return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }

Pos matchEmail(std::string_view s, Pos i)
{
    const Pos at = run(s, i, isEmailLocal);
    if (at == i || at >= s.size() || s[at] != '@')
        return i;
    const Pos e = matchDomain(s, at + 1, false);
    return e == at + 1 ? i : e;
}

bool isSchemeChar(char c) { return isAlnum(c) || c == '+' || c == '.' || c == '-'; }

Pos matchUrl(std::string_view s, Pos i)
{
    if (i >= s.size() || !isAlpha(s[i]))
        return i;
    const Pos colon = run(s, i, isSchemeChar);
    if (s.substr(colon, 3) != "://")
        return i;
    Pos e = colon + 3;
    while (e < s.size()) {
        const char c = s[e];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '`' || c == '<' ||
            c == '>' || c == ')')
            break;
        ++e;
    }
    while (e > colon + 3 && (s[e - 1] == '.' || s[e - 1] == ',' || s[e - 1] == ':' || s[e - 1] == ';'))
        --e;
    return e > colon + 3 ? e : i;
}

Pos matchHostname(std::string_view s, Pos i) { return matchDomain(s, i, true); }

Pos matchIpv4(std::string_view s, Pos i)
{
    Pos p = i;
    for (int octet = 0; octet < 4; ++octet) {
        if (octet > 0) {
            if (p >= s.size() || s[p] != '.')
                return i;
            ++p;
        }
        const Pos e = run(s, p, isDigit);
        if (e == p || e - p > 3)
            return i;
        int v = 0;
        for (Pos k = p; k < e; ++k)
            v = v * 10 + (s[k] - '0');
        if (v > 255)
            return i;
        p = e;
    }
    if (!endsToken(s, p) || (p + 1 < s.size() && s[p] == '.' && isDigit(s[p + 1])))
        return i;
    return p;
}

// IPv6 needs "::" or all eight groups, so clock times like 10:30:00 are not taken for addresses.
Pos matchIpv6(std::string_view s, Pos i)
{
    Pos p = i;
    int colons = 0;
    bool doubleColon = false;
    while (p < s.size()) {
        const Pos e = run(s, p, isHex);
        if (e - p > 4)
            return i;
        p = e;
        if (p < s.size() && s[p] == ':') {
            ++colons;
            if (p + 1 < s.size() && s[p + 1] == ':') {
                if (doubleColon)
                    return i;
                doubleColon = true;
                ++colons;
                p += 2;
                continue;
            }
            if (p + 1 >= s.size() || !isHex(s[p + 1]))
                break;
            ++p;
            continue;
        }
        break;
    }
    // A trailing single ':' (e.g. "::1:") belongs to the text.
    Pos end = p;
    if (end > i && s[end - 1] == ':' && !(end >= 2 && s[end - 2] == ':'))
        --end;
    if (!(doubleColon ? colons >= 2 : colons == 7) || end - i < 3 || !endsToken(s, end))
        return i;
    return end;
}

Pos matchIp(std::string_view s, Pos i)
{
    const Pos e = matchIpv4(s, i);
    return e != i ? e : matchIpv6(s, i);
}

// Exactly n hex digits (what follows is checked by the caller).
Pos hexExactly(std::string_view s, Pos i, std::size_t n)
{
    const Pos e = run(s, i, isHex);
    return e - i == n ? e : i;
}

Pos matchTraceparent(std::string_view s, Pos i)
{
    Pos p = hexExactly(s, i, 2);
    for (std::size_t n : {32u, 16u, 2u}) {
        if (p == i || p >= s.size() || s[p] != '-')
            return i;
        const Pos e = hexExactly(s, p + 1, n);
        if (e == p + 1)
            return i;
        p = e;
    }
    return endsToken(s, p) ? p : i;
}

Pos matchUuid(std::string_view s, Pos i)
{
    Pos p = i;
    const std::size_t groups[] = {8, 4, 4, 4, 12};
    for (std::size_t g = 0; g < 5; ++g) {
        if (g > 0) {
            if (p >= s.size() || s[p] != '-')
                return i;
            ++p;
        }
        const Pos e = hexExactly(s, p, groups[g]);
        if (e == p)
            return i;
        p = e;
    }
    return endsToken(s, p) ? p : i;
}

Pos matchHexLength(std::string_view s, Pos i, std::size_t n)
{
    const Pos e = hexExactly(s, i, n);
    return e != i && endsToken(s, e) ? e : i;
}

Pos digitsExactly(std::string_view s, Pos i, std::size_t n)
{
    const Pos e = run(s, i, isDigit);
    return e - i == n ? e : i;
}

// hh:mm[:ss[.fff]]
Pos matchClock(std::string_view s, Pos i)
{
    Pos p = digitsExactly(s, i, 2);
    if (p == i || p + 2 >= s.size() || s[p] != ':')
        return i;
    const Pos m = digitsExactly(s, p + 1, 2);
    if (m == p + 1)
        return i;
    p = m;
    if (p + 2 < s.size() && s[p] == ':') {
        const Pos sec = digitsExactly(s, p + 1, 2);
        if (sec != p + 1) {
            p = sec;
            if (p + 1 < s.size() && (s[p] == '.' || s[p] == ',') && isDigit(s[p + 1]))
                p = run(s, p + 1, isDigit);
        }
    }
    return p;
}

Pos matchDate(std::string_view s, Pos i)
{
    Pos p = digitsExactly(s, i, 4);
    if (p != i && p < s.size() && (s[p] == '-' || s[p] == '/')) {
        const char sep = s[p];
        const Pos month = digitsExactly(s, p + 1, 2);
        if (month == p + 1 || month >= s.size() || s[month] != sep)
            return i;
        const Pos day = digitsExactly(s, month + 1, 2);
        if (day == month + 1)
            return i;
        p = day;
        if (p + 1 < s.size() && (s[p] == 'T' || s[p] == ' ')) {
            const Pos clock = matchClock(s, p + 1);
            if (clock != p + 1)
                p = clock;
        }
    } else {
        p = matchClock(s, i);
        if (p == i)
            return i;
    }
    if (p < s.size() && s[p] == 'Z')
        ++p;
    else if (p + 2 < s.size() && (s[p] == '+' || s[p] == '-') && digitsExactly(s, p + 1, 2) == p + 3) {
        Pos z = p + 3;
        if (z + 2 < s.size() && s[z] == ':' && digitsExactly(s, z + 1, 2) == z + 3)
            z += 3;
        else if (digitsExactly(s, z, 2) == z + 2)
            z += 2;
        if (endsToken(s, z))
            p = z;
    }
    return endsToken(s, p) ? p : i;
}

// A number: digits with an optional fraction; returns i when there is none.
Pos matchNumber(std::string_view s, Pos i)
{
    Pos p = run(s, i, isDigit);
    if (p == i)
        return i;
    if (p + 1 < s.size() && s[p] == '.' && isDigit(s[p + 1]))
        p = run(s, p + 1, isDigit);
    return p;
}

bool isUnitChar(char c) { return isAlpha(c) || static_cast<unsigned char>(c) >= 0x80; }

Pos matchUnit(std::string_view s, Pos i, bool afterSpace)
{
    static constexpr std::array<std::string_view, 24> kUnits = {
        "nanoseconds", "microseconds", "milliseconds", "seconds", "second",    "minutes", "minute", "hours",
        "hour",        "days",         "day",          "secs",    "sec",       "mins",    "min",    "hrs",
        "hr",          "ms",           "us",           "ns",      "\xC2\xB5s", "s",       "m",      "h"};
    const Pos e = run(s, i, isUnitChar);
    const std::string_view word = s.substr(i, e - i);
    for (std::string_view u : kUnits)
        if (word == u && (!afterSpace || u.size() >= 3 || u == "ms"))
            return e;
    return i;
}

// 2000ms, 1.5s, 30 seconds, and Go's compound 1h2m3.5s.
Pos matchDuration(std::string_view s, Pos i)
{
    Pos p = i;
    bool any = false;
    while (true) {
        const Pos n = matchNumber(s, p);
        if (n == p)
            break;
        const Pos u = matchUnit(s, n, false);
        if (u == n) {
            // "30 seconds": a spelled-out unit after one space; such forms are never compound.
            if (!any && n + 1 < s.size() && s[n] == ' ') {
                const Pos spaced = matchUnit(s, n + 1, true);
                if (spaced != n + 1) {
                    p = spaced;
                    any = true;
                }
            }
            break;
        }
        any = true;
        p = u;
    }
    return any && endsToken(s, p) ? p : i;
}

Pos matchHex(std::string_view s, Pos i)
{
    if (i + 2 < s.size() && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X') && isHex(s[i + 2])) {
        const Pos e = run(s, i + 2, isHex);
        return endsToken(s, e) ? e : i;
    }
    const Pos e = run(s, i, isHex);
    if (e - i < 16 || !endsToken(s, e))
        return i;
    bool digit = false;
    for (Pos k = i; k < e; ++k)
        digit = digit || isDigit(s[k]);
    return digit ? e : i;
}

// 7–15 hex digits mixing letters and digits: abbreviated commit ids, short hashes.
Pos matchGitSha(std::string_view s, Pos i)
{
    const Pos e = run(s, i, isHex);
    if (e - i < 7 || e - i > 15 || !endsToken(s, e))
        return i;
    bool digit = false, letter = false;
    for (Pos k = i; k < e; ++k)
        (isDigit(s[k]) ? digit : letter) = true;
    return digit && letter ? e : i;
}

Pos matchFloat(std::string_view s, Pos i)
{
    // The middle of a version ("1.2.3") is not a float either.
    if (i >= 2 && s[i - 1] == '.' && isDigit(s[i - 2]))
        return i;
    const Pos d = run(s, i, isDigit);
    if (d == i || d + 1 >= s.size() || s[d] != '.' || !isDigit(s[d + 1]))
        return i;
    Pos e = run(s, d + 1, isDigit);
    if (e + 1 < s.size() && (s[e] == 'e' || s[e] == 'E')) {
        Pos x = e + 1;
        if (x < s.size() && (s[x] == '+' || s[x] == '-'))
            ++x;
        const Pos xe = run(s, x, isDigit);
        if (xe != x)
            e = xe;
    }
    // 1.2.3 is a version, not a float: leave it to the int matcher part by part.
    if (e + 1 < s.size() && s[e] == '.' && isDigit(s[e + 1]))
        return i;
    return endsToken(s, e) ? e : i;
}

Pos matchInt(std::string_view s, Pos i)
{
    const Pos e = run(s, i, isDigit);
    return e != i && endsToken(s, e) ? e : i;
}

Pos matchQuoted(std::string_view s, Pos i)
{
    const char q = s[i];
    if (q != '"' && q != '\'' && q != '`')
        return i;
    constexpr std::size_t kMaxQuoted = 512;
    for (Pos k = i + 1; k < s.size() && k - i <= kMaxQuoted; ++k) {
        const char c = s[k];
        if (c == '\n')
            return i;
        if (c == '\\') {
            ++k;
            continue;
        }
        if (c == q) {
            // A closing apostrophe must end a token, so "it's" inside a quote does not close it.
            if (q == '\'' && !endsToken(s, k + 1))
                continue;
            return k > i + 1 ? k + 1 : i;
        }
    }
    return i;
}

Pos matchParen(std::string_view s, Pos i)
{
    if (s[i] != '(')
        return i;
    int depth = 0;
    bool content = false;
    for (Pos k = i; k < s.size(); ++k) {
        const char c = s[k];
        if (c == '\n')
            return i;
        if (c == '(')
            ++depth;
        else if (c == ')' && --depth == 0)
            return content ? k + 1 : i;
        else if (c != ' ')
            content = true;
    }
    return i;
}

// A prefixed entity id such as "ord_3fa8c21b" or "cus_N9zX7Q2b" (Stripe style): a short lowercase prefix, an
// underscore, then 6+ letters and digits with at least one digit. Not in Sentry's list, but such ids are
// common in messages and, joined by '_', escape the hex and int rules.
Pos matchPrefixedId(std::string_view s, Pos i)
{
    Pos p = i;
    while (p < s.size() && p - i < 8 && s[p] >= 'a' && s[p] <= 'z')
        ++p;
    if (p == i || p >= s.size() || s[p] != '_')
        return i;
    const Pos start = p + 1;
    const Pos e = run(s, start, isAlnum);
    const bool digit = std::any_of(s.begin() + static_cast<std::ptrdiff_t>(start),
                                   s.begin() + static_cast<std::ptrdiff_t>(e), isDigit);
    return e - start >= 6 && digit && endsToken(s, e) ? e : i;
}

struct Matcher
{
    Pos (*match)(std::string_view, Pos);
    std::string_view placeholder;
};

// Sentry's order: the first kind that matches at a position wins.
constexpr std::array<Matcher, 15> kMatchers = {{
    {matchEmail, "<email>"},
    {matchUrl, "<url>"},
    {matchHostname, "<hostname>"},
    {matchIp, "<ip>"},
    {matchTraceparent, "<traceparent>"},
    {matchUuid, "<uuid>"},
    {[](std::string_view s, Pos i) { return matchHexLength(s, i, 40); }, "<sha1>"},
    {[](std::string_view s, Pos i) { return matchHexLength(s, i, 32); }, "<md5>"},
    {matchDate, "<date>"},
    {matchDuration, "<duration>"},
    {matchHex, "<hex>"},
    {matchGitSha, "<git_sha>"},
    {matchPrefixedId, "<id>"},
    {matchFloat, "<float>"},
    {matchInt, "<int>"},
}};

} // namespace

std::string normalizeMessage(std::string_view s, const NormalizeOptions& options)
{
    std::string out;
    out.reserve(s.size());
    Pos i = 0;
    while (i < s.size()) {
        const char c = s[i];
        const bool boundary = i == 0 || !isWord(s[i - 1]);
        if (boundary && (isWord(c) || c == ':')) {
            bool matched = false;
            for (const Matcher& m : kMatchers) {
                // Only the IPv6 matcher may start at ':' ("::1").
                if (c == ':' && m.placeholder != "<ip>")
                    continue;
                const Pos e = m.match(s, i);
                if (e > i) {
                    out += m.placeholder;
                    i = e;
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
            if (isWord(c)) {
                const Pos e = run(s, i, isWord);
                out.append(s.substr(i, e - i));
                i = e;
                continue;
            }
        }
        if (boundary && (c == '"' || c == '\'' || c == '`')) {
            const Pos e = matchQuoted(s, i);
            if (e > i) {
                out += "<quoted>";
                i = e;
                continue;
            }
        }
        if (options.ignoreParentheses && c == '(') {
            const Pos e = matchParen(s, i);
            if (e > i) {
                out += "(<paren>)";
                i = e;
                continue;
            }
        }
        if (isWord(c)) {
            const Pos e = run(s, i, isWord);
            out.append(s.substr(i, e - i));
            i = e;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace kunren
