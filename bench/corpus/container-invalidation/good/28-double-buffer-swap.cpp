// Double-buffered frame renderer swaps front and back vectors; a pointer into the back buffer keeps naming the same element, now in front.
// vector::swap exchanges the buffers without reallocating, so pointers and
// references follow their element into the other container. Both vectors
// stay alive, so the pointer is valid. Near miss of bad/12.
#include <cstdio>
#include <vector>

struct Pixel {
    unsigned char r, g, b, a;
};

class FrameBuffers {
public:
    FrameBuffers(int w, int h) : width_(w), front_(w * h), back_(w * h) {}

    Pixel* back_row(int y) { return back_.data() + y * width_; }
    const Pixel* front_row(int y) const { return front_.data() + y * width_; }

    void present() { front_.swap(back_); }

    int width() const { return width_; }

private:
    int width_;
    std::vector<Pixel> front_;
    std::vector<Pixel> back_;
};

static void draw_gradient(Pixel* row, int width, unsigned char shade) {
    for (int x = 0; x < width; ++x) row[x] = Pixel{static_cast<unsigned char>(x), shade, 0, 255};
}

int main() {
    FrameBuffers fb(64, 32);
    Pixel* status_line = fb.back_row(31);
    draw_gradient(status_line, fb.width(), 40);

    fb.present();  // status_line now points into the front buffer

    int sum = 0;
    for (int x = 0; x < fb.width(); ++x) sum += status_line[x].g;
    bool same = status_line == fb.front_row(31);
    std::printf("status line green sum %d, follows swap: %d\n", sum, same);
    return same && sum == 40 * 64 ? 0 : 1;
}
