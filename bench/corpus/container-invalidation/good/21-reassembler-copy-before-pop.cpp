// Packet reassembly copies the head packet by value before popping acknowledged packets off the std::deque.
// Corrected twin of bad/19: `head` is a Packet, not a reference, so
// pop_front() freeing deque blocks cannot affect it.
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

    const Packet head = r.first();  // copy
    std::printf("waiting on seq %d\n", head.seq);

    int acked = r.acknowledge(150);

    int resend_from = head.seq + 1;
    int next_expected = r.pending() ? r.first().seq : -1;  // fresh reference after the pops
    std::printf("acked %d bytes, %zu pending, resend from %d, next %d\n", acked, r.pending(),
                resend_from, next_expected);
    return 0;
}
