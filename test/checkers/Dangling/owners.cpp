// Objects ended by their owner on some path -- a unique_ptr member reset by
// a method, a container of unique_ptrs cleared or drained, delete and free
// -- used through a pointer cached before. Re-fetching after the change, and
// moving the object out of its owner first, are the near misses; so, for
// this checker, is a string or vector whose buffer its modification gave up
// (lifeguard.ContainerInvalidation reports those).
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++17 -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++20 -Xclang -verify %s

// The path through unique_ptr's own code (the branch on its pointer, the
// calls inside reset) is the analyzer's to show; these notes are not checked.
// expected-note-re@bits/unique_ptr.h:* 0+ {{{{.*}}}}

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct Connection {
  int fd = -1;
  void send(const std::string &payload);
};

bool isStale(int round);

class Session {
public:
  Connection *connection() { return conn_.get(); }
  void reconnect() { conn_.reset(new Connection); } // expected-note{{Calling 'unique_ptr::reset'}} expected-note{{Returning from 'unique_ptr::reset'}} expected-note{{Object destroyed by its owner here}} expected-note{{Object destroyed by its owner here}}
  void maybeReconnect(bool stale) {
    if (stale) // expected-note{{Assuming 'stale' is true}} expected-note{{Taking true branch}}
      conn_ = std::make_unique<Connection>(); // expected-note{{Calling defaulted move assignment operator for 'unique_ptr<Connection, std::default_delete<Connection>>'}} expected-note{{Returning from move assignment operator for 'unique_ptr<Connection, std::default_delete<Connection>>'}} expected-note{{Object destroyed by its owner here}}
  }
  void rotateIfStale(int round) {
    if (isStale(round)) // expected-note{{Assuming the condition is true}} expected-note{{Taking true branch}}
      reconnect(); // expected-note{{Calling 'Session::reconnect'}} expected-note{{Returning from 'Session::reconnect'}}
  }
  const std::string *lastLine() { return lines_.empty() ? nullptr : &lines_.back(); }
  void forget() { lines_.clear(); }

private:
  std::unique_ptr<Connection> conn_;
  std::vector<std::string> lines_;
};

void cachedAcrossReset(Session &s) {
  Connection *c = s.connection(); // expected-note{{'c' now points to the object}}
  s.reconnect(); // expected-note{{Calling 'Session::reconnect'}} expected-note{{Returning from 'Session::reconnect'}}
  c->send("ping"); // expected-warning{{use of the object 'c' points to after its owner destroyed it}} expected-note{{use of the object 'c' points to after its owner destroyed it}}
}

void cachedInALoop(Session &s, int rounds) {
  Connection *c = s.connection(); // expected-note{{'c' now points to the object}}
  for (int i = 0; i < rounds; ++i) { // expected-note{{Assuming 'i' is < 'rounds'}} expected-note{{Loop condition is true.  Entering loop body}}
    s.maybeReconnect(isStale(i)); // expected-note{{Calling 'Session::maybeReconnect'}} expected-note{{Returning from 'Session::maybeReconnect'}}
    c->send("tick"); // expected-warning{{use of the object 'c' points to after its owner destroyed it}} expected-note{{use of the object 'c' points to after its owner destroyed it}}
  }
}

void cachedInALoopThroughAHelper(Session &s, int rounds) {
  Connection *c = s.connection(); // expected-note{{'c' now points to the object}}
  for (int i = 0; i < rounds; ++i) { // expected-note{{Assuming 'i' is < 'rounds'}} expected-note{{Loop condition is true.  Entering loop body}} expected-note{{Assuming 'i' is < 'rounds'}} expected-note{{Loop condition is true.  Entering loop body}}
    c->send("tick"); // expected-warning{{use of the object 'c' points to after its owner destroyed it}} expected-note{{use of the object 'c' points to after its owner destroyed it}}
    s.rotateIfStale(i); // expected-note{{Calling 'Session::rotateIfStale'}} expected-note{{Returning from 'Session::rotateIfStale'}}
  }
}

size_t cachedIntoAMemberContainer(Session &s) {
  // A container's handles invalidated by its modification are
  // lifeguard.ContainerInvalidation's (test/checkers/ContainerInvalidation).
  const std::string *line = s.lastLine();
  if (!line)
    return 0;
  s.forget();
  return line->size();
}

struct Job {
  int id = 0;
  void run();
};

class Worker {
public:
  void submit(std::unique_ptr<Job> job) { queue_.push_back(std::move(job)); }
  void drain() {
    while (!queue_.empty()) { // expected-note{{Loop condition is true.  Entering loop body}} expected-note{{Loop condition is false. Execution continues on line 122}}
      queue_.front()->run();
      queue_.pop_front(); // expected-note{{Object destroyed here by 'w.queue_', which owned it}}
    }
  }
  void cancelAll() { queue_.clear(); } // expected-note{{Object destroyed here by 'w.queue_', which owned it}}
  std::unique_ptr<Job> takeNext() {
    auto next = std::move(queue_.front());
    queue_.pop_front();
    return next;
  }

private:
  std::deque<std::unique_ptr<Job>> queue_;
};

int movedIntoAQueueThatClears() {
  Worker w;
  auto job = std::make_unique<Job>();
  Job *raw = job.get(); // expected-note{{'raw' now points to a heap object}}
  w.submit(std::move(job));
  w.cancelAll(); // expected-note{{Calling 'Worker::cancelAll'}} expected-note{{Returning from 'Worker::cancelAll'}}
  return raw->id; // expected-warning{{use of a heap object after its owner destroyed it}} expected-note{{use of a heap object after its owner destroyed it}}
}

int movedIntoAQueueThatDrains() {
  Worker w;
  auto job = std::make_unique<Job>();
  Job *raw = job.get(); // expected-note{{'raw' now points to a heap object}}
  w.submit(std::move(job));
  w.drain(); // expected-note{{Calling 'Worker::drain'}} expected-note{{Returning from 'Worker::drain'}}
  return raw->id; // expected-warning{{use of a heap object after its owner destroyed it}} expected-note{{use of a heap object after its owner destroyed it}}
}

int deletedOnOnePath(bool abort) {
  int *counter = new int(0); // expected-note{{'counter' now points to a heap object}}
  if (abort) // expected-note{{Assuming 'abort' is true}} expected-note{{Taking true branch}}
    delete counter; // expected-note{{Object deleted here}}
  return *counter; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
}

char freedThenRead() {
  char *buffer = static_cast<char *>(std::malloc(16)); // expected-note{{'buffer' now points to the object}}
  if (!buffer) // expected-note{{Assuming 'buffer' is non-null}} expected-note{{Taking false branch}}
    return 0;
  buffer[0] = 'x';
  std::free(buffer); // expected-note{{Object freed here}}
  return buffer[0]; // expected-warning{{use of the object 'buffer' points to after it was freed}} expected-note{{use of the object 'buffer' points to after it was freed}}
}

size_t stringReassigned(std::string name) {
  // lifeguard.ContainerInvalidation's, as above.
  const char *text = name.c_str();
  name = "renamed";
  return std::strlen(text);
}

int ownedByAMapThatClears() {
  std::map<std::string, std::unique_ptr<Job>> jobs;
  auto &slot = jobs["nightly"];
  slot = std::make_unique<Job>();
  Job *raw = slot.get(); // expected-note{{'raw' now points to a heap object}}
  jobs.clear(); // expected-note{{Object destroyed here by 'jobs', which owned it}}
  return raw->id; // expected-warning{{use of a heap object after its owner destroyed it}} expected-note{{use of a heap object after its owner destroyed it}}
}

// A plugin found by name, read through the iterator, then replaced under
// that name: every `it->` the analyzer does not inline makes what the
// element owns unknown again, and the element must still own the plugin.
class PluginTable {
public:
  Job *load(const std::string &name) {
    std::unique_ptr<Job> &slot = plugins_[name];
    if (!slot)
      slot = std::make_unique<Job>();
    return slot.get();
  }
  bool reload(const std::string &name) {
    auto it = plugins_.find(name);
    if (it == plugins_.end()) // expected-note{{Taking false branch}}
      return false;
    int next = it->second->id + 1;
    it->second = std::make_unique<Job>(); // expected-note{{Object destroyed by its owner here}}
    it->second->id = next;
    return true;
  }

private:
  std::map<std::string, std::unique_ptr<Job>> plugins_;
};

int replacedUnderItsNameAfterARead() {
  PluginTable table;
  Job *codec = table.load("codec"); // expected-note{{'codec' now points to a heap object}}
  table.load("mixer");
  table.reload("codec"); // expected-note{{Calling 'PluginTable::reload'}} expected-note{{Returning from 'PluginTable::reload'}}
  return codec->id; // expected-warning{{use of a heap object after its owner destroyed it}} expected-note{{use of a heap object after its owner destroyed it}}
}

// Near misses: silent.

int reloadedUnderAnotherName() {
  PluginTable table;
  Job *codec = table.load("codec");
  table.load("mixer");
  table.reload("mixer");
  return codec->id;
}

int erasedFromAMapButWhichIsNotKnown() {
  std::map<std::string, std::unique_ptr<Job>> jobs;
  jobs["nightly"] = std::make_unique<Job>();
  Job *raw = jobs["nightly"].get();
  jobs.erase("hourly");
  return raw->id;
}

int mapKeyIsNotAnOwnedObject() {
  std::map<std::string, std::unique_ptr<Job>> jobs;
  jobs.emplace("a key long enough to live on the heap", std::make_unique<Job>());
  std::string name = "nightly";
  jobs.clear();
  return static_cast<int>(name.size());
}

void refetchedAfterReset(Session &s) {
  Connection *c = s.connection();
  s.reconnect();
  c = s.connection();
  c->send("ping");
}

void refetchedInTheLoop(Session &s, int rounds) {
  for (int i = 0; i < rounds; ++i) {
    Connection *c = s.connection();
    c->send("tick");
    s.rotateIfStale(i);
  }
}

void usedBeforeReset(Session &s) {
  Connection *c = s.connection();
  c->send("bye");
  s.reconnect();
}

int movedOutBeforeTheQueuePops() {
  Worker w;
  auto job = std::make_unique<Job>();
  Job *raw = job.get();
  w.submit(std::move(job));
  std::unique_ptr<Job> mine = w.takeNext();
  return raw->id;
}

int deletedOnTheOtherPath(bool abort) {
  int *counter = new int(0);
  if (abort) {
    delete counter;
    return -1;
  }
  int value = *counter;
  delete counter;
  return value;
}

size_t stringReadBeforeReassignment(std::string name) {
  const char *text = name.c_str();
  size_t n = std::strlen(text);
  name = "renamed";
  return n;
}

int sharedOwnershipKeepsItAlive() {
  auto shared = std::make_shared<Job>();
  std::shared_ptr<Job> other = shared;
  Job *raw = shared.get();
  shared.reset();
  return raw->id;
}

// The standard library reads what it is given by reference, and the C
// strings it is given: those calls are uses. Taking the address, moving it
// along or reading before the object ended are not.
struct Label {
  std::string text;
  const char *raw = nullptr;
};

std::string appendAfterDelete() {
  Label *l = new Label{"first", nullptr};
  delete l; // expected-note{{Object deleted here}}
  std::string out = "label: ";
  out += l->text; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
  return out;
}

std::string appendBeforeDelete() {
  Label *l = new Label{"first", nullptr};
  std::string out = "label: ";
  out += l->text;
  delete l;
  return out;
}

std::vector<Label> copiedAfterReset(std::unique_ptr<Label> owner) {
  Label &ref = *owner;
  owner.reset(); // expected-note{{Object destroyed by its owner here}}
  std::vector<Label> copies;
  copies.push_back(ref); // expected-warning{{use of the object after its owner destroyed it}} expected-note{{use of the object after its owner destroyed it}}
  return copies;
}

size_t cStringAfterFree() {
  Label l;
  char *buffer = strdup("scratch");
  l.raw = buffer; // expected-note{{'l.raw' now points to the object}}
  free(buffer); // expected-note{{Object freed here}}
  return std::string(l.raw).size(); // expected-warning{{use of the object 'l.raw' points to after it was freed}} expected-note{{use of the object 'l.raw' points to after it was freed}}
}

Label *addressAfterDelete() {
  Label *l = new Label;
  delete l;
  return std::addressof(*l); // near miss: no access
}

// The value of a freed pointer, printed (`%p`): nothing is read through it.
struct ClosedConnection {
  int Fd;
};
void logClosed(ClosedConnection *C) {
  int Fd = C->Fd;
  delete C;
  std::printf("closed fd=%d conn=%p\n", Fd, (void *)C);
}
// Its twin: a freed string printed (`%s` reads it).
void logFreedName(char *Name) {
  std::free(Name); // expected-note{{Object freed here}}
  std::printf("closed %s\n", Name); // expected-warning{{use of the object 'Name' points to after it was freed}} expected-note{{use of the object 'Name' points to after it was freed}}
}
