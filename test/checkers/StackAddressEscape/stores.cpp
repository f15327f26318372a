// Addresses of locals left, when the function returns on some feasible path,
// in a global, a static local, what a parameter points to, a member of
// '*this', or a caller's variable (named by the parameter that handed it
// over, when one did), also two handles deep (`**g`,
// `head->next->value`). Stores undone before every return, stores of what
// outlives the frame, and stores behind what an unknown call returned are the
// near misses.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.ContainerInvalidation -std=c++17 -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.ContainerInvalidation -std=c++20 -Xclang -verify %s

#include <string>
#include <string_view>

struct Request {
  int id;
  const char *path;
};

Request *gInFlight = nullptr;
const char *gLastPath = nullptr;

void handle(int id, bool trace) {
  Request req{id, "/"};
  if (trace) // expected-note{{Assuming 'trace' is true}} expected-note{{Taking true branch}}
    gInFlight = &req; // expected-warning{{address of local variable 'req' escapes into global variable 'gInFlight'}} expected-note{{'gInFlight' now points to local variable 'req'}} expected-note{{address of local variable 'req' escapes into global variable 'gInFlight'}}
}

const int *rememberLast(int value) {
  static const int *last = nullptr;
  int copy = value;
  last = &copy; // expected-note{{'last' now points to local variable 'copy'}}
  return nullptr; // expected-warning{{address of local variable 'copy' escapes into static variable 'last'}} expected-note{{address of local variable 'copy' escapes into static variable 'last'}}
}

void parse(Request **out, bool ok) {
  Request parsed{1, "/parsed"};
  if (ok) // expected-note{{Assuming 'ok' is true}} expected-note{{Taking true branch}}
    *out = &parsed; // expected-warning{{address of local variable 'parsed' escapes through parameter 'out'}} expected-note{{'*out' now points to local variable 'parsed'}} expected-note{{address of local variable 'parsed' escapes through parameter 'out'}}
}

void tracePath(const std::string &base) {
  std::string path = base + "/index";
  gLastPath = path.c_str(); // expected-warning{{pointer into local variable 'path' escapes into global variable 'gLastPath'}} expected-note{{pointer into local variable 'path' obtained here}} expected-note{{'gLastPath' now points to the buffer of local variable 'path'}} expected-note{{pointer into local variable 'path' escapes into global variable 'gLastPath'}}
}

class Tracker {
public:
  void track(int id) {
    Request current{id, "/tracked"};
    active_ = &current; // expected-warning{{address of local variable 'current' escapes into member 'active_' of '*this'}} expected-note{{'active_' now points to local variable 'current'}} expected-note{{address of local variable 'current' escapes into member 'active_' of '*this'}}
  }
  void trackAndForget(int id) {
    Request current{id, "/tracked"};
    active_ = &current;
    active_ = nullptr;
  }

private:
  Request *active_ = nullptr;
};

class LabelCache {
public:
  void remember(const std::string &label) {
    std::string lowered = label + " (lowered, long enough for the heap)";
    last_ = lowered; // expected-warning{{pointer into local variable 'lowered' escapes into member 'last_' of '*this'}} expected-note{{pointer into local variable 'lowered' obtained here}} expected-note{{pointer into local variable 'lowered' escapes into member 'last_' of '*this'}}
  }

private:
  std::string_view last_;
};

struct Context {
  const int *limit;
};

void configure(Context &ctx, int requested) {
  int limit = requested > 10 ? 10 : requested; // expected-note{{'requested' is <= 10}} expected-note{{'?' condition is false}}
  ctx.limit = &limit; // expected-warning{{address of local variable 'limit' escapes through parameter 'ctx'}} expected-note{{'ctx.limit' now points to local variable 'limit'}} expected-note{{address of local variable 'limit' escapes through parameter 'ctx'}}
}

int run() {
  Context ctx{nullptr};
  configure(ctx, 5); // expected-note{{Calling 'configure'}}
  return 0;
}

struct Session {
  Context *context;
};

void limitSession(Session session, int requested) {
  int limit = requested;
  session.context->limit = &limit; // expected-warning{{address of local variable 'limit' escapes into 'settings' of the caller}} expected-note{{'settings.limit' now points to local variable 'limit'}} expected-note{{address of local variable 'limit' escapes into 'settings' of the caller}}
}

int runSession() {
  Context settings{nullptr};
  limitSession(Session{&settings}, 5); // expected-note{{Calling 'limitSession'}}
  return 0;
}

// Near misses: silent.

void handleAndRetract(int id, bool trace) {
  Request req{id, "/"};
  gInFlight = &req;
  if (trace)
    gInFlight = nullptr;
  else
    gInFlight = nullptr;
}

void publishIfSame(int id) {
  Request job{id, "/job"};
  gInFlight = &job;
  if (gInFlight == &job)
    gInFlight = nullptr;
}

void rememberStatic() {
  static Request persistent{0, "/"};
  gInFlight = &persistent;
}

// Two handles deep behind a global or a parameter: the handles read on the
// way name the place.
struct ListNode {
  ListNode *next;
  const int *value;
};
ListNode *gList;
int ***gTable;

void linkIntoSecond(int id) {
  int local = id;
  gList->next->value = &local; // expected-warning{{address of local variable 'local' escapes into global variable 'gList'}} expected-note{{'value' now points to local variable 'local'}} expected-note{{address of local variable 'local' escapes into global variable 'gList'}}
}

void storeTwoDeep(bool twice) {
  int local = 1;
  if (twice) // expected-note{{Assuming 'twice' is true}} expected-note{{Taking true branch}}
    **gTable = &local; // expected-warning{{address of local variable 'local' escapes into global variable 'gTable'}} expected-note{{'**gTable' now points to local variable 'local'}} expected-note{{address of local variable 'local' escapes into global variable 'gTable'}}
}

void linkIntoParamsSecond(ListNode *head) {
  int local = 1;
  head->next->value = &local; // expected-warning{{address of local variable 'local' escapes through parameter 'head'}} expected-note{{'value' now points to local variable 'local'}} expected-note{{address of local variable 'local' escapes through parameter 'head'}}
}

void linkThenUnlink() {
  int local = 1;
  gList->next->value = &local;
  for (ListNode *n = gList; n; n = n->next)
    if (n->value == &local)
      n->value = nullptr;
}

ListNode *lookup(int id);
void storeIntoLookedUp() {
  int local = 1;
  lookup(1)->next->value = &local; // what a call returned may be anything
}

void parseIntoHeap(Request **out) {
  *out = new Request{2, "/heap"};
}

int main() {
  Request forever{3, "/main"};
  gInFlight = &forever;
  return 0;
}
