// What callees and destructors remove, replace or keep: the escape is
// judged on the place's content at return, with the calls' effects.
//
// Negatives: removal in a helper method, in a free helper, in a destructor;
// a save/restore guard with a written constructor; a scoped registration
// that pushes in its constructor and pops in its destructor; a
// subscription whose destructor unregisters through the bus it points to,
// then sets that pointer to null (what the pointer reached when the
// destructor was called is what it changed).
// Positives: a constructor that stores `this`; a closure capturing a local
// and `this`, handed to a helper that stores it; a struct whose one field
// views a local and whose other views a literal; a write to one field of a
// member that another write does not undo; tuple, variant and
// reference_wrapper holders; the twin of the subscription whose destructor
// only sets its pointer to null.

// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

struct Registry {
  void add(int *P) { Items.push_back(P); }
  void reset() { Items.clear(); }
  std::vector<int *> Items;
};
Registry GRegistry;

void removedByHelperMethod() {
  int X = 1;
  GRegistry.add(&X);
  GRegistry.reset();
}

std::map<int, int *> GTimers;
void cancel(int Id) { GTimers.erase(Id); }
void removedByHelper() {
  int Hits = 0;
  GTimers[7] = &Hits;
  cancel(7);
}

std::vector<int *> GActive;
struct Popper {
  ~Popper() { GActive.pop_back(); }
};
void removedByDestructor() {
  int Local = 1;
  GActive.push_back(&Local);
  Popper P;
}

int *GCurrent;
struct Saver {
  explicit Saver(int *&Slot) : Slot(Slot), Old(Slot) {}
  ~Saver() { Slot = Old; }
  int *&Slot;
  int *Old;
};
void restoredByGuard() {
  int Local = 1;
  Saver S(GCurrent);
  GCurrent = &Local;
}

struct ScopedRegistration {
  ScopedRegistration(std::vector<int *> &Registry, int &X) : Registry(Registry) {
    Registry.push_back(&X);
  }
  ~ScopedRegistration() { Registry.pop_back(); }
  std::vector<int *> &Registry;
};
void scopedRegistration() {
  int Local = 1;
  ScopedRegistration S(GActive, Local);
}

std::vector<void *> GObjects;
struct SelfRegistering {
  SelfRegistering() { GObjects.push_back(this); }
};
void constructorStoresThis() {
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'W' escapes into global variable 'GObjects' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'W' passed as 'this' here
  SelfRegistering W;
}

std::function<void()> GTask;
void post(std::function<void()> Task) { GTask = std::move(Task); }
struct Worker {
  int Total = 0;
  void run() {
    int N = 0;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'N' escapes into global variable 'GTask' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'N' captured by reference here
    post([&N, this] { Total += N; });
  }
};

struct Header {
  std::string_view Name, Value;
};
std::vector<Header> GHeaders;
void addAuthorization(int Id) {
  std::string Token = "Bearer " + std::to_string(Id);
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'Token' escapes into global variable 'GHeaders' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'Token' obtained here
  GHeaders.push_back(Header{"Authorization", Token});
}

struct Range {
  const int *Begin = nullptr;
  const int *End = nullptr;
};
struct Cursor {
  Range R;
  void set() {
    int X = 1;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'X' escapes into member 'R' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'X' taken here
    R.Begin = &X;
    R.End = nullptr;
  }
};

std::tuple<int, int *> tupleOfLocal() {
  int X = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'X' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'X' taken here
  return std::make_tuple(0, &X);
}

std::variant<int, int *> GVariant;
void variantOfLocal() {
  int X = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'X' escapes into global variable 'GVariant' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'X' taken here
  GVariant = &X;
}

std::vector<std::reference_wrapper<int>> GRefs;
void referenceWrapperOfLocal() {
  int X = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'X' escapes into global variable 'GRefs' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 'X' bound here
  GRefs.push_back(X);
}

class EventBus {
public:
  using Handler = std::function<void(int)>;
  // Unregisters its handler when it ends, then forgets the bus.
  struct Subscription {
    EventBus *Bus = nullptr;
    int Id = 0;
    ~Subscription() { reset(); }
    void reset() {
      if (Bus)
        Bus->remove(Id);
      Bus = nullptr;
    }
  };
  // Forgets the bus without unregistering.
  struct Leash {
    EventBus *Bus = nullptr;
    int Id = 0;
    ~Leash() { Bus = nullptr; }
  };
  Subscription subscribe(Handler H) {
    Handlers.push_back({++Next, std::move(H)});
    return Subscription{this, Next};
  }
  Leash attach(Handler H) {
    Handlers.push_back({++Next, std::move(H)});
    return Leash{this, Next};
  }
  void publish(int V) {
    for (auto &Entry : Handlers)
      Entry.second(V);
  }

private:
  void remove(int Id) {
    Handlers.erase(std::remove_if(Handlers.begin(), Handlers.end(),
                                  [Id](const auto &E) { return E.first == Id; }),
                   Handlers.end());
  }
  std::vector<std::pair<int, Handler>> Handlers;
  int Next = 0;
};
EventBus Bus;

int sumWhileSubscribed() {
  int Sum = 0;
  EventBus::Subscription S = Bus.subscribe([&Sum](int V) { Sum += V; });
  Bus.publish(1);
  return Sum;
}

int sumWhileLeashed() {
  int Sum = 0;
  EventBus::Leash L = Bus.attach([&Sum](int V) { Sum += V; });
  // CHECK: :[[@LINE-1]]:23: warning: address of local variable 'Sum' escapes into global variable 'Bus' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:36: note: 'Sum' captured by reference here
  Bus.publish(1);
  return Sum;
}
