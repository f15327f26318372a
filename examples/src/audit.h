#ifndef ORDER_SERVICE_AUDIT_H
#define ORDER_SERVICE_AUDIT_H

#include "order.h"

#include <vector>

// Orders seen since the last report, newest last.
extern std::vector<const Order *> gAuditTrail;

void auditPlaced(const Order &order);
void auditCancelled(int id);
void auditReset();

#endif // ORDER_SERVICE_AUDIT_H
