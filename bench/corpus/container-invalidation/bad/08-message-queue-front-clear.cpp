// Message queue: a pointer to the head message's body text is kept across clear(); the body strings are destroyed.
// The dispatcher reads the head message's payload pointer, then a reset
// (after a protocol error) clears the queue, destroying every Message and
// freeing their long body strings. The dispatcher then scans the stale payload.
// asan: heap-use-after-free
#include <cstdio>
#include <string>
#include <vector>

struct Message {
    int channel;
    std::string body;
};

class MessageQueue {
public:
    void post(int channel, std::string body) { msgs_.push_back(Message{channel, std::move(body)}); }
    const Message& head() const { return msgs_.front(); }
    bool empty() const { return msgs_.empty(); }
    void reset() { msgs_.clear(); }
    std::size_t size() const { return msgs_.size(); }

private:
    std::vector<Message> msgs_;
};

static int count_fields(const char* payload) {
    int fields = 1;
    for (const char* p = payload; *p; ++p)
        if (*p == ';') ++fields;
    return fields;
}

int main() {
    MessageQueue q;
    q.post(1, "ORDER;id=4411;side=BUY;qty=300;px=101.25;venue=XNAS");
    q.post(2, "HEARTBEAT;seq=99182;session=primary-gateway-01");
    q.post(1, "CANCEL;id=4408;reason=user-requested-cancel");

    const char* payload = q.head().body.c_str();
    std::printf("head has %d fields\n", count_fields(payload));

    // Sequence gap detected: the session layer drops everything queued.
    bool gap = q.size() > 2;
    if (gap) q.reset();

    int fields = count_fields(payload);  // BUG: payload belonged to a Message that clear() destroyed
    std::printf("dispatching %d fields, queue empty=%d\n", fields, q.empty());
    return 0;
}
