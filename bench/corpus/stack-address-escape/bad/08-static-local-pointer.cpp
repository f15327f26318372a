// Feature-flag evaluator caches a pointer to its first caller's local Defaults in a function-local static.
// currentDefaults() initialises 'static const Defaults* cached = &local' on the
// first call only; every later call returns that pointer into a frame long gone.
// asan: stack-use-after-return
#include <cstdio>
#include <cstring>

struct Defaults {
    bool darkMode;
    bool betaSearch;
    int maxTabs;
};

static Defaults loadDefaults(int profile) {
    Defaults d{};
    d.darkMode = profile % 2 == 0;
    d.betaSearch = profile > 2;
    d.maxTabs = 8 + profile;
    return d;
}

const Defaults* currentDefaults(int profile) {
    Defaults local = loadDefaults(profile);
    static const Defaults* cached = &local; // BUG: function-local static keeps the address of 'local'
    return cached;
}

struct FlagQuery {
    const char* name;
    int profile;
};

static int evaluate(const FlagQuery& q) {
    const Defaults* d = currentDefaults(q.profile);
    if (std::strcmp(q.name, "dark_mode") == 0)
        return d->darkMode;
    if (std::strcmp(q.name, "beta_search") == 0)
        return d->betaSearch;
    if (std::strcmp(q.name, "max_tabs") == 0)
        return d->maxTabs;
    return -1;
}

int main() {
    FlagQuery queries[] = {
        {"dark_mode", 2},
        {"beta_search", 2},
        {"max_tabs", 3},
    };
    for (const FlagQuery& q : queries)
        std::printf("%-12s -> %d\n", q.name, evaluate(q));
    return 0;
}
