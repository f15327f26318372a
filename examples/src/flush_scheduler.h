#ifndef ORDER_SERVICE_FLUSH_SCHEDULER_H
#define ORDER_SERVICE_FLUSH_SCHEDULER_H

#include "order.h"

#include <functional>
#include <vector>

// Batches orders and writes them out when the timer fires.
class FlushScheduler {
public:
  void armFlush(int batchSize);
  void armFlushAfter(int batchSize);
  double pendingTotal(const std::vector<Order> &orders) const;
  void tick();

private:
  void flush(int count);

  std::function<void()> onTimer_;
  int flushed_ = 0;
};

#endif // ORDER_SERVICE_FLUSH_SCHEDULER_H
