// Order book keeps a pointer to the best bid, then a new bid grows the vector; the pointer dangles.
// The book stores bids in a std::vector<Order>. `best` is taken with &bids[i]
// before a burst of new orders is submitted; push_back exceeds the capacity,
// the vector reallocates, and the later fill against `best` reads freed storage.
// asan: heap-use-after-free
#include <cstdio>
#include <vector>

struct Order {
    int id;
    double price;
    int qty;
};

struct OrderBook {
    std::vector<Order> bids;
    int next_id = 1;

    void submit(double price, int qty) { bids.push_back(Order{next_id++, price, qty}); }

    std::size_t best_index() const {
        std::size_t best = 0;
        for (std::size_t i = 1; i < bids.size(); ++i)
            if (bids[i].price > bids[best].price) best = i;
        return best;
    }
};

static int fill(Order& o, int qty) {
    int taken = qty < o.qty ? qty : o.qty;
    o.qty -= taken;
    return taken;
}

int main() {
    OrderBook book;
    book.submit(100.25, 10);
    book.submit(100.50, 5);
    book.submit(99.75, 20);

    Order* best = &book.bids[book.best_index()];
    std::printf("best bid #%d at %.2f\n", best->id, best->price);

    // A burst of passive orders arrives before the aggressive sell is matched.
    for (int i = 0; i < 32; ++i)
        book.submit(98.00 - i * 0.25, 1 + i % 4);

    int filled = fill(*best, 7);  // BUG: best points into the old bids buffer
    std::printf("filled %d, %zu orders resting\n", filled, book.bids.size());
    return 0;
}
