// Order book best-bid scan; the bug: a pointer to the loop body's local Quote is used after the loop.
// Each iteration builds a Quote from a raw order and remembers the best one by address. The
// Quote is a local of the loop body, so after the loop `best` points to dead stack storage.
// asan: stack-use-after-scope
#include <cstdio>
#include <string>
#include <vector>

struct RawOrder {
    char side;
    long priceTicks;
    int qty;
    int trader;
};

struct Quote {
    double price;
    int qty;
    int trader;
};

class OrderBook {
public:
    void submit(char side, long ticks, int qty, int trader) {
        orders_.push_back(RawOrder{side, ticks, qty, trader});
    }

    const std::vector<RawOrder>& orders() const { return orders_; }

    static Quote toQuote(const RawOrder& o) {
        return Quote{static_cast<double>(o.priceTicks) / 100.0, o.qty, o.trader};
    }

private:
    std::vector<RawOrder> orders_;
};

int main() {
    OrderBook book;
    book.submit('B', 10125, 10, 7);
    book.submit('S', 10150, 5, 3);
    book.submit('B', 10130, 20, 9);
    book.submit('B', 10110, 15, 4);
    book.submit('S', 10140, 8, 1);

    const Quote* best = nullptr;
    double bestPrice = 0;
    for (const RawOrder& o : book.orders()) {
        if (o.side != 'B') continue;
        Quote q = OrderBook::toQuote(o);
        if (!best || q.price > bestPrice) {
            best = &q;
            bestPrice = q.price;
        }
    }

    if (!best) return 1;
    int trader = best->trader;  // BUG: reads the loop body's Quote after the loop ended
    std::printf("best bid %.2f x%d from trader %d\n", bestPrice, best->qty, trader);
    return 0;
}
