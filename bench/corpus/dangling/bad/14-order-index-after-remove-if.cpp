// Order store with an id index of raw pointers; the bug: remove_if/erase purges owners but leaves the index entries.
// Orders are owned by vector<unique_ptr<Order>>; byId maps ids to raw pointers. purgeFilled()
// erases filled orders from the vector only, so byId keeps pointers to freed Orders.
// asan: heap-use-after-free
#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct Order {
    int id;
    std::string symbol;
    int qty;
    int filled;
    bool isFilled() const { return filled >= qty; }
};

class OrderStore {
public:
    Order* add(int id, const std::string& sym, int qty) {
        orders_.push_back(std::make_unique<Order>(Order{id, sym, qty, 0}));
        byId_[id] = orders_.back().get();
        return orders_.back().get();
    }

    Order* find(int id) const {
        auto it = byId_.find(id);
        return it == byId_.end() ? nullptr : it->second;
    }

    void purgeFilled() {
        orders_.erase(std::remove_if(orders_.begin(), orders_.end(),
                                     [](const std::unique_ptr<Order>& o) { return o->isFilled(); }),
                      orders_.end());
    }

    std::size_t count() const { return orders_.size(); }

private:
    std::vector<std::unique_ptr<Order>> orders_;
    std::map<int, Order*> byId_;
};

int main() {
    OrderStore store;
    store.add(1, "ACME", 100);
    store.add(2, "GLOBEX", 50)->filled = 50;
    store.add(3, "INITECH", 10)->filled = 4;

    store.purgeFilled();
    std::printf("open orders: %zu\n", store.count());

    if (Order* o = store.find(2)) {
        int remaining = o->qty - o->filled;  // BUG: reads an Order that purgeFilled() destroyed
        std::printf("order 2 remaining %d\n", remaining);
    }
    return 0;
}
