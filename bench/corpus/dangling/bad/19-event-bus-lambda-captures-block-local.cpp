// Event bus with std::function subscribers; the bug: a handler captures by reference a counter of a block that has ended.
// The setup block subscribes a lambda capturing `stats` by reference; `stats` is a local of
// that block, so publishing after the block calls the lambda on dead stack storage.
// asan: stack-use-after-scope
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <vector>

struct Stats {
    int received = 0;
    int bytes = 0;
};

class EventBus {
public:
    using Handler = std::function<void(const std::string&)>;

    void subscribe(const std::string& topic, Handler h) { handlers_[topic].push_back(std::move(h)); }

    int publish(const std::string& topic, const std::string& payload) {
        auto it = handlers_.find(topic);
        if (it == handlers_.end()) return 0;
        for (auto& h : it->second) h(payload);
        return static_cast<int>(it->second.size());
    }

private:
    std::map<std::string, std::vector<Handler>> handlers_;
};

static void installLogger(EventBus& bus) {
    bus.subscribe("orders", [](const std::string& p) { std::printf("log: %s\n", p.c_str()); });
}

int main() {
    EventBus bus;
    installLogger(bus);
    {
        Stats stats;
        bus.subscribe("orders", [&stats](const std::string& p) {
            stats.received += 1;  // BUG: writes `stats` after its block ended
            stats.bytes += static_cast<int>(p.size());
        });
        bus.publish("orders", "warm-up");
        std::printf("warm-up seen: %d\n", stats.received);
    }

    int delivered = bus.publish("orders", "order 1001 filled");
    std::printf("delivered to %d handlers\n", delivered);
    return 0;
}
