// Event bus with std::function subscribers; handlers capture shared state by shared_ptr and a label by value.
// Corrected twin of bad/19: the block-local stats object is owned by a shared_ptr captured by
// value, so it stays alive inside the handler after the block that created it ends.
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
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

int main() {
    EventBus bus;
    std::shared_ptr<const Stats> observer;
    {
        auto stats = std::make_shared<Stats>();
        std::string label = "orders-topic-statistics-collector";
        bus.subscribe("orders", [stats, label](const std::string& p) {
            stats->received += 1;
            stats->bytes += static_cast<int>(p.size());
            std::printf("%s: %d\n", label.c_str(), stats->received);
        });
        bus.publish("orders", "warm-up");
        observer = stats;
    }

    int delivered = bus.publish("orders", "order 1001 filled");
    std::printf("delivered to %d handlers, %d bytes seen\n", delivered, observer->bytes);
    return observer->received == 2 ? 0 : 1;
}
