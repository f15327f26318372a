// Event bus: a setup function subscribes a [&] lambda that updates its local counters; events are published after it returned.
// installAccounting() subscribes a handler that increments local 'total' and
// 'count' by reference; the bus (owned by main) keeps the std::function alive.
// asan: stack-use-after-return
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

struct Event {
    std::string topic;
    int amount;
};

class EventBus {
public:
    void subscribe(std::function<void(const Event&)> handler) {
        handlers_.push_back(std::move(handler));
    }
    void publish(const Event& e) {
        for (auto& h : handlers_)
            h(e);
    }

private:
    std::vector<std::function<void(const Event&)>> handlers_;
};

void installAccounting(EventBus& bus) {
    int total = 0;
    int count = 0;
    bus.subscribe([&](const Event& e) { // BUG: handler capturing locals 'total' and 'count' by reference outlives the frame
        if (e.topic == "payment") {
            total += e.amount;
            ++count;
        }
    });
    std::printf("accounting installed (total=%d, count=%d)\n", total, count);
}

int main() {
    int logged = 0;
    EventBus bus;
    bus.subscribe([&logged](const Event&) { ++logged; });
    installAccounting(bus);
    bus.publish({"payment", 30});
    bus.publish({"refund", 5});
    std::printf("logged %d events\n", logged);
    return 0;
}
