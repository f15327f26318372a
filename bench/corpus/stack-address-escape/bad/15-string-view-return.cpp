// CLI argument parser returns a std::string_view into a local std::string it built to normalise the flag name.
// flagName() lower-cases the option into a local (short, so inline-buffer) string
// and returns a string_view of it; the caller compares and prints the view later.
// asan: stack-use-after-return
#include <cctype>
#include <cstdio>
#include <string>
#include <string_view>

std::string_view flagName(std::string_view arg) {
    while (!arg.empty() && arg.front() == '-')
        arg.remove_prefix(1);
    std::string normalized(arg);
    for (char& c : normalized)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string_view view = normalized;
    return view.substr(0, view.find('=')); // BUG: view into the local string 'normalized' is returned
}

struct Options {
    bool verbose = false;
    bool dryRun = false;
    int unknown = 0;
};

static void apply(Options& opts, std::string_view name) {
    if (name == "verbose")
        opts.verbose = true;
    else if (name == "dry-run")
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
