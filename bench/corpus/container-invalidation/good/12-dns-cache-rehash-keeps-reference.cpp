// DNS cache holds a pointer to a record in a std::unordered_map across many insertions that force rehashes.
// Rehashing invalidates unordered_map iterators but not pointers/references to
// elements; the record is never erased, so `rec` stays valid. Near miss of bad/21.
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

    std::size_t buckets() const { return entries_.bucket_count(); }
    std::size_t size() const { return entries_.size(); }

private:
    std::unordered_map<std::string, Record> entries_;
};

int main() {
    DnsCache cache;
    cache.put("api.payments.internal.example.com", 0x0A000105u, 30);

    Record* rec = cache.get("api.payments.internal.example.com");
    if (!rec) return 1;
    std::size_t buckets_before = cache.buckets();

    // A crawl resolves hundreds of hosts; the table rehashes several times.
    for (int i = 0; i < 500; ++i)
        cache.put("host-" + std::to_string(i) + ".crawl.example.net", 0x0B000000u + i, 60);

    rec->hits += 1;
    unsigned addr = rec->addr;
    std::printf("buckets %zu -> %zu, %zu cached, addr %08x, hits %d\n", buckets_before,
                cache.buckets(), cache.size(), addr, rec->hits);
    return cache.buckets() > buckets_before ? 0 : 1;
}
