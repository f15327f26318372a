// Drawing editor stores the selected shape as a Shape* member; add_shape() grows the shape vector and the member dangles.
// Editor::select keeps selected_ = &shapes_[i]. Pasting shapes push_backs
// into shapes_ past its capacity; nudge_selection() then writes through selected_.
// asan: heap-use-after-free
#include <cstdio>
#include <vector>

struct Shape {
    int kind;
    float x, y, w, h;
};

class Editor {
public:
    void add_shape(int kind, float x, float y, float w, float h) {
        shapes_.push_back(Shape{kind, x, y, w, h});
    }

    bool select_at(float px, float py) {
        for (Shape& s : shapes_)
            if (px >= s.x && px <= s.x + s.w && py >= s.y && py <= s.y + s.h) {
                selected_ = &s;
                return true;
            }
        return false;
    }

    void paste(const std::vector<Shape>& clipboard, float dx) {
        for (const Shape& s : clipboard) add_shape(s.kind, s.x + dx, s.y, s.w, s.h);
    }

    void nudge_selection(float dx, float dy) {
        if (!selected_) return;
        selected_->x += dx;  // BUG: selected_ points into the shapes_ buffer paste() reallocated
        selected_->y += dy;
    }

    std::size_t count() const { return shapes_.size(); }

private:
    std::vector<Shape> shapes_;
    Shape* selected_ = nullptr;
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
