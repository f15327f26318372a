// Shape editor selection; the bug: one branch deletes the selected shape without re-aiming the selection pointer.
// The "replace" path deletes the old shape and re-aims `selected`; the "delete" path (the one
// taken here) removes the shape but leaves `selected` pointing to it, and the status line reads it.
// asan: heap-use-after-free
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

struct Shape {
    std::string kind;
    int x, y;
    int layer;
};

class Canvas {
public:
    ~Canvas() {
        for (Shape* s : shapes_) delete s;
    }
    Shape* add(const std::string& kind, int x, int y, int layer) {
        shapes_.push_back(new Shape{kind, x, y, layer});
        return shapes_.back();
    }
    void remove(Shape* s) {
        shapes_.erase(std::find(shapes_.begin(), shapes_.end(), s));
        delete s;
    }
    Shape* topmost() const { return shapes_.empty() ? nullptr : shapes_.back(); }
    std::size_t count() const { return shapes_.size(); }

private:
    std::vector<Shape*> shapes_;
};

enum class Command { Replace, Delete };

int main() {
    Canvas canvas;
    canvas.add("rectangle", 0, 0, 1);
    Shape* selected = canvas.add("ellipse", 40, 30, 2);

    Command cmd = Command::Delete;
    if (cmd == Command::Replace) {
        Shape* repl = canvas.add("polygon", selected->x, selected->y, selected->layer);
        canvas.remove(selected);
        selected = repl;
    } else {
        canvas.remove(selected);
    }

    std::printf("%zu shapes left\n", canvas.count());
    if (selected)
        std::printf("selection on layer %d\n", selected->layer);  // BUG: reads the deleted Shape on the Delete path
    return 0;
}
