#include "labels.h"

#include <iostream>

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

void printInvoiceHeader(const Order &order) {
  // BUG: invoiceLabel returns a temporary string that dies at the end of
  // this statement; 'header' views its freed buffer.
  std::string_view header = invoiceLabel(order);
  std::cout << "Invoice " << header << '\n';
}

// Fine: the string is kept alive by the reference (lifetime extension).
void printInvoiceFooter(const Order &order) {
  const std::string &footer = invoiceLabel(order);
  std::cout << "Ref " << footer << '\n';
}
