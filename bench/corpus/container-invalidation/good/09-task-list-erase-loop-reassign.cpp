// Scheduler drops finished tasks from a std::list with it = erase(it), advancing only when nothing was erased.
// Corrected twin of bad/10: the loop continues from the iterator erase()
// returns, so it never touches a freed node.
#include <cstdio>
#include <list>

struct Task {
    int id;
    int remaining_ms;
    int priority;
};

class Scheduler {
public:
    void add(int id, int ms, int prio) { tasks_.push_back(Task{id, ms, prio}); }

    void tick(int elapsed_ms) {
        for (Task& t : tasks_) t.remaining_ms -= elapsed_ms;
    }

    int reap() {
        int reaped = 0;
        for (auto it = tasks_.begin(); it != tasks_.end();) {
            if (it->remaining_ms <= 0) {
                ++reaped;
                it = tasks_.erase(it);
            } else {
                ++it;
            }
        }
        return reaped;
    }

    std::size_t pending() const { return tasks_.size(); }

private:
    std::list<Task> tasks_;
};

int main() {
    Scheduler s;
    s.add(1, 30, 2);
    s.add(2, 10, 1);
    s.add(3, 50, 3);
    s.add(4, 5, 1);
    s.tick(20);
    int reaped = s.reap();
    s.tick(20);
    reaped += s.reap();
    std::printf("reaped %d, %zu pending\n", reaped, s.pending());
    return s.pending() == 1 ? 0 : 1;
}
