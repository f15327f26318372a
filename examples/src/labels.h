#ifndef ORDER_SERVICE_LABELS_H
#define ORDER_SERVICE_LABELS_H

#include "order.h"

#include <string>
#include <string_view>

// "ACME#42": what the packing slip shows.
std::string_view shippingLabel(const Order &order);
std::string invoiceLabel(const Order &order);
std::string_view customerName(const Order &order);
void printInvoiceHeader(const Order &order);
void printInvoiceFooter(const Order &order);

#endif // ORDER_SERVICE_LABELS_H
