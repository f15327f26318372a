// Route table: a pointer to a route survives the table being replaced by move-assignment from a freshly built vector.
// reload() does routes_ = std::move(fresh); the old buffer is freed by the
// move-assignment, and the pointer cached by the forwarding path is stale.
// asan: heap-use-after-free
#include <cstdint>
#include <cstdio>
#include <utility>
#include <vector>

struct Route {
    std::uint32_t prefix;
    int length;
    int next_hop;
    int metric;
};

class RouteTable {
public:
    const Route* best(std::uint32_t addr) const {
        const Route* best = nullptr;
        for (const Route& r : routes_) {
            std::uint32_t mask = r.length == 0 ? 0 : ~0u << (32 - r.length);
            if ((addr & mask) == r.prefix && (!best || r.length > best->length)) best = &r;
        }
        return best;
    }

    void reload(int generation) {
        std::vector<Route> fresh;
        fresh.push_back(Route{0x0A000000u, 8, 1, 10 + generation});
        fresh.push_back(Route{0x0A010000u, 16, 2, 5 + generation});
        fresh.push_back(Route{0u, 0, 9, 100});
        routes_ = std::move(fresh);
    }

    std::size_t size() const { return routes_.size(); }

private:
    std::vector<Route> routes_;
};

int main() {
    RouteTable table;
    table.reload(0);

    const Route* cached = table.best(0x0A010203u);
    if (!cached) return 1;
    std::printf("next hop %d\n", cached->next_hop);

    table.reload(1);  // routing daemon pushed an update

    int hop = cached->next_hop;  // BUG: cached points into the vector the move-assignment freed
    std::printf("forwarding via %d (%zu routes)\n", hop, table.size());
    return 0;
}
