#ifndef ORDER_SERVICE_ORDER_H
#define ORDER_SERVICE_ORDER_H

#include <string>

struct Order {
  int id = 0;
  std::string customer;
  double amount = 0.0;
};

#endif // ORDER_SERVICE_ORDER_H
