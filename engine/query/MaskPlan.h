#pragma once

#include "query/QueryAst.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

namespace kunren {

// Rows are filtered a block at a time: each leaf fills a byte mask for the block in a tight loop, and
// AND / OR / NOT combine masks. Dispatch happens once per leaf per block, never per row.
constexpr std::size_t kQueryBlock = 4096;

// The boolean shape of a compiled query. A leaf is evaluated only on rows still undecided ("active"),
// so a cheap field filter in front of free text spares the text search most rows.
class MaskPlan
{
public:
    enum class Kind : std::uint8_t { All, None, Leaf, Not, And, Or };

    std::uint32_t add(Kind kind, std::uint32_t leaf = 0, std::vector<std::uint32_t> children = {});
    void setRoot(std::uint32_t node) { m_root = node; }
    std::uint32_t root() const { return m_root; }
    bool empty() const { return m_nodes.empty(); }

    // out[i] = active[i] && row i matches. `leaf(index, active, out, n)` must do the same for one leaf.
    template <typename LeafFn> void run(const std::uint8_t* active, std::uint8_t* out, std::size_t n, LeafFn&& leaf)
    {
        runNode(m_root, active, out, n, leaf);
    }

    // fn(leaf) for each leaf every match must satisfy: the root leaf, or the leaves directly under a root AND.
    template <typename Fn> void forEachRequiredLeaf(Fn&& fn) const
    {
        if (m_nodes.empty())
            return;
        const Node& root = m_nodes[m_root];
        if (root.kind == Kind::Leaf)
            fn(root.leaf);
        else if (root.kind == Kind::And)
            for (const std::uint32_t c : root.children)
                if (m_nodes[c].kind == Kind::Leaf)
                    fn(m_nodes[c].leaf);
    }
    // The root's leaf when the whole query is one leaf.
    bool rootIsLeaf(std::uint32_t& leaf) const
    {
        if (m_nodes.empty() || m_nodes[m_root].kind != Kind::Leaf)
            return false;
        leaf = m_nodes[m_root].leaf;
        return true;
    }

    // False only when no row of a block can match: `leaf(index)` says whether one leaf may match there.
    template <typename LeafFn> bool mayMatch(LeafFn&& leaf) const
    {
        return !m_nodes.empty() && mayMatchNode(m_root, leaf);
    }

private:
    struct Node
    {
        Kind kind;
        std::uint32_t leaf;
        std::vector<std::uint32_t> children;
        std::vector<std::uint8_t> a, b; // scratch masks
    };

    template <typename LeafFn> bool mayMatchNode(std::uint32_t index, LeafFn& leaf) const
    {
        const Node& node = m_nodes[index];
        switch (node.kind) {
        case Kind::All: return true;
        case Kind::None: return false;
        case Kind::Leaf: return leaf(node.leaf);
        case Kind::Not: return true; // a leaf that cannot match makes its negation match everything
        case Kind::And:
            for (const std::uint32_t c : node.children)
                if (!mayMatchNode(c, leaf))
                    return false;
            return true;
        case Kind::Or:
            for (const std::uint32_t c : node.children)
                if (mayMatchNode(c, leaf))
                    return true;
            return false;
        }
        return true;
    }

    template <typename LeafFn>
    void runNode(std::uint32_t index, const std::uint8_t* active, std::uint8_t* out, std::size_t n, LeafFn& leaf)
    {
        Node& node = m_nodes[index];
        switch (node.kind) {
        case Kind::All:
            for (std::size_t i = 0; i < n; ++i)
                out[i] = active[i];
            return;
        case Kind::None:
            for (std::size_t i = 0; i < n; ++i)
                out[i] = 0;
            return;
        case Kind::Leaf: leaf(node.leaf, active, out, n); return;
        case Kind::Not: {
            std::uint8_t* tmp = node.a.data();
            runNode(node.children[0], active, tmp, n, leaf);
            for (std::size_t i = 0; i < n; ++i)
                out[i] = active[i] & static_cast<std::uint8_t>(tmp[i] ^ 1u);
            return;
        }
        case Kind::And: {
            // Each child reads the previous child's mask and writes the next, ping-ponging between the two
            // scratch masks; the last writes `out`. A child that leaves nothing ends the chain.
            const std::uint8_t* in = active;
            std::uint8_t* bufs[2] = {node.a.data(), node.b.data()};
            for (std::size_t c = 0; c < node.children.size(); ++c) {
                const bool last = c + 1 == node.children.size();
                std::uint8_t* dst = last ? out : bufs[c % 2];
                runNode(node.children[c], in, dst, n, leaf);
                if (!last && !anySet(dst, n)) {
                    std::fill(out, out + n, std::uint8_t{0});
                    return;
                }
                in = dst;
            }
            return;
        }
        case Kind::Or: {
            std::uint8_t* rest = node.a.data();
            std::uint8_t* tmp = node.b.data();
            for (std::size_t i = 0; i < n; ++i) {
                rest[i] = active[i];
                out[i] = 0;
            }
            for (const std::uint32_t child : node.children) {
                runNode(child, rest, tmp, n, leaf);
                std::uint8_t any = 0;
                for (std::size_t i = 0; i < n; ++i) {
                    out[i] |= tmp[i];
                    rest[i] &= static_cast<std::uint8_t>(tmp[i] ^ 1u);
                    any |= rest[i];
                }
                if (!any)
                    break;
            }
            return;
        }
        }
    }

    static bool anySet(const std::uint8_t* mask, std::size_t n)
    {
        std::uint64_t any = 0;
        std::size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            std::uint64_t word;
            std::memcpy(&word, mask + i, sizeof word);
            any |= word;
        }
        for (; i < n; ++i)
            any |= mask[i];
        return any != 0;
    }

    std::vector<Node> m_nodes;
    std::uint32_t m_root = 0;
};

inline std::uint32_t MaskPlan::add(Kind kind, std::uint32_t leaf, std::vector<std::uint32_t> children)
{
    const bool scratch = kind == Kind::Not || kind == Kind::And || kind == Kind::Or;
    m_nodes.push_back(Node{kind, leaf, std::move(children), std::vector<std::uint8_t>(scratch ? kQueryBlock : 0),
                           std::vector<std::uint8_t>(scratch ? kQueryBlock : 0)});
    return static_cast<std::uint32_t>(m_nodes.size() - 1);
}

} // namespace kunren

namespace kunren {

// Builds the plan of `node`; `term(const QueryTerm&)` compiles one term and returns its plan node.
template <typename TermFn> std::uint32_t buildMaskPlan(MaskPlan& plan, const QueryNode& node, TermFn& term)
{
    switch (node.kind) {
    case QueryNode::Kind::All: return plan.add(MaskPlan::Kind::All);
    case QueryNode::Kind::Term: return term(node.term);
    case QueryNode::Kind::Not: return plan.add(MaskPlan::Kind::Not, 0, {buildMaskPlan(plan, node.children[0], term)});
    case QueryNode::Kind::And:
    case QueryNode::Kind::Or: {
        std::vector<std::uint32_t> children;
        for (const QueryNode& child : node.children)
            children.push_back(buildMaskPlan(plan, child, term));
        return plan.add(node.kind == QueryNode::Kind::And ? MaskPlan::Kind::And : MaskPlan::Kind::Or, 0,
                        std::move(children));
    }
    }
    return plan.add(MaskPlan::Kind::None);
}

} // namespace kunren
