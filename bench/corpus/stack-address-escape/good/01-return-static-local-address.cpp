// Config parser whose fallback lookup returns the address of a function-local static Setting (twin of bad/01).
// findSetting() scans the parsed table; for a missing key it fills a static
// Setting and returns its address. Statics live for the whole program, so the
// caller may read it after findSetting returns.
#include <cstdio>
#include <cstring>

struct Setting {
    char key[24];
    int value;
    bool fromFile;
};

struct ConfigTable {
    Setting items[4];
    int count = 0;

    void add(const char* key, int value) {
        Setting& s = items[count++];
        std::snprintf(s.key, sizeof s.key, "%s", key);
        s.value = value;
        s.fromFile = true;
    }
};

static void parseLine(ConfigTable& table, const char* line) {
    char key[24] = {};
    int value = 0;
    if (std::sscanf(line, "%23[^=]=%d", key, &value) == 2)
        table.add(key, value);
}

const Setting* findSetting(const ConfigTable& table, const char* key, int defaultValue) {
    for (int i = 0; i < table.count; ++i)
        if (std::strcmp(table.items[i].key, key) == 0)
            return &table.items[i];
    static Setting fallback{};
    std::snprintf(fallback.key, sizeof fallback.key, "%s", key);
    fallback.value = defaultValue;
    fallback.fromFile = false;
    return &fallback;
}

static void report(const Setting* s) {
    std::printf("%-12s = %d (%s)\n", s->key, s->value, s->fromFile ? "file" : "default");
}

int main() {
    const char* lines[] = {"workers=8", "timeout=30", "retries=3"};
    ConfigTable table;
    for (const char* line : lines)
        parseLine(table, line);

    const Setting* workers = findSetting(table, "workers", 4);
    report(workers);

    const Setting* backlog = findSetting(table, "backlog", 128);
    report(backlog);
    return backlog->value > 0 ? 0 : 1;
}
