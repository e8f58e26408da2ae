#include "map/MapLayout.h"

#include "bridge/QtConversions.h"
#include "scenario/CallGraph.h"

#include <algorithm>
#include <map>
#include <set>

namespace kunren::app {

namespace {

void addCallEdges(const Topology& topology, const QHash<QString, int>& index, std::set<std::pair<int, int>>& calls)
{
    for (std::size_t s = 0; s < topology.services.size(); ++s) {
        const int from = static_cast<int>(s);
        const auto add = [&](const std::string& callee) {
            const int to = index.value(qs(callee), -1);
            if (to >= 0 && to != from)
                calls.emplace(from, to);
        };
        for (const std::string& callee : calleesOf(topology.services[s], CallEdges::Calls))
            add(callee);
    }
}

// Longest call path from any entry point; a cycle stops growing after one lap.
std::vector<int> callDepths(std::size_t n, const std::vector<MapLayout::Edge>& edges)
{
    std::vector<int> depth(n, 0);
    for (std::size_t round = 0; round < n; ++round) {
        bool changed = false;
        for (const MapLayout::Edge& e : edges)
            if (depth[static_cast<std::size_t>(e.to)] < depth[static_cast<std::size_t>(e.from)] + 1) {
                depth[static_cast<std::size_t>(e.to)] = depth[static_cast<std::size_t>(e.from)] + 1;
                changed = true;
            }
        if (!changed)
            break;
    }
    return depth;
}

} // namespace

MapLayout layoutTopology(const Topology& topology)
{
    MapLayout layout;
    const std::size_t n = topology.services.size();
    for (std::size_t i = 0; i < n; ++i) {
        const ServiceSpec& s = topology.services[i];
        layout.nodes.push_back({qs(s.name), qs(s.ns), qs(s.resource.system), s.kind, 0, {}});
        layout.m_index.insert(layout.nodes.back().name, static_cast<int>(i));
    }
    std::set<std::pair<int, int>> calls;
    addCallEdges(topology, layout.m_index, calls);
    for (const auto& [from, to] : calls)
        layout.edges.push_back({from, to, false});
    for (std::size_t i = 0; i < n; ++i) {
        const ServiceSpec& s = topology.services[i];
        const int consumer = layout.indexOf(qs(s.resource.consumer));
        if (s.kind == ServiceKind::Queue && consumer >= 0 && !calls.count({static_cast<int>(i), consumer}))
            layout.edges.push_back({static_cast<int>(i), consumer, true});
    }

    const std::vector<int> depth = callDepths(n, layout.edges);
    // Namespaces in the order their first members appear from left to right.
    std::map<QString, std::pair<int, QString>> nsKey;
    for (std::size_t i = 0; i < n; ++i) {
        MapLayout::Node& node = layout.nodes[i];
        node.column = depth[i];
        auto [it, inserted] = nsKey.try_emplace(node.ns, node.column, node.ns);
        if (!inserted)
            it->second.first = std::min(it->second.first, node.column);
    }
    std::vector<std::pair<std::pair<int, QString>, QString>> nsOrder;
    for (const auto& [ns, key] : nsKey)
        nsOrder.push_back({key, ns});
    std::sort(nsOrder.begin(), nsOrder.end());
    QHash<QString, int> nsRank;
    for (const auto& entry : nsOrder) {
        nsRank.insert(entry.second, static_cast<int>(layout.namespaces.size()));
        layout.namespaces << entry.second;
    }

    // Column by column: namespace first, then the mean height of the callers already placed.
    const int columns = n ? *std::max_element(depth.begin(), depth.end()) + 1 : 0;
    std::vector<double> y(n, 0.0);
    std::vector<bool> placed(n, false);
    double top = 0, bottom = 0;
    for (int c = 0; c < columns; ++c) {
        struct Entry
        {
            int rank;
            double bary;
            QString name;
            std::size_t index;
        };
        std::vector<Entry> column;
        for (std::size_t i = 0; i < n; ++i) {
            if (depth[i] != c)
                continue;
            double sum = 0;
            int count = 0;
            for (const MapLayout::Edge& e : layout.edges)
                if (e.to == static_cast<int>(i) && placed[static_cast<std::size_t>(e.from)]) {
                    sum += y[static_cast<std::size_t>(e.from)];
                    ++count;
                }
            column.push_back({nsRank.value(layout.nodes[i].ns), count ? sum / count : 0.0, layout.nodes[i].name, i});
        }
        std::sort(column.begin(), column.end(), [](const Entry& a, const Entry& b) {
            return std::tie(a.rank, a.bary, a.name) < std::tie(b.rank, b.bary, b.name);
        });
        // Rows at a fixed pitch, a gap where the namespace changes (its label goes there), centred on 0.
        std::vector<double> offsets;
        for (std::size_t k = 0; k < column.size(); ++k)
            offsets.push_back(k == 0 ? 0.0
                                     : offsets.back() + MapLayout::kRowPitch +
                                           (column[k].rank != column[k - 1].rank ? MapLayout::kGroupGap : 0.0));
        const double half = offsets.empty() ? 0.0 : offsets.back() / 2.0;
        for (std::size_t k = 0; k < column.size(); ++k) {
            const std::size_t i = column[k].index;
            y[i] = offsets[k] - half;
            placed[i] = true;
            layout.nodes[i].centre = QPointF(c * MapLayout::kColumnPitch, y[i]);
            top = std::min(top, y[i]);
            bottom = std::max(bottom, y[i]);
        }
        for (std::size_t k = 0; k < column.size(); ++k) {
            if (k > 0 && column[k].rank == column[k - 1].rank)
                continue;
            std::size_t end = k;
            while (end + 1 < column.size() && column[end + 1].rank == column[k].rank)
                ++end;
            const double w = MapLayout::kNodeWidth + 24, h = MapLayout::kNodeHeight;
            const double first = y[column[k].index], last = y[column[end].index];
            layout.groups.push_back({layout.nodes[column[k].index].ns, c,
                                     QRectF(c * MapLayout::kColumnPitch - w / 2, first - h / 2 - MapLayout::kGroupLabel,
                                            w, last - first + h + MapLayout::kGroupLabel + 10)});
        }
    }
    const double w = MapLayout::kNodeWidth, h = MapLayout::kNodeHeight;
    layout.bounds = QRectF(-w / 2, top - h / 2 - MapLayout::kGroupLabel,
                           std::max(0, columns - 1) * MapLayout::kColumnPitch + w,
                           bottom - top + h + MapLayout::kGroupLabel);
    return layout;
}

} // namespace kunren::app
