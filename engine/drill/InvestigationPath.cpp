#include "drill/InvestigationPath.h"

#include <algorithm>
#include <utility>

namespace kunren {

std::string_view toolTaughtBy(std::string_view tag)
{
    // The workspace's tools (the GUI's pages log these names), and the tags that mean one of them.
    static constexpr std::pair<std::string_view, std::string_view> kTools[] = {
        {"alerts", "alerts"},     {"alert-triage", "alerts"},   {"service-map", "service-map"},
        {"apm", "apm"},           {"traces", "traces"},         {"logs", "logs"},
        {"metrics", "metrics"},   {"errors", "error-tracking"}, {"error-tracking", "error-tracking"},
        {"events", "events"},     {"deploys", "events"},        {"monitors", "monitors"},
        {"runbooks", "monitors"},
    };
    for (const auto& [name, tool] : kTools)
        if (name == tag)
            return tool;
    return {};
}

InvestigationPath investigationPath(std::span<const DrillAction> actions, SimTime end,
                                    std::span<const std::string> teaches)
{
    InvestigationPath path;
    auto tool = [&](const std::string& view, SimTime at) -> ToolUse& {
        auto it = std::find_if(path.tools.begin(), path.tools.end(), [&](const ToolUse& t) { return t.view == view; });
        if (it != path.tools.end())
            return *it;
        path.tools.push_back({view, 0, 0, 0, at});
        return path.tools.back();
    };
    std::string open;
    SimTime openedAt = 0;
    auto close = [&](SimTime at) {
        if (!open.empty())
            tool(open, openedAt).time += std::max<SimDuration>(0, std::min(at, end) - openedAt);
    };
    for (const DrillAction& a : actions) {
        switch (a.type) {
        case ActionType::ViewOpen:
            close(a.at);
            open = a.view;
            openedAt = a.at;
            ++tool(open, a.at).opens;
            break;
        case ActionType::QueryRun: {
            const std::string& view = a.view.empty() ? open : a.view;
            path.queries.push_back({a.at, view, a.query});
            if (!view.empty())
                ++tool(view, a.at).queries;
            break;
        }
        case ActionType::HintTake: path.hints.push_back(a.hint); break;
        case ActionType::DrillEnd:
            close(a.at);
            open.clear();
            break;
        default: break;
        }
    }
    close(end);
    for (const std::string& tag : teaches) {
        const std::string_view taught = toolTaughtBy(tag);
        const auto is = [&](const auto& name) { return name == taught; };
        const bool opened = std::any_of(path.tools.begin(), path.tools.end(),
                                        [&](const ToolUse& t) { return is(t.view); });
        if (!taught.empty() && !opened && std::none_of(path.taughtButUnused.begin(), path.taughtButUnused.end(), is))
            path.taughtButUnused.emplace_back(taught);
    }
    return path;
}

} // namespace kunren
