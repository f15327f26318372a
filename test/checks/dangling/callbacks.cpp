// A subscriber registers a `[this]` callback on a longer-lived event bus in
// its constructor; the bus runs it after the subscriber ended.
//
// Positives: a subscriber on the stack whose scope ended, one made with
// `new` and deleted, and one a unique_ptr owned and reset, before the next
// publish.
// Negatives: a subscriber whose destructor unsubscribes (on the stack,
// deleted, also in a loop, through a base with a virtual destructor, owned
// by a unique_ptr that is reset or ends, or by a vector cleared); a publish
// while the subscriber lives.
//
// (The bus is a local: what a parameter's object holds stands for many
// objects, see the Limitations of lifeguard-dangling.)
//
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <functional>
#include <map>
#include <memory>
#include <vector>

class EventBus {
public:
  int subscribe(std::function<void(int)> handler) {
    handlers_[next_] = std::move(handler);
    return next_++;
  }
  void unsubscribe(int id) { handlers_.erase(id); }
  void publish(int event) {
    for (auto &[id, handler] : handlers_)
      handler(event);
  }

private:
  std::map<int, std::function<void(int)>> handlers_;
  int next_ = 0;
};

// Never unsubscribes.
class AuditLog {
public:
  explicit AuditLog(EventBus &bus) {
    bus.subscribe([this](int event) { entries_.push_back(event); });
  }

private:
  std::vector<int> entries_;
};

// Unsubscribes when it ends.
class Metrics {
public:
  explicit Metrics(EventBus &bus) : bus_(bus) {
    id_ = bus.subscribe([this](int event) { total_ += event; });
  }
  ~Metrics() { bus_.unsubscribe(id_); }

private:
  EventBus &bus_;
  int id_;
  long total_ = 0;
};

void auditOnTheStack() {
  EventBus bus;
  {
    AuditLog audit(bus);
    bus.publish(1);
  }
  bus.publish(2);
  // CHECK: :[[@LINE-1]]:3: warning: use of local variable 'audit' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-5]]:14: note: 'audit' passed as 'this' here
  // CHECK: :[[@LINE-4]]:3: note: 'audit' went out of scope here
}

void auditOnTheHeap() {
  EventBus bus;
  AuditLog *audit = new AuditLog(bus);
  bus.publish(1);
  delete audit;
  bus.publish(2);
  // CHECK: :[[@LINE-1]]:3: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-5]]:21: note: heap object allocated here
  // CHECK: :[[@LINE-4]]:3: note: deleted here
}

void metricsOnTheStack() {
  EventBus bus;
  {
    Metrics metrics(bus);
    bus.publish(1);
  }
  bus.publish(2);
}

void metricsOnTheHeap() {
  EventBus bus;
  Metrics *metrics = new Metrics(bus);
  bus.publish(1);
  delete metrics;
  bus.publish(2);
}

void metricsPerRound() {
  EventBus bus;
  for (int round = 0; round < 3; ++round) {
    Metrics *metrics = new Metrics(bus);
    bus.publish(round);
    delete metrics;
  }
  bus.publish(9);
}

void auditOwned() {
  EventBus bus;
  auto audit = std::make_unique<AuditLog>(bus);
  bus.publish(1);
  audit.reset();
  bus.publish(2);
  // CHECK: :[[@LINE-1]]:3: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-5]]:16: note: heap object allocated here
  // CHECK: :[[@LINE-4]]:3: note: destroyed here by its owner
}

void metricsOwned() {
  EventBus bus;
  auto metrics = std::make_unique<Metrics>(bus);
  bus.publish(1);
  metrics.reset();
  bus.publish(2);
}

void metricsOwnedInABlock() {
  EventBus bus;
  {
    std::unique_ptr<Metrics> metrics(new Metrics(bus));
    bus.publish(1);
  }
  bus.publish(2);
}

void metricsOwnedByAVector() {
  EventBus bus;
  std::vector<std::unique_ptr<Metrics>> all;
  all.push_back(std::make_unique<Metrics>(bus));
  all.push_back(std::make_unique<Metrics>(bus));
  bus.publish(1);
  all.clear();
  bus.publish(2);
}

// Unsubscribes in a virtual destructor, which a derived class's runs too.
class Widget {
public:
  explicit Widget(EventBus &bus) : bus_(bus) {
    id_ = bus.subscribe([this](int event) { onEvent(event); });
  }
  virtual ~Widget() { bus_.unsubscribe(id_); }
  virtual void onEvent(int) {}

private:
  EventBus &bus_;
  int id_;
};

void widgetThroughItsBase() {
  EventBus bus;
  std::unique_ptr<Widget> widget = std::make_unique<Widget>(bus);
  bus.publish(1);
  widget = nullptr;
  bus.publish(2);
  Widget *raw = new Widget(bus);
  delete raw;
  bus.publish(3);
}

