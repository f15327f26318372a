// Objects given back through the pointers a container holds: a batch freed
// by a range-for (or an index loop) over it, then an object of the batch used through another
// pointer. When the container holds one object, the pointer read out of it
// is that object, which goes back. A range-for whose every turn gives its
// element back, run to its end, gave back every object the container
// holds: one of them used, or given back again through another container
// it was copied into, is reported.
//
// Negatives: a batch of two of which one is given back (which object a
// read gives back is not known); a container of one object given back by a
// loop over it that the analyzer takes round more than once (its size is
// not known): the second turn's read may be another element, not a second
// release of the same object; loops that give back only some elements
// (under a condition, or until a break), and one that clears each element
// it gave back.
//
// The other way round: a loop that uses each element of a container that
// surely holds an object given back before the loop began (a render list
// the despawn did not update) uses that object in some turn. Near misses:
// the uses before the release, a list whose slot was cleared, a loop that
// uses its element only under a condition, one that gives back each
// element after using it. A loop that gives back each element of a map
// that holds, under a key, an object given back before the loop, gives it
// back twice (a pool whose checkin frees, whose free is the release); not
// when that key was erased first.
//
// Loops widened as the lifeguard command widens them (a loop over a
// container of unknown size that runs out of visits would not be inlined
// again).
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -Xclang -analyzer-config -Xclang widen-loops=true -std=c++17 -I%S/../../checks/pool-misuse/Inputs -I%src_root/include -Xclang -verify %s

#include "pools.h"
#include <map>
#include <vector>

struct Particle {
  long life;
};

long batchOfOneFreed() {
  StackPool<Particle> pool;
  std::vector<Particle *> live;
  Particle *focus = pool.acquire(); // expected-note{{'focus' now points to the pool's object}}
  focus->life = 1;
  live.push_back(focus);
  for (Particle *p : live)
    pool.release(p); // expected-note{{Object released to its pool here}}
  // expected-note@+1{{Every element of 'live' was released to its pool by the loop above}}
  return focus->life; // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}

long batchOfTwoFreedByLoop() {
  StackPool<Particle> pool;
  std::vector<Particle *> live;
  Particle *focus = pool.acquire(); // expected-note{{'focus' now points to the pool's object}}
  focus->life = 2;
  live.push_back(focus);
  live.push_back(pool.acquire());
  for (Particle *p : live)
    pool.release(p);
  // expected-note@+1{{Every element of 'live' was released to its pool by the loop above}}
  return focus->life; // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}

long batchReleasedByIndex() {
  StackPool<Particle> pool;
  std::vector<Particle *> live;
  Particle *focus = pool.acquire(); // expected-note{{'focus' now points to the pool's object}}
  focus->life = 3;
  live.push_back(pool.acquire());
  live.push_back(focus);
  for (std::size_t i = 0; i < live.size(); ++i) // expected-note 2 {{Loop condition is true.  Entering loop body}} expected-note{{Loop condition is false. Execution continues on line 76}}
    pool.release(live[i]);
  // expected-note@+1{{Every element of 'live' was released to its pool by the loop above}}
  return focus->life; // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}

void retiredCopyReleasedAgain() {
  StackPool<Particle> pool;
  std::vector<Particle *> active, retired;
  active.push_back(pool.acquire());
  active.push_back(pool.acquire());
  active.push_back(pool.acquire());
  retired.push_back(active[1]);
  for (Particle *p : active)
    pool.release(p);
  active.clear(); // expected-note{{Every element of 'active' was released to its pool by the loop above}}
  for (Particle *p : retired) // expected-note{{'p' now points to the pool's object}}
    pool.release(p); // expected-warning{{object released to its pool twice}} expected-note{{object released to its pool twice}}
}

long someFreedUnderCondition(bool (*expired)(const Particle *)) {
  StackPool<Particle> pool;
  std::vector<Particle *> live;
  Particle *focus = pool.acquire();
  focus->life = 3;
  live.push_back(focus);
  live.push_back(pool.acquire());
  for (Particle *p : live)
    if (expired(p))
      pool.release(p);
  return focus->life;
}

long freedUntilBreak(const Particle *keep) {
  StackPool<Particle> pool;
  std::vector<Particle *> live;
  Particle *focus = pool.acquire();
  focus->life = 4;
  live.push_back(focus);
  live.push_back(pool.acquire());
  for (Particle *p : live) {
    if (p == keep)
      break;
    pool.release(p);
  }
  return focus->life;
}

long freedAndCleared() {
  StackPool<Particle> pool;
  std::vector<Particle *> live;
  live.push_back(pool.acquire());
  live.push_back(pool.acquire());
  for (Particle *&p : live) {
    pool.release(p);
    p = nullptr;
  }
  long total = 0;
  for (Particle *p : live)
    if (p)
      total += p->life;
  return total;
}

long batchOfTwoFreed() {
  StackPool<Particle> pool;
  std::vector<Particle *> live;
  Particle *focus = pool.acquire();
  focus->life = 2;
  live.push_back(focus);
  live.push_back(pool.acquire());
  pool.release(live.back());
  return focus->life;
}

struct ParticleIndex {
  StackPool<Particle> &pool;
  std::map<int, Particle *> byId;
  ~ParticleIndex() {
    for (auto &entry : byId)
      pool.release(entry.second);
  }
};

void indexOfOne() {
  StackPool<Particle> pool;
  ParticleIndex index{pool, {}};
  index.byId[1] = pool.acquire();
}

struct Sprite {
  int entity;
  int layer;
};

int draw(int layer);

void renderAfterDespawn() {
  StackPool<Sprite> pool;
  std::vector<Sprite *> renderList;
  Sprite *hero = pool.acquire();
  hero->layer = 2;
  Sprite *tree = pool.acquire();
  tree->layer = 1;
  renderList.push_back(hero);
  renderList.push_back(tree);
  pool.release(hero); // expected-note{{Object released to its pool here}}
  for (const Sprite *s : renderList) // expected-note{{'s' now points to the pool's object}}
    draw(s->layer); // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}

void renderBeforeDespawn() {
  StackPool<Sprite> pool;
  std::vector<Sprite *> renderList;
  Sprite *hero = pool.acquire();
  hero->layer = 2;
  renderList.push_back(hero);
  for (const Sprite *s : renderList)
    draw(s->layer);
  pool.release(hero);
}

void renderClearedSlot() {
  StackPool<Sprite> pool;
  std::vector<Sprite *> renderList;
  Sprite *hero = pool.acquire();
  Sprite *tree = pool.acquire();
  tree->layer = 1;
  renderList.push_back(hero);
  renderList.push_back(tree);
  pool.release(hero);
  renderList[0] = nullptr;
  for (const Sprite *s : renderList)
    if (s)
      draw(s->layer);
}

void renderEachThenRelease() {
  StackPool<Sprite> pool;
  std::vector<Sprite *> renderList;
  Sprite *hero = pool.acquire();
  hero->layer = 2;
  Sprite *tree = pool.acquire();
  tree->layer = 1;
  renderList.push_back(hero);
  renderList.push_back(tree);
  for (Sprite *s : renderList) {
    draw(s->layer);
    pool.release(s);
  }
}

// A pool that hands its buffers back to the heap: the free inside checkin
// is the release. A buffer given back on its acknowledgement, then again by
// the flush of a retransmit cache that still held it under its sequence
// number (a map: what it holds under each key it was given).
#include <cstdlib>

class HeapBufferPool {
public:
  char *checkout(unsigned long bytes) {
    ++outstanding_;
    return static_cast<char *>(std::malloc(bytes));
  }
  void checkin(char *buffer) {
    --outstanding_;
    std::free(buffer); // expected-note 2 {{Object released to its pool here}}
  }

private:
  int outstanding_ = 0;
};

class RetransmitCache {
public:
  explicit RetransmitCache(HeapBufferPool &pool) : pool_(pool) {}
  void remember(int seq, char *buffer) { pending_[seq] = buffer; }
  void flush() {
    for (auto &[seq, buffer] : pending_)
      pool_.checkin(buffer); // expected-warning{{object released to its pool twice}} expected-note{{object released to its pool twice}}
    pending_.clear();
  }
  void forget(int seq) { pending_.erase(seq); }

private:
  HeapBufferPool &pool_;
  std::map<int, char *> pending_;
};

void acknowledgedThenFlushed() {
  HeapBufferPool pool;
  RetransmitCache cache(pool);
  char *hello = pool.checkout(32);
  char *data = pool.checkout(32);
  cache.remember(1, hello);
  cache.remember(2, data);
  pool.checkin(hello); // expected-note{{Calling 'HeapBufferPool::checkin'}} expected-note{{Returning from 'HeapBufferPool::checkin'}}
  cache.flush(); // expected-note{{Calling 'RetransmitCache::flush'}}
}

void acknowledgedAndForgotten() {
  HeapBufferPool pool;
  RetransmitCache cache(pool);
  char *hello = pool.checkout(32);
  char *data = pool.checkout(32);
  cache.remember(1, hello);
  cache.remember(2, data);
  pool.checkin(hello);
  cache.forget(1);
  cache.flush();
}

long usedAfterCheckin() {
  HeapBufferPool pool;
  char *line = pool.checkout(8); // expected-note{{'line' now points to the pool's object}}
  line[0] = 'x';
  pool.checkin(line); // expected-note{{Calling 'HeapBufferPool::checkin'}} expected-note{{Returning from 'HeapBufferPool::checkin'}}
  return line[0]; // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}
