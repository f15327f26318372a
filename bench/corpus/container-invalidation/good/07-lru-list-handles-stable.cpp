// LRU cache built on std::list keeps iterators to its entries in an index; insert/erase of other entries leaves them valid.
// Insertion into a std::list never invalidates, and erase invalidates only the erased
// node. The cache stores list iterators in a map and uses them after many
// splices, inserts and evictions of other elements.
#include <cstdio>
#include <list>
#include <map>

struct Entry {
    int key;
    int value;
    int hits;
};

class LruCache {
public:
    explicit LruCache(std::size_t cap) : cap_(cap) {}

    void put(int key, int value) {
        auto found = index_.find(key);
        if (found != index_.end()) {
            found->second->value = value;
            order_.splice(order_.begin(), order_, found->second);
            return;
        }
        if (order_.size() == cap_) {
            index_.erase(order_.back().key);
            order_.pop_back();
        }
        order_.push_front(Entry{key, value, 0});
        index_[key] = order_.begin();
    }

    std::list<Entry>::iterator handle(int key) { return index_.at(key); }

    int get(int key) {
        auto found = index_.find(key);
        if (found == index_.end()) return -1;
        found->second->hits += 1;
        order_.splice(order_.begin(), order_, found->second);
        return found->second->value;
    }

    std::size_t size() const { return order_.size(); }

private:
    std::size_t cap_;
    std::list<Entry> order_;
    std::map<int, std::list<Entry>::iterator> index_;
};

int main() {
    LruCache cache(4);
    cache.put(1, 100);
    cache.put(2, 200);
    auto hot = cache.handle(2);
    Entry* hot_ptr = &*hot;

    // Other keys come and go; key 2 is touched so it is never evicted.
    for (int k = 3; k < 12; ++k) {
        cache.put(k, k * 100);
        cache.get(2);
    }

    hot->value += 1;           // the node for key 2 was never erased
    int hits = hot_ptr->hits;  // same node, still valid
    std::printf("key 2 = %d after %d hits, %zu cached\n", cache.get(2), hits, cache.size());
    return 0;
}
