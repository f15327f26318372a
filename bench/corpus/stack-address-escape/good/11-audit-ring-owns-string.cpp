// Audit logger stores the tag as a std::string copy in the global ring rather than a c_str() pointer (twin of bad/18).
// audit() composes the tag locally and moves it into the ring entry, so the
// flusher reads characters owned by the global.
#include <cstdio>
#include <string>
#include <utility>

struct AuditEntry {
    std::string tag;
    int userId;
    int action;
};

constexpr int kRing = 8;
AuditEntry g_ring[kRing];
int g_head = 0;

void audit(int userId, const char* area, int action) {
    std::string tag = area;
    tag += action > 1 ? ".write" : ".read";
    AuditEntry& e = g_ring[g_head++ % kRing];
    e.tag = std::move(tag);
    e.userId = userId;
    e.action = action;
}

static int flush() {
    int count = 0;
    for (int i = 0; i < g_head && i < kRing; ++i) {
        const AuditEntry& e = g_ring[i];
        std::printf("user=%d action=%d tag=%s\n", e.userId, e.action, e.tag.c_str());
        ++count;
    }
    g_head = 0;
    return count;
}

int main() {
    audit(7, "db", 1);
    audit(9, "fs", 2);
    int n = flush();
    std::printf("flushed %d entries\n", n);
    return 0;
}
