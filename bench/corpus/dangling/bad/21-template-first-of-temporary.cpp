// Price analytics with a generic helper; the bug: a template returning const T& into its argument is called on a temporary vector.
// `const auto& top = firstOf(loadPrices("..."))` binds the reference to an element of the
// temporary vector returned by loadPrices(); the vector is destroyed at the end of the statement.
// asan: heap-use-after-free
#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

struct PricePoint {
    std::string venue;
    double price;
    long volume;
};

template <typename T>
const T& firstOf(const std::vector<T>& v) {
    if (v.empty()) throw std::out_of_range("empty series");
    return v.front();
}

template <typename T, typename Key>
std::vector<T> sortedBy(std::vector<T> v, Key key) {
    std::sort(v.begin(), v.end(), [&](const T& a, const T& b) { return key(a) > key(b); });
    return v;
}

static std::vector<PricePoint> loadPrices(const std::string& symbol) {
    std::vector<PricePoint> out;
    double base = symbol.size() * 10.0;
    const char* venues[] = {"XNAS", "XNYS", "BATS", "IEXG"};
    for (int i = 0; i < 4; ++i) out.push_back({venues[i], base + i * 0.25, 1000L * (4 - i)});
    return out;
}

int main() {
    const auto& top = firstOf(sortedBy(loadPrices("ACME"), [](const PricePoint& p) { return p.volume; }));
    long vol = top.volume;  // BUG: reads an element of the destroyed temporary vector
    std::printf("highest volume: %ld\n", vol);

    auto series = loadPrices("GLOBEX");
    std::printf("first venue %s at %.2f\n", firstOf(series).venue.c_str(), firstOf(series).price);
    return 0;
}
