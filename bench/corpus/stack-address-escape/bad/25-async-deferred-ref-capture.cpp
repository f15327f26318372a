// Checksum service returns a deferred std::async future whose task captures the local block by reference.
// startChecksum() fills a local std::array and returns std::async(deferred, [&]...);
// the task runs inside future.get() in main, long after startChecksum returned.
// asan: stack-use-after-return
#include <array>
#include <cstdint>
#include <cstdio>
#include <future>

using Block = std::array<uint8_t, 16>;

std::future<uint32_t> startChecksum(uint8_t seed) {
    Block block{};
    for (size_t i = 0; i < block.size(); ++i)
        block[i] = static_cast<uint8_t>(seed + i * 7);
    return std::async(std::launch::deferred, [&block]() { // BUG: deferred task captures local 'block' by reference
        uint32_t a = 1, b = 0;
        for (uint8_t byte : block) {
            a = (a + byte) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    });
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
    std::future<uint32_t> pending[2];
    for (int i = 0; i < 2; ++i)
        pending[i] = startChecksum(uploads[i].seed);
    int valid = 0;
    for (int i = 0; i < 2; ++i) {
        uint32_t sum = pending[i].get();
        std::printf("%-12s adler32=%08x\n", uploads[i].name, sum);
        valid += looksValid(sum) ? 1 : 0;
    }
    return valid == 2 ? 0 : 1;
}
