// Batch job runner; jobs are moved into a registry that outlives the raw pointers taken from them.
// Near miss of bad/11: the unique_ptr is moved, but into `finished`, which lives until the end
// of main(); the raw pointer obtained before the move still points to a live Job.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

struct Job {
    std::string name;
    std::vector<int> inputs;
    long result = 0;
    bool done = false;
};

static std::unique_ptr<Job> makeJob(const std::string& name, int n) {
    auto j = std::make_unique<Job>();
    j->name = name;
    for (int i = 1; i <= n; ++i) j->inputs.push_back(i * i);
    return j;
}

class Registry {
public:
    long runAndKeep(std::unique_ptr<Job> job) {
        for (int v : job->inputs) job->result += v;
        job->done = true;
        std::printf("job %s finished\n", job->name.c_str());
        finished_.push_back(std::move(job));
        return finished_.back()->result;
    }
    std::size_t size() const { return finished_.size(); }

private:
    std::vector<std::unique_ptr<Job>> finished_;
};

int main() {
    Registry finished;
    std::vector<std::unique_ptr<Job>> pending;
    pending.push_back(makeJob("sum-of-squares-small", 4));
    pending.push_back(makeJob("sum-of-squares-large", 10));

    long total = 0;
    std::vector<Job*> views;
    for (auto& job : pending) {
        Job* raw = job.get();
        total += finished.runAndKeep(std::move(job));
        views.push_back(raw);
        std::printf("  -> %s\n", raw->done ? "done" : "pending");
    }
    std::printf("total %ld, %zu kept, first result %ld\n", total, finished.size(), views[0]->result);
    return total == 415 ? 0 : 1;
}
