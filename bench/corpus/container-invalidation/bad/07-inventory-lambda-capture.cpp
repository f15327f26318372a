// Inventory: a lambda captures a reference to a stock item, new items are stocked (vector grows), then the lambda runs.
// The restock callback holds Item& by reference capture. receive() push_backs
// enough items to reallocate the vector before the callback is invoked.
// asan: heap-use-after-free
#include <cstdio>
#include <functional>
#include <vector>

struct Item {
    int sku;
    int on_hand;
    int reorder_level;
};

struct Inventory {
    std::vector<Item> items;

    Item& find(int sku) {
        for (Item& it : items)
            if (it.sku == sku) return it;
        items.push_back(Item{sku, 0, 5});
        return items.back();
    }

    void receive(int sku, int qty) { items.push_back(Item{sku, qty, 5}); }
};

int main() {
    Inventory inv;
    inv.items = {{1001, 3, 5}, {1002, 40, 10}, {1003, 12, 4}};

    Item& widget = inv.find(1001);
    std::function<void(int)> restock = [&widget](int qty) {
        widget.on_hand += qty;  // BUG: widget refers into the vector receive() reallocated
    };

    // A delivery of new product lines arrives first.
    for (int sku = 2000; sku < 2010; ++sku) inv.receive(sku, 25);

    restock(20);
    std::printf("%zu skus in stock\n", inv.items.size());
    return 0;
}
