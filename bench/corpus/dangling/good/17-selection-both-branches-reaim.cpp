// Shape editor selection; every branch that deletes the selected shape also re-aims or clears the pointer.
// Corrected twin of bad/23: the Delete path sets `selected` to the new topmost shape (or null),
// so the status line never reads a deleted Shape.
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

static Shape* apply(Canvas& canvas, Shape* selected, Command cmd) {
    if (cmd == Command::Replace) {
        Shape* repl = canvas.add("polygon", selected->x, selected->y, selected->layer);
        canvas.remove(selected);
        selected = repl;
    } else {
        canvas.remove(selected);
        selected = canvas.topmost();
    }
    return selected;
}

int main() {
    Canvas canvas;
    canvas.add("rectangle", 0, 0, 1);
    Shape* selected = canvas.add("ellipse", 40, 30, 2);

    selected = apply(canvas, selected, Command::Replace);
    std::printf("replaced: selection is %s on layer %d\n", selected->kind.c_str(), selected->layer);
    selected = apply(canvas, selected, Command::Delete);

    std::printf("%zu shapes left\n", canvas.count());
    if (selected) std::printf("selection on layer %d\n", selected->layer);
    return canvas.count() == 1 ? 0 : 1;
}
