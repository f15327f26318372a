// The same bugs through templates, macros and code in headers.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++17 -I%S/Inputs -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++20 -I%S/Inputs -Xclang -verify %s

// The note in the header where the cache clears its buffers.
// expected-note@pool_types.h:16 {{Object destroyed here by 'cache.buffers_', which owned it}}

#include "pool_types.h"

template <typename T> T *reaimIf(bool cond, T *fallback) {
  T *chosen = fallback;
  if (cond) {
    T local{};
    chosen = &local;
  }
  return chosen;
}

int throughATemplate(bool cond) {
  int base = 1;
  int *p = reaimIf(cond, &base); // expected-note{{local variable 'local' ended when this call returned}} expected-note{{'p' now points to local variable 'local'}}
  return *p; // expected-warning{{use of local variable 'local' after its function returned}} expected-note{{use of local variable 'local' after its function returned}}
}

template <typename Owner> size_t sizeAfterReset(Owner &owner) {
  auto *raw = owner.get(); // expected-note{{'raw' now points to a heap object}}
  owner.reset(); // expected-note{{Object destroyed by its owner here}}
  return raw->size(); // expected-warning{{use of a heap object after its owner destroyed it}} expected-note{{use of a heap object after its owner destroyed it}}
}

size_t templateOverUniquePtr() {
  auto owned = std::make_unique<Buffer>();
  return sizeAfterReset(owned); // expected-note{{Calling 'sizeAfterReset<std::unique_ptr<Buffer>>'}}
}

int throughAMacro(bool cond) {
  int fallback = 0;
  int *p = &fallback;
  if (cond) { // expected-note{{Assuming 'cond' is true}} expected-note{{Taking true branch}}
    WITH_SCRATCH(p); // expected-note{{'p' now points to local variable 'scratch_p'}}
  } // expected-note{{local variable 'scratch_p' went out of scope here}}
  return *p; // expected-warning{{use of local variable 'scratch_p' after it went out of scope}} expected-note{{use of local variable 'scratch_p' after it went out of scope}}
}

size_t cacheInAHeader() {
  BufferCache cache;
  cache.add();
  Buffer *b = cache.newest(); // expected-note{{'b' now points to a heap object}}
  cache.evictAll(); // expected-note{{Calling 'BufferCache::evictAll'}} expected-note{{Returning from 'BufferCache::evictAll'}}
  return b->size(); // expected-warning{{use of a heap object after its owner destroyed it}} expected-note{{use of a heap object after its owner destroyed it}}
}

// Near misses: silent.

template <typename Owner> size_t sizeBeforeReset(Owner &owner) {
  auto *raw = owner.get();
  size_t n = raw->size();
  owner.reset();
  return n;
}

size_t templateUsedBeforeReset() {
  auto owned = std::make_unique<Buffer>();
  return sizeBeforeReset(owned);
}

size_t cacheRefetched(BufferCache &cache) {
  cache.evictAll();
  cache.add();
  Buffer *b = cache.newest();
  return b ? b->size() : 0;
}
