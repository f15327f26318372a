// Stack-address escape into threads, futures and task queues.
//
// Positives: a std::thread that refers to a local (by-reference capture,
// pointer argument, copied pointer capture, std::ref) and is detach()ed,
// also after a move and in a loop; a thread or future (std::async, also
// deferred) referring to a local that is returned, stored in a member or
// pushed into a parameter; a task capturing a local by reference posted to a
// global or parameter queue whose post() stores it.
// The warning of a detached thread is at the detach() call.
// Negatives: threads joined before return (on every path); detached threads
// that only hold copies, globals, statics or heap memory; futures consumed
// with get() or wait() inside the function; an async future discarded (its
// destructor waits); a local vector of threads all joined; the future of
// a local promise or packaged_task returned (the state they share is on the
// heap), next to the promise's own address returned.
// A task queue drained before return (`while (!q.empty())`), next to one
// that runs its first task and keeps it; a task queued in `*this` and a
// joined worker thread given `this` (which may run and clear the queue),
// next to a worker given nothing; tasks queued in a pool whose worker
// runs them while the caller waits on a condition variable until they are
// done.
//
// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <condition_variable>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

int g_value;

void worker(int *p);
void workerRef(int &r);
int readValue(const int *p);
void log(const std::string &msg);

class TaskQueue {
public:
  void post(std::function<void()> task) { tasks_.push_back(std::move(task)); }

private:
  std::vector<std::function<void()>> tasks_;
};

TaskQueue g_queue;

// ===== Positives: detached threads =====

void detachNamedThreadCapturingAllByReference() {
  int progress = 0;
  // CHECK: :[[@LINE+5]]:{{[0-9]+}}: warning: address of local variable 'progress' escapes into a detached thread [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: 'progress' captured by reference here
  std::thread t([&] {
    ++progress;
  });
  t.detach();
}

void detachNamedThreadCapturingExplicitReference() {
  std::string msg = "hello";
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: address of local variable 'msg' escapes into a detached thread [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'msg' captured by reference here
  std::thread t([&msg] { log(msg); });
  t.detach();
}

void detachTemporaryThreadWithPointerArgument() {
  int value = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'value' escapes into a detached thread [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'value' taken here
  std::thread(worker, &value).detach();
}

void detachTemporaryThreadCapturingAllByReference() {
  int value = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'value' escapes into a detached thread [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'value' captured by reference here
  std::thread([&] { worker(&value); }).detach();
}

void detachThreadWithCopiedPointerCapture() {
  int value = 0;
  int *p = &value;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'value' escapes into a detached thread [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'value' taken here
  std::thread([p] { *p = 1; }).detach();
}

void detachThreadWithStdRef() {
  int value = 0;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: address of local variable 'value' escapes into a detached thread [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 'value' bound here
  std::thread t(workerRef, std::ref(value));
  t.detach();
}

void detachThreadCapturingParameterByReference(int id) {
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'id' escapes into a detached thread [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'id' captured by reference here
  std::thread([&] { g_value = id; }).detach();
}

void detachMovedThread() {
  int value = 0;
  // CHECK: :[[@LINE+4]]:{{[0-9]+}}: warning: address of local variable 'value' escapes into a detached thread [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'value' captured by reference here
  std::thread t([&value] { ++value; });
  std::thread other = std::move(t);
  other.detach();
}

void detachThreadsInLoop(int n) {
  for (int i = 0; i < n; ++i)
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'i' escapes into a detached thread [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'i' captured by reference here
    std::thread([&i] { g_value = i; }).detach();
}

// ===== Positives: threads and futures that leave the frame =====

std::thread returnThreadCapturingLocal() {
  int value = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'value' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'value' captured by reference here
  return std::thread([&value] { ++value; });
}

std::future<int> returnAsyncCapturingAllByReference() {
  int base = 40;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'base' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'base' captured by reference here
  return std::async(std::launch::async, [&] { return base + 2; });
}

std::future<int> returnAsyncWithPointerArgument() {
  int value = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'value' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'value' taken here
  return std::async(std::launch::async, readValue, &value);
}

std::future<int> returnAsyncThroughVariable() {
  int value = 1;
  auto fut = std::async(std::launch::async, [&value] { return value; });
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'value' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: 'value' captured by reference here
  return fut;
}

std::future<int> returnDeferredAsyncCapturingByReference() {
  int value = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'value' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'value' captured by reference here
  return std::async(std::launch::deferred, [&value] { return value; });
}

void pushFutureIntoParameter(std::vector<std::future<int>> &out) {
  int value = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'value' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'value' captured by reference here
  out.push_back(std::async(std::launch::async, [&value] { return value; }));
}

void postTaskCapturingLocalToGlobalQueue() {
  int job = 7;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'job' escapes into global variable 'g_queue' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'job' captured by reference here
  g_queue.post([&job] { g_value = job; });
}

void postTaskToParameterQueue(TaskQueue &queue) {
  std::string name = "task";
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'name' escapes through parameter 'queue' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'name' captured by reference here
  queue.post([&] { log(name); });
}

class Server {
public:
  void startThreadCapturingLocal() {
    int port = 8080;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'port' escapes into member 'thread_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'port' captured by reference here
    thread_ = std::thread([&port] { g_value = port; });
  }

  void addWorkerCapturingLocal() {
    int id = 1;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'id' escapes into member 'workers_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'id' captured by reference here
    workers_.emplace_back([&id] { g_value = id; });
  }

  void startAsyncCapturingLocal() {
    int n = 2;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'n' escapes into member 'pending_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'n' captured by reference here
    pending_ = std::async(std::launch::async, [&n] { return n * 2; });
  }

  void moveNamedThreadIntoWorkers() {
    int id = 2;
    std::thread t([&id] { g_value = id; });
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'id' escapes into member 'workers_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: 'id' captured by reference here
    workers_.push_back(std::move(t));
  }

  // ===== Negatives (members) =====

  void startThreadCapturingThis() {
    thread_ = std::thread([this] { ++served_; });
  }
  void startThreadCapturingLocalByValue() {
    int port = 8080;
    thread_ = std::thread([port] { g_value = port; });
  }

private:
  int served_ = 0;
  std::thread thread_;
  std::vector<std::thread> workers_;
  std::future<int> pending_;
};

// ===== Negatives =====

void joinNamedThreadCapturingAllByReference() {
  int progress = 0;
  std::thread t([&] { ++progress; });
  t.join();
}

void joinOnEveryPath(bool early) {
  int progress = 0;
  std::thread t([&progress] { ++progress; });
  if (early) {
    t.join();
    return;
  }
  ++g_value;
  t.join();
}

void joinThreadWithPointerArgument() {
  int value = 0;
  std::thread t(worker, &value);
  t.join();
}

void joinThreadWithStdRef() {
  int value = 0;
  std::thread t(workerRef, std::ref(value));
  t.join();
}

void joinTemporaryThread() {
  int value = 0;
  std::thread([&] { ++value; }).join();
}

void detachThreadCapturingByValue() {
  int value = 3;
  std::thread([value] { g_value = value; }).detach();
}

void detachThreadCopyingString() {
  std::string msg = "copy";
  std::thread([msg] { log(msg); }).detach();
}

void detachThreadWithStringArgumentCopied() {
  std::string msg = "copy";
  std::thread(log, msg).detach();
}

void detachThreadWithGlobalPointer() { std::thread(worker, &g_value).detach(); }

void detachThreadWithHeapPointer() { std::thread(worker, new int(0)).detach(); }

void detachThreadUsingStaticLocal() {
  static int counter = 0;
  std::thread([&] { g_value = ++counter; }).detach();
}

void joinAllLocalWorkers() {
  std::vector<int> results(4);
  std::vector<std::thread> workers;
  for (int i = 0; i < 4; ++i)
    workers.emplace_back([&results, i] { results[i] = i * i; });
  for (std::thread &t : workers)
    t.join();
}

int consumeAsyncResultLocally() {
  int base = 40;
  auto fut = std::async(std::launch::async, [&] { return base + 2; });
  return fut.get();
}

int waitOnAsyncLocally() {
  int value = 1;
  std::future<void> fut = std::async(std::launch::async, [&value] { ++value; });
  fut.wait();
  return value;
}

void discardAsyncFuture() {
  int value = 1;
  (void)std::async(std::launch::async, [&value] { ++value; });
}

std::future<int> returnAsyncCapturingByValue() {
  int base = 40;
  return std::async(std::launch::async, [base] { return base + 2; });
}

void postTaskCapturingByValue() {
  int job = 7;
  g_queue.post([job] { g_value = job; });
}

void postPromise(std::promise<void> &&p);

std::future<void> futureOfLocalPromise() {
  std::promise<void> done;
  std::future<void> f = done.get_future();
  postPromise(std::move(done));
  return f;
}

std::future<int> futureOfLocalTask() {
  std::packaged_task<int()> task([] { return 7; });
  std::future<int> f = task.get_future();
  task();
  return f;
}

std::promise<int> *addressOfLocalPromise() {
  std::promise<int> p;
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'p' escapes through the return value [lifeguard-stack-address-escape]
  return &p;
}

// A queue its poster drains before returning holds nothing on the loop's
// exit edge (`!tasks_.empty()` is false there); one that runs its first
// task and keeps it still holds the local's.
class DrainingQueue {
public:
  void post(std::function<void()> task) { tasks_.push_back(std::move(task)); }
  void drain() {
    while (!tasks_.empty()) {
      std::function<void()> task = std::move(tasks_.front());
      tasks_.erase(tasks_.begin());
      task();
    }
  }
  void runFront() {
    if (!tasks_.empty())
      tasks_.front()();
  }

private:
  std::vector<std::function<void()>> tasks_;
};

void postThenDrain(DrainingQueue &queue) {
  int total = 0;
  queue.post([&total] { ++total; });
  queue.drain();
}

void postThenRunFront(DrainingQueue &queue) {
  int total = 0;
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'total' escapes through parameter 'queue' [lifeguard-stack-address-escape]
  queue.post([&total] { ++total; });
  queue.runFront();
}

// ===== A helper detaches the thread =====

template <class F> void startDetached(F f) { std::thread(std::move(f)).detach(); }
template <class F> void startDetachedForwarding(F &&f) {
  std::thread t(std::forward<F>(f));
  t.detach();
}
void startDetachedFunction(std::function<void()> task) {
  std::thread(task).detach();
}
template <class F> void startJoined(F f) { std::thread(std::move(f)).join(); }

void helperDetachesByValue() {
  std::vector<int> batch{1, 2, 3};
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'batch' escapes into a detached thread [lifeguard-stack-address-escape]
  startDetached([&batch] { g_value = static_cast<int>(batch.size()); });
}

void helperDetachesForwarded() {
  int progress = 0;
  auto work = [&progress] { ++progress; };
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'progress' escapes into a detached thread [lifeguard-stack-address-escape]
  startDetachedForwarding(work);
}

void helperDetachesStdFunction() {
  int progress = 0;
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'progress' escapes into a detached thread [lifeguard-stack-address-escape]
  startDetachedFunction([&] { ++progress; });
}

void helperDetachesCopies() {
  std::vector<int> batch{1, 2, 3};
  startDetached([batch] { g_value = static_cast<int>(batch.size()); });
}

void helperJoins() {
  int progress = 0;
  startJoined([&progress] { ++progress; });
}

// ===== A thread that reaches the object may take the task out =====

class JobSystem {
public:
  void submit(std::function<void()> f) { jobs_.push_back(std::move(f)); }
  void drain() {
    for (auto &f : jobs_)
      f();
    jobs_.clear();
  }
  int computeOnWorker() {
    int result = 0;
    submit([&result] { result = 42; });
    std::thread worker([this] { drain(); });
    worker.join();
    return result;
  }
  int computeBesideWorker() {
    int result = 0;
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'result' escapes into member 'jobs_' of '*this' [lifeguard-stack-address-escape]
    submit([&result] { result = 42; });
    std::thread worker([] { g_value = 1; });
    worker.join();
    return result;
  }

private:
  std::vector<std::function<void()>> jobs_;
};

class WorkerPool {
public:
  void submit(std::function<void()> job) {
    std::lock_guard<std::mutex> g(m_);
    jobs_.push_back(std::move(job));
  }
  int sum(int n) {
    int total = 0, left = n;
    std::mutex dm;
    std::condition_variable done;
    for (int i = 0; i < n; ++i)
      submit([&, i] {
        std::lock_guard<std::mutex> g(dm);
        total += i;
        if (--left == 0)
          done.notify_one();
      });
    std::unique_lock<std::mutex> lk(dm);
    done.wait(lk, [&] { return left == 0; });
    return total;
  }

private:
  std::vector<std::function<void()>> jobs_;
  std::mutex m_;
};
