#include "audit.h"

std::vector<const Order *> gAuditTrail;

void auditPlaced(const Order &order) {
  Order snapshot = order;
  snapshot.customer += " (placed)";
  // BUG: the global trail keeps the address of a local.
  gAuditTrail.push_back(&snapshot);
}

void auditCancelled(int id) {
  // Fine: a function-local static lives as long as the program.
  static Order cancelled;
  cancelled.id = id;
  gAuditTrail.push_back(&cancelled);
}

void auditReset() { gAuditTrail.clear(); }
