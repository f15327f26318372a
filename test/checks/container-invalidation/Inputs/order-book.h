// A class whose methods hand out handles into its storage and grow it, for
// container-invalidation tests: the method bodies are in the header.
#ifndef ORDER_BOOK_H
#define ORDER_BOOK_H

#include <string>
#include <vector>

struct Entry {
  int id;
  std::string name;
};

class OrderBook {
public:
  Entry *find(int id) {
    for (Entry &e : entries_)
      if (e.id == id)
        return &e;
    return nullptr;
  }
  Entry &last() { return entries_.back(); }
  void add(int id) { entries_.push_back(Entry{id, "new"}); }
  void reset() { entries_.clear(); }
  int count() const { return static_cast<int>(entries_.size()); }
  void rename(int id, const std::string &name) {
    if (Entry *e = find(id))
      e->name = name;
  }

private:
  std::vector<Entry> entries_;
};

// A helper that grows whatever vector it is given.
template <class T> void appendDefault(std::vector<T> &v) { v.emplace_back(); }

#define GROW(v) (v).push_back(0)

// Used from the test; the use of the stale handle is in the header.
inline int staleInHeader(std::vector<int> &v) {
  int *p = v.data();
  v.push_back(1);
  return *p;
}

#endif
