// A loop that runs more times than the analyzer unrolls (4) no longer ends
// the paths through it: the lifeguard command widens it (what the loop may
// have changed becomes unknown) and goes on, so the bug after it is found.
// With clang --analyze and the plugin, `-analyzer-config widen-loops=true`
// does the same; without it the path ends at the loop and nothing is
// reported. The near miss: the front kept across an insertion at the back
// (a deque's references stay valid).
//
// Widening forgets every local of the frame, also those the loop never
// changes; lifeguard puts back those only read in the loop and reachable
// by no other name, so that a handle kept across a long loop still dangles
// after it; a pointer the loop only advances is put back into the same
// buffer, at an offset not known (also when the loop's condition is `a &&
// b`, which clang widens at `b` alone). The members of a record local are places
// of their own: the loop's change of one member (a container grown through
// it) leaves the others. So are the members of what a reference refers to,
// when nothing else in the loop may change that object: no call into the
// program's own code, no write through a pointer, no other reference to
// such an object changing the same member (a standard container's member
// functions change only their container and what they are given), also
// in a helper's loop. Near misses: the handle refreshed in the loop,
// directly, through a pointer to it, or by a lambda that captured it by
// reference; the advanced pointer re-made after the growth; the member
// handle refreshed in the loop (also a helper's), or the whole record
// assigned; the member
// reset through another reference that may be the same object; a pool
// whose objects a helper's loop reads (their contents are forgotten, and
// so is the pool's free list: the pool given to the helper by reference
// stays forgotten, not an empty pool whose objects were never given back).
// A reference is never bound again: when the loop may change what it
// refers to (a call into the program's own code), the binding is put back
// and the object forgotten, so that the bus's own method called after the
// loop clears the caller's bus. An address handed on before or after the
// loop (a method called on the object) is changed in the loop only through
// a write there through another name. Near miss: the bus kept holding the
// closure.
// A widened loop's counter is unknown: a branch on it (`if (request == 4)`)
// may be taken again on the path, which the program takes once. A use
// reached from where the object ended through such a branch is not
// reported; a use every later iteration makes is (checked with the lifeguard
// command unrolls one iteration more than clang's default, which reaches
// it).
//
// RUN: not %lifeguard --quiet --checks='-*,lifeguard.*' %s -- -std=c++17 \
// RUN:   | FileCheck %s --check-prefixes=CHECK,COMMAND --implicit-check-not="warning:"
// RUN: %analyze -Xclang -analyzer-config -Xclang widen-loops=true -std=c++17 %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="warning:"
// RUN: %analyze -std=c++17 %s 2>&1 | FileCheck %s --check-prefix=UNWIDENED --allow-empty
// UNWIDENED-NOT: warning:

#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

struct Packet {
  int seq;
};

class Reassembler {
public:
  void receive(int seq) { window_.push_back(Packet{seq}); }
  const Packet &first() const { return window_.front(); }
  void acknowledge(int upto) {
    while (!window_.empty() && window_.front().seq <= upto)
      window_.pop_front();
  }

private:
  std::deque<Packet> window_;
};

int resendFrom() {
  Reassembler r;
  for (int seq = 0; seq < 200; ++seq)
    r.receive(seq);
  const Packet &head = r.first();
  r.acknowledge(150);
  return head.seq + 1;
  // CHECK: long-loops.cpp:[[@LINE-1]]:10: warning: 'head' points into 'window_', whose element was erased by 'pop_front' [lifeguard.ContainerInvalidation]
}

int frontAcrossAReceive() {
  Reassembler r;
  for (int seq = 0; seq < 200; ++seq)
    r.receive(seq);
  const Packet &head = r.first();
  r.receive(200);
  return head.seq + 1;
}

char keptAcrossAppends(std::string &line) {
  const char *shown = line.c_str();
  for (int i = 0; i < 10; ++i)
    line += " more";
  return shown[0];
  // CHECK: long-loops.cpp:[[@LINE-1]]:10: warning: 'shown' points into 'line', whose storage was reallocated by 'operator+=' [lifeguard.ContainerInvalidation]
}

template <typename Container>
int iteratorKeptAcrossGrowth(Container &values) {
  auto first = values.begin();
  for (int i = 0; i < 10; ++i)
    values.push_back(i);
  return *first;
  // CHECK: long-loops.cpp:[[@LINE-1]]:10: warning: 'first' points into 'values', whose storage was reallocated by 'push_back' [lifeguard.ContainerInvalidation]
}
template int iteratorKeptAcrossGrowth(std::vector<int> &);

char refreshedInTheLoop(std::string &line) {
  const char *shown = line.c_str();
  for (int i = 0; i < 10; ++i) {
    line += " more";
    shown = line.c_str();
  }
  return shown[0];
}

char refreshedThroughAPointer(std::string &line) {
  const char *shown = line.c_str();
  const char **where = &shown;
  for (int i = 0; i < 10; ++i) {
    line += " more";
    *where = line.c_str();
  }
  return shown[0];
}

char refreshedByALambda(std::string &line) {
  const char *shown = line.c_str();
  auto refresh = [&] { shown = line.c_str(); };
  for (int i = 0; i < 10; ++i) {
    line += " more";
    refresh();
  }
  return shown[0];
}

int cursorAdvancedAcrossGrowth(std::vector<int> &values) {
  const int *cursor = values.data();
  int sum = 0;
  for (int i = 0; i < 10; ++i)
    sum += *cursor++;
  values.push_back(sum);
  return *cursor;
  // CHECK: long-loops.cpp:[[@LINE-1]]:10: warning: 'cursor' points into 'values', whose storage was reallocated by 'push_back' [lifeguard.ContainerInvalidation]
}

int cursorRemadeAfterGrowth(std::vector<int> &values) {
  const int *cursor = values.data();
  int sum = 0;
  for (int i = 0; i < 10; ++i)
    sum += *cursor++;
  values.push_back(sum);
  cursor = values.data() + 10;
  return *cursor;
}

// Two cursors one loop advances are each somewhere in the buffer, not at
// one place: the growth on the path where they differ is seen.
int cursorsThatMayPart(std::vector<int> &values, const bool *steps) {
  const int *low = values.data();
  const int *high = values.data();
  for (int i = 0; i < 10; ++i) {
    if (steps[i])
      ++low;
    else
      ++high;
  }
  if (low != high)
    values.push_back(0);
  return *low;
  // CHECK: long-loops.cpp:[[@LINE-1]]:10: warning: 'low' points into 'values', whose storage was reallocated by 'push_back' [lifeguard.ContainerInvalidation]
}

struct Reader {
  const char *pos;
  std::string echo;
  int lines;
};

int memberCursorAcrossAppend(std::string &text) {
  Reader reader{text.c_str(), {}, 0};
  for (int i = 0; i < 10; ++i) {
    reader.lines += *reader.pos++ == '\n';
    reader.echo += 'x';
  }
  text += "more";
  return *reader.pos;
  // CHECK: long-loops.cpp:[[@LINE-1]]:10: warning: 'reader.pos' points into 'text', whose storage was reallocated by 'operator+=' [lifeguard.ContainerInvalidation]
}

// The same through the object's own member functions: `next()` only
// advances the cursor, so the loop that calls it keeps the cursor in the
// source's buffer, which the next `feed` moves. The near miss: `rewind()`
// in the loop sets the cursor anew, as the loop's last step.
class Lexer {
public:
  void feed(const std::string &chunk) {
    src_ += chunk;
    if (!cur_)
      cur_ = src_.c_str();
  }
  char next() { return *cur_ ? *cur_++ : 0; }
  // CHECK: long-loops.cpp:[[@LINE-1]]:24: warning: 'cur_' points into 'src_', whose storage was reallocated by 'operator+=' [lifeguard.ContainerInvalidation]
  void rewind() { cur_ = src_.c_str(); }

private:
  std::string src_;
  const char *cur_ = nullptr;
};

int lexerCursorAcrossFeed() {
  Lexer lexer;
  lexer.feed("let x = 42 ; let z = x * 2 ;");
  for (int i = 0; i < 10; ++i)
    lexer.next();
  lexer.feed(std::string(100, 'a'));
  return lexer.next();
}

int lexerCursorRewoundAfterFeed() {
  Lexer lexer;
  lexer.feed("let x = 42 ; let z = x * 2 ;");
  for (int i = 0; i < 10; ++i)
    lexer.next();
  lexer.feed(std::string(100, 'a'));
  lexer.rewind();
  return lexer.next();
}

struct Cache {
  std::unordered_map<int, int> entries;
  std::unordered_map<int, int>::iterator last;
};

int memberIteratorAcrossInsertions() {
  Cache cache;
  cache.last = cache.entries.emplace(-1, 5).first;
  for (int i = 0; i < 1000; ++i)
    cache.entries.emplace(i, i);
  return cache.last->second;
  // CHECK: long-loops.cpp:[[@LINE-1]]:10: warning: 'cache.last' points into 'cache.entries', whose iterators were invalidated by 'emplace' [lifeguard.ContainerInvalidation]
}

// The loop is a helper's, on the record it is given by reference: the
// standard container's members it calls change nothing else.
static void preload(Cache &cache) {
  for (int i = 0; i < 1000; ++i)
    cache.entries.emplace(i, i);
}

int memberIteratorAcrossAHelpersInsertions() {
  Cache cache;
  cache.last = cache.entries.emplace(-1, 5).first;
  preload(cache);
  return cache.last->second;
  // CHECK: long-loops.cpp:[[@LINE-1]]:10: warning: 'cache.last' points into 'cache.entries', whose iterators were invalidated by 'emplace' [lifeguard.ContainerInvalidation]
}

int memberIteratorRefreshed() {
  Cache cache;
  cache.last = cache.entries.emplace(-1, 5).first;
  for (int i = 0; i < 1000; ++i)
    cache.last = cache.entries.emplace(i, i).first;
  return cache.last->second;
}

static void preloadTracked(Cache &cache) {
  for (int i = 0; i < 1000; ++i)
    cache.last = cache.entries.emplace(i, i).first;
}

int memberIteratorRefreshedByAHelper() {
  Cache cache;
  cache.last = cache.entries.emplace(-1, 5).first;
  preloadTracked(cache);
  return cache.last->second;
}

int wholeRecordAssigned(const Cache &fresh) {
  Cache cache;
  cache.last = cache.entries.emplace(-1, 5).first;
  for (int i = 0; i < 1000; ++i) {
    cache.entries.emplace(i, i);
    if (i == 500)
      cache = fresh;
  }
  return cache.last->second;
}

struct Channel {
  const float *cursor;
  int left;
  float gain;
};

static float mix(Channel &channel, int frames) {
  float sum = 0;
  for (int i = 0; i < frames; ++i) {
    sum += *channel.cursor++ * channel.gain;
    --channel.left;
  }
  return sum;
}

float referentCursorAcrossGrowth(std::vector<float> &samples) {
  Channel channel{samples.data(), 100, 0.5f};
  float first = mix(channel, 64);
  samples.push_back(first);
  return *channel.cursor;
  // CHECK: long-loops.cpp:[[@LINE-1]]:10: warning: 'channel.cursor' points into 'samples', whose storage was reallocated by 'push_back' [lifeguard.ContainerInvalidation]
}

// The loop's condition is two blocks (`i < frames && channel.left > 0`):
// clang widens at the second only, and the widened path left the loop
// with `channel.left == 0` alone, so that the second mix never entered its
// loop. lifeguard widens at the head too: the path also leaves with
// `i == frames`, and the second mix reads through the cursor.
static float mixWhileLeft(Channel &channel, int frames) {
  float sum = 0;
  for (int i = 0; i < frames && channel.left > 0; ++i, --channel.left)
    sum += *channel.cursor++ * channel.gain;
  // CHECK: long-loops.cpp:[[@LINE-1]]:12: warning: 'channel.cursor' points into 'samples', whose storage was reallocated by 'push_back' [lifeguard.ContainerInvalidation]
  return sum;
}

float cursorAcrossGrowthBetweenTwoMixes(std::vector<float> &samples) {
  Channel channel{samples.data(), 512, 0.5f};
  float first = mixWhileLeft(channel, 64);
  samples.push_back(first);
  return first + mixWhileLeft(channel, 64);
}

static void skip(Channel &channel, Channel &origin, const float *restart,
                 int frames) {
  for (int i = 0; i < frames; ++i) {
    ++channel.cursor;
    if (i == frames / 2)
      origin.cursor = restart;
  }
}

float referentResetThroughAnother(std::vector<float> &samples,
                                  const std::vector<float> &other) {
  Channel channel{samples.data(), 100, 0.5f};
  skip(channel, channel, other.data(), 64);
  samples.push_back(0);
  return *channel.cursor;
}

struct Slab {
  char text[96];
  std::size_t len;
  Slab *next;
};

class SlabPool {
public:
  SlabPool() {
    for (Slab &slab : slabs_)
      put(&slab);
  }
  Slab *get() {
    Slab *slab = head_;
    if (!slab)
      return nullptr;
    head_ = slab->next;
    slab->len = 0;
    return slab;
  }
  void put(Slab *slab) {
    slab->next = head_;
    head_ = slab;
  }

private:
  Slab slabs_[4];
  Slab *head_ = nullptr;
};

static void load(Slab *slab, const char *contents) {
  slab->len = std::strlen(contents);
  std::memcpy(slab->text, contents, slab->len + 1);
}

static int addedLines(SlabPool &pool, const char *before, const char *after) {
  Slab *older = pool.get();
  Slab *newer = pool.get();
  if (!older || !newer)
    return -1;
  load(older, before);
  load(newer, after);
  std::size_t prefix = 0;
  while (prefix < older->len && prefix < newer->len &&
         older->text[prefix] == newer->text[prefix])
    ++prefix;
  pool.put(older);
  int lines = 0;
  for (std::size_t i = prefix; i < newer->len; ++i)
    if (newer->text[i] == '\n')
      ++lines;
  std::printf("%zu %d\n", prefix, lines);
  pool.put(newer);
  return lines;
}

int twoComparisons() {
  SlabPool pool;
  int lines = addedLines(pool, "alpha\nbeta\n", "alpha\nbeta\ngamma\n");
  return lines + addedLines(pool, "x\n", "x\n");
}

// The branch that reloads runs once; the read before the reload in it
// reads the first plugin.
struct Plugin {
  int version;
};

static int serve(Plugin *plugin, int request) {
  return plugin->version * request;
}

int reloadOnce(int requests) {
  Plugin *current = new Plugin{1};
  Plugin *first = current;
  int total = 0;
  for (int request = 1; request <= requests; ++request) {
    if (request == 4) {
      total += first->version;
      delete current;
      current = new Plugin{2};
    }
    total += serve(current, request);
  }
  delete current;
  return total;
}

int readEveryRequest(int requests) {
  Plugin *current = new Plugin{1};
  Plugin *first = current;
  int total = 0;
  for (int request = 1; request <= requests; ++request) {
    total += first->version;
    // COMMAND: long-loops.cpp:[[@LINE-1]]:14: warning: use of a heap object after it was deleted [lifeguard.Dangling]
    if (request == 4) {
      delete current;
      current = new Plugin{2};
    }
    total += serve(current, request);
  }
  delete current;
  return total;
}

// A closure capturing a local by reference, held by the caller's bus while a
// loop publishes to it (or only counts), and cleared by the bus's own method
// after the loop.
struct Bus {
  std::vector<std::function<void(int)>> handlers;
  void publish(int event) {
    for (auto &handler : handlers)
      handler(event);
  }
  void clear() { handlers.clear(); }
};

static int replay(Bus &bus) {
  int seen = 0;
  bus.handlers.push_back([&seen](int) { ++seen; });
  for (int event = 0; event < 6; ++event)
    bus.publish(event);
  bus.clear();
  return seen;
}

int replayed() {
  Bus bus;
  return replay(bus);
}

static int countDown(Bus &bus, int rounds) {
  int seen = 0;
  bus.handlers.push_back([&seen](int) { ++seen; });
  int ticks = 0;
  for (int i = 0; i < rounds; ++i)
    ++ticks;
  bus.handlers[0](ticks);
  bus.clear();
  return seen;
}

int countedDown() {
  Bus bus;
  return countDown(bus, 10);
}

static int subscribeAndReplay(Bus &bus) {
  int seen = 0;
  bus.handlers.push_back([&seen](int) { ++seen; });
  for (int event = 0; event < 6; ++event)
    bus.publish(event);
  return seen;
  // CHECK: long-loops.cpp:[[@LINE-1]]:3: warning: address of local variable 'seen' escapes through parameter 'bus' [lifeguard.StackAddressEscape]
}

int subscribedAndReplayed() {
  Bus bus;
  return subscribeAndReplay(bus);
}
