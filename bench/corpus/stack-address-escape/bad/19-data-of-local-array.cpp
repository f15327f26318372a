// Hex dumper's formatting helper returns buf.data() of a local std::array<char>; the printer uses it after the return.
// hexLine() renders 8 bytes into a local std::array and returns its data()
// pointer, which the caller copies into the report after hexLine's frame is gone.
// asan: stack-use-after-return
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

const char* hexLine(const uint8_t* bytes, size_t n, size_t offset) {
    std::array<char, 64> buf{};
    int pos = std::snprintf(buf.data(), buf.size(), "%04zx:", offset);
    for (size_t i = 0; i < n && pos < 60; ++i)
        pos += std::snprintf(buf.data() + pos, buf.size() - pos, " %02x", bytes[i]);
    return buf.data(); // BUG: data() of the local array 'buf' escapes hexLine
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
