// Plugin loader records (name, &version) pairs in a global vector with emplace_back; version is a local of the loader.
// loadPlugin() parses the version into a local struct and emplaces its address
// into g_loaded; printInventory() walks the vector after every loader returned.
// asan: stack-use-after-return
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

struct Version {
    int major;
    int minor;
    int patch;
};

std::vector<std::pair<std::string, const Version*>> g_loaded;

static Version parseVersion(const char* text) {
    Version v{0, 0, 0};
    std::sscanf(text, "%d.%d.%d", &v.major, &v.minor, &v.patch);
    return v;
}

bool loadPlugin(const char* name, const char* versionText) {
    Version version = parseVersion(versionText);
    if (version.major == 0)
        return false;
    g_loaded.emplace_back(name, &version); // BUG: global vector gets the address of the local 'version'
    return true;
}

static int printInventory() {
    int newest = 0;
    for (const auto& entry : g_loaded) {
        const Version* v = entry.second;
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
    return 0;
}
