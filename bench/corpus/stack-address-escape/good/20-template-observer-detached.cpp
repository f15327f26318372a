// Telemetry Watch<T> class template attached to a local reading is detached by an RAII scope before the function returns (twin of bad/27).
// sampleOnce() attaches the global watcher to its local Reading only inside a
// ScopedWatch; the summary reported afterwards was copied out while it was alive.
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

template <class T>
class ScopedWatch {
public:
    ScopedWatch(Watch<T>& w, T& target) : w_(w) { w_.attach(target); }
    ~ScopedWatch() { w_.detach(); }

private:
    Watch<T>& w_;
};

struct Reading {
    int sensorId;
    double celsius;
    long timestamp;
};

Watch<Reading> g_current;
Reading g_lastCopy{};

static double readSensor(int id, long t) { return 20.0 + id * 0.5 + (t % 10) * 0.1; }

static void snapshot() {
    if (g_current.attached())
        g_lastCopy = g_current.get();
}

void sampleOnce(int sensorId, long now) {
    Reading r{sensorId, readSensor(sensorId, now), now};
    ScopedWatch<Reading> scope(g_current, r);
    snapshot();
}

static void report() {
    std::printf("sensor %d: %.1f C at t=%ld (watch attached: %d)\n", g_lastCopy.sensorId,
                g_lastCopy.celsius, g_lastCopy.timestamp, g_current.attached());
}

int main() {
    for (long t = 100; t < 103; ++t)
        sampleOnce(static_cast<int>(t % 3), t);
    report();
    return g_current.attached() ? 1 : 0;
}
