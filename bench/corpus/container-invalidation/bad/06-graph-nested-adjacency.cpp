// Graph builder holds a reference to node 0's adjacency vector, adds nodes (outer vector grows), then adds an edge.
// adj is a std::vector<std::vector<int>>. `edges` refers to the inner vector
// object stored in the outer buffer; add_node() emplace_backs into the outer
// vector, which reallocates and moves the inner vectors away.
// asan: heap-use-after-free
#include <cstdio>
#include <vector>

struct Graph {
    std::vector<std::vector<int>> adj;

    int add_node() {
        adj.emplace_back();
        return static_cast<int>(adj.size()) - 1;
    }

    void add_edge(int a, int b) {
        adj[a].push_back(b);
        adj[b].push_back(a);
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
    std::vector<int>& edges = g.adj[hub];

    // Build a star: each new leaf is recorded in the hub's list directly.
    for (int i = 0; i < 12; ++i) {
        int leaf = g.add_node();
        edges.push_back(leaf);  // BUG: edges is the hub's inner vector inside the reallocated outer buffer
        g.adj[leaf].push_back(hub);
    }

    std::printf("%zu nodes, %zu edges\n", g.adj.size(), g.edge_count());
    return 0;
}
