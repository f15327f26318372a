// Order book remembers the best bid by index, so a burst of new bids growing the vector is harmless.
// Corrected twin of bad/01: `best` is a std::size_t into book.bids and the
// element is re-fetched with bids[best] after the push_backs reallocate the vector.
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

    std::size_t best = book.best_index();
    std::printf("best bid #%d at %.2f\n", book.bids[best].id, book.bids[best].price);

    // A burst of passive orders arrives before the aggressive sell is matched.
    for (int i = 0; i < 32; ++i)
        book.submit(98.00 - i * 0.25, 1 + i % 4);

    int filled = fill(book.bids[best], 7);
    std::printf("filled %d, %zu orders resting\n", filled, book.bids.size());
    return filled == 5 ? 0 : 1;
}
