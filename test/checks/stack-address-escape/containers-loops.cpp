// Stack-address escape through containers and loops.
//
// Positives: the address of a range-for loop variable (which dies every
// iteration) or of an element of a local / by-value container kept in a
// member, parameter or global container (`for (Order o : orders)
// index_[o.id] = &o;`, `for (auto& o : localVector) items_.push_back(&o);`),
// by index, through structured bindings over a local map, over an
// initializer list, locals declared in a loop body, loop counters, and local
// containers of pointers that are returned, copied or moved out.
// Negatives: loops by reference over containers that outlive the frame;
// values stored instead of addresses; local containers of pointers that do
// not escape; addresses removed again (clear, pop_back) before return;
// ranges of a local container's elements delimited by element pointers and
// copied into a member (`std::vector<T>(&v[1], &v[4])`, assign, insert),
// next to the vector of element pointers that does keep them; a node
// handle `extract` took out of a local map of pointers, returned.
//
// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

struct Order {
  int id;
  double price;
};

std::vector<Order> loadOrders();
void process(const std::vector<const Order *> &orders);
int sum(const std::vector<int *> &ptrs);

std::vector<int *> g_values;
std::map<int, const Order *> g_byId;

class OrderIndex {
public:
  // ===== Positives =====

  void indexByValueLoopVariable(const std::vector<Order> &orders) {
    for (Order o : orders)
      // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'o' escapes into member 'index_' of '*this' [lifeguard-stack-address-escape]
      // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'o' taken here
      index_[o.id] = &o;
  }

  void indexByValueLoopVariableInBlock(const std::vector<Order> &orders) {
    for (const auto o : orders) {
      if (o.price <= 0)
        continue;
      // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'o' escapes into member 'index_' of '*this' [lifeguard-stack-address-escape]
      // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'o' taken here
      index_.emplace(o.id, &o);
    }
  }

  void pushElementsOfLocalVector() {
    std::vector<Order> localVector = loadOrders();
    // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: address of local variable 'localVector' escapes into member 'items_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'localVector' obtained here
    for (auto &o : localVector)
      items_.push_back(&o);
  }

  void pushElementsOfByValueParameter(std::vector<Order> orders) {
    // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: address of parameter 'orders' escapes into member 'items_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'orders' obtained here
    for (const Order &o : orders)
      items_.push_back(&o);
  }

  void pushSubscriptOfLocalVector() {
    std::vector<Order> v = loadOrders();
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes into member 'items_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
    items_.push_back(&v[0]);
  }

  void pushFrontOfLocalVector() {
    std::vector<Order> v = loadOrders();
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes into member 'items_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
    items_.push_back(&v.front());
  }

  void copyLocalContainerOfPointersIntoMember() {
    Order o{1, 2.0};
    std::vector<const Order *> tmp;
    tmp.push_back(&o);
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'o' escapes into member 'items_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'o' taken here
    items_ = tmp;
  }

  void insertBracedPairFromLoop(const std::vector<Order> &orders) {
    for (Order o : orders)
      // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'o' escapes into member 'index_' of '*this' [lifeguard-stack-address-escape]
      // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'o' taken here
      index_.insert({o.id, &o});
  }

  void storeLoopVariableThroughPointerVariable(const std::vector<Order> &orders) {
    for (Order o : orders) {
      const Order *p = &o;
      // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'o' escapes into member 'index_' of '*this' [lifeguard-stack-address-escape]
      // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'o' taken here
      index_[o.id] = p;
    }
  }

  // ===== Negatives =====

  void indexByReferenceOverParameter(const std::vector<Order> &orders) {
    for (const Order &o : orders)
      index_[o.id] = &o;
  }

  void indexByReferenceOverMember() {
    for (const Order &o : orders_)
      index_[o.id] = &o;
  }

  void pushMemberElementAddress() { items_.push_back(&orders_[0]); }

  void copyValuesIntoMember(const std::vector<Order> &orders) {
    for (Order o : orders)
      orders_.push_back(o);
  }

  void pushThenClearMember() {
    Order o{1, 2.0};
    items_.push_back(&o);
    process(items_);
    items_.clear();
  }

  void pushThenPopMemberInLoop(const std::vector<Order> &orders) {
    for (Order o : orders) {
      items_.push_back(&o);
      process(items_);
      items_.pop_back();
    }
  }

private:
  std::vector<Order> orders_;
  std::vector<const Order *> items_;
  std::unordered_map<int, const Order *> index_;
};

// ===== Positives: parameters and globals =====

void loopVariableIntoOutParameter(const std::vector<Order> &orders,
                                  std::vector<const Order *> &out) {
  for (Order o : orders)
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'o' escapes through parameter 'out' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'o' taken here
    out.push_back(&o);
}

void loopVariableIntoOutMap(const std::vector<Order> &orders,
                            std::map<int, const Order *> &outMap) {
  for (auto o : orders)
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'o' escapes through parameter 'outMap' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'o' taken here
    outMap[o.id] = &o;
}

void loopVariableIntoGlobalMap(const std::vector<Order> &orders) {
  for (Order o : orders)
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'o' escapes into global variable 'g_byId' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'o' taken here
    g_byId[o.id] = &o;
}

void localVectorElementsIntoGlobalMap() {
  std::vector<Order> localVector = loadOrders();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: address of local variable 'localVector' escapes into global variable 'g_byId' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'localVector' obtained here
  for (const auto &o : localVector)
    g_byId[o.id] = &o;
}

void localVectorElementsIntoOutParameter(std::vector<const Order *> &out) {
  std::vector<Order> localVector = loadOrders();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: address of local variable 'localVector' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'localVector' obtained here
  for (const Order &o : localVector)
    out.push_back(&o);
}

void loopBodyLocalIntoGlobalVector(int n) {
  for (int i = 0; i < n; ++i) {
    int doubled = i * 2;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'doubled' escapes into global variable 'g_values' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'doubled' taken here
    g_values.push_back(&doubled);
  }
}

void loopCounterIntoGlobalVector(int n) {
  for (int i = 0; i < n; ++i)
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'i' escapes into global variable 'g_values' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'i' taken here
    g_values.push_back(&i);
}

void whileLoopLocalIntoOutParameter(std::vector<int *> &out, int n) {
  while (n-- > 0) {
    int item = n;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'item' escapes through parameter 'out' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'item' taken here
    out.push_back(&item);
  }
}

void indexLoopOverLocalVector(std::vector<const Order *> &out) {
  std::vector<Order> v = loadOrders();
  for (std::size_t i = 0; i < v.size(); ++i)
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes through parameter 'out' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
    out.push_back(&v[i]);
}

void structuredBindingOverLocalMap(std::vector<const Order *> &out) {
  std::map<int, Order> byId{{1, Order{1, 2.0}}};
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: address of local variable 'byId' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'byId' obtained here
  for (auto &[id, order] : byId)
    out.push_back(&order);
}

void loopOverInitializerList(std::vector<const int *> &out) {
  for (int x : {1, 2, 3})
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'x' escapes through parameter 'out' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'x' taken here
    out.push_back(&x);
}

// ===== Positives: local containers of pointers that escape =====

std::vector<int *> returnLocalVectorOfPointers() {
  int local = 1;
  std::vector<int *> v;
  v.push_back(&local);
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'local' taken here
  return v;
}

std::vector<int *> returnBracedVectorOfPointers() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  return std::vector<int *>{&local};
}

std::map<int, int *> returnLocalMapOfPointers() {
  int local = 1;
  std::map<int, int *> m;
  m[1] = &local;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'local' taken here
  return m;
}

void swapLocalVectorIntoOutParameter(std::vector<int *> &out) {
  int local = 1;
  std::vector<int *> tmp;
  tmp.push_back(&local);
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'local' taken here
  out = tmp;
}

void moveLocalVectorIntoOutParameter(std::vector<int *> &out) {
  int local = 1;
  std::vector<int *> tmp{&local};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'local' taken here
  out = std::move(tmp);
}

// ===== Negatives =====

void loopByReferenceOverParameterIntoOut(const std::vector<Order> &orders,
                                         std::vector<const Order *> &out) {
  for (const Order &o : orders)
    out.push_back(&o);
}

void loopCopiesValuesIntoOut(const std::vector<Order> &orders,
                             std::map<int, double> &outMap) {
  for (Order o : orders)
    outMap[o.id] = o.price;
}

int localVectorOfPointersStaysLocal() {
  int local = 1;
  std::vector<int *> v;
  v.push_back(&local);
  return sum(v);
}

int localMapOfLoopAddressesStaysLocal(const std::vector<Order> &orders) {
  std::map<int, const Order *> byId;
  for (Order o : orders)
    byId[o.id] = &o;
  return static_cast<int>(byId.size());
}

void pushThenClearOutParameter(std::vector<int *> &out) {
  int local = 1;
  out.push_back(&local);
  sum(out);
  out.clear();
}

void pushThenPopOutParameterInLoop(const std::vector<Order> &orders,
                                   std::vector<const Order *> &out) {
  for (Order o : orders) {
    out.push_back(&o);
    process(out);
    out.pop_back();
  }
}

void pushThenClearGlobal(int n) {
  for (int i = 0; i < n; ++i)
    g_values.push_back(&i);
  sum(g_values);
  g_values.clear();
}

std::vector<int> returnLocalVectorOfValues() {
  int local = 1;
  std::vector<int> v{local, local + 1};
  return v;
}

struct Field {
  const char *text;
  int length;
};

class MountEntry {
public:
  void parse(const char *line) {
    std::vector<Field> pieces(8, Field{line, 1});
    optional_ = std::vector<Field>(&pieces[1], &pieces[5]);
    extra_.assign(&pieces[0], &pieces[2]);
    extra_.insert(extra_.end(), &pieces[2], &pieces[4]);
  }
  void parseKeepingPointers(const char *line) {
    std::vector<Field> pieces(8, Field{line, 1});
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'pieces' escapes into member 'refs_' of '*this' [lifeguard-stack-address-escape]
    refs_ = std::vector<Field *>(1, &pieces[1]);
  }

private:
  std::vector<Field> optional_;
  std::vector<Field> extra_;
  std::vector<Field *> refs_;
};

// The node handle `extract` returns owns the element, and with it the
// address the element held.
std::map<int, int *>::node_type extractedNode() {
  int count = 0;
  std::map<int, int *> counters;
  counters.emplace(1, &count);
  // CHECK: :[[@LINE+1]]:10: warning: address of local variable 'count' escapes through the return value [lifeguard-stack-address-escape]
  return counters.extract(1);
}
