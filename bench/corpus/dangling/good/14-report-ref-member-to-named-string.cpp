// Report formatter holding a const std::string& member bound to a named string that outlives the formatter.
// Corrected twin of bad/18: the separator is built into a local `sep` first, declared before
// the Formatter and therefore destroyed after it.
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
            if (i) out.append(sep_.data(), sep_.size());
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

    const std::string sep = std::string(" | next metric") + suffix;
    Formatter fmt(sep);
    std::string line = fmt.format(rows);
    std::printf("%s\n", line.c_str());
    return line.empty() ? 1 : 0;
}
