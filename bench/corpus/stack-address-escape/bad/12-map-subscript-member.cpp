// Read-through cache whose miss path stores the address of a local Entry in its own map member (index_[key] = &entry).
// Cache::get() builds the entry on the stack on a miss and records it in the
// member map; the next get() of the same key returns the dead pointer.
// asan: stack-use-after-return
#include <cstdio>
#include <map>
#include <string>

struct Entry {
    int value;
    int hits;
};

class Cache {
public:
    int get(const std::string& key) {
        auto it = index_.find(key);
        if (it != index_.end()) {
            it->second->hits += 1;
            return it->second->value;
        }
        Entry entry{load(key), 0};
        index_[key] = &entry; // BUG: member map stores the address of the local 'entry'
        ++misses_;
        return entry.value;
    }

    int misses() const { return misses_; }

private:
    static int load(const std::string& key) {
        int h = 0;
        for (char c : key)
            h = h * 31 + c;
        return h & 0xffff;
    }

    std::map<std::string, Entry*> index_;
    int misses_ = 0;
};

int main() {
    Cache cache;
    const char* keys[] = {"user:1", "user:2", "user:1"};
    long sum = 0;
    for (const char* k : keys) {
        int v = cache.get(k);
        std::printf("%s -> %d\n", k, v);
        sum += v;
    }
    std::printf("misses=%d sum=%ld\n", cache.misses(), sum);
    return 0;
}
