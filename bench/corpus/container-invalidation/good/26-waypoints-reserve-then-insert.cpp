// Route planner reserves room for the detour before finding the waypoint, so the iterator survives the appends.
// Near miss of bad/31: capacity is reserved for the base route plus the
// largest possible detour first; the push_backs stay within that capacity.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

struct Waypoint {
    int id;
    double lat, lon;
    int eta_min;
};

constexpr int kMaxDetour = 8;

static double leg_km(const Waypoint& a, const Waypoint& b) {
    double dlat = (b.lat - a.lat) * 111.0;
    double dlon = (b.lon - a.lon) * 74.0;
    return std::sqrt(dlat * dlat + dlon * dlon);
}

static double route_km(const std::vector<Waypoint>& route) {
    double km = 0;
    for (std::size_t i = 1; i < route.size(); ++i) km += leg_km(route[i - 1], route[i]);
    return km;
}

static void add_detour(std::vector<Waypoint>& route, int first_id, int n) {
    for (int i = 0; i < n && i < kMaxDetour; ++i)
        route.push_back(Waypoint{first_id + i, 48.0 + i * 0.01, 11.0 + i * 0.01, 0});
}

int main() {
    std::vector<Waypoint> route;
    route.reserve(3 + kMaxDetour);
    route.push_back({1, 48.137, 11.575, 0});
    route.push_back({2, 48.150, 11.580, 12});
    route.push_back({3, 48.200, 11.600, 25});

    auto stop = std::find_if(route.begin(), route.end(), [](const Waypoint& w) { return w.id == 2; });
    if (stop == route.end()) return 1;

    bool road_closed = stop->eta_min > 10;
    if (road_closed) add_detour(route, 100, 5);

    stop->eta_min += 7;  // no reallocation happened: 8 <= 11 reserved
    std::printf("%.1f km, ", route_km(route));
    std::printf("%zu waypoints, stop 2 eta %d\n", route.size(), route[1].eta_min);
    return route[1].eta_min == 19 ? 0 : 1;
}
