// DNS cache: a pointer to a cached record (std::unordered_map value) is used after the expiry pass age() erases that host.
// References into an unordered_map survive rehashing, but not erasure of
// their own element: the resolver looks up a record, the TTL check evicts it,
// and the resolver still reads the record's address through the pointer.
// asan: heap-use-after-free
#include <cstdio>
#include <string>
#include <unordered_map>

struct Record {
    unsigned addr;
    int ttl;
    int hits;
};

class DnsCache {
public:
    void put(const std::string& host, unsigned addr, int ttl) { entries_[host] = Record{addr, ttl, 0}; }

    Record* get(const std::string& host) {
        auto it = entries_.find(host);
        if (it == entries_.end()) return nullptr;
        it->second.hits += 1;
        return &it->second;
    }

    void age(int seconds) {
        for (auto it = entries_.begin(); it != entries_.end();) {
            it->second.ttl -= seconds;
            if (it->second.ttl <= 0)
                it = entries_.erase(it);
            else
                ++it;
        }
    }

    std::size_t size() const { return entries_.size(); }

private:
    std::unordered_map<std::string, Record> entries_;
};

int main() {
    DnsCache cache;
    cache.put("api.payments.internal.example.com", 0x0A000105u, 30);
    cache.put("static-assets.cdn.example.net", 0x0A000221u, 300);
    cache.put("auth.example.org", 0x0A000309u, 120);

    Record* rec = cache.get("api.payments.internal.example.com");
    if (!rec) return 1;

    cache.age(60);  // the event loop ran the expiry timer

    unsigned addr = rec->addr;  // BUG: rec's node was erased by age()
    std::printf("connecting to %u.%u.%u.%u (%zu cached)\n", addr >> 24, (addr >> 16) & 255,
                (addr >> 8) & 255, addr & 255, cache.size());
    return 0;
}
