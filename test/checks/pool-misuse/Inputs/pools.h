// Pools for pool-misuse tests: a class pool with its bodies, a C pool
// declared only, and a pool whose functions are named by options or
// annotations.
#ifndef POOLS_H
#define POOLS_H

#include "lifeguard/annotations.h"
#include <string>
#include <vector>

struct Connection {
  int fd = -1;
  std::string peer;
  char buffer[256];
  void send(const char *data);
};

class ConnectionPool {
public:
  Connection *acquire() {
    if (free_.empty())
      return new Connection;
    Connection *c = free_.back();
    free_.pop_back();
    return c;
  }
  void release(Connection *c) { free_.push_back(c); }

private:
  std::vector<Connection *> free_;
};

// A pool whose members are named get/put, taking references.
class BufferPool {
public:
  std::string &get();
  void put(std::string &buffer);
};

extern "C" {
struct mempool;
void *mempool_get(struct mempool *pool);
void mempool_put(struct mempool *pool, void *object);
}

// Neither name nor class says "pool": taught by options in one test and
// by annotations here.
struct Depot {
  Connection *lend();
  void reclaim(Connection *c);
};

struct Registry {
  LIFEGUARD_ACQUIRE Connection *open(const char *name);
  LIFEGUARD_RELEASE void close(Connection *c);
};

// A pool of slots of its own, defined here so that the analyzer follows
// it: it hands out the slot given back last, else a new one.
template <typename T, int N = 4> class StackPool {
public:
  T *acquire() { return free_ ? stack_[--free_] : &slots_[top_++]; }
  void release(T *object) { stack_[free_++] = object; }

private:
  T slots_[N];
  T *stack_[N];
  int free_ = 0, top_ = 0;
};

#endif
