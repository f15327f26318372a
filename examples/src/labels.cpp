#include "labels.h"

std::string_view shippingLabel(const Order &order) {
  std::string label = order.customer + "#" + std::to_string(order.id);
  std::string_view view = label;
  // BUG: 'view' refers to 'label', which is destroyed on return.
  return view;
}

// Fine: returns the string itself.
std::string invoiceLabel(const Order &order) {
  return order.customer + "#" + std::to_string(order.id);
}

// Fine: a view of the caller's order, which outlives this call.
std::string_view customerName(const Order &order) { return order.customer; }
