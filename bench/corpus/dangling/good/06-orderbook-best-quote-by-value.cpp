// Order book best-bid scan; the best quote is kept by value and the source order by pointer into the book.
// Corrected twin of bad/06: instead of the address of the loop body's local Quote, the loop
// keeps a copy of the best Quote plus a pointer to the RawOrder owned by the book's vector.
#include <cstdio>
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

    bool found = false;
    Quote best{};
    const RawOrder* source = nullptr;
    for (const RawOrder& o : book.orders()) {
        if (o.side != 'B') continue;
        Quote q = OrderBook::toQuote(o);
        if (!found || q.price > best.price) {
            best = q;
            source = &o;
            found = true;
        }
    }

    if (!found) return 1;
    std::printf("best bid %.2f x%d from trader %d (ticks %ld)\n", best.price, best.qty, best.trader,
                source->priceTicks);
    return best.trader == 9 ? 0 : 1;
}
