// Image canvas takes data() of its pixel vector, then reserve() for a larger canvas reallocates; the row pointer dangles.
// Canvas::prepare_resize reserves capacity for the new dimensions before the
// pixels are rewritten; the blur pass still holds the pointer from data().
// asan: heap-use-after-free
#include <cstdint>
#include <cstdio>
#include <vector>

struct Canvas {
    int width = 0, height = 0;
    std::vector<std::uint32_t> pixels;

    void init(int w, int h) {
        width = w;
        height = h;
        pixels.assign(static_cast<std::size_t>(w) * h, 0xff202020u);
    }

    void prepare_resize(int w, int h) { pixels.reserve(static_cast<std::size_t>(w) * h); }
};

static std::uint32_t average_row(const std::uint32_t* row, int width) {
    std::uint64_t sum = 0;
    for (int x = 0; x < width; ++x) sum += row[x] & 0xffu;
    return static_cast<std::uint32_t>(sum / width);
}

int main() {
    Canvas c;
    c.init(64, 48);
    for (int i = 0; i < 64 * 48; ++i) c.pixels[i] = 0xff000000u | (i & 0xff);

    std::uint32_t* top = c.pixels.data();
    std::printf("top row avg %u\n", average_row(top, c.width));

    // The user dragged the window edge: make room for 128x96.
    c.prepare_resize(128, 96);

    std::uint32_t avg = average_row(top, c.width);  // BUG: top is the old data() that reserve() freed
    std::printf("after reserve avg %u\n", avg);
    return 0;
}
