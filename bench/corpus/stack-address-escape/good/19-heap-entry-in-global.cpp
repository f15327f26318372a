// Plugin loader records (name, version) pairs in a global vector, with each Version on the heap via unique_ptr (twin of bad/14).
// loadPlugin() allocates the parsed version with std::make_unique and moves the
// owner into g_loaded, so printInventory() reads heap objects that the global owns.
#include <cstdio>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Version {
    int major;
    int minor;
    int patch;
};

std::vector<std::pair<std::string, std::unique_ptr<Version>>> g_loaded;

static Version parseVersion(const char* text) {
    Version v{0, 0, 0};
    std::sscanf(text, "%d.%d.%d", &v.major, &v.minor, &v.patch);
    return v;
}

bool loadPlugin(const char* name, const char* versionText) {
    auto version = std::make_unique<Version>(parseVersion(versionText));
    if (version->major == 0)
        return false;
    g_loaded.emplace_back(name, std::move(version));
    return true;
}

static int printInventory() {
    int newest = 0;
    for (const auto& entry : g_loaded) {
        const Version* v = entry.second.get();
        std::printf("%-10s %d.%d.%d\n", entry.first.c_str(), v->major, v->minor, v->patch);
        if (v->major > newest)
            newest = v->major;
    }
    return newest;
}

int main() {
    loadPlugin("gzip", "1.4.2");
    loadPlugin("brotli", "0.9.0");
    loadPlugin("zstd", "2.1.0");
    int newest = printInventory();
    std::printf("newest major: %d\n", newest);
    g_loaded.clear();
    return newest == 2 ? 0 : 1;
}
