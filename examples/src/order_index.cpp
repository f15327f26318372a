#include "order_index.h"

void OrderIndex::rebuild(const std::vector<Order> &orders) {
  byId_.clear();
  // Fine: each pointer refers to an element of the caller's vector.
  for (const Order &order : orders)
    byId_[order.id] = &order;
}

void OrderIndex::addBatch(std::vector<Order> batch) {
  // BUG: 'order' is a copy that dies at the end of each iteration (and
  // 'batch' itself dies on return); the index keeps its address.
  for (Order order : batch)
    byId_[order.id] = &order;
}

const Order *OrderIndex::find(int id) const {
  auto it = byId_.find(id);
  return it == byId_.end() ? nullptr : it->second;
}
