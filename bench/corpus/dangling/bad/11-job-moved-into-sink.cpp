// Batch job runner; the bug: the owning unique_ptr is moved into a sink that destroys the job, a raw pointer survives.
// `Job* raw = job.get()` is kept for the progress report; `runAndDiscard(std::move(job))`
// takes ownership and the job is destroyed when the sink's parameter goes out of scope.
// asan: heap-use-after-free
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

static long runAndDiscard(std::unique_ptr<Job> job) {
    for (int v : job->inputs) job->result += v;
    job->done = true;
    std::printf("job %s finished\n", job->name.c_str());
    return job->result;
}  // job destroyed here

int main() {
    std::vector<std::unique_ptr<Job>> pending;
    pending.push_back(makeJob("sum-of-squares-small", 4));
    pending.push_back(makeJob("sum-of-squares-large", 10));

    long total = 0;
    for (auto& job : pending) {
        Job* raw = job.get();
        total += runAndDiscard(std::move(job));
        std::printf("  -> %s\n", raw->done ? "done" : "pending");  // BUG: reads the Job the sink destroyed
    }
    std::printf("total %ld\n", total);
    return 0;
}
