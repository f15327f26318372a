// Handles to temporaries kept where they outlive the statement that made
// them: a namespace-scope or static-member initialiser, and a function that
// leaves one in a global, a member or an out parameter.
//
// Positives: a std::string_view, a `const char *` from c_str(), a
// std::span (C++20 run only) and a static data member initialised from a
// temporary std::string or vector; a global view, a member view and an
// out-parameter view assigned a temporary string in a function, also
// through a macro and in a template; the global assigned on one branch
// only; a global vector, an out-parameter vector and a member map of views
// given a temporary string.
// Negatives: views of a global string and of literals; a global reference
// bound to a temporary (its lifetime is extended); a copy of a temporary's
// characters; a global view assigned a temporary and then a lasting string
// before the function returns; a view of a member string kept in a member;
// a global string's view put into an out-parameter vector.
//
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 -Wno-dangling -Wno-dangling-gsl | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++20 -Wno-dangling -Wno-dangling-gsl | FileCheck %s --check-prefixes=CHECK,CXX20 --implicit-check-not='{{warning|error}}:'

#include <string>
#include <map>
#include <string_view>
#include <vector>
#if __cplusplus >= 202002L
#include <span>
#endif

std::string makeName();
std::string g_owner = "owner";

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
std::string g_copy = makeName().c_str();

void selectThenReplace() {
  g_current = makeName();
  g_current = g_owner;
}

void Settings::retitle() {
  title = makeName();
  titleView = title;
}
