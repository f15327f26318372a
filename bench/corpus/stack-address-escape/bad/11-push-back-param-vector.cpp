// Metrics collector: each probe pushes the address of its local Metric into a vector owned by the caller.
// probeDisk() and probeMemory() fill a local Metric and push_back(&m) into the
// out-vector parameter; the exporter formats every metric after the probes returned.
// asan: stack-use-after-return
#include <cstdio>
#include <vector>

struct Metric {
    const char* name;
    double value;
    const char* unit;
};

static Metric g_uptime{"uptime", 3600.0, "s"};

void probeDisk(std::vector<const Metric*>& out) {
    Metric m{"disk_free", 0.0, "GiB"};
    m.value = 512.0 - 123.5;
    out.push_back(&m); // BUG: caller's vector gets the address of the local 'm'
}

void probeMemory(std::vector<const Metric*>& out) {
    static Metric mem{"mem_used", 0.0, "MiB"};
    mem.value = 2048.0;
    out.push_back(&mem);
}

static double exportAll(const std::vector<const Metric*>& metrics) {
    double sum = 0;
    for (const Metric* m : metrics) {
        std::printf("%-10s %8.1f %s\n", m->name, m->value, m->unit);
        sum += m->value;
    }
    return sum;
}

int main() {
    std::vector<const Metric*> metrics;
    metrics.push_back(&g_uptime);
    probeMemory(metrics);
    probeDisk(metrics);
    double total = exportAll(metrics);
    return total > 0 ? 0 : 1;
}
