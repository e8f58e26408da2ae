#include "telemetry/LogTermIndex.h"

#include <algorithm>

namespace kunren {

void LogTermIndex::add(std::uint32_t row, StringId templ, std::span<const LogArg> args, std::size_t placeholders)
{
    m_strings.add(templ, row);
    const std::size_t rendered = std::min(args.size(), placeholders);
    for (std::size_t k = 0; k < rendered; ++k) {
        const LogArg a = args[k];
        if (logarg::isString(a))
            m_strings.add(a, row);
        else if (logarg::isId(a))
            m_ids.add(bucket(logarg::payload(a)), row, remainder(logarg::payload(a)));
        else
            addNumber(templ, k, row, logarg::payload(a));
    }
}

void LogTermIndex::addNumber(StringId templ, std::size_t k, std::uint32_t row, std::uint32_t value)
{
    if (templ >= m_placeholders.size())
        m_placeholders.resize(std::max<std::size_t>(templ + 1, m_placeholders.size() * 2));
    auto& byPlaceholder = m_placeholders[templ];
    if (k >= byPlaceholder.size())
        byPlaceholder.resize(k + 1);
    Placeholder& p = byPlaceholder[k];
    if (p.overflow)
        return;
    const auto it = std::find_if(p.values.begin(), p.values.end(),
                                 [&](const NumberList& n) { return n.value == value; });
    if (it != p.values.end()) {
        m_numbers.add(it->list, row);
        return;
    }
    // A new value: readers learn of it (or that the placeholder is no longer indexed) before any row
    // holding it is published.
    if (p.values.size() == kMaxNumberValues) {
        p.overflow = true;
        p.values.clear();
        p.values.shrink_to_fit();
    } else {
        p.values.push_back({value, m_numberLists++});
        m_numbers.add(p.values.back().list, row);
    }
    std::lock_guard lock(m_sharedMutex);
    m_shared[{templ, k}] = p;
}

std::optional<std::vector<LogTermIndex::NumberList>> LogTermIndex::numbersAt(StringId templ, std::size_t k) const
{
    std::lock_guard lock(m_sharedMutex);
    const auto it = m_shared.find({templ, k});
    if (it == m_shared.end())
        return std::vector<NumberList>{}; // no number held there yet
    if (it->second.overflow)
        return std::nullopt;
    return it->second.values;
}

} // namespace kunren
