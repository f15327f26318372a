// Event log replay keeps a std::deque iterator as its cursor while new events are appended; push_back reallocates the deque's map.
// push_back keeps references into a deque valid but invalidates iterators:
// once the block map is full it is reallocated, and advancing the old cursor
// across a block boundary reads the freed map.
// asan: heap-use-after-free
#include <cstdio>
#include <deque>

struct Event {
    int kind;
    int value;
};

class EventLog {
public:
    using Cursor = std::deque<Event>::iterator;

    void append(int kind, int value) { events_.push_back(Event{kind, value}); }
    Cursor begin() { return events_.begin(); }
    std::size_t size() const { return events_.size(); }

private:
    std::deque<Event> events_;
};

static long replay(EventLog::Cursor& cur, int count) {
    long state = 0;
    for (int i = 0; i < count; ++i, ++cur) {  // BUG: ++cur walks the map push_back freed
        state = cur->kind == 0 ? state + cur->value : state - cur->value;
    }
    return state;
}

int main() {
    EventLog log;
    for (int i = 0; i < 10; ++i) log.append(i % 2, i);

    EventLog::Cursor cursor = log.begin();
    long s1 = replay(cursor, 5);

    // The producer catches up while the consumer is paused.
    for (int i = 0; i < 5000; ++i) log.append(i % 3 == 0, i);

    long s2 = replay(cursor, 1000);
    std::printf("%ld %ld %zu\n", s1, s2, log.size());
    return 0;
}
