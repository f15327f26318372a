// Report formatter holding a const std::string& member; the bug: the member is bound to a temporary in the constructor call.
// `Formatter fmt(std::string("...") + suffix);` binds the reference member to a temporary
// that dies at the end of the declaration. Later format() reads the heap characters of the
// dead string (longer than 15 characters).
// asan: heap-use-after-free
#include <cstdio>
#include <string>
#include <vector>

struct Row {
    std::string label;
    double value;
};

class Formatter {
public:
    explicit Formatter(const std::string& separator) : sep_(separator) {}

    std::string format(const std::vector<Row>& rows) const {
        std::string out;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (i) out.append(sep_.data(), sep_.size());  // BUG: reads the characters of the destroyed temporary
            char buf[64];
            std::snprintf(buf, sizeof buf, "%s=%.2f", rows[i].label.c_str(), rows[i].value);
            out += buf;
        }
        return out;
    }

private:
    const std::string& sep_;
};

int main() {
    std::vector<Row> rows = {{"cpu", 0.73}, {"mem", 0.41}, {"disk", 0.88}};
    const std::string suffix = " ~~~ ";

    Formatter fmt(std::string(" | next metric") + suffix);
    std::string line = fmt.format(rows);
    std::printf("%s\n", line.c_str());
    return line.empty() ? 1 : 0;
}
