// Raw pointers kept in standard containers -- an index by key next to the
// owners, a list of recent entries, the pointers a helper put into its
// caller's vector -- read back after what they point to ended: the owners
// were purged, the helper's locals were destroyed when it returned. The
// reads go through the container: a lookup, an iterator, an element access.
// An object deleted through the pointer a list holds (`delete
// owned.back()`), when the list holds that one, is read through the index.
// Clearing or erasing the index together with its owner, reading before the
// purge, a buffer the caller owns, a container whose earlier contents are
// not known, and a deletion through a list of two (which one went is not
// known) are the near misses.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++17 -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++20 -Xclang -verify %s

#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

struct Sensor {
  explicit Sensor(int channel) : channel(channel) {}
  int channel;
  double reading = 0;
};

// Owners in a vector of unique_ptr; an index by channel and a "hottest"
// shortcut, both raw.
class Rack {
public:
  Sensor *mount(int channel) {
    owned_.push_back(std::make_unique<Sensor>(channel));
    Sensor *s = owned_.back().get();
    byChannel_[channel] = s; // expected-note{{Stored a pointer to a heap object in 'rack.byChannel_'}}
    hottest_ = s;
    return s;
  }
  Sensor *lookup(int channel) const {
    auto found = byChannel_.find(channel);
    if (found == byChannel_.end())
      return nullptr;
    return found->second;
  }
  Sensor *hottest() const { return hottest_; }
  // Forgets the index and the shortcut.
  void unmountAll() { owned_.clear(); } // expected-note{{Object destroyed here by 'rack.owned_', which owned it}} expected-note{{Object destroyed here by 'rack.owned_', which owned it}}
  void unmountAllAndForget() {
    owned_.clear();
    byChannel_.clear();
    hottest_ = nullptr;
  }
  void unmountNewest() {
    if (owned_.empty())
      return;
    byChannel_.erase(owned_.back()->channel);
    owned_.pop_back();
  }

private:
  std::vector<std::unique_ptr<Sensor>> owned_;
  std::unordered_map<int, Sensor *> byChannel_;
  Sensor *hottest_ = nullptr;
};

double readAfterUnmount() {
  Rack rack;
  rack.mount(3); // expected-note{{Calling 'Rack::mount'}} expected-note{{Returning from 'Rack::mount'}}
  rack.unmountAll(); // expected-note{{Calling 'Rack::unmountAll'}} expected-note{{Returning from 'Rack::unmountAll'}}
  if (Sensor *s = rack.lookup(3)) // expected-note{{'s' now points to a heap object}} expected-note{{Assuming 's' is non-null}} expected-note{{Taking true branch}}
    return s->reading; // expected-warning{{use of a heap object after its owner destroyed it}} expected-note{{use of a heap object after its owner destroyed it}}
  return 0;
}

double readAfterUnmountAndForget() {
  Rack rack;
  rack.mount(3);
  rack.unmountAllAndForget();
  if (Sensor *s = rack.lookup(3))
    return s->reading; // near miss: the index was cleared with the owners
  return 0;
}

double readBeforeUnmount() {
  Rack rack;
  rack.mount(3);
  double r = 0;
  if (Sensor *s = rack.lookup(3))
    r = s->reading; // near miss: read before the purge
  rack.unmountAll();
  return r;
}

double readAfterUnmountNewest() {
  Rack rack;
  rack.mount(5);
  rack.unmountNewest();
  Sensor *s = rack.lookup(5);
  return s ? s->reading : -1; // near miss: the entry was erased with its owner
}

double hottestAfterUnmount() {
  Rack rack;
  rack.mount(7);
  rack.unmountAll(); // expected-note{{Calling 'Rack::unmountAll'}} expected-note{{Returning from 'Rack::unmountAll'}}
  Sensor *h = rack.hottest(); // expected-note{{'h' now points to a heap object}}
  return h ? h->reading : 0; // expected-warning{{use of a heap object after its owner destroyed it}} expected-note{{Assuming 'h' is non-null}} expected-note{{'?' condition is true}} expected-note{{use of a heap object after its owner destroyed it}}
}

double hottestAfterUnmountAndForget() {
  Rack rack;
  rack.mount(7);
  rack.unmountAllAndForget();
  Sensor *h = rack.hottest();
  return h ? h->reading : 0; // near miss: the shortcut was reset
}

// The index's earlier contents are not known here: a lookup may find an
// entry this function did not put there, so it is not reported.
double readAfterUnmountOfGivenRack(Rack &rack) {
  rack.mount(3);
  rack.unmountAll();
  Sensor *s = rack.lookup(3);
  return s ? s->reading : 0;
}

// A vector of raw pointers, read back by iteration.
double totalAfterReset(std::vector<int> channels) {
  std::vector<std::unique_ptr<Sensor>> owners;
  std::vector<Sensor *> recent;
  for (int c : channels) {
    owners.push_back(std::make_unique<Sensor>(c));
    recent.push_back(owners.back().get()); // expected-note{{Stored a pointer to a heap object in 'recent'}}
  }
  owners.clear(); // expected-note{{Object destroyed here by 'owners', which owned it}}
  double total = 0;
  for (Sensor *s : recent) // expected-note{{'s' now points to a heap object}}
    total += s->reading; // expected-warning{{use of a heap object after its owner destroyed it}} expected-note{{use of a heap object after its owner destroyed it}}
  return total;
}

double totalAfterResetBoth(std::vector<int> channels) {
  std::vector<std::unique_ptr<Sensor>> owners;
  std::vector<Sensor *> recent;
  for (int c : channels) {
    owners.push_back(std::make_unique<Sensor>(c));
    recent.push_back(owners.back().get());
  }
  owners.clear();
  recent.clear();
  double total = 0;
  for (Sensor *s : recent)
    total += s->reading; // near miss: the pointers went with their owners
  return total;
}

// Pointers into a caller's object, handed to a helper that may keep others.
void fill(std::vector<Sensor *> &out);

double totalAfterFill() {
  std::vector<std::unique_ptr<Sensor>> owners;
  std::vector<Sensor *> view;
  owners.push_back(std::make_unique<Sensor>(1));
  view.push_back(owners.front().get());
  owners.clear();
  fill(view);
  double total = 0;
  for (Sensor *s : view)
    total += s->reading; // near miss: fill may have put live sensors there
  return total;
}

// Keyed by name, filled with emplace, read with at().
double byNameAfterDelete() {
  std::map<std::string, Sensor *> byName;
  Sensor *s = new Sensor(9);
  byName.emplace("boiler", s); // expected-note{{Stored a pointer to a heap object in 'byName'}}
  delete s; // expected-note{{Object deleted here}}
  return byName.at("boiler")->reading; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
}

double byNameAfterDeleteAndErase() {
  std::map<std::string, Sensor *> byName;
  Sensor *s = new Sensor(9);
  byName.emplace("boiler", s);
  byName.erase("boiler");
  delete s;
  auto it = byName.find("boiler");
  return it == byName.end() ? 0 : it->second->reading; // near miss
}

// The same through a class template, and a lookup spelled by a macro.
template <class Key, class Object> class Catalog {
public:
  void add(const Key &k, std::unique_ptr<Object> o) {
    index_[k] = o.get(); // expected-note{{Stored a pointer to a heap object in 'c.index_'}}
    owners_.push_back(std::move(o));
  }
  Object *find(const Key &k) {
    auto it = index_.find(k);
    return it == index_.end() ? nullptr : it->second;
  }
  void drop() { owners_.clear(); } // expected-note{{Object destroyed here by 'c.owners_', which owned it}}
  void dropAll() {
    owners_.clear();
    index_.clear();
  }

private:
  std::vector<std::unique_ptr<Object>> owners_;
  std::map<Key, Object *> index_;
};

#define CHANNEL_OF(catalog, key) ((catalog).find(key)->channel) //

int channelAfterDrop() {
  Catalog<std::string, Sensor> c;
  c.add("intake", std::make_unique<Sensor>(1)); // expected-note{{Calling 'Catalog::add'}} expected-note{{Returning from 'Catalog::add'}}
  c.drop(); // expected-note{{Calling 'Catalog::drop'}} expected-note{{Returning from 'Catalog::drop'}}
  return CHANNEL_OF(c, "intake"); // expected-warning{{use of a heap object after its owner destroyed it}} expected-note{{use of a heap object after its owner destroyed it}}
}

int channelAfterDropAll() {
  Catalog<int, Sensor> c;
  c.add(4, std::make_unique<Sensor>(1));
  c.dropAll();
  Sensor *s = c.find(4);
  return s ? s->channel : -1; // near miss: the index went with the owners
}

// A helper that puts pointers into buffers of its own locals -- a string's
// characters, a vector's elements, a class that strdup()s and frees -- into
// the caller's vector, which the caller reads after the helper returned.
class Scratch {
public:
  explicit Scratch(const char *s) : text_(strdup(s)) {}
  ~Scratch() { free(text_); } // expected-note{{Object freed here}}
  Scratch(const Scratch &) = delete;
  Scratch &operator=(const Scratch &) = delete;
  const char *text() const { return text_; }

private:
  char *text_;
};

void addLabel(std::vector<const char *> &labels, const std::string &name) {
  std::string decorated = "[" + name + "]";
  labels.push_back(decorated.c_str()); // expected-note{{pointer into local variable 'decorated' obtained here}} expected-note{{Stored a pointer into the buffer of local variable 'decorated' in 'labels'}}
}

void addScratch(std::vector<const char *> &labels, const char *name) {
  Scratch s(name);
  labels.push_back(s.text()); // expected-note{{Stored a pointer to the object in 'labels'}}
} // expected-note{{Calling '~Scratch'}} expected-note{{Returning from '~Scratch'}}

void addReadings(std::vector<const double *> &out, int n) {
  std::vector<double> readings(n, 0.5);
  out.push_back(readings.data()); // expected-note{{pointer into local variable 'readings' obtained here}} expected-note{{Stored a pointer into the buffer of local variable 'readings' in 'out'}}
}

void addKept(std::vector<const char *> &labels, const std::string &kept) {
  labels.push_back(kept.c_str());
}

size_t firstLabelLength() {
  std::vector<const char *> labels;
  addLabel(labels, "boiler"); // expected-note{{local variable 'decorated' ended when this call returned}} expected-note{{Calling 'addLabel'}} expected-note{{Returning from 'addLabel'}}
  return strlen(labels[0]); // expected-warning{{use of a pointer into local variable 'decorated' after its function returned}} expected-note{{use of a pointer into local variable 'decorated' after its function returned}}
}

size_t scratchLength() {
  std::vector<const char *> labels;
  addScratch(labels, "intake"); // expected-note{{Calling 'addScratch'}} expected-note{{Returning from 'addScratch'}}
  return strlen(labels.front()); // expected-warning{{use of the object after it was freed}} expected-note{{use of the object after it was freed}}
}

double lastReading() {
  std::vector<const double *> out;
  addReadings(out, 3); // expected-note{{local variable 'readings' ended when this call returned}} expected-note{{Calling 'addReadings'}} expected-note{{Returning from 'addReadings'}}
  return *out.back(); // expected-warning{{use of a pointer into local variable 'readings' after its function returned}} expected-note{{use of a pointer into local variable 'readings' after its function returned}}
}

size_t keptLength(const std::string &name) {
  std::vector<const char *> labels;
  addKept(labels, name);
  return strlen(labels[0]); // near miss: the caller's string owns the buffer
}

// Stored with push_back of a named pointer, deleted through that name.
int lastSessionAfterDelete() {
  std::vector<Sensor *> open;
  Sensor *s = new Sensor(2);
  open.push_back(s); // expected-note{{Stored a pointer to a heap object in 'open'}}
  delete s; // expected-note{{Object deleted here}}
  return open.back()->channel; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
}

// A slot overwritten with null: the lookup reads null, not the deleted one.
int tombstoned() {
  std::map<int, Sensor *> slots;
  Sensor *s = new Sensor(3);
  slots[3] = s;
  delete s;
  slots[3] = nullptr;
  Sensor *t = slots[3];
  return t ? t->channel : -1; // near miss: t is null
}

// Ownership moved to another container before the first one is cleared.
int movedBeforeClear() {
  std::vector<std::unique_ptr<Sensor>> pending, finished;
  std::vector<Sensor *> log;
  pending.push_back(std::make_unique<Sensor>(4));
  log.push_back(pending.back().get());
  finished.push_back(std::move(pending.back()));
  pending.clear();
  return log[0]->channel; // near miss: finished owns it
}

// Owners in a map keyed by id, an index of raw pointers beside them, and
// methods that erase by key or through an iterator found by key. An erase
// ends the object owned under a key equal to the one given; whether it is
// the one looked up afterwards is decided by the key, not guessed.
class Desk {
public:
  void open(int id) {
    owned_.emplace(id, std::make_unique<Sensor>(id));
    byId_[id] = owned_.find(id)->second.get(); // expected-note{{Stored a pointer to a heap object in 'desk.byId_'}}
  }
  void openAt(int id) { owned_[id] = std::make_unique<Sensor>(id); }
  Sensor *owner(int id) {
    auto found = owned_.find(id);
    return found == owned_.end() ? nullptr : found->second.get();
  }
  Sensor *indexed(int id) { return byId_[id]; }
  void close(int id) { owned_.erase(id); } // expected-note{{Object destroyed here by 'desk.owned_', which owned it}} expected-note{{Object destroyed here by its container, which owned it}}
  void closeFound(int id) {
    auto found = owned_.find(id);
    if (found != owned_.end()) // expected-note{{Taking true branch}}
      owned_.erase(found); // expected-note{{Object destroyed here by 'desk.owned_', which owned it}}
  }
  void closeAndForget(int id) {
    owned_.erase(id);
    byId_.erase(id);
  }

private:
  std::map<int, std::unique_ptr<Sensor>> owned_;
  std::unordered_map<int, Sensor *> byId_;
};

double indexedAfterClose(int id) {
  Desk desk;
  desk.open(id); // expected-note{{Calling 'Desk::open'}} expected-note{{Returning from 'Desk::open'}}
  desk.close(id); // expected-note{{Calling 'Desk::close'}} expected-note{{Returning from 'Desk::close'}}
  Sensor *s = desk.indexed(id); // expected-note{{'s' now points to a heap object}}
  return s->reading; // expected-warning{{use of a heap object after its owner destroyed it}} expected-note{{use of a heap object after its owner destroyed it}}
}

double heldAfterCloseFound() {
  Desk desk;
  desk.openAt(4);
  Sensor *s = desk.owner(4); // expected-note{{'s' now points to a heap object}}
  desk.closeFound(4); // expected-note{{Calling 'Desk::closeFound'}} expected-note{{Returning from 'Desk::closeFound'}}
  return s->reading; // expected-warning{{use of a heap object after its owner destroyed it}} expected-note{{use of a heap object after its owner destroyed it}}
}

double heldAfterClosingAnother(int id) {
  Desk desk;
  desk.open(id);
  desk.open(id + 1);
  Sensor *s = desk.owner(id);
  desk.close(id + 1);
  return s ? s->reading : 0; // near miss: another key was erased
}

double heldAfterClosingUnknown(int id, int other) {
  Desk desk;
  desk.open(id);
  Sensor *s = desk.owner(id);
  desk.close(other);
  return s ? s->reading : 0; // near miss: whether other == id is not known
}

double indexedAfterCloseAndForget(int id) {
  Desk desk;
  desk.open(id);
  desk.closeAndForget(id);
  Sensor *s = desk.indexed(id);
  return s ? s->reading : 0; // near miss: the index entry went with its owner
}

double heldAfterReopen() {
  Desk desk;
  desk.openAt(6);
  desk.close(6);
  desk.openAt(6);
  Sensor *s = desk.owner(6);
  return s ? s->reading : 0; // near miss: the object under 6 is the new one
}

// A desk whose contents are not known (given by reference): the object
// found under a key is the map's under that key from then on, and an erase
// by the key ends it. Near misses: another key erased, a key that may be
// another, the object moved out of the map first.
double heldAfterCloseOfAGivenDesk(Desk &desk, int id) {
  Sensor *s = desk.owner(id); // expected-note{{'s' now points to the object}}
  if (!s) // expected-note{{Assuming 's' is non-null}} expected-note{{Taking false branch}}
    return 0;
  desk.close(id); // expected-note{{Calling 'Desk::close'}} expected-note{{Returning from 'Desk::close'}}
  return s->reading; // expected-warning{{use of the object 's' points to after its owner destroyed it}} expected-note{{use of the object 's' points to after its owner destroyed it}}
}

double heldAfterClosingAnotherOfAGivenDesk(Desk &desk, int id) {
  Sensor *s = desk.owner(id);
  if (!s)
    return 0;
  desk.close(id + 1);
  return s->reading; // near miss: another key was erased
}

double heldAfterClosingUnknownOfAGivenDesk(Desk &desk, int id, int other) {
  Sensor *s = desk.owner(id);
  if (!s)
    return 0;
  desk.close(other);
  return s->reading; // near miss: whether other == id is not known
}

std::unique_ptr<Sensor> takenBeforeClose(std::map<int, std::unique_ptr<Sensor>> &owned,
                                         int id) {
  auto found = owned.find(id);
  if (found == owned.end())
    return nullptr;
  Sensor *s = found->second.get();
  std::unique_ptr<Sensor> taken = std::move(found->second);
  owned.erase(id);
  s->reading = 1; // near miss: the object left the map before the erase
  return taken;
}

// A queue of raw pointers drained after their owners were cleared: each
// pointer is read, then popped, then used. What was read stays what the
// queue held when it was read, whatever the pop does to the queue.
#include <deque>

class Batch {
public:
  void add(int channel, std::deque<Sensor *> &pending) {
    owned_.push_back(std::make_unique<Sensor>(channel));
    pending.push_back(owned_.back().get()); // expected-note{{Stored a pointer to a heap object in 'pending'}}
  }
  void finish() { owned_.clear(); } // expected-note{{Object destroyed here by 'batch.owned_', which owned it}}

private:
  std::vector<std::unique_ptr<Sensor>> owned_;
};

static double drain(std::deque<Sensor *> &pending) {
  double total = 0;
  while (!pending.empty()) { // expected-note{{Loop condition is true.  Entering loop body}}
    Sensor *s = pending.front(); // expected-note{{'s' now points to a heap object}}
    pending.pop_front();
    total += s->reading; // expected-warning{{use of a heap object after its owner destroyed it}} expected-note{{use of a heap object after its owner destroyed it}}
  }
  return total;
}

double drainAfterFinish() {
  Batch batch;
  std::deque<Sensor *> pending;
  batch.add(1, pending); // expected-note{{Calling 'Batch::add'}} expected-note{{Returning from 'Batch::add'}}
  batch.finish(); // expected-note{{Calling 'Batch::finish'}} expected-note{{Returning from 'Batch::finish'}}
  return drain(pending); // expected-note{{Calling 'drain'}}
}

// (Its own loop: once an inlined callee has run out of the analyzer's loop
// budget, the analyzer stops inlining it in later callers.)
double drainBeforeFinish() {
  Batch batch;
  std::deque<Sensor *> pending;
  batch.add(1, pending);
  double total = 0;
  while (!pending.empty()) {
    Sensor *s = pending.front();
    pending.pop_front();
    total += s->reading; // near miss: drained while the owners live
  }
  batch.finish();
  return total;
}

// What a map holds under each key it was given is followed apart: a lookup
// reads the pointer stored under its key, not any of the map's. The entries
// under other keys outlive an erase or an insertion of another key; an
// emplace leaves the entry already there as it was; an entry written over,
// erased, or a map handed to a helper is not read back.
#define SENSOR_AT(index, key) ((index).at(key))

void refill(std::map<int, Sensor *> &index);

double keyedReadAfterDeleteOfOne() {
  std::map<int, Sensor *> index;
  Sensor *boiler = new Sensor(1), *pump = new Sensor(2);
  index[1] = boiler; // expected-note{{Stored a pointer to a heap object in 'index'}}
  index[2] = pump;
  delete boiler; // expected-note{{Object deleted here}}
  double total = index[2]->reading; // near miss: the other key's sensor lives
  return total + index[1]->reading; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
}

double keyedFindAfterEraseOfAnother() {
  std::unordered_map<int, Sensor *> index;
  Sensor *boiler = new Sensor(1), *pump = new Sensor(2);
  index.emplace(1, boiler); // expected-note{{Stored a pointer to a heap object in 'index'}}
  index.insert({2, pump});
  index.erase(2);
  delete pump;
  auto it = index.find(1);
  double r = it == index.end() ? 0 : it->second->reading; // expected-note{{'?' condition is false}} near miss: the sensor under 1 lives
  delete boiler; // expected-note{{Object deleted here}}
  it = index.find(1);
  return r + (it == index.end() ? 0 : it->second->reading); // expected-note{{'?' condition is false}} expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
}

double keyedEmplaceKeepsTheEntry() {
  std::map<int, Sensor *> index;
  Sensor *old = new Sensor(1), *fresh = new Sensor(1);
  index[1] = old; // expected-note{{Stored a pointer to a heap object in 'index'}}
  index.emplace(1, fresh); // the key is there: nothing is inserted
  delete old; // expected-note{{Object deleted here}}
  double r = SENSOR_AT(index, 1)->reading; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
  delete fresh;
  return r;
}

template <class Index> double readUnder(Index &index, int key) {
  return index[key]->reading; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
}

double keyedReadInTemplate() {
  std::unordered_map<long, Sensor *> index;
  Sensor *s = new Sensor(7);
  index[7] = s; // expected-note{{Stored a pointer to a heap object in 'index'}}
  index[8] = new Sensor(8);
  delete s; // expected-note{{Object deleted here}}
  return readUnder(index, 7); // expected-note{{Calling 'readUnder<std::unordered_map<long, Sensor *>>'}}
}

double keyedWrittenOver() {
  std::map<int, Sensor *> index;
  Sensor *old = new Sensor(1), *fresh = new Sensor(1);
  index[1] = old;
  index[2] = fresh;
  delete old;
  index[1] = fresh;
  return index[1]->reading; // near miss: the entry was written over
}

double keyedInsertOrAssign() {
  std::map<int, Sensor *> index;
  Sensor *old = new Sensor(1), *fresh = new Sensor(1);
  index.emplace(1, old);
  index.emplace(2, fresh);
  delete old;
  index.insert_or_assign(1, fresh);
  return index.at(1)->reading; // near miss: insert_or_assign wrote over it
}

double keyedRefilledByHelper() {
  std::map<int, Sensor *> index;
  Sensor *old = new Sensor(1), *other = new Sensor(2);
  index[1] = old;
  index[2] = other;
  delete old;
  refill(index);
  return index[1]->reading; // near miss: the helper may have replaced it
}

// (In C++20 the loop's `!=` is rewritten as `!(a == b)`, which clang's
// engine leaves without a value: the loop could then run no iteration.)
double keyedWrittenThroughIteration() {
  std::map<int, Sensor *> index;
  Sensor *old = new Sensor(1), *fresh = new Sensor(1);
  index[1] = old;
  index[2] = fresh;
  delete old;
  for (auto &entry : index)
    entry.second = fresh;
  return index[1]->reading; // near miss: every entry was written over
}

double keyedOtherKey(int a, int b) {
  std::map<int, Sensor *> index;
  Sensor *first = new Sensor(1), *second = new Sensor(2);
  index[a] = first;
  index[b] = second;
  delete first;
  if (a == b)
    return 0;
  return index[b]->reading; // near miss: another key than the deleted one's
}

int deletedThroughTheList() {
  std::vector<Sensor *> owned;
  std::map<int, Sensor *> byChannel;
  Sensor *s = new Sensor(3);
  owned.push_back(s);
  byChannel[3] = s; // expected-note{{Stored a pointer to a heap object in 'byChannel'}}
  delete owned.back(); // expected-note{{Object deleted here}}
  return byChannel[3]->channel; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
}

int deletedThroughAListOfTwo() {
  std::vector<Sensor *> owned;
  Sensor *a = new Sensor(1);
  Sensor *b = new Sensor(2);
  owned.push_back(a);
  owned.push_back(b);
  delete owned.back();
  return a->channel;
}
