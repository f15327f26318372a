// Inventory lookup uses a template valueOr(map, key, fallback) helper that returns its fallback reference parameter; the fallback is a local.
// stockFor() passes a local default Stock to valueOr<K, V>() and returns the
// resulting reference; for unknown SKUs that is a reference into stockFor's frame.
// asan: stack-use-after-return
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

    const Stock& stockFor(const std::string& sku) const {
        Stock none{0, 0, 1};
        return valueOr(stock_, sku, none); // BUG: may return a reference to the local 'none'
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
    return 0;
}
