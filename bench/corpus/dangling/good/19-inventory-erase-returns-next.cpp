// Warehouse inventory keyed by SKU; values are copied before erase and the sweep continues from erase()'s return value.
// Corrected twin of bad/28: restock() copies the quantity before erasing the node, and the
// sweep over discontinued SKUs uses `it = items_.erase(it)` so no iterator outlives its node.
#include <cstdio>
#include <map>
#include <set>
#include <string>

struct Item {
    std::string description;
    int quantity;
    int reorderLevel;
};

class Inventory {
public:
    void add(const std::string& sku, const std::string& desc, int qty, int reorder) {
        items_[sku] = Item{desc, qty, reorder};
    }

    void discontinue(const std::string& sku) { discontinued_.insert(sku); }

    int restock(const std::string& sku, int amount) {
        auto it = items_.find(sku);
        if (it == items_.end()) return -1;
        if (discontinued_.count(sku)) {
            const int had = it->second.quantity;
            items_.erase(it);
            std::printf("dropped %s (had %d)\n", sku.c_str(), had);
            return 0;
        }
        it->second.quantity += amount;
        return it->second.quantity;
    }

    int sweepLowStock() {
        int removed = 0;
        for (auto it = items_.begin(); it != items_.end();) {
            if (it->second.quantity < it->second.reorderLevel / 4) {
                it = items_.erase(it);
                ++removed;
            } else {
                ++it;
            }
        }
        return removed;
    }

    std::size_t size() const { return items_.size(); }

private:
    std::map<std::string, Item> items_;
    std::set<std::string> discontinued_;
};

int main() {
    Inventory inv;
    inv.add("SKU-1001", "steel bracket, 40mm", 120, 50);
    inv.add("SKU-1002", "hex bolt M8 x 30", 15, 200);
    inv.add("SKU-1003", "rubber grommet 12mm", 300, 100);
    inv.add("SKU-1004", "spring washer M6", 2, 400);
    inv.discontinue("SKU-1003");

    int q = inv.restock("SKU-1002", 500);
    std::printf("SKU-1002 now %d\n", q);
    inv.restock("SKU-1003", 10);
    int swept = inv.sweepLowStock();
    std::printf("swept %d, %zu SKUs tracked\n", swept, inv.size());
    return inv.size() == 2 ? 0 : 1;
}
