// Inventory lookup uses a template valueOr(map, key, fallback) helper with a local fallback, but stockFor() returns by value (twin of bad/32).
// The reference valueOr hands back is copied into the return value while the
// local 'none' is still alive.
#include <cstdio>
#include <map>
#include <string>

template <class K, class V>
const V& valueOr(const std::map<K, V>& m, const K& key, const V& fallback) {
    auto it = m.find(key);
    return it == m.end() ? fallback : it->second;
}

struct Stock {
    int onHand;
    int reserved;
    int reorderAt;
};

class Inventory {
public:
    Inventory() {
        stock_["sku-100"] = Stock{40, 5, 10};
        stock_["sku-200"] = Stock{3, 1, 5};
    }

    Stock stockFor(const std::string& sku) const {
        Stock none{0, 0, 1};
        return valueOr(stock_, sku, none);
    }

private:
    std::map<std::string, Stock> stock_;
};

static bool needsReorder(const Stock& s) { return s.onHand - s.reserved <= s.reorderAt; }

int main() {
    Inventory inv;
    const char* skus[] = {"sku-100", "sku-200", "sku-999"};
    int reorders = 0;
    for (const char* sku : skus) {
        const Stock& s = inv.stockFor(sku);
        bool reorder = needsReorder(s);
        std::printf("%-8s reorder=%d\n", sku, reorder);
        reorders += reorder;
    }
    std::printf("%d SKUs need reorder\n", reorders);
    return reorders == 2 ? 0 : 1;
}
