// Image buffer class with a raw owning pointer and a correct deep copy (rule of three).
// Corrected twin of bad/16: the copy constructor and copy assignment allocate a new pixel
// buffer, so each Image deletes only its own buffer.
#include <algorithm>
#include <cstdio>
#include <cstring>

class Image {
public:
    Image(int w, int h) : w_(w), h_(h), pixels_(new unsigned char[bytes()]) { std::memset(pixels_, 0, bytes()); }
    Image(const Image& o) : w_(o.w_), h_(o.h_), pixels_(new unsigned char[o.bytes()]) {
        std::memcpy(pixels_, o.pixels_, bytes());
    }
    Image& operator=(const Image& o) {
        if (this != &o) {
            unsigned char* fresh = new unsigned char[o.bytes()];
            std::memcpy(fresh, o.pixels_, o.bytes());
            delete[] pixels_;
            pixels_ = fresh;
            w_ = o.w_;
            h_ = o.h_;
        }
        return *this;
    }
    ~Image() { delete[] pixels_; }

    void fill(unsigned char v) { std::memset(pixels_, v, bytes()); }
    void set(int x, int y, unsigned char v) { pixels_[y * w_ + x] = v; }
    unsigned char at(int x, int y) const { return pixels_[y * w_ + x]; }
    int width() const { return w_; }
    int height() const { return h_; }
    long sum() const {
        long s = 0;
        for (std::size_t i = 0; i < bytes(); ++i) s += pixels_[i];
        return s;
    }

private:
    std::size_t bytes() const { return static_cast<std::size_t>(w_ * h_); }
    int w_, h_;
    unsigned char* pixels_;
};

static Image withBorder(const Image& src, unsigned char border) {
    Image out = src;  // deep copy
    for (int x = 0; x < out.width(); ++x) {
        out.set(x, 0, border);
        out.set(x, out.height() - 1, border);
    }
    return out;
}

int main() {
    Image original(16, 16);
    original.fill(10);
    {
        Image framed = withBorder(original, 255);
        std::printf("framed sum %ld\n", framed.sum());
        Image copy(1, 1);
        copy = framed;
        std::printf("assigned copy corner %d\n", copy.at(0, 0));
    }
    std::printf("original corner %d, sum %ld\n", original.at(0, 0), original.sum());
    return original.at(0, 0) == 10 ? 0 : 1;
}
