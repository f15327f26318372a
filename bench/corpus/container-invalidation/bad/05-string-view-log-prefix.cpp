// Logger holds a string_view of its prefix string, then appends a long context to the prefix; the view dangles.
// Logger::set_context appends to prefix_, which grows past its capacity and
// reallocates; the view taken earlier by the caller still points at the old buffer.
// asan: heap-use-after-free
#include <cstdio>
#include <string>
#include <string_view>

class Logger {
public:
    explicit Logger(std::string prefix) : prefix_(std::move(prefix)) {}

    std::string_view prefix() const { return prefix_; }

    void set_context(const std::string& ctx) {
        prefix_.append(" [");
        prefix_.append(ctx);
        prefix_.append("]");
    }

    void log(const char* msg) const { std::printf("%s: %s\n", prefix_.c_str(), msg); }

private:
    std::string prefix_;
};

static unsigned checksum(std::string_view s) {
    unsigned h = 2166136261u;
    for (std::size_t i = 0; i < s.size(); ++i) {
        h ^= static_cast<unsigned char>(s[i]);
        h *= 16777619u;
    }
    return h;
}

int main() {
    Logger log("storage-engine/compaction");
    std::string_view tag = log.prefix();
    unsigned before = checksum(tag);

    log.set_context("worker-thread-07 level=3 input-files=12 output-bytes=48213");
    log.log("compaction started");

    unsigned after = checksum(tag);  // BUG: tag views the prefix buffer append() replaced
    std::printf("%08x %08x\n", before, after);
    return 0;
}
