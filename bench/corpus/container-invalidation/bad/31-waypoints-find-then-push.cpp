// Route planner finds a waypoint with std::find_if, inserts detour waypoints, then dereferences the old iterator.
// The detour is appended with push_back in a loop; the vector reallocates and
// the iterator `stop` (from std::find_if) is invalid when the ETA is updated.
// asan: heap-use-after-free
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

struct Waypoint {
    int id;
    double lat, lon;
    int eta_min;
};

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
    for (int i = 0; i < n; ++i)
        route.push_back(Waypoint{first_id + i, 48.0 + i * 0.01, 11.0 + i * 0.01, 0});
}

int main() {
    std::vector<Waypoint> route;
    route.push_back({1, 48.137, 11.575, 0});
    route.push_back({2, 48.150, 11.580, 12});
    route.push_back({3, 48.200, 11.600, 25});

    auto stop = std::find_if(route.begin(), route.end(), [](const Waypoint& w) { return w.id == 2; });
    if (stop == route.end()) return 1;

    bool road_closed = stop->eta_min > 10;
    if (road_closed) add_detour(route, 100, 5);

    stop->eta_min += 7;  // BUG: stop is an iterator into the storage push_back reallocated
    std::printf("%.1f km, ", route_km(route));
    std::printf("%zu waypoints\n", route.size());
    return 0;
}
