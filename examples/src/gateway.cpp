#include "gateway.h"

#include <cstdlib>
#include <iostream>

namespace {
bool connectionDropped(int attempt) {
  return attempt > 0 && std::getenv("GATEWAY_FLAKY") != nullptr;
}

const std::string &either(const std::string &a, const std::string &b,
                          bool first) {
  return first ? a : b;
}
} // namespace

void GatewayConnection::send(const std::string &payload) {
  std::cout << "gateway <- " << payload << '\n';
}

Gateway::Gateway() : conn_(std::make_unique<GatewayConnection>()) {}

void Gateway::refreshIfStale(int attempt) {
  if (connectionDropped(attempt))
    conn_ = std::make_unique<GatewayConnection>();
}

void Gateway::submitAll(const Order *orders, int count) {
  GatewayConnection *conn = connection();
  for (int i = 0; i < count; ++i) {
    refreshIfStale(i);
    // BUG (lifeguard.Dangling): on the attempt that reconnects, conn still
    // points to the connection refreshIfStale destroyed.
    conn->send(orders[i].customer);
  }
}

const std::string &Gateway::region(bool europe) const {
  static const std::string us = "us-east";
  std::string eu = "eu-west";
  // BUG (lifeguard.StackAddressEscape): returns a reference to the local
  // 'eu' when europe is true.
  return either(eu, us, europe);
}
