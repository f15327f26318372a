// Event bus: a function subscribes a [&] handler on its locals, publishes, and unsubscribes before it returns (twin of bad/22).
// The Subscription token removes the handler in its destructor, which runs before
// the captured locals 'total' and 'count' go out of scope (declared after them).
#include <cstdio>
#include <functional>
#include <map>
#include <string>

struct Event {
    std::string topic;
    int amount;
};

class EventBus {
public:
    class Subscription {
    public:
        Subscription(EventBus& bus, int id) : bus_(bus), id_(id) {}
        ~Subscription() { bus_.handlers_.erase(id_); }
        Subscription(const Subscription&) = delete;
        Subscription& operator=(const Subscription&) = delete;

    private:
        EventBus& bus_;
        int id_;
    };

    int subscribe(std::function<void(const Event&)> handler) {
        handlers_[nextId_] = std::move(handler);
        return nextId_++;
    }
    void publish(const Event& e) {
        for (auto& entry : handlers_)
            entry.second(e);
    }
    size_t size() const { return handlers_.size(); }

private:
    std::map<int, std::function<void(const Event&)>> handlers_;
    int nextId_ = 1;
};

int auditPayments(EventBus& bus) {
    int total = 0;
    int count = 0;
    EventBus::Subscription sub(bus, bus.subscribe([&](const Event& e) {
        if (e.topic == "payment") {
            total += e.amount;
            ++count;
        }
    }));
    bus.publish({"payment", 30});
    bus.publish({"refund", 5});
    bus.publish({"payment", 12});
    std::printf("audited %d payments\n", count);
    return total;
}

int main() {
    EventBus bus;
    int total = auditPayments(bus);
    bus.publish({"payment", 99});
    std::printf("total=%d, %zu handlers left\n", total, bus.size());
    return bus.size() == 0 && total == 42 ? 0 : 1;
}
