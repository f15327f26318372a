// Event log keeps a reference (not an iterator) to an event in a std::deque while thousands of events are pushed at both ends.
// push_back/push_front on a deque invalidate iterators but never references
// to existing elements, so `checkpoint` stays valid; the replay re-obtains
// its iterator from begin() after the appends. Near miss of bad/20.
#include <cstdio>
#include <deque>

struct Event {
    int kind;
    int value;
};

class EventLog {
public:
    void append(int kind, int value) { events_.push_back(Event{kind, value}); }
    void prepend(int kind, int value) { events_.push_front(Event{kind, value}); }
    Event& at(std::size_t i) { return events_[i]; }
    std::deque<Event>::iterator begin() { return events_.begin(); }
    std::size_t size() const { return events_.size(); }

private:
    std::deque<Event> events_;
};

static long replay(std::deque<Event>::iterator cur, std::size_t count) {
    long state = 0;
    for (std::size_t i = 0; i < count; ++i, ++cur)
        state = cur->kind == 0 ? state + cur->value : state - cur->value;
    return state;
}

int main() {
    EventLog log;
    for (int i = 0; i < 10; ++i) log.append(i % 2, i);

    Event& checkpoint = log.at(4);
    long s1 = replay(log.begin(), 5);

    for (int i = 0; i < 5000; ++i) log.append(i % 3 == 0, i);
    for (int i = 0; i < 700; ++i) log.prepend(1, 0);

    checkpoint.value += 100;               // reference into a deque: still valid
    long s2 = replay(log.begin(), 1000);   // iterator re-obtained after the growth
    std::printf("%ld %ld %zu %d\n", s1, s2, log.size(), checkpoint.value);
    return 0;
}
