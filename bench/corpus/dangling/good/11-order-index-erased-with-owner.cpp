// Order store with an id index of raw pointers; purgeFilled() erases the index entries together with the owners.
// Corrected twin of bad/14: before remove_if/erase destroys the filled orders, their ids are
// removed from byId, so find() never returns a pointer to a freed Order.
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
                                     [this](const std::unique_ptr<Order>& o) {
                                         if (!o->isFilled()) return false;
                                         byId_.erase(o->id);
                                         return true;
                                     }),
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

    int found = 0;
    for (int id = 1; id <= 3; ++id) {
        if (Order* o = store.find(id)) {
            ++found;
            std::printf("order %d remaining %d\n", id, o->qty - o->filled);
        } else {
            std::printf("order %d gone\n", id);
        }
    }
    return found == 2 ? 0 : 1;
}
