// Packet reassembly keeps a reference to the first packet of a std::deque, then pops a whole block off the front.
// pop_front() frees a deque block once its last element is removed; the
// reference to the packet at the front of that block is then read.
// asan: heap-use-after-free
#include <cstdio>
#include <deque>

struct Packet {
    int seq;
    int len;
    int flags;
};

class Reassembler {
public:
    void receive(int seq, int len) { window_.push_back(Packet{seq, len, 0}); }

    const Packet& first() const { return window_.front(); }

    int acknowledge(int upto_seq) {
        int bytes = 0;
        while (!window_.empty() && window_.front().seq <= upto_seq) {
            bytes += window_.front().len;
            window_.pop_front();
        }
        return bytes;
    }

    std::size_t pending() const { return window_.size(); }

private:
    std::deque<Packet> window_;
};

int main() {
    Reassembler r;
    for (int seq = 0; seq < 200; ++seq) r.receive(seq, 1200 + seq % 300);

    const Packet& head = r.first();
    std::printf("waiting on seq %d\n", head.seq);

    int acked = r.acknowledge(150);

    int resend_from = head.seq + 1;  // BUG: head was popped and its deque block freed
    std::printf("acked %d bytes, %zu pending, resend from %d\n", acked, r.pending(), resend_from);
    return 0;
}
