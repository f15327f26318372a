// lifeguard.ContainerInvalidation and the iterators a set's or map's
// search and insertion return. A search by a key found on a path, in a
// container not changed since, finds it again, and end() is the same end:
// a "find or insert" helper called with that key inserts nothing, so it
// rehashes nothing under the caller's iterator. The iterator `insert` and
// `emplace` return, also through a structured binding, is a handle of its
// own; an iterator assigned another takes the other's handle, not its own
// old one.
// An unordered map's `m[k]` inserts the key it does not find, and may
// rehash; a key read through a pointer or a reference (`m[it->first]`)
// may be one of its own, and is taken to be found.
// A key an insertion put in the map (`emplace(k, v)`, `m[k]`, the first of
// the pair `insert` is given), or one `find` found on the path (unequal to
// `end()`), which nothing but insertions changed since, is not inserted
// again, and rehashes nothing.
// Positives: the helper called with another key, or with the same key
// after the container changed; the same key inserted again after an
// erase (of a key that may be it); a pair of another key inserted; an
// iterator kept in a struct, read after a rehash (the function that kept it
// read its element while it was valid); the iterator insert returned, across a
// later insertion that rehashes, or clear(); `m[i]` in a loop, and
// `m[k + 1]`, across an iterator.
// Negatives: the same key looked up again; `it = m.emplace(...).first`
// after the search failed, also in a memo that recurses (where the inner
// run inserts the key the outer one did); the same key inserted twice,
// also as the first of a pair; a std::map (no
// insertion invalidates its iterators); an element reached through an
// iterator (`&it->second`, `*s.insert(x).first`), which a rehash keeps;
// `m[k]` by the key subscripted before; by a key read out of the map
// (the iterator's, the range-for element's, a copy of one); a std::map's;
// a pointer to an element extract() took into a node handle that insert()
// puts into another map (it stays valid).
// A std::string key made from a literal is that literal: an iterator found
// by "ACC-2" is erased by erase("ACC-2"), also through methods and a
// variable holding the literal; not by erase("ACC-1"), nor by a key
// changed since (`id += "x"`).
// A map's `m[k]` is the element it returned before by an equal key, also
// after insertions of other keys (a node stays where it is): the vector
// under "lifetime" grown after `m["the"]` inserted. Near misses: another
// key's vector grown, a key that may be another, the element erased and
// made again.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.Dangling -std=c++17 -Xclang -verify %s

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct Step {
  std::vector<const Step *> after;
};

class Reachability {
  std::unordered_map<const Step *, std::unordered_map<const Step *, bool>>
      memo_;

public:
  bool reaches(const Step *from, const Step *to) {
    auto row = memo_.find(from);
    if (row != memo_.end()) {
      auto cell = row->second.find(to);
      if (cell != row->second.end())
        return cell->second;
    } else {
      row = memo_.emplace(from, std::unordered_map<const Step *, bool>()).first;
    }
    bool found = false;
    for (const Step *next : to->after)
      if (next == from || reaches(from, next)) {
        found = true;
        break;
      }
    row->second.emplace(to, found);
    return found;
  }
};

void countOnce(std::unordered_map<int, int> &counts, int key) {
  if (counts.find(key) == counts.end())
    counts.emplace(key, 0); // expected-note 2 {{'counts' rehashed here}}
}

int sameKeyAgain(std::unordered_map<int, int> &counts, int key) {
  auto seen = counts.find(key);
  if (seen == counts.end())
    return 0;
  countOnce(counts, key);
  return seen->second;
}

int insertedWhenMissing(std::unordered_map<int, int> &counts, int key) {
  auto it = counts.find(key);
  if (it == counts.end())
    it = counts.emplace(key, 0).first;
  return ++it->second;
}

int anotherKey(std::unordered_map<int, int> &counts, int key, int other) {
  auto seen = counts.find(key); // expected-note{{handle into 'counts' obtained here}}
  if (seen == counts.end()) // expected-note{{Taking false branch}}
    return 0;
  countOnce(counts, other);
  return seen->second; // expected-warning{{'seen' points into 'counts', whose iterators were invalidated by 'emplace'}} expected-note{{'seen' points into 'counts', whose iterators were invalidated by 'emplace'}}
}

int sameKeyAfterErase(std::unordered_map<int, int> &counts, int key,
                      int other) {
  auto kept = counts.find(other); // expected-note{{handle into 'counts' obtained here}}
  if (kept == counts.end() || counts.find(key) == counts.end()) // expected-note{{Taking false branch}} expected-note{{Left side of '||' is false}}
    return 0;
  counts.erase(key);
  countOnce(counts, key);
  return kept->second; // expected-warning{{'kept' points into 'counts', whose iterators were invalidated by 'emplace'}} expected-note{{'kept' points into 'counts', whose iterators were invalidated by 'emplace'}}
}

int emplacedThenRehashed(std::unordered_map<int, int> &counts) {
  auto it = counts.emplace(1, 0).first; // expected-note{{handle into 'counts' obtained here}}
  counts.emplace(2, 0); // expected-note{{'counts' rehashed here}}
  return it->second; // expected-warning{{'it' points into 'counts', whose iterators were invalidated by 'emplace'}} expected-note{{'it' points into 'counts', whose iterators were invalidated by 'emplace'}}
}

int boundThenRehashed(std::unordered_map<int, int> &counts) {
  auto [it, inserted] = counts.insert({1, 0}); // expected-note{{handle into 'counts' obtained here}}
  counts.insert({2, 0}); // expected-note{{'counts' rehashed here}}
  return inserted ? it->second : 0; // expected-warning{{'it' points into 'counts', whose iterators were invalidated by 'insert'}} expected-note{{'it' points into 'counts', whose iterators were invalidated by 'insert'}} expected-note{{Assuming the condition is true}} expected-note{{'?' condition is true}}
}

int emplacedThenCleared(std::unordered_map<int, int> &counts) {
  auto it = counts.try_emplace(1, 0).first; // expected-note{{handle into 'counts' obtained here}}
  counts.clear(); // expected-note{{'counts' cleared here}}
  return it->second; // expected-warning{{'it' points into 'counts', whose elements were destroyed by 'clear'}} expected-note{{'it' points into 'counts', whose elements were destroyed by 'clear'}}
}

int orderedMap(std::map<int, int> &counts) {
  auto it = counts.emplace(1, 0).first;
  counts.emplace(2, 0);
  return it->second;
}

struct Bucket {
  int hits = 0;
};

int elementThroughIterator(std::unordered_map<int, Bucket> &index) {
  auto [it, fresh] = index.try_emplace(0);
  Bucket *bucket = &it->second;
  index.try_emplace(1);
  index.rehash(64);
  return bucket->hits;
}

std::size_t internedAcrossInsert(std::unordered_set<std::string> &words) {
  const std::string &word = *words.insert("if").first;
  words.insert("else");
  return word.size();
}

int subscriptsInALoop(std::unordered_map<int, int> &tally, int count) {
  auto top = tally.find(0); // expected-note{{handle into 'tally' obtained here}}
  if (top == tally.end()) // expected-note{{Taking false branch}}
    return 0;
  for (int i = 1; i < count; ++i) // expected-note{{Assuming 'i' is < 'count'}} expected-note{{Loop condition is true.  Entering loop body}} expected-note{{Assuming 'i' is >= 'count'}} expected-note{{Loop condition is false. Execution continues on line 166}}
    tally[i]++; // expected-note{{'tally' rehashed here}}
  return top->second; // expected-warning{{'top' points into 'tally', whose iterators were invalidated by 'operator[]'}} expected-note{{'top' points into 'tally', whose iterators were invalidated by 'operator[]'}}
}

int subscriptByAnotherKey(std::unordered_map<int, int> &tally, int key) {
  auto it = tally.find(key); // expected-note{{handle into 'tally' obtained here}}
  if (it == tally.end()) // expected-note{{Taking false branch}}
    return 0;
  tally[key + 1] = 2; // expected-note{{'tally' rehashed here}}
  return it->second; // expected-warning{{'it' points into 'tally', whose iterators were invalidated by 'operator[]'}} expected-note{{'it' points into 'tally', whose iterators were invalidated by 'operator[]'}}
}

int subscriptBySameKey(std::unordered_map<int, int> &tally, int key) {
  tally[key] = 0;
  auto it = tally.find(key);
  tally[key] += 5;
  return it->second;
}

int subscriptByIteratorsKey(std::unordered_map<int, int> &tally) {
  int total = 0;
  for (auto it = tally.begin(); it != tally.end(); ++it)
    total += tally[it->first];
  for (auto &entry : tally)
    tally[entry.first] += 1;
  auto first = tally.begin();
  if (first == tally.end())
    return total;
  int key = first->first;
  tally[key] = 3;
  return first->second;
}

int orderedSubscript(std::map<int, int> &tally, int key) {
  auto it = tally.find(key);
  if (it == tally.end())
    return 0;
  tally[key + 1] = 2;
  return it->second;
}

// A key an insertion put in the map is not inserted again; after an erase
// it may be.
int insertedTwice(std::unordered_map<int, int> &tally, int key) {
  auto it = tally.emplace(key, 0).first;
  tally.emplace(key, 1);
  tally.try_emplace(key, 2);
  return it->second;
}

int insertedAgainAfterAnErase(std::unordered_map<int, int> &tally, int key,
                              int stale) {
  auto it = tally.emplace(key, 0).first; // expected-note{{handle into 'tally' obtained here}}
  tally.erase(stale);
  tally.emplace(key, 1); // expected-note{{'tally' rehashed here}}
  return it->second; // expected-warning{{'it' points into 'tally', whose iterators were invalidated by 'emplace'}} expected-note{{'it' points into 'tally', whose iterators were invalidated by 'emplace'}}
}

// The key of a pair inserted (`insert(std::make_pair(k, v))`) is the pair's
// first.
int insertedPairTwice(std::unordered_map<int, int> &tally, int key) {
  auto it = tally.insert(std::make_pair(key, 0)).first;
  tally.insert(std::make_pair(key, 1));
  return it->second;
}

int insertedPairOfAnotherKey(std::unordered_map<int, int> &tally, int key) {
  auto it = tally.insert(std::make_pair(key, 0)).first; // expected-note{{handle into 'tally' obtained here}}
  tally.insert(std::make_pair(key + 1, 1)); // expected-note{{'tally' rehashed here}}
  return it->second; // expected-warning{{'it' points into 'tally', whose iterators were invalidated by 'insert'}} expected-note{{'it' points into 'tally', whose iterators were invalidated by 'insert'}}
}

// What the iterator read while valid is not what it reads once a rehash
// invalidated it.
struct LastHit {
  std::unordered_map<int, int> entries;
  std::unordered_map<int, int>::iterator last;
};

int rememberHit(LastHit &hits, int key) {
  auto it = hits.entries.find(key);
  if (it == hits.entries.end())
    it = hits.entries.emplace(key, 1).first; // expected-note{{handle into 'hits.entries' obtained here}}
  hits.last = it;
  return it->second;
}

int hitAfterRehash(int key) {
  LastHit hits;
  rememberHit(hits, key);
  hits.entries.emplace(key + 1, 3); // expected-note{{'hits.entries' rehashed here}}
  return hits.last->second; // expected-warning{{'hits.last' points into 'hits.entries', whose iterators were invalidated by 'emplace'}} expected-note{{'hits.last' points into 'hits.entries', whose iterators were invalidated by 'emplace'}}
}

struct Account {
  long cents;
};

class Ledger {
public:
  using Map = std::map<std::string, Account>;
  Map::iterator lookup(const std::string &id) { return accounts_.find(id); } // expected-note 2 {{handle into 'accounts_' obtained here}}
  bool found(Map::iterator it) const { return it != accounts_.end(); }
  void close(const std::string &id) { accounts_.erase(id); } // expected-note 2 {{'accounts_' erased from here}}

private:
  Map accounts_;
};

static void deposit(Ledger::Map::iterator account, long cents) {
  account->second.cents += cents;
}

void closedByTheSameLiteral(Ledger &ledger) {
  auto account = ledger.lookup("ACC-2");
  if (!ledger.found(account)) // expected-note{{Taking false branch}}
    return;
  ledger.close("ACC-2");
  deposit(account, 250); // expected-warning{{'account' points into 'accounts_', whose element was erased by 'erase'}} expected-note{{'account' points into 'accounts_', whose element was erased by 'erase'}}
}

long closedThroughAVariable(Ledger &ledger) {
  std::string id = "ACC-7";
  auto account = ledger.lookup(id);
  if (!ledger.found(account)) // expected-note{{Taking false branch}}
    return 0;
  std::string same = id;
  ledger.close(same);
  return account->second.cents; // expected-warning{{'account' points into 'accounts_', whose element was erased by 'erase'}} expected-note{{'account' points into 'accounts_', whose element was erased by 'erase'}}
}

void closedByAnotherLiteral(Ledger &ledger) {
  auto account = ledger.lookup("ACC-2");
  if (!ledger.found(account))
    return;
  ledger.close("ACC-1");
  deposit(account, 250);
}

long closedByAChangedKey(Ledger &ledger) {
  std::string id = "ACC-7";
  auto account = ledger.lookup(id);
  if (!ledger.found(account))
    return 0;
  id += "x";
  ledger.close(id);
  return account->second.cents;
}

struct Index {
  std::map<std::string, std::vector<int>> postings;
  void add(const std::string &term, int doc) { postings[term].push_back(doc); } // expected-note{{'postings[term]' reallocated here}}
  const int *firstDocs(const std::string &term) { return postings[term].data(); } // expected-note{{handle into 'postings[term]' obtained here}}
};

int postingGrownAfterAnotherInsertion(Index &index) {
  const int *head = index.firstDocs("lifetime"); // expected-note{{'head' now points to an element of 'postings[term]'}}
  index.add("the", 1);
  index.add("lifetime", 2);
  return head[0]; // expected-warning{{'head' points into 'postings[term]', whose storage was reallocated by 'push_back'}} expected-note{{'head' points into 'postings[term]', whose storage was reallocated by 'push_back'}}
}

int anotherPostingGrown(Index &index) {
  const int *head = index.firstDocs("lifetime");
  index.add("the", 1);
  return head[0];
}

int postingOfAKeyThatMayBeAnother(std::map<int, std::vector<int>> &byId,
                                  int id, int other) {
  const int *head = byId[id].data();
  byId[other].push_back(1);
  return head[0];
}

int postingErasedAndMadeAgain(std::map<int, std::vector<int>> &byId) {
  const int *head = byId[1].data();
  byId.erase(1);
  byId[1].push_back(1);
  return 0 * (head != nullptr);
}

// `m[k]` after the path took `m.find(k)` unequal to `m.end()`: the key is
// there, nothing is inserted, nothing rehashes. The twin: another key.
int bumpFound(std::unordered_map<int, int> &m, int k) {
  auto it = m.find(k);
  if (it == m.end())
    return 0;
  m[k] += 1;
  return it->second;
}

int bumpAnother(std::unordered_map<int, int> &m, int k, int other) {
  auto it = m.find(k); // expected-note{{handle into 'm' obtained here}}
  if (it == m.end()) // expected-note{{Taking false branch}}
    return 0;
  m[other] += 1; // expected-note{{'m' rehashed here}}
  return it->second; // expected-warning{{'it' points into 'm', whose iterators were invalidated by 'operator[]'}} expected-note{{'it' points into 'm', whose iterators were invalidated by 'operator[]'}}
}

int extractedIntoAnotherMap(std::map<int, int> &pending,
                            std::map<int, int> &resolved) {
  pending.emplace(3, 0);
  int *slot = &pending.at(3);
  resolved.insert(pending.extract(3));
  *slot = 0x4000;
  return *slot;
}
