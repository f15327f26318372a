#ifndef ORDER_SERVICE_ORDER_INDEX_H
#define ORDER_SERVICE_ORDER_INDEX_H

#include "order.h"

#include <unordered_map>
#include <vector>

// Looks orders up by id without copying them. The index points into the
// orders it was built from, so those must outlive it.
class OrderIndex {
public:
  void rebuild(const std::vector<Order> &orders);
  void addBatch(std::vector<Order> batch);
  const Order *find(int id) const;
  std::size_t size() const { return byId_.size(); }

private:
  std::unordered_map<int, const Order *> byId_;
};

#endif // ORDER_SERVICE_ORDER_INDEX_H
