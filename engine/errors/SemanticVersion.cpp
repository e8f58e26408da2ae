#include "errors/SemanticVersion.h"

namespace kunren {

namespace {

bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

// Compares two identifiers: numerically when both are numbers (numbers sort before text, as SemVer says).
int compareIdentifier(std::string_view a, std::string_view b)
{
    const bool na = allDigits(a), nb = allDigits(b);
    if (na && nb) {
        while (a.size() > 1 && a.front() == '0')
            a.remove_prefix(1);
        while (b.size() > 1 && b.front() == '0')
            b.remove_prefix(1);
        if (a.size() != b.size())
            return a.size() < b.size() ? -1 : 1;
        return a.compare(b) < 0 ? -1 : a.compare(b) > 0 ? 1 : 0;
    }
    if (na != nb)
        return na ? -1 : 1;
    return a.compare(b) < 0 ? -1 : a.compare(b) > 0 ? 1 : 0;
}

std::string_view nextPart(std::string_view& s)
{
    const auto dot = s.find('.');
    const std::string_view part = s.substr(0, dot);
    s = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    return part;
}

int compareDotted(std::string_view a, std::string_view b, bool missingIsZero)
{
    while (!a.empty() || !b.empty()) {
        if (!missingIsZero && (a.empty() || b.empty()))
            return a.empty() ? -1 : 1; // a shorter pre-release sorts first
        const std::string_view pa = a.empty() ? std::string_view("0") : nextPart(a);
        const std::string_view pb = b.empty() ? std::string_view("0") : nextPart(b);
        if (const int c = compareIdentifier(pa, pb); c != 0)
            return c;
    }
    return 0;
}

void split(std::string_view v, std::string_view& core, std::string_view& pre)
{
    if (!v.empty() && (v.front() == 'v' || v.front() == 'V'))
        v.remove_prefix(1);
    v = v.substr(0, v.find('+'));
    const auto dash = v.find('-');
    core = v.substr(0, dash);
    pre = dash == std::string_view::npos ? std::string_view{} : v.substr(dash + 1);
}

} // namespace

int compareVersions(std::string_view a, std::string_view b)
{
    std::string_view ca, pa, cb, pb;
    split(a, ca, pa);
    split(b, cb, pb);
    if (const int c = compareDotted(ca, cb, true); c != 0)
        return c;
    if (pa.empty() || pb.empty())
        return pa.empty() == pb.empty() ? 0 : (pa.empty() ? 1 : -1);
    return compareDotted(pa, pb, false);
}

} // namespace kunren
