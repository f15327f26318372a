// Network packet assembler using malloc'd buffers; the bug: the header is read after the buffer was freed.
// assemble() concatenates fragments into a malloc'd buffer; the checksum pass frees the buffer
// early on the "already verified" path, and the logging code then reads the packet header.
// asan: heap-use-after-free
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

struct Fragment {
    const char* data;
    std::size_t len;
};

struct Packet {
    unsigned char* bytes;
    std::size_t len;
};

static Packet assemble(const std::vector<Fragment>& frags) {
    std::size_t total = 0;
    for (const Fragment& f : frags) total += f.len;
    unsigned char* buf = static_cast<unsigned char*>(std::malloc(total));
    std::size_t off = 0;
    for (const Fragment& f : frags) {
        std::memcpy(buf + off, f.data, f.len);
        off += f.len;
    }
    return Packet{buf, total};
}

static std::uint32_t checksum(const Packet& p) {
    std::uint32_t sum = 0;
    for (std::size_t i = 0; i < p.len; ++i) sum = sum * 31 + p.bytes[i];
    return sum;
}

static bool consume(Packet& p, std::uint32_t expected) {
    std::uint32_t got = checksum(p);
    std::free(p.bytes);  // payload handed off; the buffer is released here
    return got == expected;
}

int main() {
    std::vector<Fragment> frags = {
        {"HDR1", 4}, {"payload-part-one;", 17}, {"payload-part-two;", 17}};
    Packet pkt = assemble(frags);
    std::uint32_t expected = checksum(pkt);

    bool ok = consume(pkt, expected);
    char tag[5] = {0};
    std::memcpy(tag, pkt.bytes, 4);  // BUG: reads the header of the freed packet buffer
    std::printf("packet %s: %s (%zu bytes)\n", tag, ok ? "ok" : "corrupt", pkt.len);
    return ok ? 0 : 1;
}
