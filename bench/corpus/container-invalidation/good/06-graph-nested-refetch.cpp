// Graph builder re-indexes the hub's adjacency list after each add_node(), instead of holding a reference across growth.
// Corrected twin of bad/06: g.adj[hub] is looked up anew each iteration, after
// the outer vector may have reallocated.
#include <cstdio>
#include <vector>

struct Graph {
    std::vector<std::vector<int>> adj;

    int add_node() {
        adj.emplace_back();
        return static_cast<int>(adj.size()) - 1;
    }

    std::size_t max_degree(int* which) const {
        std::size_t best = 0;
        for (std::size_t i = 0; i < adj.size(); ++i)
            if (adj[i].size() > best) {
                best = adj[i].size();
                *which = static_cast<int>(i);
            }
        return best;
    }

    std::size_t edge_count() const {
        std::size_t n = 0;
        for (const auto& e : adj) n += e.size();
        return n / 2;
    }
};

int main() {
    Graph g;
    int hub = g.add_node();

    for (int i = 0; i < 12; ++i) {
        int leaf = g.add_node();
        std::vector<int>& edges = g.adj[hub];  // taken after the growth
        edges.push_back(leaf);
        g.adj[leaf].push_back(hub);
    }

    int busiest = -1;
    std::size_t degree = g.max_degree(&busiest);
    std::printf("%zu nodes, %zu edges, node %d has degree %zu\n", g.adj.size(), g.edge_count(),
                busiest, degree);
    return g.edge_count() == 12 ? 0 : 1;
}
