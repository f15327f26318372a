// CLI argument parser returns a std::string_view into the caller's argument string, not into a local (twin of bad/15).
// flagName() only narrows the view it was given; the underlying characters are the
// program's argv literals, which outlive every use.
#include <cstdio>
#include <string_view>

std::string_view flagName(std::string_view arg) {
    while (!arg.empty() && arg.front() == '-')
        arg.remove_prefix(1);
    return arg.substr(0, arg.find('='));
}

static bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] + 32) : a[i];
        if (x != b[i])
            return false;
    }
    return true;
}

struct Options {
    bool verbose = false;
    bool dryRun = false;
    int unknown = 0;
};

static void apply(Options& opts, std::string_view name) {
    if (equalsIgnoreCase(name, "verbose"))
        opts.verbose = true;
    else if (equalsIgnoreCase(name, "dry-run"))
        opts.dryRun = true;
    else
        ++opts.unknown;
}

int main() {
    const char* argv[] = {"tool", "--Verbose", "--DRY-RUN=1", "-x"};
    Options opts;
    for (int i = 1; i < 4; ++i) {
        std::string_view name = flagName(argv[i]);
        apply(opts, name);
    }
    std::printf("verbose=%d dry-run=%d unknown=%d\n", opts.verbose, opts.dryRun, opts.unknown);
    return 0;
}
