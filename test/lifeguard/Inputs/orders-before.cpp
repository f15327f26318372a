#include <vector>

struct Order {
  int id;
};

// An old bug, recorded in the baseline.
const Order *firstOrder(std::vector<Order> &orders) {
  const Order *first = &orders[0];
  orders.push_back(Order{0});
  return first;
}
