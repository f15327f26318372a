// Leaderboard ranking uses [&] lambdas as sort comparator and visitor, all invoked before the function returns.
// rankPlayers() passes by-reference lambdas to std::sort and a local forEach
// helper that only calls them synchronously, so nothing outlives the frame.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

struct Player {
    std::string name;
    int score;
    int penalties;
};

static void forEach(const std::vector<Player>& players, const std::function<void(const Player&)>& fn) {
    for (const Player& p : players)
        fn(p);
}

int rankPlayers(std::vector<Player>& players, int penaltyCost) {
    int bestAdjusted = 0;
    int visited = 0;
    auto adjusted = [&](const Player& p) { return p.score - p.penalties * penaltyCost; };
    std::sort(players.begin(), players.end(),
              [&](const Player& a, const Player& b) { return adjusted(a) > adjusted(b); });
    forEach(players, [&](const Player& p) {
        ++visited;
        std::printf("%d. %-6s %d\n", visited, p.name.c_str(), adjusted(p));
        bestAdjusted = std::max(bestAdjusted, adjusted(p));
    });
    return bestAdjusted;
}

int main() {
    std::vector<Player> players = {
        {"ivy", 1200, 1},
        {"max", 1850, 6},
        {"zed", 900, 0},
    };
    int best = rankPlayers(players, 150);
    std::printf("best adjusted score %d (leader %s)\n", best, players.front().name.c_str());
    return best == 1050 ? 0 : 1;
}
