// Playlist keeps an iterator to the now-playing track, then inserts an album's tracks; the iterator dangles.
// queue_album() inserts a range at the end of the vector; the range is larger
// than the spare capacity, so the buffer is reallocated and `now_playing` is invalid.
// asan: heap-use-after-free
#include <cstdio>
#include <vector>

struct Track {
    int id;
    int seconds;
    int plays;
};

struct Playlist {
    std::vector<Track> tracks;

    void queue_album(const std::vector<Track>& album) {
        tracks.insert(tracks.end(), album.begin(), album.end());
    }

    int total_seconds() const {
        int s = 0;
        for (const Track& t : tracks) s += t.seconds;
        return s;
    }
};

static std::vector<Track> make_album(int first_id, int n) {
    std::vector<Track> album;
    for (int i = 0; i < n; ++i) album.push_back(Track{first_id + i, 180 + 13 * i, 0});
    return album;
}

int main() {
    Playlist pl;
    pl.tracks = {{1, 201, 0}, {2, 187, 0}, {3, 245, 0}, {4, 199, 0}};

    std::vector<Track>::iterator now_playing = pl.tracks.begin() + 1;
    now_playing->plays += 1;

    pl.queue_album(make_album(100, 10));

    std::printf("playing track %d\n", now_playing->id);  // BUG: now_playing was invalidated by insert()
    std::printf("queue is %d s long\n", pl.total_seconds());
    return 0;
}
