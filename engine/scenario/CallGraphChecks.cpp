#include "scenario/SemanticChecks.h"

#include <unordered_map>

namespace kunren {

namespace {

struct Edge
{
    std::size_t to;
    std::string pointer; // the call that makes this edge
};

struct Node
{
    std::string label; // "service (endpoint)"
    std::vector<Edge> edges;
};

// Endpoints as nodes, synchronous calls (and cache-miss fallbacks) as edges. Calls to unknown targets are
// left out: they are reported elsewhere.
std::vector<Node> buildGraph(const Topology& topology)
{
    std::vector<Node> nodes;
    std::unordered_map<std::string, std::unordered_map<std::string, std::size_t>> index;
    for (const ServiceSpec& s : topology.services)
        for (const EndpointSpec& e : s.endpoints)
            if (index[s.name].emplace(e.name, nodes.size()).second)
                nodes.push_back({s.name + " (" + e.name + ")", {}});
    auto find = [&](const std::string& service, const std::string& endpoint) -> std::optional<std::size_t> {
        const auto s = index.find(service);
        if (s == index.end())
            return std::nullopt;
        const auto e = s->second.find(endpoint);
        return e == s->second.end() ? std::nullopt : std::optional(e->second);
    };
    for (std::size_t i = 0; i < topology.services.size(); ++i) {
        const ServiceSpec& s = topology.services[i];
        for (std::size_t j = 0; j < s.endpoints.size(); ++j) {
            const EndpointSpec& e = s.endpoints[j];
            const auto from = find(s.name, e.name);
            const std::string ep = childPointer(childPointer(childPointer("/services", i), "endpoints"), j);
            for (std::size_t k = 0; k < e.steps.size(); ++k)
                for (std::size_t c = 0; c < e.steps[k].calls.size(); ++c) {
                    const CallSpec& call = e.steps[k].calls[c];
                    const std::string p = checks::callPointer(ep, k, e.steps[k], c);
                    if (const auto to = find(call.service, call.endpoint))
                        nodes[*from].edges.push_back({*to, p});
                    if (call.onMiss)
                        if (const auto to = find(call.onMiss->first, call.onMiss->second))
                            nodes[*from].edges.push_back({*to, p + "/onMiss"});
                }
        }
    }
    return nodes;
}

} // namespace

void checkCallGraph(const Topology& topology, ValidationIssues& issues)
{
    constexpr std::size_t kMaxReports = 20;
    const std::vector<Node> nodes = buildGraph(topology);
    enum class Colour : unsigned char { White, Grey, Black };
    std::vector<Colour> colour(nodes.size(), Colour::White);
    std::size_t reported = 0;

    // Iterative depth-first search: a long call chain in a hostile file must not exhaust the stack.
    struct Frame
    {
        std::size_t node;
        std::size_t nextEdge;
    };
    std::vector<Frame> stack;
    for (std::size_t root = 0; root < nodes.size() && reported < kMaxReports; ++root) {
        if (colour[root] != Colour::White)
            continue;
        colour[root] = Colour::Grey;
        stack.push_back({root, 0});
        while (!stack.empty()) {
            Frame& top = stack.back();
            if (top.nextEdge == nodes[top.node].edges.size()) {
                colour[top.node] = Colour::Black;
                stack.pop_back();
                continue;
            }
            const Edge& edge = nodes[top.node].edges[top.nextEdge++];
            if (colour[edge.to] == Colour::White) {
                colour[edge.to] = Colour::Grey;
                stack.push_back({edge.to, 0});
            } else if (colour[edge.to] == Colour::Grey && reported < kMaxReports) {
                std::string path;
                bool inCycle = false;
                for (const Frame& f : stack) {
                    inCycle = inCycle || f.node == edge.to;
                    if (inCycle)
                        path += nodes[f.node].label + " → ";
                }
                path += nodes[edge.to].label;
                issues.push_back({edge.pointer, "call cycle: " + path});
                ++reported;
            }
        }
    }
}

} // namespace kunren
