// Job scheduler: a helper enqueues the address of a stack-allocated Job on a scheduler passed by reference.
// scheduleCleanup() creates a Job on its stack and calls sched.add(&job). The
// scheduler runs its queue later from main(), after scheduleCleanup returned.
// asan: stack-use-after-return
#include <cstdio>
#include <vector>

struct Job {
    const char* name;
    int priority;
    int runs;
};

class Scheduler {
public:
    void add(Job* job) { queue_.push_back(job); }

    int runAll() {
        int executed = 0;
        for (Job* j : queue_) {
            j->runs += 1;
            std::printf("run %-10s prio=%d\n", j->name, j->priority);
            ++executed;
        }
        queue_.clear();
        return executed;
    }

private:
    std::vector<Job*> queue_;
};

static Job g_heartbeat{"heartbeat", 1, 0};

void scheduleCleanup(Scheduler& sched, int priority) {
    Job job{"cleanup", priority, 0};
    sched.add(&job); // BUG: the scheduler parameter keeps the address of the local 'job'
    std::printf("queued cleanup with prio %d\n", job.priority);
}

int main() {
    Scheduler sched;
    sched.add(&g_heartbeat);
    scheduleCleanup(sched, 5);
    int n = sched.runAll();
    std::printf("executed %d jobs\n", n);
    return 0;
}
