// Price ladder kept sorted in a std::deque: an iterator to the best level is reused after many middle insertions.
// Inserting in the middle of a deque invalidates all iterators (and
// references). Here the insertions outgrow the deque's block map, which is
// reallocated; walking the old iterator across a block boundary reads the freed map.
// asan: heap-use-after-free
#include <algorithm>
#include <cstdio>
#include <deque>

struct Level {
    int price_ticks;
    int size;
};

class Ladder {
public:
    using Iter = std::deque<Level>::iterator;

    void add(int price, int size) {
        auto pos = std::lower_bound(levels_.begin(), levels_.end(), price,
                                    [](const Level& l, int p) { return l.price_ticks < p; });
        if (pos != levels_.end() && pos->price_ticks == price)
            pos->size += size;
        else
            levels_.insert(pos, Level{price, size});
    }

    Iter best() { return levels_.begin(); }
    std::size_t depth() const { return levels_.size(); }

private:
    std::deque<Level> levels_;
};

static long depth_within(Ladder::Iter from, int levels) {
    long total = 0;
    for (int i = 0; i < levels; ++i, ++from) total += from->size;  // walks across deque blocks
    return total;
}

int main() {
    Ladder asks;
    for (int p = 0; p < 400; p += 2) asks.add(10000 + p, 5);

    Ladder::Iter top = asks.best();
    std::printf("top-of-book depth %ld\n", depth_within(top, 10));

    // A market-data snapshot fills in the odd ticks between existing levels.
    for (int p = 1; p < 6000; p += 2) asks.add(10000 + p, 3);

    long depth = depth_within(top, 300);  // BUG: top was invalidated by the middle insertions
    std::printf("depth %ld over %zu levels\n", depth, asks.depth());
    return 0;
}
