// Logger builds each line in a local std::string and a local char array and passes c_str()/data() down to sinks that copy them synchronously.
// Pointers to locals only travel down the call stack: every sink either copies
// the bytes (the memory sink) or writes them out before returning.
#include <array>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

class MemorySink {
public:
    void write(const char* text, size_t n) { lines_.emplace_back(text, n); }
    size_t count() const { return lines_.size(); }
    const std::string& at(size_t i) const { return lines_[i]; }

private:
    std::vector<std::string> lines_;
};

static size_t g_consoleBytes = 0;

static void consoleWrite(const char* text) {
    size_t n = std::strlen(text);
    std::fwrite(text, 1, n, stdout);
    std::fputc('\n', stdout);
    g_consoleBytes += n;
}

void logLine(MemorySink& mem, const char* component, int code) {
    std::string line = component;
    line += ": code ";
    line += std::to_string(code);
    consoleWrite(line.c_str());
    mem.write(line.data(), line.size());

    std::array<char, 32> tag{};
    std::snprintf(tag.data(), tag.size(), "#%s-%d", component, code);
    consoleWrite(tag.data());
    mem.write(tag.data(), std::strlen(tag.data()));
}

int main() {
    MemorySink mem;
    logLine(mem, "net", 200);
    logLine(mem, "db", 503);
    std::printf("kept %zu lines, first: %s, console bytes %zu\n", mem.count(),
                mem.at(0).c_str(), g_consoleBytes);
    return mem.count() == 4 ? 0 : 1;
}
