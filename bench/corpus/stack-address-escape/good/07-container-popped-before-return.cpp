// Metrics collector pushes &localMetric into the caller's vector only for the duration of a flush and pops it before returning (twin of bad/11).
// probeDisk() temporarily appends its local metric, exports the whole list while
// the local is alive, then pop_back()s it so the vector holds no dead address.
#include <cstdio>
#include <vector>

struct Metric {
    const char* name;
    double value;
    const char* unit;
};

static Metric g_uptime{"uptime", 3600.0, "s"};

static double exportAll(const std::vector<const Metric*>& metrics) {
    double sum = 0;
    for (const Metric* m : metrics) {
        std::printf("%-10s %8.1f %s\n", m->name, m->value, m->unit);
        sum += m->value;
    }
    return sum;
}

double probeDisk(std::vector<const Metric*>& out) {
    Metric m{"disk_free", 0.0, "GiB"};
    m.value = 512.0 - 123.5;
    out.push_back(&m);
    double total = exportAll(out);
    out.pop_back();
    return total;
}

int main() {
    std::vector<const Metric*> metrics;
    metrics.push_back(&g_uptime);
    double total = probeDisk(metrics);
    std::printf("total while probing: %.1f\n", total);
    double after = exportAll(metrics);
    std::printf("after probe: %zu metrics, %.1f\n", metrics.size(), after);
    return total > after ? 0 : 1;
}
