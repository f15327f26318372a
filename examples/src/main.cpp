#include "audit.h"
#include "flush_scheduler.h"
#include "gateway.h"
#include "labels.h"
#include "order_index.h"

#include <iostream>
#include <vector>

int main() {
  std::vector<Order> orders = {{1, "ACME", 120.0}, {2, "Globex", 75.5}};

  OrderIndex index;
  index.rebuild(orders);
  if (const Order *found = index.find(2))
    std::cout << invoiceLabel(*found) << " for " << customerName(*found)
              << '\n';

  printInvoiceHeader(orders[0]);
  printInvoiceFooter(orders[0]);
  auditPlaced(orders[0]);
  auditCancelled(2);

  FlushScheduler scheduler;
  std::cout << "pending: " << scheduler.pendingTotal(orders) << '\n';
  scheduler.armFlushAfter(static_cast<int>(orders.size()));
  scheduler.tick();

  Gateway gateway;
  gateway.submitAll(orders.data(), static_cast<int>(orders.size()));
  std::cout << "region: " << gateway.region(false) << '\n';
  return 0;
}
