// Event dispatcher on a C mempool (mempool_get/mempool_put); reads the event type for statistics after putting the event back.
// dispatch() gets an event from the mempool, runs the handler and puts the event back
// with mempool_put(), then updates per-type counters from ev->type. The event block is
// already back in the pool (and poisoned) when the counter is updated.
// asan: use-after-poison
#include <sanitizer/asan_interface.h>
#include <cstddef>
#include <cstdio>
#include <cstdlib>

struct mempool {
  std::size_t elem_size;
  std::size_t cap;
  std::size_t top;
  void** stack;
  unsigned char* mem;
};

static mempool* mempool_create(std::size_t elem_size, std::size_t cap) {
  mempool* mp = static_cast<mempool*>(std::calloc(1, sizeof(mempool)));
  mp->elem_size = (elem_size + 15) & ~static_cast<std::size_t>(15);
  mp->cap = cap;
  mp->mem = static_cast<unsigned char*>(std::malloc(mp->elem_size * cap));
  mp->stack = static_cast<void**>(std::malloc(sizeof(void*) * cap));
  for (std::size_t i = 0; i < cap; ++i) mp->stack[mp->top++] = mp->mem + i * mp->elem_size;
  ASAN_POISON_MEMORY_REGION(mp->mem, mp->elem_size * cap);
  return mp;
}

static void* mempool_get(mempool* mp) {
  if (mp->top == 0) return nullptr;
  void* e = mp->stack[--mp->top];
  ASAN_UNPOISON_MEMORY_REGION(e, mp->elem_size);
  return e;
}

static void mempool_put(mempool* mp, void* e) {
  ASAN_POISON_MEMORY_REGION(e, mp->elem_size);
  mp->stack[mp->top++] = e;
}

static void mempool_destroy(mempool* mp) {
  ASAN_UNPOISON_MEMORY_REGION(mp->mem, mp->elem_size * mp->cap);
  std::free(mp->mem);
  std::free(mp->stack);
  std::free(mp);
}

enum EventType { EV_KEY = 0, EV_MOUSE = 1, EV_RESIZE = 2, EV_COUNT = 3 };

struct Event {
  int type;
  int a, b;
};

static int handle(const Event* ev) { return ev->a * 10 + ev->b; }

static void dispatch(mempool* mp, int type, int a, int b, unsigned* counts, long* acc) {
  Event* ev = static_cast<Event*>(mempool_get(mp));
  if (!ev) return;
  ev->type = type;
  ev->a = a;
  ev->b = b;
  *acc += handle(ev);
  mempool_put(mp, ev);
  counts[ev->type]++;  // BUG: event already returned with mempool_put()
}

int main() {
  mempool* events = mempool_create(sizeof(Event), 16);
  unsigned counts[EV_COUNT] = {0, 0, 0};
  long acc = 0;
  dispatch(events, EV_KEY, 4, 1, counts, &acc);
  dispatch(events, EV_RESIZE, 80, 24, counts, &acc);
  mempool_destroy(events);
  std::printf("keys %u mouse %u resize %u (acc %ld)\n", counts[0], counts[1], counts[2], acc);
  return 0;
}
