// Metrics exporter using a helper macro; the bug: the macro expands to c_str() of a temporary std::string.
// METRIC_NAME(prefix, name) builds `std::string(prefix) + "." + name` and takes c_str(). The
// result is stored in a const char* and used in a later statement, after the temporary died.
// asan: heap-use-after-free
#include <cstdio>
#include <cstring>
#include <map>
#include <string>

#define METRIC_NAME(prefix, name) (std::string(prefix) + "." + (name)).c_str()

class Exporter {
public:
    explicit Exporter(const char* ns) : ns_(ns) {}

    void gauge(const std::string& key, double v) { values_[key] = v; }

    std::size_t emit(const char* name) {
        auto it = values_.find(name);
        double v = it == values_.end() ? 0.0 : it->second;
        char line[160];
        int n = std::snprintf(line, sizeof line, "%s %g\n", name, v);
        std::fputs(line, stdout);
        return static_cast<std::size_t>(n);
    }

    const char* ns() const { return ns_; }

private:
    const char* ns_;
    std::map<std::string, double> values_;
};

int main() {
    Exporter exp("payments_gateway_production");
    exp.gauge("payments_gateway_production.latency_p99", 12.5);
    exp.gauge("payments_gateway_production.error_rate", 0.002);

    std::size_t bytes = 0;
    bytes += exp.emit(METRIC_NAME(exp.ns(), "error_rate"));  // fine: used within the full-expression

    const char* latency = METRIC_NAME(exp.ns(), "latency_p99");
    bytes += exp.emit(latency);  // BUG: emit() reads the characters of the destroyed temporary
    std::printf("%zu bytes exported\n", bytes);
    return 0;
}
