// UI widget tree with a name lookup table; the bug: the owning vector is cleared on rebuild but the name map is not.
// rebuild() calls widgets_.clear() and repopulates, forgetting to clear byName_. A stale name
// still maps to a Widget freed by clear().
// asan: heap-use-after-free
#include <cstdio>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

struct Widget {
    std::string name;
    int x, y, w, h;
    bool visible = true;
};

class Layout {
public:
    void add(const std::string& name, int x, int y, int w, int h) {
        widgets_.push_back(std::make_unique<Widget>(Widget{name, x, y, w, h}));
        byName_[name] = widgets_.back().get();
    }

    void rebuild(bool compact) {
        widgets_.clear();
        if (compact) {
            add("toolbar", 0, 0, 320, 24);
            add("content", 0, 24, 320, 216);
        } else {
            add("toolbar", 0, 0, 640, 32);
            add("sidebar", 0, 32, 160, 448);
            add("content", 160, 32, 480, 448);
        }
    }

    Widget* lookup(const std::string& name) {
        auto it = byName_.find(name);
        return it == byName_.end() ? nullptr : it->second;
    }

private:
    std::vector<std::unique_ptr<Widget>> widgets_;
    std::unordered_map<std::string, Widget*> byName_;
};

int main() {
    Layout layout;
    layout.rebuild(false);
    std::printf("sidebar width %d\n", layout.lookup("sidebar")->w);

    layout.rebuild(true);  // compact mode has no sidebar
    Widget* side = layout.lookup("sidebar");
    if (side) {
        side->visible = false;  // BUG: writes to a Widget freed by widgets_.clear()
        std::printf("sidebar hidden\n");
    }
    return 0;
}
