// Hex dumper's formatting helper returns a pointer into a static thread_local buffer rather than a stack array (near miss of bad/19).
// hexLine() renders into 'static thread_local' storage that survives the call;
// the caller copies the text before the next call overwrites it.
#include <cstdint>
#include <cstdio>
#include <string>

const char* hexLine(const uint8_t* bytes, size_t n, size_t offset) {
    static thread_local char buf[64];
    int pos = std::snprintf(buf, sizeof buf, "%04zx:", offset);
    for (size_t i = 0; i < n && pos < 60; ++i)
        pos += std::snprintf(buf + pos, sizeof buf - pos, " %02x", bytes[i]);
    return buf;
}

class Report {
public:
    void addLine(const char* line) {
        text_ += line;
        text_ += '\n';
        ++lines_;
    }
    void print() const { std::fputs(text_.c_str(), stdout); }
    int lines() const { return lines_; }

private:
    std::string text_;
    int lines_ = 0;
};

int main() {
    const uint8_t payload[] = {0x47, 0x45, 0x54, 0x20, 0x2f, 0x20, 0x48, 0x54,
                               0x54, 0x50, 0x2f, 0x31, 0x2e, 0x31, 0x0d, 0x0a};
    Report report;
    for (size_t off = 0; off < sizeof payload; off += 8) {
        const char* line = hexLine(payload + off, 8, off);
        report.addLine(line);
    }
    report.print();
    return report.lines() == 2 ? 0 : 1;
}
