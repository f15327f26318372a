// Log-level name table; string_views into string literals and into a function-local static string.
// A string_view of a literal refers to static storage, and `prefix()` returns a view into a
// static std::string that lives until program exit. Both may outlive any local scope.
#include <array>
#include <cstdio>
#include <string>
#include <string_view>

enum class Level { Debug, Info, Warn, Error };

static std::string_view levelName(Level l) {
    switch (l) {
        case Level::Debug: return "debug";
        case Level::Info: return "info";
        case Level::Warn: return "warning";
        default: return "error";
    }
}

static std::string_view prefix() {
    static const std::string p = std::string("[payments-gateway/") + "eu-west-1] ";
    return p;
}

static const char* hostTag() {
    static std::string tag = "node-17.payments.internal.example";
    return tag.c_str();
}

int main() {
    std::array<std::string_view, 4> names{};
    {
        Level all[] = {Level::Debug, Level::Info, Level::Warn, Level::Error};
        for (std::size_t i = 0; i < 4; ++i) names[i] = levelName(all[i]);
    }
    std::string_view pre = prefix();
    const char* host = hostTag();

    std::size_t total = 0;
    for (std::string_view n : names) {
        std::string line = std::string(pre) + std::string(n) + " @" + host;
        std::printf("%s\n", line.c_str());
        total += line.size();
    }
    return total > 0 ? 0 : 1;
}
