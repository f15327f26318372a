// Dangling handles through functions of this translation unit (summaries)
// and [[clang::lifetimebound]] declarations.
//
// Positives: helpers returning a reference, a pointer or a view into their
// argument, applied to a temporary or to an inner-block local; a template
// helper; getters returning a reference to a member, on a temporary, an
// inner-block local or a deleted heap object; a helper returning the raw
// pointer of a unique_ptr that is then reset; functions that delete or free
// their argument (directly, through another such function, a template) and
// the argument used afterwards, in the caller or in a function that frees
// its own parameter through them; lifetimebound parameters and `this` of
// declared-only functions; a member function that resets what a member of
// the parameter's object owns, then a use of the pointer taken from it
// (the object named as reached through the parameter: not the parameter's
// own object).
// Negatives: helpers returning copies or statics; functions that free their
// argument on one path only, store it, or free another argument; the
// pointer passed by value or nulled after the call; lifetimebound on live
// arguments; getters of named objects.
//
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address -Wno-dangling-gsl | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

std::string makeString();

struct Widget {
  int value = 0;
  void run();
};

std::vector<Widget *> g_widgets;

// ----- helpers whose result refers to an argument -----

const std::string &pick(const std::string &s) { return s; }

const char *cStrOf(const std::string &s) { return s.c_str(); }

std::string_view prefixOf(const std::string &s) { return std::string_view(s).substr(0, 3); }

const int &identityRef(const int &v) { return v; }

template <class T> const T &firstOf(const std::vector<T> &v) { return v.front(); }

Widget *rawOf(const std::unique_ptr<Widget> &owner) { return owner.get(); }

class Person {
public:
  const std::string &name() const { return name_; }
  const int *agePtr() const { return &age_; }

private:
  std::string name_ = "anonymous";
  int age_ = 0;
};
Person makePerson();

// ----- functions that free their argument -----

void destroy(Widget *w) { delete w; }

void releaseBuffer(char *buf) { std::free(buf); }

void destroyThroughHelper(Widget *w) { destroy(w); }

template <class T> void dispose(T *p) { delete p; }

// ----- declared only, annotated -----

const std::string &lbPick(const std::string &s [[clang::lifetimebound]]);

struct Config {
  const std::string &get(int key) const [[clang::lifetimebound]];
};
Config makeConfig();

// ===== Positives: results referring to an argument =====

std::size_t pickOfTemporary() {
  const std::string &r = pick(makeString());
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: reference to the temporary bound here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return r.size();
}

char cStrOfTemporaryThroughHelper() {
  const char *p = cStrOf(makeString());
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return *p;
}

std::string viewOfTemporaryThroughHelper() {
  std::string_view v = prefixOf(makeString());
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  std::string copy(v);
  return copy;
}

int identityRefOfInnerBlockLocal() {
  const int *p;
  {
    int x = 3;
    p = &identityRef(x);
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'x' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: reference to 'x' bound here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 'x' went out of scope here
  return *p;
}

int templateHelperOnTemporaryVector() {
  const int &first = firstOf(std::vector<int>{1, 2, 3});
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::vector<int>' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return first;
}

int helperReturningRawPointerOfOwner() {
  auto owner = std::make_unique<Widget>();
  Widget *raw = rawOf(owner);
  owner.reset();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return raw->value;
}

// ===== Positives: getters =====

std::size_t getterOfTemporary() {
  const std::string &n = makePerson().name();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'Person' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return n.size();
}

int pointerGetterOfTemporary() {
  const int *age = makePerson().agePtr();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'Person' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return *age;
}

std::size_t getterOfInnerBlockLocal() {
  const std::string *name;
  {
    Person person;
    name = &person.name();
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'person' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: {{.*}}'person'{{.*}}
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 'person' went out of scope here
  return name->size();
}

std::size_t getterOfDeletedHeapObject() {
  Person *person = new Person;
  const std::string &n = person->name();
  delete person;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  return n.size();
}

// ===== Positives: functions that free their argument =====

int usedAfterDestroy() {
  Widget *w = new Widget;
  destroy(w);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed by a call [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed by this call
  return w->value;
}

char usedAfterReleaseBuffer() {
  char *buf = static_cast<char *>(std::malloc(32));
  releaseBuffer(buf);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed by a call [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed by this call
  return buf[0];
}

void usedAfterNestedDestroy() {
  Widget *w = new Widget;
  destroyThroughHelper(w);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed by a call [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed by this call
  w->run();
}

int usedAfterTemplateDispose() {
  Widget *w = new Widget;
  dispose(w);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed by a call [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed by this call
  return w->value;
}

int aliasUsedAfterDestroy() {
  Widget *w = new Widget;
  Widget *alias = w;
  destroy(w);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed by a call [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed by this call
  return alias->value;
}

int parameterUsedAfterDestroy(Widget *w) {
  destroy(w);
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: use of the object 'w' points to after it was freed by a call [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: freed by this call
  return w->value;
}

// ===== Positives: lifetimebound =====

std::size_t lifetimeboundParameterOfTemporary() {
  const std::string &r = lbPick(makeString());
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: reference to the temporary bound here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return r.size();
}

std::size_t lifetimeboundThisOfTemporary() {
  const std::string &r = makeConfig().get(1);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'Config' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return r.size();
}

std::size_t lifetimeboundParameterOfInnerBlockLocal() {
  const std::string *p;
  {
    std::string s = makeString();
    p = &lbPick(s);
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 's' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: reference to 's' bound here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 's' went out of scope here
  return p->size();
}

// ===== Negatives =====

std::string upper(const std::string &s) { return s; }

const std::string &fallbackName(const std::string &) {
  static const std::string fallback = "fallback";
  return fallback;
}

void maybeDestroy(Widget *w, bool c) {
  if (c)
    delete w;
}

void adopt(Widget *w) { g_widgets.push_back(w); }

void destroyFirst(Widget *a, Widget *) { delete a; }

void forget(const Widget *w);

std::size_t helperReturningCopyOfTemporary() {
  std::string u = upper(makeString());
  return u.size();
}

std::size_t helperReturningStatic() {
  const std::string &r = fallbackName(makeString());
  return r.size();
}

std::size_t pickOfNamedString() {
  std::string s = makeString();
  const std::string &r = pick(s);
  return r.size();
}

std::size_t pickOfExtendedTemporary() {
  const std::string &s = makeString();
  const std::string &r = pick(s);
  return r.size();
}

std::size_t pickUsedInSameFullExpression() { return pick(makeString()).size(); }

int usedAfterMaybeDestroy(bool c) {
  Widget *w = new Widget;
  maybeDestroy(w, c);
  return w->value;
}

int usedAfterAdopt() {
  Widget *w = new Widget;
  adopt(w);
  return w->value;
}

int otherArgumentUsedAfterDestroyFirst() {
  Widget *a = new Widget;
  Widget *b = new Widget;
  destroyFirst(a, b);
  int v = b->value;
  delete b;
  return v;
}

void passedByValueAfterDestroy() {
  Widget *w = new Widget;
  destroy(w);
  forget(w);
}

void nulledAfterDestroy() {
  Widget *w = new Widget;
  w->run();
  destroy(w);
  w = nullptr;
}

std::size_t getterOfNamedObject() {
  Person person = makePerson();
  const std::string &n = person.name();
  return n.size();
}

std::size_t getterCopiedFromTemporary() {
  std::string n = makePerson().name();
  return n.size();
}

std::size_t lifetimeboundOfNamedString() {
  std::string s = makeString();
  const std::string &r = lbPick(s);
  return r.size();
}

std::size_t lifetimeboundThisOfNamedObject() {
  Config config = makeConfig();
  const std::string &r = config.get(1);
  return r.size();
}

int helperRawPointerUsedWhileOwnerLives() {
  auto owner = std::make_unique<Widget>();
  Widget *raw = rawOf(owner);
  return raw->value;
}

class Scheduler {
public:
  Widget *current() { return current_.get(); }
  void retire() { current_.reset(); }

private:
  std::unique_ptr<Widget> current_;
};

int retiredThenRead(Scheduler &s) {
  Widget *w = s.current();
  if (!w)
    return 0;
  s.retire();
  return w->value;
  // CHECK: :[[@LINE-1]]:10: warning: use of an object reached through 's' after it was freed by a call [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:3: note: freed by this call
}
