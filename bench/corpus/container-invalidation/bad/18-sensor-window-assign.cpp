// Sensor filter holds a pointer to its newest reading, then assign() loads a longer calibration window; the pointer dangles.
// readings_.assign(n, v) with n larger than the capacity allocates a new
// buffer and frees the old one before the filter reads through `latest`.
// asan: heap-use-after-free
#include <cstdio>
#include <vector>

class MovingAverage {
public:
    explicit MovingAverage(std::size_t window) : readings_(window, 0.0) {}

    double* slot(std::size_t i) { return &readings_[i % readings_.size()]; }

    void recalibrate(std::size_t window, double baseline) { readings_.assign(window, baseline); }

    double mean() const {
        double s = 0;
        for (double r : readings_) s += r;
        return s / readings_.size();
    }

private:
    std::vector<double> readings_;
};

int main() {
    MovingAverage filter(8);
    double* latest = nullptr;
    const double feed[] = {20.1, 20.3, 20.2, 21.0, 22.5, 24.9, 27.0};
    std::size_t n = 0;
    for (double v : feed) {
        latest = filter.slot(n++);
        *latest = v;
    }

    // A jump of more than 5 degrees triggers a wider window.
    if (feed[6] - feed[0] > 5.0) filter.recalibrate(64, 20.0);

    double last = *latest;  // BUG: latest points into the buffer assign() replaced
    std::printf("mean %.2f last %.2f\n", filter.mean(), last);
    return 0;
}
