// LRU cache eviction report; the bug: a pointer to an entry copied inside an inner block outlives the block.
// evictionCandidate() fills `victim` with the address of `snapshot`, a local of the inner `{}`
// block that picks the least recently used entry. After the block closes, the stats code reads
// the snapshot through the pointer.
// asan: stack-use-after-scope
#include <cstdio>
#include <list>
#include <string>
#include <unordered_map>

struct Entry {
    int key;
    int value;
    unsigned long lastUse;
};

class LruCache {
public:
    explicit LruCache(std::size_t cap) : cap_(cap) {}

    void put(int key, int value) {
        auto it = index_.find(key);
        if (it != index_.end()) order_.erase(it->second);
        order_.push_front(Entry{key, value, ++clock_});
        index_[key] = order_.begin();
        if (order_.size() > cap_) {
            index_.erase(order_.back().key);
            order_.pop_back();
        }
    }

    bool get(int key, int& out) {
        auto it = index_.find(key);
        if (it == index_.end()) return false;
        Entry e = *it->second;
        e.lastUse = ++clock_;
        order_.erase(it->second);
        order_.push_front(e);
        index_[key] = order_.begin();
        out = e.value;
        return true;
    }

    const std::list<Entry>& entries() const { return order_; }

private:
    std::size_t cap_;
    unsigned long clock_ = 0;
    std::list<Entry> order_;
    std::unordered_map<int, std::list<Entry>::iterator> index_;
};

int main() {
    LruCache cache(3);
    cache.put(1, 100);
    cache.put(2, 200);
    cache.put(3, 300);
    int v = 0;
    cache.get(1, v);

    const Entry* victim = nullptr;
    {
        Entry snapshot = cache.entries().back();
        for (const Entry& e : cache.entries())
            if (e.lastUse < snapshot.lastUse) snapshot = e;
        victim = &snapshot;
    }
    int victimKey = victim->key;  // BUG: reads `snapshot` after its block ended
    std::printf("next eviction: key %d\n", victimKey);
    return victimKey == 2 ? 0 : 1;
}
