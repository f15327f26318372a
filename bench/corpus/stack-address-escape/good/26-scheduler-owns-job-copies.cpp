// Job scheduler: a helper enqueues a Job by value, and the scheduler stores copies, so the helper's local may die (twin of bad/10).
// scheduleCleanup() builds the Job on its stack and calls sched.add(job); add()
// copies it into a std::vector<Job>, and runAll() works on those copies.
#include <cstdio>
#include <vector>

struct Job {
    const char* name;
    int priority;
    int runs;
};

class Scheduler {
public:
    void add(const Job& job) { queue_.push_back(job); }

    int runAll() {
        int executed = 0;
        for (Job& j : queue_) {
            j.runs += 1;
            std::printf("run %-10s prio=%d\n", j.name, j.priority);
            ++executed;
        }
        queue_.clear();
        return executed;
    }

private:
    std::vector<Job> queue_;
};

void scheduleCleanup(Scheduler& sched, int priority) {
    Job job{"cleanup", priority, 0};
    sched.add(job);
    std::printf("queued cleanup with prio %d\n", job.priority);
}

int main() {
    Scheduler sched;
    sched.add(Job{"heartbeat", 1, 0});
    scheduleCleanup(sched, 5);
    int n = sched.runAll();
    std::printf("executed %d jobs\n", n);
    return n == 2 ? 0 : 1;
}
