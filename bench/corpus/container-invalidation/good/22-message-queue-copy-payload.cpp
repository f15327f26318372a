// Message queue: the dispatcher copies the head message's body before a reset clears the queue.
// Corrected twin of bad/08: the payload is held as an owned std::string,
// not a c_str() pointer into a Message that clear() destroys.
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

    std::string payload = q.head().body;  // owned copy
    std::printf("head has %d fields\n", count_fields(payload.c_str()));

    bool gap = q.size() > 2;
    if (gap) q.reset();

    int fields = count_fields(payload.c_str());
    std::printf("dispatching %d fields, queue empty=%d\n", fields, q.empty());
    return fields == 6 ? 0 : 1;
}
