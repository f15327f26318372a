// Hot-reloadable settings; the bug: a raw pointer into the old settings object survives reassignment of the owner.
// `current = std::make_unique<Settings>(...)` destroys the previous Settings; the worker still
// holds `const Settings* cfg` taken before the reload and reads its timeout.
// asan: heap-use-after-free
#include <cstdio>
#include <memory>
#include <string>

struct Settings {
    std::string endpoint;
    int timeoutMs;
    int retries;
};

static std::unique_ptr<Settings> parseSettings(int generation) {
    auto s = std::make_unique<Settings>();
    s->endpoint = "https://metrics.example.internal/v" + std::to_string(generation);
    s->timeoutMs = 250 * generation;
    s->retries = 3;
    return s;
}

class Worker {
public:
    explicit Worker(const Settings* cfg) : cfg_(cfg) {}
    int budget() const { return cfg_->timeoutMs * (cfg_->retries + 1); }

private:
    const Settings* cfg_;
};

int main() {
    std::unique_ptr<Settings> current = parseSettings(1);
    Worker worker(current.get());
    std::printf("budget before reload: %d ms\n", worker.budget());

    // the reload replaces the owner's object; the worker is not told
    current = parseSettings(2);
    std::printf("reloaded: %s\n", current->endpoint.c_str());

    int b = worker.budget();  // BUG: Worker::budget reads the Settings freed by the reassignment
    std::printf("budget after reload: %d ms\n", b);
    return 0;
}
