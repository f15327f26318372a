// Telemetry Watch<T> class template keeps a T* to the watched object; a global Watch is pointed at a sensor reading local to a function.
// sampleOnce() watches its local Reading through the global watcher; report() later
// reads the value through Watch<Reading>::get() after sampleOnce returned.
// asan: stack-use-after-return
#include <cstdio>

template <class T>
class Watch {
public:
    void attach(T& target) { target_ = &target; }
    void detach() { target_ = nullptr; }
    bool attached() const { return target_ != nullptr; }
    const T& get() const { return *target_; }

private:
    T* target_ = nullptr;
};

struct Reading {
    int sensorId;
    double celsius;
    long timestamp;
};

Watch<Reading> g_lastReading;

static double readSensor(int id, long t) { return 20.0 + id * 0.5 + (t % 10) * 0.1; }

void sampleOnce(int sensorId, long now) {
    Reading r{sensorId, readSensor(sensorId, now), now};
    g_lastReading.attach(r); // BUG: the global Watch<Reading> keeps the address of the local 'r'
    if (r.celsius > 30.0)
        std::printf("sensor %d overheating\n", sensorId);
}

static void report() {
    if (!g_lastReading.attached())
        return;
    const Reading& r = g_lastReading.get();
    std::printf("sensor %d: %.1f C at t=%ld\n", r.sensorId, r.celsius, r.timestamp);
}

int main() {
    for (long t = 100; t < 103; ++t)
        sampleOnce(static_cast<int>(t % 3), t);
    report();
    return 0;
}
