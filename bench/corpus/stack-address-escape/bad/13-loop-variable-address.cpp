// Order service indexes orders by id, but takes the address of the by-value loop variable, which dies every iteration.
// 'for (Order o : orders) byId[o.id] = &o;' records the address of the loop copy;
// after the loop the index is used to settle an order and the copy is gone.
// asan: stack-use-after-scope
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
    for (Order o : orders) {
        if (o.amount <= 0)
            continue;
        byId[o.id] = &o; // BUG: address of the per-iteration loop variable 'o' is kept in the index
    }

    double paid = settle(byId, 102);
    std::printf("settled order 102 for %.2f\n", paid);
    int open = 0;
    for (const Order& o : orders)
        open += o.settled ? 0 : 1;
    std::printf("%d orders still open\n", open);
    return 0;
}
