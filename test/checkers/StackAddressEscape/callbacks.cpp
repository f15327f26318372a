// A [this] or by-reference callback registered on a longer-lived object (an
// event bus) by an object that dies first: the bus keeps the address of a
// local. Unregistering in the destructor is the near miss. A report at the
// end of a function whose last call builds a std::string from a literal is
// placed at the function's closing brace, not in basic_string.h.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.ContainerInvalidation -std=c++17 -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.ContainerInvalidation -std=c++20 -Xclang -verify %s

#include <functional>
#include <string>
#include <vector>

class EventBus {
public:
  int subscribe(std::function<void()> handler) {
    handlers_.push_back(std::move(handler));
    return static_cast<int>(handlers_.size()) - 1;
  }
  void unsubscribe(int id) { handlers_.erase(handlers_.begin() + id); }
  void publish() {
    for (auto &handler : handlers_)
      handler();
  }

private:
  std::vector<std::function<void()>> handlers_;
};

class ClickCounter {
public:
  void attach(EventBus &bus) { bus.subscribe([this] { ++clicks_; }); }

private:
  int clicks_ = 0;
};

void countForAWhile(EventBus &bus) {
  {
    ClickCounter counter;
    counter.attach(bus);
  }
  bus.publish(); // expected-warning{{address of local variable 'counter' escapes through parameter 'bus' and stays there after its scope ended}} expected-note{{address of local variable 'counter' escapes through parameter 'bus' and stays there after its scope ended}}
}

class Topics {
public:
  static Topics &instance() {
    static Topics topics;
    return topics;
  }
  void subscribe(std::function<void()> handler) {
    handlers_.push_back(std::move(handler));
  }
  void publish(const std::string &topic) {
    for (auto &handler : handlers_)
      handler();
  }

private:
  std::vector<std::function<void()>> handlers_;
};

struct Audit {
  Audit() { Topics::instance().subscribe([this] { ++seen; }); }
  int seen = 0;
};

void bootstrap() {
  Audit audit;
  Topics::instance().publish("boot");
} // expected-warning{{address of local variable 'audit' escapes into static variable 'topics'}} expected-note{{address of local variable 'audit' escapes into static variable 'topics'}}

// Near misses: silent.

class ScopedCounter {
public:
  explicit ScopedCounter(EventBus &bus)
      : bus_(bus), id_(bus.subscribe([this] { ++clicks_; })) {}
  ~ScopedCounter() { bus_.unsubscribe(id_); }

private:
  EventBus &bus_;
  int id_;
  int clicks_ = 0;
};

void countScoped(EventBus &bus) {
  {
    ScopedCounter counter(bus);
  }
  bus.publish();
}

void countWithAStaticCounter(EventBus &bus) {
  static ClickCounter counter;
  counter.attach(bus);
}
