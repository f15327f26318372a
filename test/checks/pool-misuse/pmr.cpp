// std::pmr: containers and strings allocate from a memory resource, so
// they must not outlive it, and what they hold is gone after the
// resource's release(). The clang-tidy checks report it in their own
// families: a container returned while its resource is a local of the
// returning frame (lifeguard-stack-address-escape), one read after its
// resource's scope ended (lifeguard-dangling), one read after release()
// (lifeguard-pool-misuse), also a member container, a member arena, and an
// arena a method of its owner releases (a request context's reset()).
// Negatives: resources that outlive their containers, a resource given by
// the caller, a container built and released in each iteration, the size
// read after release(), a copy into a standard container before the
// resource goes, an allocator's allocate() returned, a substring of a
// local stored in a member that allocates from the object's arena; a
// container move-assigned from, or copied from, one on an inner arena (a
// polymorphic_allocator does not propagate: the elements are moved into
// the target's own resource, the copy allocates from the default one); the
// resource() of a container's allocator given to a new string; a read
// before the context's reset, and another context's reset.
//
// What a resource's allocate() hands out lives in the resource too:
// directly, through a memory_resource pointer, a polymorphic_allocator, or
// an object placed there with placement new (in a macro). Read after
// release() (pool-misuse), after the resource's scope ended (dangling),
// returned with a local resource (stack-address-escape). Negatives: the
// value copied out before the release, storage allocated after it (by a
// template helper, then through a pointer to the resource kept across the
// release), an arena on a stack buffer used in its frame.
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

// A request context owns the arena; a plan's containers allocate from it
// through the pointer the context hands out; the context's reset()
// releases it (a method's release is the caller's). A member arena
// released directly, and a plan's member container read after a local
// arena's release.
struct RequestContext {
  std::pmr::memory_resource *resource() { return &arena; }
  void reset() { arena.release(); }
  std::pmr::monotonic_buffer_resource arena;
};

struct QueryPlan {
  explicit QueryPlan(std::pmr::memory_resource *mr) : weights(mr) {}
  std::pmr::vector<double> weights;
};

double readAfterTheContextReset() {
  RequestContext ctx;
  QueryPlan plan(ctx.resource());
  plan.weights.push_back(0.5);
  ctx.reset();
  // CHECK: :[[@LINE+2]]:10: warning: use of memory that its memory resource 'arena' released [lifeguard-pool-misuse]
  // CHECK: :[[@LINE-2]]:3: note: released here
  return plan.weights.front();
}

double readAfterTheMemberArenaReleased() {
  RequestContext ctx;
  std::pmr::vector<double> weights(&ctx.arena);
  weights.push_back(0.5);
  ctx.arena.release();
  // CHECK: :[[@LINE+1]]:10: warning: use of memory that its memory resource 'arena' released [lifeguard-pool-misuse]
  return weights.front();
}

double memberContainerAfterRelease() {
  std::pmr::monotonic_buffer_resource arena;
  QueryPlan plan(&arena);
  plan.weights.push_back(0.5);
  arena.release();
  // CHECK: :[[@LINE+1]]:10: warning: use of memory that its memory resource 'arena' released [lifeguard-pool-misuse]
  return plan.weights.front();
}

// Near misses: silent.

double readBeforeTheContextReset() {
  RequestContext ctx;
  QueryPlan plan(ctx.resource());
  plan.weights.push_back(0.5);
  double w = plan.weights.front();
  ctx.reset();
  return w + static_cast<double>(plan.weights.size());
}

double anotherContextReset() {
  RequestContext ctx;
  RequestContext other;
  QueryPlan plan(ctx.resource());
  plan.weights.push_back(0.5);
  other.reset();
  return plan.weights.front();
}

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

// Raw allocations.
struct Token {
  int kind;
};

int allocatedThenReleased() {
  std::pmr::monotonic_buffer_resource arena;
  auto *t = static_cast<Token *>(arena.allocate(sizeof(Token), alignof(Token)));
  t->kind = 1;
  arena.release();
  return t->kind;
  // CHECK: :[[@LINE-1]]:10: warning: use of memory that its memory resource 'arena' released [lifeguard-pool-misuse]
  // CHECK: :[[@LINE-3]]:3: note: released here
}

int throughTheBase() {
  std::pmr::monotonic_buffer_resource arena;
  std::pmr::memory_resource *resource = &arena;
  auto *t = static_cast<Token *>(resource->allocate(sizeof(Token)));
  t->kind = 1;
  arena.release();
  return t->kind;
  // CHECK: :[[@LINE-1]]:10: warning: use of memory that its memory resource 'arena' released [lifeguard-pool-misuse]
}

int throughAnAllocator() {
  std::pmr::monotonic_buffer_resource arena;
  std::pmr::polymorphic_allocator<Token> alloc(&arena);
  Token *t = alloc.allocate(1);
  t->kind = 1;
  arena.release();
  return t->kind;
  // CHECK: :[[@LINE-1]]:10: warning: use of memory that its memory resource 'arena' released [lifeguard-pool-misuse]
}

#define PLACE(resource, T, ...)                                                \
  new ((resource).allocate(sizeof(T), alignof(T))) T{__VA_ARGS__}

int placedThenReleased() {
  std::pmr::monotonic_buffer_resource arena;
  Token *t = PLACE(arena, Token, 7);
  arena.release();
  return t->kind;
  // CHECK: :[[@LINE-1]]:10: warning: use of memory that its memory resource 'arena' released [lifeguard-pool-misuse]
}

int allocatedInAnInnerScope() {
  Token *t;
  {
    std::pmr::unsynchronized_pool_resource pool;
    t = static_cast<Token *>(pool.allocate(sizeof(Token)));
    t->kind = 2;
  }
  return t->kind;
  // CHECK: :[[@LINE-1]]:10: warning: use of local variable 'pool' after it went out of scope [lifeguard-dangling]
}

void *allocatedFromALocal() {
  std::pmr::monotonic_buffer_resource arena;
  void *block = arena.allocate(64);
  return block;
  // CHECK: :[[@LINE-1]]:10: warning: address of local variable 'arena' escapes through the return value [lifeguard-stack-address-escape]
}

template <typename T> T *makeOn(std::pmr::memory_resource &resource) {
  return static_cast<T *>(resource.allocate(sizeof(T), alignof(T)));
}

int copiedOutBeforeTheRelease() {
  std::pmr::monotonic_buffer_resource arena;
  Token *t = PLACE(arena, Token, 3);
  int kind = t->kind;
  arena.release();
  return kind;
}

int allocatedAfterTheRelease() {
  std::pmr::monotonic_buffer_resource arena;
  std::pmr::memory_resource *resource = &arena;
  Token *t = makeOn<Token>(arena);
  arena.release();
  t = static_cast<Token *>(resource->allocate(sizeof(Token)));
  t->kind = 4;
  return t->kind;
}

int onAStackBufferInItsFrame() {
  alignas(std::max_align_t) std::byte buffer[256];
  std::pmr::monotonic_buffer_resource arena(buffer, sizeof buffer);
  auto *t = static_cast<Token *>(arena.allocate(sizeof(Token)));
  t->kind = 5;
  return t->kind;
}
