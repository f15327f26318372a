#ifndef ORDER_SERVICE_GATEWAY_H
#define ORDER_SERVICE_GATEWAY_H

#include "order.h"

#include <memory>
#include <string>

// The connection to the payment gateway, replaced when it goes stale.
struct GatewayConnection {
  int fd = -1;
  void send(const std::string &payload);
};

class Gateway {
public:
  Gateway();
  GatewayConnection *connection() { return conn_.get(); }
  // Reconnects when the gateway has dropped the connection.
  void refreshIfStale(int attempt);
  void submitAll(const Order *orders, int count);
  const std::string &region(bool europe) const;

private:
  std::unique_ptr<GatewayConnection> conn_;
};

#endif // ORDER_SERVICE_GATEWAY_H
