#include "flush_scheduler.h"

#include <algorithm>

void FlushScheduler::armFlush(int batchSize) {
  int remaining = batchSize;
  // BUG: the callback outlives this call, but captures 'remaining' by reference.
  onTimer_ = [&] {
    flush(remaining);
    remaining = 0;
  };
}

void FlushScheduler::armFlushAfter(int batchSize) {
  // Fine: captures the count by value and the scheduler that owns the callback.
  onTimer_ = [this, batchSize] { flush(batchSize); };
}

double FlushScheduler::pendingTotal(const std::vector<Order> &orders) const {
  double total = 0;
  // Fine: a by-reference lambda that runs before 'total' goes away.
  std::for_each(orders.begin(), orders.end(),
                [&](const Order &order) { total += order.amount; });
  return total;
}

void FlushScheduler::tick() {
  if (onTimer_)
    onTimer_();
}

void FlushScheduler::flush(int count) { flushed_ += count; }
