// Warehouse inventory keyed by SKU; the bug: a std::map iterator is dereferenced after erase() destroyed its node.
// restock() finds the item, erases discontinued SKUs by key, and then still reads `it->second`
// to report the old quantity.
// asan: heap-use-after-free
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
            items_.erase(sku);
            std::printf("dropped %s (had %d)\n", sku.c_str(), it->second.quantity);  // BUG: reads the erased map node
            return 0;
        }
        it->second.quantity += amount;
        return it->second.quantity;
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
    inv.discontinue("SKU-1003");

    int q = inv.restock("SKU-1002", 500);
    std::printf("SKU-1002 now %d\n", q);
    inv.restock("SKU-1003", 10);
    std::printf("%zu SKUs tracked\n", inv.size());
    return 0;
}
