// Shell history keeps the c_str() of the last command, then pop_back() removes that entry; the char pointer dangles.
// `history.back().c_str()` points into the heap buffer of a long std::string
// element; dropping the duplicate entry destroys the string and frees the buffer.
// asan: heap-use-after-free
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

class History {
public:
    void add(const std::string& cmd) { entries_.push_back(cmd); }

    const char* last() const { return entries_.empty() ? "" : entries_.back().c_str(); }

    // Collapses an immediate repetition of the previous command.
    void dedupe_tail() {
        std::size_t n = entries_.size();
        if (n >= 2 && entries_[n - 1] == entries_[n - 2]) entries_.pop_back();
    }

    std::size_t size() const { return entries_.size(); }

private:
    std::vector<std::string> entries_;
};

static int count_args(const char* cmd) {
    int args = 0;
    bool in_arg = false;
    for (std::size_t i = 0; cmd[i] != '\0'; ++i) {
        bool sep = cmd[i] == ' ';
        if (!sep && !in_arg) ++args;
        in_arg = !sep;
    }
    return args;
}

int main() {
    History h;
    h.add("git status --short --branch");
    h.add("cmake --build build --target all -j 8");
    h.add("cmake --build build --target all -j 8");

    const char* prompt_hint = h.last();
    h.dedupe_tail();

    int args = count_args(prompt_hint);  // BUG: prompt_hint is the c_str() of the entry pop_back() destroyed
    std::printf("%zu entries, last had %d args\n", h.size(), args);
    return 0;
}
