// User directory rendering; the bug: a string_view is taken from a lambda that returns std::string by value.
// `displayName` concatenates first and last name into a new string; binding its result to a
// string_view leaves the view aimed at the temporary's freed heap buffer.
// asan: heap-use-after-free
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

struct User {
    int id;
    std::string first;
    std::string last;
    std::string team;
};

static std::size_t countUpper(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if (c >= 'A' && c <= 'Z') ++n;
    return n;
}

int main() {
    std::vector<User> users = {
        {1, "Margaret", "Hamilton-Whitfield", "Flight Software"},
        {2, "Grace", "Hopper-Vanderbilt", "Compilers"},
    };

    auto displayName = [](const User& u) { return u.first + " " + u.last + " (" + u.team + ")"; };

    std::size_t widest = 0;
    std::vector<std::string_view> labels;
    for (const User& u : users) {
        std::string_view label = displayName(u);
        labels.push_back(label);
    }
    for (std::string_view label : labels) {
        std::size_t caps = countUpper(label);  // BUG: scans characters of a destroyed temporary string
        if (label.size() > widest) widest = label.size();
        std::printf("%zu capitals\n", caps);
    }
    std::printf("widest label %zu\n", widest);
    return 0;
}
