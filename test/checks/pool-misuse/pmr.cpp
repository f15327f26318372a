// std::pmr: containers and strings allocate from a memory resource, so
// they must not outlive it, and what they hold is gone after the
// resource's release(). The clang-tidy checks report it in their own
// families: a container returned while its resource is a local of the
// returning frame (lifeguard-stack-address-escape), one read after its
// resource's scope ended (lifeguard-dangling), one read after release()
// (lifeguard-pool-misuse).
// Negatives: resources that outlive their containers, a resource given by
// the caller, a container built and released in each iteration, the size
// read after release(), a copy into a standard container before the
// resource goes, an allocator's allocate() returned, a substring of a
// local stored in a member that allocates from the object's arena; a
// container move-assigned from, or copied from, one on an inner arena (a
// polymorphic_allocator does not propagate: the elements are moved into
// the target's own resource, the copy allocates from the default one); the
// resource() of a container's allocator given to a new string.
//
// RUN: %tidy --checks='-*,lifeguard-*' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <cstddef>
#include <memory_resource>
#include <optional>
#include <string>
#include <vector>

std::pmr::vector<int> returnedWithItsArena() {
  std::pmr::monotonic_buffer_resource arena;
  std::pmr::vector<int> values(&arena);
  values.push_back(1);
  // CHECK: :[[@LINE+1]]:10: warning: address of local variable 'arena' escapes through the return value [lifeguard-stack-address-escape]
  return values;
}

std::pmr::string returnedString(const char *text) {
  std::byte buffer[256];
  std::pmr::monotonic_buffer_resource arena(buffer, sizeof buffer);
  std::pmr::polymorphic_allocator<char> alloc(&arena);
  std::pmr::string s(text, alloc);
  // CHECK: :[[@LINE+1]]:10: warning: address of local variable 'arena' escapes through the return value [lifeguard-stack-address-escape]
  return s;
}

int readAfterTheResourceScope() {
  std::optional<std::pmr::vector<int>> outer;
  {
    std::pmr::unsynchronized_pool_resource pool;
    outer.emplace(&pool);
    outer->push_back(1);
  }
  // CHECK: :[[@LINE+1]]:10: warning: use of local variable 'pool' after it went out of scope [lifeguard-dangling]
  return (*outer)[0];
}

std::size_t movedAloneTakesTheResource() {
  std::pmr::vector<std::pmr::string> *outer;
  {
    std::pmr::monotonic_buffer_resource arena;
    std::pmr::vector<std::pmr::string> inner(&arena);
    inner.emplace_back("token");
    outer = new std::pmr::vector<std::pmr::string>(std::move(inner));
  }
  // CHECK: :[[@LINE+1]]:10: warning: use of local variable 'arena' after it went out of scope [lifeguard-dangling]
  return outer->front().size();
}

int readAfterRelease() {
  std::pmr::monotonic_buffer_resource arena;
  std::pmr::vector<int> values(100, 7, &arena);
  arena.release();
  // CHECK: :[[@LINE+2]]:10: warning: use of memory that its memory resource 'arena' released [lifeguard-pool-misuse]
  // CHECK: :[[@LINE-2]]:3: note: released here
  return values[0];
}

// Near misses: silent.

int resourceOutlivesContainer() {
  std::pmr::monotonic_buffer_resource arena;
  std::pmr::vector<int> values(&arena);
  values.push_back(2);
  return values[0];
}

std::pmr::vector<int> resourceOfTheCaller(std::pmr::memory_resource *resource) {
  std::pmr::vector<int> values(resource);
  values.push_back(3);
  return values;
}

int releasedEachRequest(int requests) {
  std::pmr::monotonic_buffer_resource arena;
  int total = 0;
  for (int i = 0; i < requests; ++i) {
    {
      std::pmr::vector<int> scratch(&arena);
      scratch.push_back(i);
      total += scratch[0];
    }
    arena.release();
  }
  return total;
}

std::size_t sizeAfterRelease() {
  std::pmr::monotonic_buffer_resource arena;
  std::pmr::vector<int> values(4, 1, &arena);
  std::size_t n = values.size();
  arena.release();
  return n + values.size();
}

std::vector<int> copiedOut() {
  std::pmr::monotonic_buffer_resource arena;
  std::pmr::vector<int> values(&arena);
  values.push_back(4);
  return std::vector<int>(values.begin(), values.end());
}

int *fromTheResource(std::pmr::memory_resource &resource) {
  std::pmr::polymorphic_allocator<int> alloc(&resource);
  return alloc.allocate(1);
}

// Members allocate from the object's own arena; a substring of a local is a
// new string, not a pointer into the local.
class RequestHandler {
public:
  RequestHandler() : arena_(buffer_, sizeof buffer_), params_(&arena_) {}
  void parse(const std::pmr::string &query) {
    std::pmr::string rest = query.substr(1);
    params_.emplace_back(rest.substr(0, rest.find('&')));
  }

private:
  alignas(std::max_align_t) std::byte buffer_[512];
  std::pmr::monotonic_buffer_resource arena_;
  std::pmr::vector<std::pmr::string> params_;
};

// Tokens built on a scratch arena and moved into a vector on the default
// resource: the move is element by element, into memory of `tokens`' own.
std::size_t moveAssignedOut() {
  std::pmr::vector<std::pmr::string> tokens;
  {
    alignas(std::max_align_t) std::byte scratch[1024];
    std::pmr::monotonic_buffer_resource arena(scratch, sizeof scratch);
    std::pmr::vector<std::pmr::string> tmp(&arena);
    tmp.emplace_back("let");
    tokens = std::move(tmp);
  }
  return tokens.front().size();
}

std::size_t copiedToTheDefaultResource() {
  std::pmr::vector<std::pmr::string> *copy;
  {
    std::pmr::monotonic_buffer_resource arena;
    std::pmr::vector<std::pmr::string> tmp(&arena);
    tmp.emplace_back("let");
    copy = new std::pmr::vector<std::pmr::string>(tmp);
  }
  return copy->front().size();
}

void sameResourceAsTheVector(std::pmr::vector<std::pmr::string> &out) {
  std::pmr::string cur(out.get_allocator().resource());
  cur.push_back('x');
  out.push_back(cur);
}
