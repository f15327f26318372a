#include <vector>

// Lines added above the old bug move it; the baseline still knows it.
struct Order {
  int id;
  int quantity = 0;
};

// An old bug, recorded in the baseline.
const Order *firstOrder(std::vector<Order> &orders) {
  const Order *first = &orders[0];
  orders.push_back(Order{0});
  return first;
}

// A new bug.
int *lastQuantity(std::vector<Order> &orders) {
  int *quantity = &orders.back().quantity;
  orders.emplace_back();
  return quantity;
}
