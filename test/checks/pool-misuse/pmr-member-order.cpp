// std::pmr container and string members that allocate from a memory
// resource member declared after them: members are destroyed in reverse
// order, so the resource has released its memory when the container frees
// into it.
//
// Positives: the resource given by a constructor's initializer, by a
// default member initializer, wrapped in a polymorphic_allocator; a class
// template's instantiation; members declared by a macro.
// Negatives: the resource declared first; a pointer to a resource (not
// destroyed with the object); a written destructor that empties the
// container first (it names the container); a container that is not a
// pmr one.
//
// RUN: %tidy --checks='-*,lifeguard-pool-misuse' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <map>
#include <memory_resource>
#include <string>
#include <vector>

class CtorInit {
  // CHECK: :[[@LINE+3]]:25: warning: member 'values_' allocates from 'arena_', which is declared after it and destroyed first [lifeguard-pool-misuse]
  // CHECK: :[[@LINE+6]]:25: note: 'values_' given 'arena_' here
  // CHECK: :[[@LINE+2]]:39: note: 'arena_' declared here
  std::pmr::vector<int> values_;
  std::pmr::monotonic_buffer_resource arena_;

public:
  CtorInit() : values_(&arena_) {}
};

class DefaultInit {
  // CHECK: :[[@LINE+1]]:20: warning: member 'name_' allocates from 'arena_', which is declared after it and destroyed first [lifeguard-pool-misuse]
  std::pmr::string name_{&arena_};
  std::pmr::unsynchronized_pool_resource arena_;
};

class WrappedAllocator {
  // CHECK: :[[@LINE+1]]:27: warning: member 'index_' allocates from 'arena_'
  std::pmr::map<int, int> index_;
  std::pmr::monotonic_buffer_resource arena_{4096};

public:
  WrappedAllocator()
      : index_(std::pmr::polymorphic_allocator<std::pair<const int, int>>(&arena_)) {}
};

template <typename T> class Scratch {
  // CHECK: :[[@LINE+1]]:23: warning: member 'items_' allocates from 'arena_'
  std::pmr::vector<T> items_;
  std::pmr::monotonic_buffer_resource arena_;

public:
  Scratch() : items_(&arena_) {}
};
Scratch<int> g_scratch;

#define SCRATCH_MEMBERS(T)                                                     \
  std::pmr::vector<T> list_{&arena_};                                          \
  std::pmr::monotonic_buffer_resource arena_;

struct FromAMacro {
  // CHECK: :[[@LINE+1]]:3: warning: member 'list_' allocates from 'arena_'
  SCRATCH_MEMBERS(double)
};

// ===== Negatives =====

class ResourceFirst {
  std::pmr::monotonic_buffer_resource arena_;
  std::pmr::vector<int> values_{&arena_};
};

class PointerToResource {
  std::pmr::vector<int> values_;
  std::pmr::memory_resource *upstream_;

public:
  explicit PointerToResource(std::pmr::memory_resource *r)
      : values_(r), upstream_(r) {}
};

class EmptiedFirst {
  std::pmr::vector<int> values_;
  std::pmr::monotonic_buffer_resource arena_;

public:
  EmptiedFirst() : values_(&arena_) {}
  ~EmptiedFirst() { std::pmr::vector<int>().swap(values_); }
};

class PlainMember {
  std::vector<int> values_;
  std::pmr::monotonic_buffer_resource arena_;
};
