// Order service indexes orders by id through a by-reference loop variable, so the index points into the vector (twin of bad/13).
// 'for (Order& o : orders) byId[o.id] = &o;' stores addresses of the vector's
// elements, which stay valid because the vector is not resized afterwards.
#include <cstdio>
#include <map>
#include <vector>

struct Order {
    int id;
    int customer;
    double amount;
    bool settled;
};

static std::vector<Order> loadOrders() {
    return {
        {101, 7, 19.99, false},
        {102, 9, 5.00, false},
        {103, 7, 42.50, false},
    };
}

static double settle(std::map<int, Order*>& byId, int id) {
    auto it = byId.find(id);
    if (it == byId.end())
        return 0;
    Order* o = it->second;
    o->settled = true;
    return o->amount;
}

int main() {
    std::vector<Order> orders = loadOrders();
    std::map<int, Order*> byId;
    for (Order& o : orders) {
        if (o.amount <= 0)
            continue;
        byId[o.id] = &o;
    }

    double paid = settle(byId, 102);
    std::printf("settled order 102 for %.2f\n", paid);
    int open = 0;
    for (const Order& o : orders)
        open += o.settled ? 0 : 1;
    std::printf("%d orders still open\n", open);
    return open == 2 ? 0 : 1;
}
