// Leaderboard builder returns a reference to a local Row through an intermediate reference variable.
// bestRow() copies the winning row into a local, binds 'Row& chosen = best' and
// returns chosen; the HUD renders the name and score from the dead frame.
// asan: stack-use-after-return
#include <cstdio>
#include <cstring>
#include <vector>

struct Row {
    char name[16];
    int score;
    int level;
};

const Row& bestRow(const std::vector<Row>& rows) {
    Row best{};
    std::snprintf(best.name, sizeof best.name, "nobody");
    for (const Row& r : rows)
        if (r.score > best.score)
            best = r;
    Row& chosen = best;
    chosen.level = chosen.level < 1 ? 1 : chosen.level;
    return chosen; // BUG: reference to the local 'best' escapes through 'chosen'
}

struct Hud {
    char banner[48];
    void render(const Row& r) {
        std::snprintf(banner, sizeof banner, "TOP: %s %d (L%d)", r.name, r.score, r.level);
    }
};

int main() {
    std::vector<Row> rows = {
        {"ivy", 1200, 3},
        {"max", 1850, 4},
        {"zed", 900, 2},
    };
    const Row& top = bestRow(rows);
    Hud hud;
    hud.render(top);
    std::printf("%s\n", hud.banner);
    return std::strlen(hud.banner) > 0 ? 0 : 1;
}
