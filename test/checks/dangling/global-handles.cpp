// Handles to temporaries kept where they outlive the statement that made
// them: a namespace-scope or static-member initialiser, and a function that
// leaves one in a global, a member or an out parameter.
//
// Positives: a std::string_view, a `const char *` from c_str(), a
// std::span (C++20 run only) and a static data member initialised from a
// temporary std::string or vector; a global reference or pointer to a
// temporary through a lifetimebound parameter, member or conversion,
// std::move, std::as_const or an owner's operator[]; a global view, a member view and an
// out-parameter view assigned a temporary string in a function, also
// through a macro and in a template; the global assigned on one branch
// only; a global vector, an out-parameter vector and a member map of views
// given a temporary string.
// Negatives: views of a global string and of literals; a global reference
// bound to a temporary or to its member (its lifetime is extended); a
// reference that a function with two lifetimebound parameters returns; a copy of a temporary's
// characters; a global view assigned a temporary and then a lasting string
// before the function returns; a view of a member string kept in a member;
// a global string's view put into an out-parameter vector.
//
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 -Wno-dangling -Wno-dangling-gsl | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++20 -Wno-dangling -Wno-dangling-gsl | FileCheck %s --check-prefixes=CHECK,CXX20 --implicit-check-not='{{warning|error}}:'

#include <string>
#include <map>
#include <string_view>
#include <utility>
#include <vector>
#if __cplusplus >= 202002L
#include <span>
#endif

std::string makeName();
std::string g_owner = "owner";
struct Span2;
extern const Span2 g_constantSpan;

// ===== Positives: initialisers =====

// CHECK: :[[@LINE+2]]:18: warning: 'g_banner' is bound to a temporary of type 'std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
// CHECK: :[[@LINE+1]]:29: note: the temporary is created here
std::string_view g_banner = std::string("banner");

// CHECK: :[[@LINE+1]]:13: warning: 'g_name' is bound to a temporary of type 'std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
const char *g_name = makeName().c_str();

#if __cplusplus >= 202002L
// CXX20: :[[@LINE+1]]:22: warning: 'g_defaults' is bound to a temporary of type 'std::vector<int>' that is destroyed at the end of the full-expression [lifeguard-dangling]
std::span<const int> g_defaults = std::vector<int>{1, 2, 3};
#endif

struct Settings {
  static std::string_view profile;
  std::string_view label;
  std::string title;
  std::string_view titleView;
  void relabel(int id);
  void retitle();
};
// CHECK: :[[@LINE+1]]:28: warning: 'profile' is bound to a temporary of type 'std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
std::string_view Settings::profile = makeName();

// References, and handles through helpers: a lifetimebound parameter or
// member, std::move and std::as_const, an owner's operator[].
struct Span2 {
  int first, second;
  Span2 &self() [[clang::lifetimebound]];
  operator const int *() const [[clang::lifetimebound]];
};
Span2 makeSpan2();
const int &firstOf(const Span2 &s [[clang::lifetimebound]]);
const int &eitherOf(const int &a [[clang::lifetimebound]],
                    const int &b [[clang::lifetimebound]]);

// CHECK: :[[@LINE+1]]:12: warning: 'g_first' is bound to a temporary of type 'const Span2' that is destroyed at the end of the full-expression [lifeguard-dangling]
const int &g_first = firstOf(makeSpan2());
// CHECK: :[[@LINE+1]]:9: warning: 'g_moved' is bound to a temporary of type 'Span2' that is destroyed at the end of the full-expression [lifeguard-dangling]
Span2 &&g_moved = std::move(makeSpan2().self());
// CHECK: :[[@LINE+1]]:14: warning: 'g_constant' is bound to a temporary of type 'Span2' that is destroyed at the end of the full-expression [lifeguard-dangling]
const Span2 &g_constant = std::as_const(makeSpan2().self());
// CHECK: :[[@LINE+1]]:13: warning: 'g_initial' is bound to a temporary of type 'std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
const char &g_initial = makeName()[0];
// CHECK: :[[@LINE+1]]:12: warning: 'g_converted' is bound to a temporary of type 'Span2' that is destroyed at the end of the full-expression [lifeguard-dangling]
const int *g_converted = makeSpan2();

// ===== Positives: assignments in functions =====

std::string_view g_current;

void selectTemporary() {
  // CHECK: :[[@LINE+1]]:3: warning: global variable 'g_current' is left holding a handle to a temporary of type 'std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
  g_current = makeName();
}

void Settings::relabel(int id) {
  // CHECK: :[[@LINE+1]]:3: warning: member 'label' of '*this' is left holding a handle to a temporary of type '{{.*}}string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
  label = std::to_string(id);
}

void nameInto(std::string_view &out) {
  // CHECK: :[[@LINE+1]]:3: warning: what parameter 'out' refers to is left holding a handle to a temporary of type 'std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
  out = makeName();
}

#define SELECT(view, text) view = std::string(text)

void selectThroughMacro() {
  // CHECK: :[[@LINE+1]]:10: warning: global variable 'g_current' is left holding a handle to a temporary of type 'std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
  SELECT(g_current, "macro");
}

template <class View> void selectIn(View &out) {
  // CHECK: :[[@LINE+1]]:3: warning: what parameter 'out' refers to is left holding a handle to a temporary of type 'std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
  out = makeName();
}
template void selectIn<std::string_view>(std::string_view &);

void selectOnOneBranch(bool fresh) {
  if (fresh)
    // CHECK: :[[@LINE+1]]:5: warning: global variable 'g_current' is left holding a handle to a temporary of type 'std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
    g_current = makeName();
}

// Containers of views that outlive the function, given a temporary string.
std::vector<std::string_view> g_recent;

void rememberTemporary() {
  // CHECK: :[[@LINE+1]]:3: warning: global variable 'g_recent' is left holding a handle to a temporary of type 'std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
  g_recent.emplace_back(makeName());
}

void collectNames(std::vector<std::string_view> &out) {
  // CHECK: :[[@LINE+1]]:3: warning: what parameter 'out' refers to is left holding a handle to a temporary of type 'std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
  out.push_back(makeName());
}

struct NameIndex {
  std::map<std::string_view, int> ids;
  void add(int id) {
    // CHECK: :[[@LINE+1]]:5: warning: member 'ids' of '*this' is left holding a handle to a temporary of type '{{.*}}string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
    ids[std::to_string(id)] = id;
  }
};

// ===== Negatives =====

void collectOwnedNames(std::vector<std::string_view> &out) {
  out.push_back(g_owner);
}

std::string_view g_ownerView = g_owner;
std::string_view g_literal = "literal";
const char *g_literalPointer = "literal";
const std::string &g_extended = makeName();
const int &g_extendedMember = Span2{1, 2}.first;
Span2 &&g_extendedRvalue = Span2{1, 2};
const char &g_ownerInitial = g_owner[0];
int g_count = 1;
const int &g_either = eitherOf(g_count, 2); // one of two, not known which
const int &g_firstOfGlobal = firstOf(g_constantSpan);
std::string g_copy = makeName().c_str();

void selectThenReplace() {
  g_current = makeName();
  g_current = g_owner;
}

void Settings::retitle() {
  title = makeName();
  titleView = title;
}
