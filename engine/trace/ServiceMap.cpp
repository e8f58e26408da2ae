#include "trace/ServiceMap.h"

#include <algorithm>

namespace kunren {

const MapNode* ServiceMap::node(std::string_view name) const
{
    for (const MapNode& n : nodes)
        if (n.name == name)
            return &n;
    return nullptr;
}

const MapEdge* ServiceMap::edge(std::string_view fromName, std::string_view toName) const
{
    for (const MapEdge& e : edges)
        if (e.fromName == fromName && e.toName == toName)
            return &e;
    return nullptr;
}

namespace {

// Breadth-first over the edges, forwards or backwards; the start itself is not included unless a cycle
// leads back to it.
std::vector<std::string_view> reachable(const std::vector<MapEdge>& edges, std::string_view start, bool forward)
{
    std::vector<std::string_view> found;
    std::vector<std::string_view> queue{start};
    for (std::size_t q = 0; q < queue.size(); ++q) {
        for (const MapEdge& e : edges) {
            const std::string_view from = forward ? e.fromName : e.toName;
            const std::string_view to = forward ? e.toName : e.fromName;
            if (from != queue[q] || std::find(found.begin(), found.end(), to) != found.end())
                continue;
            found.push_back(to);
            queue.push_back(to);
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

std::vector<std::string_view> ServiceMap::downstreamOf(std::string_view name) const
{
    return reachable(edges, name, true);
}

std::vector<std::string_view> ServiceMap::upstreamOf(std::string_view name) const
{
    return reachable(edges, name, false);
}

std::vector<char> ServiceMap::calledServices() const
{
    std::vector<char> called;
    for (const MapEdge& e : edges) {
        if (e.to >= called.size())
            called.resize(std::size_t{e.to} + 1, 0);
        called[e.to] = 1;
    }
    return called;
}

} // namespace kunren
