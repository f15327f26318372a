// Audit logger stores tag.c_str() of a local std::string in a global ring buffer entry; the flusher prints it later.
// audit() composes a short tag string locally and records its c_str() pointer;
// the tag's characters live in the string's inline buffer on audit()'s stack.
// asan: stack-use-after-return
#include <cstdio>
#include <string>

struct AuditEntry {
    const char* tag;
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
    e.tag = tag.c_str(); // BUG: c_str() of the local string 'tag' is stored in the global ring
    e.userId = userId;
    e.action = action;
}

static int flush() {
    int count = 0;
    for (int i = 0; i < g_head && i < kRing; ++i) {
        const AuditEntry& e = g_ring[i];
        std::printf("user=%d action=%d tag=%s\n", e.userId, e.action, e.tag);
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
