// Inventory: the restock lambda captures the container and the item's index, so it survives new product lines growing the vector.
// Corrected twin of bad/07: instead of Item&, the callback captures
// `inv` by reference and the position by value and indexes at call time.
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

    std::size_t index_of(int sku) {
        for (std::size_t i = 0; i < items.size(); ++i)
            if (items[i].sku == sku) return i;
        items.push_back(Item{sku, 0, 5});
        return items.size() - 1;
    }

    void receive(int sku, int qty) { items.push_back(Item{sku, qty, 5}); }
};

int main() {
    Inventory inv;
    inv.items = {{1001, 3, 5}, {1002, 40, 10}, {1003, 12, 4}};

    std::size_t widget = inv.index_of(1001);
    std::function<void(int)> restock = [&inv, widget](int qty) {
        inv.items[widget].on_hand += qty;  // element looked up when the callback runs
    };

    for (int sku = 2000; sku < 2010; ++sku) inv.receive(sku, 25);

    restock(20);
    int below = 0;
    for (const Item& it : inv.items) below += it.on_hand < it.reorder_level;
    std::printf("%zu skus, %d below reorder level, widgets %d\n", inv.items.size(), below,
                inv.items[widget].on_hand);
    return inv.items[widget].on_hand == 23 ? 0 : 1;
}
