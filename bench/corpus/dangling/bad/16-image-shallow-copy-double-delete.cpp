// Image buffer class with a raw owning pointer; the bug: implicit copy constructor shares the buffer, both delete it.
// Image deletes `pixels_` in its destructor but has no user-declared copy constructor, so
// `Image out = src;` in withBorder() copies the pointer. `framed` frees the buffer when its block ends,
// and `original` deletes the same block again at the end of main().
// asan: attempting double-free
#include <cstdio>
#include <cstring>

class Image {
public:
    Image(int w, int h) : w_(w), h_(h), pixels_(new unsigned char[static_cast<std::size_t>(w * h)]) {
        std::memset(pixels_, 0, static_cast<std::size_t>(w * h));
    }
    ~Image() { delete[] pixels_; }  // BUG: the second Image deletes the buffer the first already freed

    void fill(unsigned char v) { std::memset(pixels_, v, static_cast<std::size_t>(w_ * h_)); }
    void set(int x, int y, unsigned char v) { pixels_[y * w_ + x] = v; }
    unsigned char at(int x, int y) const { return pixels_[y * w_ + x]; }
    int width() const { return w_; }
    int height() const { return h_; }

    long sum() const {
        long s = 0;
        for (int i = 0; i < w_ * h_; ++i) s += pixels_[i];
        return s;
    }

private:
    int w_, h_;
    unsigned char* pixels_;
};

static Image withBorder(const Image& src, unsigned char border) {
    Image out = src;  // implicit copy: shares src's pixel buffer
    for (int x = 0; x < out.width(); ++x) {
        out.set(x, 0, border);
        out.set(x, out.height() - 1, border);
    }
    return out;
}

int main() {
    Image original(16, 16);
    original.fill(10);
    std::printf("original sum %ld\n", original.sum());
    {
        Image framed = withBorder(original, 255);
        std::printf("framed sum %ld\n", framed.sum());
    }
    std::printf("thumbnail written\n");
    return 0;  // original's destructor runs here
}
