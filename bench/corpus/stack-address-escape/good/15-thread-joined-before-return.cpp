// Background flusher: a [&] lambda runs on a std::thread that is joined before the function returns (twin of bad/24).
// flushPending() captures its locals by reference, but join() guarantees the
// worker has finished with them before the frame ends.
#include <cstdio>
#include <initializer_list>
#include <thread>

struct BatchSettings {
    int maxItems;
    int intervalMs;
};

int flushPending(int pending) {
    BatchSettings settings{16, 5};
    int backlog = pending;
    int batches = 0;
    std::thread worker([&]() {
        while (backlog > 0) {
            backlog -= settings.maxItems;
            ++batches;
        }
    });
    worker.join();
    std::printf("flusher done for %d items\n", pending);
    return batches;
}

struct FlushReport {
    int runs = 0;
    int batches = 0;
    int largest = 0;

    void add(int b) {
        ++runs;
        batches += b;
        if (b > largest)
            largest = b;
    }
};

int main() {
    FlushReport report;
    for (int pending : {40, 7, 100})
        report.add(flushPending(pending));
    std::printf("%d runs flushed in %d batches (largest %d)\n", report.runs, report.batches,
                report.largest);
    return report.batches == 3 + 1 + 7 ? 0 : 1;
}
