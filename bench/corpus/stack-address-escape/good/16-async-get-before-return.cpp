// Checksum service runs a [&] task through std::async and waits for it with get() inside the same function (twin of bad/25).
// The future never leaves checksum(), so the task reads 'block' while the frame
// that owns it is still alive.
#include <array>
#include <cstdint>
#include <cstdio>
#include <future>

using Block = std::array<uint8_t, 16>;

uint32_t checksum(uint8_t seed) {
    Block block{};
    for (size_t i = 0; i < block.size(); ++i)
        block[i] = static_cast<uint8_t>(seed + i * 7);
    std::future<uint32_t> task = std::async(std::launch::async, [&block]() {
        uint32_t a = 1, b = 0;
        for (uint8_t byte : block) {
            a = (a + byte) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    });
    return task.get();
}

struct Upload {
    const char* name;
    uint8_t seed;
};

static bool looksValid(uint32_t sum) {
    uint32_t a = sum & 0xffff;
    uint32_t b = sum >> 16;
    return a < 65521 && b < 65521 && sum != 1;
}

int main() {
    Upload uploads[] = {{"avatar.png", 3}, {"notes.txt", 11}};
    uint32_t sums[2];
    for (int i = 0; i < 2; ++i)
        sums[i] = checksum(uploads[i].seed);
    int valid = 0;
    for (int i = 0; i < 2; ++i) {
        std::printf("%-12s adler32=%08x\n", uploads[i].name, sums[i]);
        valid += looksValid(sums[i]) ? 1 : 0;
    }
    return valid == 2 && sums[0] != sums[1] ? 0 : 1;
}
