// Dangling handles written through templates, macros and headers.
//
// Positives: a function template instantiated twice (one diagnostic) using
// an object after delete, and one taking c_str() of a temporary; a class
// template getter on a temporary; a class template with a shallow implicit
// copy; the delete, the temporary or the use written in a macro (of this
// file or of the header); code in Inputs/dangling-helpers.h: an inline
// function using an object after delete, and helpers of the header (a
// template that deletes its argument, a template identity, a c_str helper,
// a class with a shallow copy) used from this file.
// Negatives: the same templates, macros and header helpers used correctly
// (a macro that deletes and nulls, values read before the delete, named
// objects); an uninstantiated template (templates are analysed in their
// instantiations).
//
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address -Wno-dangling-gsl | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include "dangling-helpers.h"

#include <cstdlib>
#include <string>

// clang-tidy sorts diagnostics by file path, then offset: the header's
// (".../Inputs/dangling-helpers.h") come before this file's.
// CHECK: {{.*}}dangling-helpers.h:19:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
// CHECK: {{.*}}dangling-helpers.h:17:{{[0-9]+}}: note: heap object allocated here
// CHECK: {{.*}}dangling-helpers.h:18:{{[0-9]+}}: note: deleted here

std::string makeString();

struct Widget {
  int value = 0;
  void run();
};

// ===== Templates =====

// Instantiated twice; reported once, in the template.
template <class T> int useAfterDeleteInTemplate() {
  T *p = new T();
  delete p;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  return static_cast<int>(*p);
}

int instantiateUseAfterDelete() {
  return useAfterDeleteInTemplate<int>() + useAfterDeleteInTemplate<double>();
}

// Instantiated twice; the temporary is a std::string in both.
template <class T> char firstCharInTemplate(const T &text) {
  const char *p = std::string(text).c_str();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return *p;
}

char instantiateFirstChar(const std::string &s) {
  return firstCharInTemplate("literal") + firstCharInTemplate(s);
}

template <class T> struct Holder {
  const T &get() const { return value; }
  T value;
};
Holder<std::string> makeHolder();

std::size_t classTemplateGetterOfTemporary() {
  const std::string &r = makeHolder().get();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'Holder<{{.*}}>'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return r.size();
}

template <class T> class Array {
public:
  explicit Array(int n) : data_(new T[n]()) {}
  ~Array() { delete[] data_; }
  T first() const { return data_[0]; }

private:
  T *data_;
};

int copyClassTemplateWithShallowCopy() {
  Array<int> a(4);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: copying 'Array{{.*}}' leaves two owners of the memory in member 'data_', which '~Array{{.*}}' frees [lifeguard-dangling]
  // CHECK: :[[@LINE-10]]:{{[0-9]+}}: note: 'data_' is freed here
  // CHECK: :[[@LINE-14]]:{{[0-9]+}}: note: 'Array{{.*}}' has an implicit copy constructor
  Array<int> b = a;
  return b.first();
}

// ===== Macros =====

#define DELETE_WIDGET(p) delete (p)
#define CSTR_OF(s) std::string(s).c_str()
#define VALUE_OF(p) ((p)->value)
#define SAFE_DELETE(p)                                                         \
  do {                                                                         \
    delete (p);                                                                \
    (p) = nullptr;                                                             \
  } while (0)

int deleteWrittenInMacro() {
  Widget *w = new Widget;
  DELETE_WIDGET(w);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  return w->value;
}

char temporaryWrittenInMacro(const char *name) {
  const char *p = CSTR_OF(name);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return p[0];
}

int useWrittenInMacro() {
  Widget *w = new Widget;
  delete w;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  return VALUE_OF(w);
}

int deleteWrittenInHeaderMacro() {
  Widget *w = new Widget;
  HEADER_DELETE(w);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  return w->value;
}

// ===== Header helpers =====

int callsHeaderUseAfterDelete() { return headerUseAfterDelete(); }

int usedAfterHeaderDestroy() {
  Widget *w = new Widget;
  headerDestroy(w);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed by a call [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed by this call
  return w->value;
}

std::size_t headerIdentityOfTemporary() {
  const std::string &r = headerIdentity(makeString());
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: reference to the temporary bound here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return r.size();
}

char headerCStrOfTemporary() {
  const char *p = headerCStr(makeString());
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return *p;
}

int copyHeaderBuffer() {
  HeaderBuffer a(4);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: copying 'HeaderBuffer' leaves two owners of the memory in member 'data_', which '~HeaderBuffer' frees [lifeguard-dangling]
  // CHECK: {{.*}}dangling-helpers.h:38:{{[0-9]+}}: note: 'data_' is freed here
  // CHECK: {{.*}}dangling-helpers.h:35:{{[0-9]+}}: note: 'HeaderBuffer' has an implicit copy constructor
  HeaderBuffer b = a;
  return b.first();
}

// ===== Negatives =====

int callsHeaderValueBeforeDelete() { return headerValueBeforeDelete(); }

int safeDeleteMacroThenGuardedUse() {
  Widget *w = new Widget;
  SAFE_DELETE(w);
  return w ? w->value : 0;
}

char headerFreeAndNullThenGuardedUse() {
  char *buf = static_cast<char *>(std::malloc(8));
  HEADER_FREE_AND_NULL(buf);
  return buf ? buf[0] : '\0';
}

int valueReadBeforeMacroDelete() {
  Widget *w = new Widget;
  int v = VALUE_OF(w);
  DELETE_WIDGET(w);
  return v;
}

std::string macroTemporaryCopiedAtOnce(const char *name) {
  std::string s = CSTR_OF(name);
  return s;
}

template <class T> int valueBeforeDeleteInTemplate() {
  T *p = new T();
  int v = static_cast<int>(*p);
  delete p;
  return v;
}

int instantiateValueBeforeDelete() {
  return valueBeforeDeleteInTemplate<int>() + valueBeforeDeleteInTemplate<long>();
}

std::size_t headerIdentityOfNamedString() {
  std::string s = makeString();
  const std::string &r = headerIdentity(s);
  return r.size();
}

int headerDestroyThenNull() {
  Widget *w = new Widget;
  int v = w->value;
  headerDestroy(w);
  w = nullptr;
  return v;
}

int copyClassTemplateByReference() {
  Array<long> a(2);
  const Array<long> &alias = a;
  return static_cast<int>(alias.first());
}

// Never instantiated: not analysed.
template <class T> int uninstantiatedUseAfterDelete() {
  T *p = new T();
  delete p;
  return static_cast<int>(*p);
}
