// Callbacks queued in a container and run later: calling one uses what it
// captured. A pool's buffer captured by a callback that a helper queues
// in the caller's event loop, then gives back, is used when the loop runs
// the callbacks (through a range-for, or front()); so is a pointer kept in
// a vector of pointers after its object went back. The pool hands out its
// own slots (`&slots_[i]`), which the program no longer names after the
// release: what is known of them is kept while a container points to them.
// A page given back through the pointer a cache's list of pages holds,
// when the list holds that one, is read through the cache's map.
// Negatives: the callbacks run before the release; two callbacks queued,
// only one of whose buffers went back (which one runs is not known); a
// callback capturing a copy of the length.
//
// The loop over the callbacks is widened, as the lifeguard command does.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -Xclang -analyzer-config -Xclang widen-loops=true -std=c++17 -I%S/../../checks/pool-misuse/Inputs -I%src_root/include -Xclang -verify %s

#include "pools.h"
#include <functional>
#include <unordered_map>
#include <vector>

struct IoBuf {
  int len;
  char bytes[64];
};

using IoBufPool = StackPool<IoBuf>;

class EventLoop {
public:
  void post(std::function<int()> cb) { pending_.push_back(std::move(cb)); }
  int run() {
    int total = 0;
    for (auto &cb : pending_)
      total += cb(); // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
    pending_.clear();
    return total;
  }
  int runFirst() {
    return pending_.front()(); // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
  }

private:
  std::vector<std::function<int()>> pending_;
};

static void onRead(EventLoop &loop, IoBufPool &pool, int len) {
  IoBuf *buf = pool.acquire();
  buf->len = len;
  loop.post([buf] { return buf->len; });
  pool.release(buf); // expected-note 2{{Object released to its pool here}}
}

int readThenRun() {
  IoBufPool pool;
  EventLoop loop;
  onRead(loop, pool, 5); // expected-note{{Calling 'onRead'}} expected-note{{Returning from 'onRead'}}
  return loop.run(); // expected-note{{Calling 'EventLoop::run'}}
}

int readThenRunFirst() {
  IoBufPool pool;
  EventLoop loop;
  onRead(loop, pool, 5); // expected-note{{Calling 'onRead'}} expected-note{{Returning from 'onRead'}}
  return loop.runFirst(); // expected-note{{Calling 'EventLoop::runFirst'}}
}

int keptInAVector() {
  IoBufPool pool;
  std::vector<IoBuf *> inFlight;
  IoBuf *buf = pool.acquire();
  buf->len = 5;
  inFlight.push_back(buf);
  pool.release(buf); // expected-note{{Object released to its pool here}}
  return inFlight.front()->len; // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}

int runBeforeTheRelease() {
  IoBufPool pool;
  EventLoop loop;
  IoBuf *buf = pool.acquire();
  buf->len = 5;
  loop.post([buf] { return buf->len; });
  int total = loop.run();
  pool.release(buf);
  return total;
}

int oneOfTwoReleased() {
  IoBufPool pool;
  EventLoop loop;
  IoBuf *first = pool.acquire();
  IoBuf *second = pool.acquire();
  first->len = second->len = 5;
  loop.post([first] { return first->len; });
  loop.post([second] { return second->len; });
  pool.release(first);
  int total = loop.runFirst();
  pool.release(second);
  return total;
}

int copiedLength() {
  IoBufPool pool;
  EventLoop loop;
  IoBuf *buf = pool.acquire();
  buf->len = 5;
  int len = buf->len;
  loop.post([len] { return len; });
  pool.release(buf);
  return loop.run();
}

struct Page {
  long block;
  char bytes[64];
};

struct PageCache {
  StackPool<Page> &pool;
  std::unordered_map<long, Page *> byBlock;
  std::vector<Page *> recent;
  Page *load(long block) {
    if (byBlock.count(block)) // expected-note{{Assuming the condition is false}} expected-note{{Taking false branch}}
      return byBlock[block];
    Page *p = pool.acquire();
    p->block = block;
    byBlock[block] = p;
    recent.push_back(p); // expected-note{{Stored a pointer to the object in 'cache.recent'}}
    return p;
  }
  void evictOldest() {
    pool.release(recent.front()); // expected-note{{Object released to its pool here}}
  }
};

int evictedButStillMapped() {
  StackPool<Page> pool;
  PageCache cache{pool};
  cache.load(1); // expected-note{{Calling 'PageCache::load'}} expected-note{{Returning from 'PageCache::load'}}
  cache.evictOldest(); // expected-note{{Calling 'PageCache::evictOldest'}} expected-note{{Returning from 'PageCache::evictOldest'}}
  return cache.load(1)->bytes[0]; // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}
