// Objects given back through the pointers a container holds: a batch freed
// by a range-for over it, then an object of the batch used through another
// pointer. When the container holds one object, the pointer read out of it
// is that object, which goes back.
//
// Negatives: a batch of two (which object a read gives back is not known);
// a container of one object given back by a loop over it that the analyzer
// takes round more than once (its size is not known): the second turn's
// read may be another element, not a second release of the same object.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++17 -I%S/../../checks/pool-misuse/Inputs -I%src_root/include -Xclang -verify %s

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
  return focus->life; // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
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
