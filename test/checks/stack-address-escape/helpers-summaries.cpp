// Stack-address escape through helper functions.
//
// Positives: a local reaching the return value or a longer-lived place
// through a call whose effect is read from the callee's visible body or its
// [[clang::lifetimebound]] annotation: identity helpers returning a
// reference or pointer parameter (also chained, and with a condition when
// every argument is local), helpers returning the address of a field of a
// pointer parameter, getters of a local object (reference, pointer, view,
// pointer into a member vector), declared-only lifetimebound functions and
// member functions, a free function returning a getter of its reference
// parameter, a constructor keeping its pointer argument (object returned or
// assigned to a global), helpers that store their argument in a global, in an
// out-parameter or in a member of the object they are called on (a global,
// a parameter, a member of *this); a visitor's member that refers to a
// local, returned through a forwarding helper.
// Negatives: helpers that only read their argument or return a copy,
// a visitor that holds a reference to a local but returns another member
// through the helper (fmt's visit_format_arg),
// helpers returning something unrelated to the argument (a field loaded
// through it), declared-only helpers without lifetimebound, storing helpers
// called on a local object, getters of a heap object.
//
// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <string>
#include <string_view>
#include <vector>

int g_value;
int *g_last;
int *g_tracked;

// ----- helpers (silent themselves) -----

const std::string &pick(const std::string &a) { return a; }
int *identity(int *p) { return p; }
int *identityTwice(int *p) { return identity(p); }
const int &maxRef(const int &a, const int &b) { return a < b ? b : a; }

struct Node {
  int value = 0;
  Node *next = nullptr;
};
int *valueOf(Node *n) { return &n->value; }
Node *nextOf(Node *n) { return n->next; }

const std::string &lbPick(const std::string &s [[clang::lifetimebound]]);
const std::string &opaquePick(const std::string &s);

void remember(int *p) { g_last = p; }
void track(int &r) { g_tracked = &r; }
void publish(int **out, int *p) { *out = p; }
int readThrough(const int *p) { return *p; }
void use(int *p);
std::string upperCopy(const std::string &s) { return s; }

class Person {
public:
  const std::string &name() const { return name_; }
  const std::string *namePtr() const { return &name_; }
  std::string_view nameView() const { return name_; }
  int *firstScore() { return &scores_[0]; }
  std::string nameCopy() const { return name_; }

private:
  std::string name_;
  std::vector<int> scores_{1, 2, 3};
};

const std::string &nameOf(const Person &p) { return p.name(); }

struct Keeper {
  explicit Keeper(int *p) : p_(p) {}
  int *p_;
};

Keeper g_keeper{nullptr};

class Buffer {
public:
  const int *data() const [[clang::lifetimebound]];

private:
  int storage_[4] = {};
};

class Registry {
public:
  void add(int *p) { items_.push_back(p); }
  void addRef(int &r) { items_.push_back(&r); }
  int size() const { return static_cast<int>(items_.size()); }

private:
  std::vector<int *> items_;
};

Registry g_registry;

// A visitor, as fmt's arg_formatter: an output cursor and a reference to
// the caller's format specs; each call returns one of the two.
struct Specs {
  int width = 0;
};
struct Cursor {
  std::string *out;
};
struct SpecsFormatter {
  Cursor out;
  const Specs &specs;
  Cursor operator()(int value) {
    out.out->append(static_cast<std::size_t>(specs.width), ' ');
    out.out->append(std::to_string(value));
    return out;
  }
  const Specs &operator()(const char *) { return specs; }
};
template <class Visitor, class Arg>
auto visitArg(Visitor &&vis, Arg arg) -> decltype(vis(arg)) {
  return vis(arg);
}
struct FormatContext {
  Cursor out;
  const Specs *last = nullptr;
  void advanceTo(Cursor to) { out = to; }
};

// ===== Positives: through the return value =====

const std::string &returnPickOfLocal() {
  std::string s = "local";
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 's' bound here
  return pick(s);
}

const std::string &returnPickThroughReferenceVariable() {
  std::string s = "local";
  const std::string &r = pick(s);
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: reference to 's' bound here
  return r;
}

// The escaping handle is a view into s's buffer.
std::string_view returnViewOfPickOfLocal() {
  std::string s = "local";
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 's' obtained here
  return pick(s);
}

int *returnIdentityOfAddress() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  return identity(&local);
}

int *returnChainedIdentityOfAddress() {
  int local = 1;
  int *p = identityTwice(&local);
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'local' taken here
  return p;
}

const int &returnMaxRefOfTwoFieldsOfLocal() {
  struct {
    int a = 1;
    int b = 2;
  } pair;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'pair' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 'pair' bound here
  return maxRef(pair.a, pair.b);
}

int *returnValueOfLocalNode() {
  Node local;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  return valueOf(&local);
}

const std::string &returnLifetimeboundOfLocal() {
  std::string s = "local";
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 's' bound here
  return lbPick(s);
}

const int *returnLifetimeboundMemberOfLocal() {
  Buffer b;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'b' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'b'{{.*}}
  return b.data();
}

const std::string &returnGetterOfLocalObject() {
  Person p;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'p' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'p'{{.*}}
  return p.name();
}

const std::string *returnPointerGetterOfLocalObject() {
  Person p;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'p' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'p'{{.*}}
  return p.namePtr();
}

std::string_view returnViewGetterOfLocalObject() {
  Person p;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'p' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'p'{{.*}}
  return p.nameView();
}

std::string_view returnViewOfGetterOfLocalObject() {
  Person p;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'p' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'p'{{.*}}
  return p.name();
}

int *returnPointerIntoMemberVectorOfLocalObject() {
  Person p;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'p' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'p'{{.*}}
  return p.firstScore();
}

const std::string &returnNameOfLocalPerson() {
  Person p;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'p' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 'p' bound here
  return nameOf(p);
}

Keeper returnKeeperOfLocal() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  return Keeper(&local);
}

void keepSpecsThroughVisitor(FormatContext &context) {
  Specs specs;
  auto f = SpecsFormatter{context.out, specs};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'specs' escapes through parameter 'context' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: reference to 'specs' bound here
  context.last = &visitArg(f, "specs");
}

void keepLocalCursorThroughVisitor(FormatContext &context) {
  std::string scratch;
  Specs specs;
  auto f = SpecsFormatter{Cursor{&scratch}, specs};
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'scratch' escapes through parameter 'context' [lifeguard-stack-address-escape]
  context.advanceTo(visitArg(f, 42));
}

// ===== Positives: helpers that store their argument =====

void rememberLocal() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_last' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  remember(&local);
}

void trackLocal() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_tracked' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 'local' bound here
  track(local);
}

void publishLocalThroughOutParameter(int **out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  publish(out, &local);
}

void addLocalToGlobalRegistry() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_registry' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  g_registry.add(&local);
}

void addRefLocalToGlobalRegistry() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_registry' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 'local' bound here
  g_registry.addRef(local);
}

void addLocalToParameterRegistry(Registry &reg) {
  int local = 1;
  int *p = &local;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'reg' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'local' taken here
  reg.add(p);
}

void assignKeeperOfLocalToGlobal() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_keeper' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  g_keeper = Keeper(&local);
}

class Service {
public:
  void addLocalToMemberRegistry() {
    int local = 1;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into member 'registry_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
    registry_.add(&local);
  }

  void addParameterToMemberRegistry(int value) {
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'value' escapes into member 'registry_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'value' taken here
    registry_.add(&value);
  }

  void addMemberAddressToMemberRegistry() { registry_.add(&count_); }

private:
  int count_ = 0;
  Registry registry_;
};

// ===== Negatives =====

// The visitor holds a reference to the local specs, and returns only its
// cursor, which is the context's own (fmt's format handler).
void advanceThroughVisitor(FormatContext &context, int value) {
  Specs specs;
  specs.width = value;
  auto f = SpecsFormatter{context.out, specs};
  context.advanceTo(visitArg(f, value));
  context.advanceTo(f(value));
}

const std::string &returnPickOfParameter(const std::string &s) { return pick(s); }

int *returnIdentityOfGlobal() { return identity(&g_value); }

// One argument is a parameter: not every path points into the frame.
const int &returnMaxRefOfLocalAndParameter(const int &limit) {
  int local = 1;
  return maxRef(local, limit);
}

// nextOf returns a pointer loaded through its argument, not into it.
Node *returnNextOfLocalNode() {
  Node local;
  local.next = nullptr;
  return nextOf(&local);
}

// Without a body or lifetimebound, nothing is known about the result.
const std::string &returnOpaquePickOfLocal() {
  std::string s = "local";
  return opaquePick(s);
}

int readLocalThroughHelper() {
  int local = 1;
  return readThrough(&local);
}

void passLocalToOpaqueFunction() {
  int local = 1;
  use(&local);
}

std::string returnCopyFromHelper() {
  std::string s = "local";
  return upperCopy(s);
}

std::string returnGetterCopyOfLocalObject() {
  Person p;
  return p.name();
}

std::string returnNameCopyOfLocalObject() {
  Person p;
  return p.nameCopy();
}

const std::string &returnGetterOfHeapObject() {
  Person *p = new Person;
  return p->name();
}

const std::string &returnGetterOfParameter(const Person &p) { return p.name(); }

int addLocalToLocalRegistry() {
  int local = 1;
  Registry reg;
  reg.add(&local);
  return reg.size();
}

void rememberGlobal() { remember(&g_value); }

void rememberHeap() { remember(new int(3)); }

int useLocalKeeper() {
  int local = 1;
  Keeper k(&local);
  return *k.p_;
}

const std::string &returnNameOfParameterPerson(const Person &p) { return nameOf(p); }
