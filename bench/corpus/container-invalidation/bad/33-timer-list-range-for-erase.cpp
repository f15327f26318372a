// Timer wheel fires expired timers in a range-for over a std::list and erases the fired timer inside the loop.
// Erasing the current element frees its node; the range-for's hidden
// iterator is then incremented through the freed node.
// asan: heap-use-after-free
#include <cstdio>
#include <list>

struct Timer {
    int id;
    long deadline;
    int fired;
};

class TimerList {
public:
    void schedule(int id, long deadline) { timers_.push_back(Timer{id, deadline, 0}); }

    int fire(long now) {
        int count = 0;
        for (Timer& t : timers_) {  // BUG: the loop's iterator is advanced from an erased node
            if (t.deadline <= now) {
                ++count;
                cancel(t.id);
            }
        }
        return count;
    }

    void cancel(int id) {
        for (auto it = timers_.begin(); it != timers_.end(); ++it)
            if (it->id == id) {
                timers_.erase(it);
                return;
            }
    }

    std::size_t size() const { return timers_.size(); }

private:
    std::list<Timer> timers_;
};

int main() {
    TimerList tl;
    tl.schedule(1, 100);
    tl.schedule(2, 50);
    tl.schedule(3, 400);
    tl.schedule(4, 75);
    int fired = tl.fire(120);
    std::printf("fired %d, %zu left\n", fired, tl.size());
    return 0;
}
