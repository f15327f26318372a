// Drawing editor stores the selection as an index, so pasting shapes (which grows the vector) cannot invalidate it.
// Corrected twin of bad/26: selected_ is a std::size_t and nudge_selection()
// indexes shapes_ at the time of use.
#include <cstdio>
#include <vector>

struct Shape {
    int kind;
    float x, y, w, h;
};

class Editor {
public:
    static constexpr std::size_t none = static_cast<std::size_t>(-1);

    void add_shape(int kind, float x, float y, float w, float h) {
        shapes_.push_back(Shape{kind, x, y, w, h});
    }

    bool select_at(float px, float py) {
        for (std::size_t i = 0; i < shapes_.size(); ++i) {
            const Shape& s = shapes_[i];
            if (px >= s.x && px <= s.x + s.w && py >= s.y && py <= s.y + s.h) {
                selected_ = i;
                return true;
            }
        }
        return false;
    }

    void paste(const std::vector<Shape>& clipboard, float dx) {
        for (const Shape& s : clipboard) add_shape(s.kind, s.x + dx, s.y, s.w, s.h);
    }

    void nudge_selection(float dx, float dy) {
        if (selected_ == none) return;
        Shape& s = shapes_[selected_];
        s.x += dx;
        s.y += dy;
    }

    std::size_t count() const { return shapes_.size(); }

private:
    std::vector<Shape> shapes_;
    std::size_t selected_ = none;
};

int main() {
    Editor ed;
    ed.add_shape(0, 0, 0, 10, 10);
    ed.add_shape(1, 20, 0, 5, 5);
    ed.add_shape(0, 40, 40, 8, 4);
    if (!ed.select_at(22, 2)) return 1;

    std::vector<Shape> clipboard(9, Shape{2, 0, 0, 3, 3});
    ed.paste(clipboard, 100);

    ed.nudge_selection(1, -1);
    std::printf("%zu shapes\n", ed.count());
    return 0;
}
