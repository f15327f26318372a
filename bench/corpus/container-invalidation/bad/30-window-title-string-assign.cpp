// Window manager caches a string_view of a window title, then assigns a longer title; the view dangles.
// set_title() does title_ = new_title; the new text is longer than the
// string's capacity, so operator= reallocates and the cached view reads freed memory.
// asan: heap-use-after-free
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

class Window {
public:
    explicit Window(std::string title) : title_(std::move(title)) {}
    std::string_view title() const { return title_; }
    void set_title(const std::string& t) { title_ = t; }

private:
    std::string title_;
};

struct TaskbarEntry {
    std::string_view label;
    int window_id;
};

static std::size_t visible_chars(std::string_view label, std::size_t max) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < label.size() && n < max; ++i)
        if (label[i] != '\t') ++n;
    return n;
}

int main() {
    std::vector<Window> windows;
    windows.emplace_back("Terminal - ~/projects/lifeguard");
    windows.emplace_back("Mail - Inbox (3 unread)");

    TaskbarEntry entry{windows[0].title(), 0};
    std::printf("label width %zu\n", visible_chars(entry.label, 40));

    windows[0].set_title("Terminal - ~/projects/lifeguard/bench/corpus - make -j8 check-all");

    std::size_t w = visible_chars(entry.label, 40);  // BUG: entry.label views the title buffer operator= replaced
    std::printf("label width %zu\n", w);
    return 0;
}
