// Batch encoder reserves room for the whole batch up front, so pointers into the record vector survive the appends.
// reserve(n) is done before any handle is taken; at most n elements are ever
// push_back'ed, so the vector never reallocates and `header` stays valid.
#include <cstdio>
#include <cstdint>
#include <vector>

struct Record {
    std::uint32_t kind;
    std::uint32_t length;
    std::uint32_t checksum;
};

class BatchEncoder {
public:
    explicit BatchEncoder(std::size_t max_records) { records_.reserve(max_records + 1); }

    Record* begin_batch() {
        records_.push_back(Record{0xBA7C, 0, 0});
        return &records_.back();
    }

    void add(std::uint32_t kind, std::uint32_t len) { records_.push_back(Record{kind, len, kind * 31 + len}); }

    std::size_t size() const { return records_.size(); }
    std::size_t capacity() const { return records_.capacity(); }

private:
    std::vector<Record> records_;
};

int main() {
    const std::size_t batch = 24;
    BatchEncoder enc(batch);
    std::size_t cap = enc.capacity();

    Record* header = enc.begin_batch();
    std::uint32_t total = 0;
    for (std::uint32_t i = 0; i < batch; ++i) {
        enc.add(i % 3, 16 + i);
        total += 16 + i;
    }

    header->length = total;  // still inside the reserved buffer
    header->checksum = total ^ 0xFFFFu;
    std::printf("%zu records, header length %u\n", enc.size(), header->length);
    return enc.capacity() == cap ? 0 : 1;
}
