// LRU cache eviction report; the chosen entry is copied out of the inner block by value.
// Corrected twin of bad/05: `victim` is an Entry declared in the outer scope and assigned from
// the block-local snapshot, so nothing refers to the block's storage after it ends.
#include <cstdio>
#include <list>
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

    Entry victim{};
    const Entry* oldest = nullptr;  // points into the cache's list, which outlives it
    {
        Entry snapshot = cache.entries().back();
        for (const Entry& e : cache.entries()) {
            if (e.lastUse <= snapshot.lastUse) {
                snapshot = e;
                oldest = &e;
            }
        }
        victim = snapshot;
    }
    std::printf("next eviction: key %d (list node key %d)\n", victim.key, oldest->key);
    return victim.key == 2 && oldest->key == 2 ? 0 : 1;
}
