// The user's views and owners: classes annotated [[gsl::Pointer]] and
// [[gsl::Owner]] (also when only declared), and the views of widely used
// libraries (llvm::StringRef, absl::string_view), known without an
// annotation.
//
// Positives: a view made from a temporary owner, bound to a variable
// (implicit conversion, explicit construction, the owner's conversion
// operator, through a macro, in a template) and read through its
// declared-only members, or returned; a pointer from an owner's accessor
// (`begin()`) of a temporary used, or of a local returned; a view of a local owner returned or stored in a
// global (lifeguard-stack-address-escape); llvm::StringRef and
// absl::string_view made from a temporary std::string and then read.
// Negatives: a view of a named owner read while the owner lives; a view of
// a parameter's or a global's owner returned; a class without the
// annotation (also one converting itself to a view); a view
// made from a literal; a view of a temporary read inside the same
// full-expression.
//
// RUN: %tidy --checks='-*,lifeguard-dangling,lifeguard-stack-address-escape' %s -- -std=c++17 -Wno-dangling -Wno-dangling-gsl -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy --checks='-*,lifeguard-dangling,lifeguard-stack-address-escape' %s -- -std=c++20 -Wno-dangling -Wno-dangling-gsl -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <cstddef>
#include <string>

// A buffer and its cursor, as a library declares them (bodies elsewhere).
struct [[gsl::Owner(char)]] Buffer {
  Buffer();
  explicit Buffer(const char *text);
  ~Buffer();
  char *begin();
  std::size_t size() const;
};

struct [[gsl::Pointer(char)]] Cursor {
  Cursor(const Buffer &buffer);
  char operator*() const;
  char peek(std::size_t ahead) const;
};

// An owner that converts itself to its view, as a library declares it.
struct [[gsl::Owner(char)]] Page {
  Page();
  ~Page();
  operator Cursor() const;
};
Page loadPage(const char *path);

// Not annotated: nothing is known of what it refers to.
struct Sheet {
  Sheet();
  ~Sheet();
  operator Cursor() const;
};

// Not annotated: nothing is known of what it refers to.
struct Record {
  Record(const Buffer &buffer);
  char peek(std::size_t ahead) const;
};

Buffer loadBuffer(const char *path);

namespace llvm {
class StringRef {
public:
  StringRef(const char *s) : Data(s), Length(__builtin_strlen(s)) {}
  StringRef(const std::string &s) : Data(s.data()), Length(s.size()) {}
  const char *data() const { return Data; }
  std::size_t size() const { return Length; }
  char front() const { return Data[0]; }

private:
  const char *Data;
  std::size_t Length;
};
} // namespace llvm

namespace absl {
class string_view {
public:
  string_view(const std::string &s);
  char operator[](std::size_t i) const;
};
} // namespace absl

std::string readName(int id);

#define CURSOR_OF(path) Cursor cursor = loadBuffer(path)

// ===== Positives =====

char peekOfTemporaryBuffer(const char *path) {
  Cursor cursor = loadBuffer(path);
  // CHECK: :[[@LINE+3]]:10: warning: use of a temporary of type 'const Buffer' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:19: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:35: note: the temporary was destroyed at the end of this full-expression
  return cursor.peek(0);
}

char peekOfExplicitCursor(const char *path) {
  Cursor cursor(loadBuffer(path));
  // CHECK: :[[@LINE+1]]:10: warning: use of a temporary of type 'const Buffer' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return *cursor;
}

char peekThroughMacro(const char *path) {
  CURSOR_OF(path);
  // CHECK: :[[@LINE+1]]:10: warning: use of a temporary of type 'const Buffer' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return cursor.peek(1);
}

template <class View> char firstOf(const char *path) {
  View view = loadBuffer(path);
  // CHECK: :[[@LINE+1]]:10: warning: use of a temporary of type 'const Buffer' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return view.peek(0);
}
template char firstOf<Cursor>(const char *);

Cursor cursorOfTemporary(const char *path) {
  // CHECK: :[[@LINE+1]]:3: warning: returned handle refers to a temporary of type 'const Buffer' that is destroyed before the function returns [lifeguard-dangling]
  return loadBuffer(path);
}

Cursor cursorOfLocal() {
  Buffer buffer("local");
  // CHECK: :[[@LINE+1]]:10: warning: address of local variable 'buffer' escapes through the return value [lifeguard-stack-address-escape]
  return Cursor(buffer);
}

Cursor *g_cursor;

void publishCursorOfLocal() {
  Buffer buffer("local");
  // CHECK: :[[@LINE+1]]:3: warning: address of local variable 'buffer' escapes into global variable 'g_cursor' [lifeguard-stack-address-escape]
  g_cursor = new Cursor(buffer);
}

char frontOfTemporaryName(int id) {
  llvm::StringRef name = readName(id);
  // CHECK: :[[@LINE+1]]:10: warning: use of a temporary of type 'const std::string' {{.*}}after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return name.front();
}

char firstOfAbslView(int id) {
  absl::string_view name = readName(id);
  // CHECK: :[[@LINE+1]]:10: warning: use of a temporary of type 'const std::string' {{.*}}after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return name[0];
}

char firstOfTemporaryBuffer(const char *path) {
  char *first = loadBuffer(path).begin();
  // CHECK: :[[@LINE+1]]:10: warning: use of a temporary of type 'Buffer' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return *first;
}

char *firstOfLocalBuffer() {
  Buffer buffer("local");
  // CHECK: :[[@LINE+1]]:10: warning: address of local variable 'buffer' escapes through the return value [lifeguard-stack-address-escape]
  return buffer.begin();
}

Cursor cursorOfLocalPage() {
  Page page;
  // CHECK: :[[@LINE+1]]:10: warning: address of local variable 'page' escapes through the return value [lifeguard-stack-address-escape]
  return page;
}

char peekOfTemporaryPage(const char *path) {
  Cursor cursor = loadPage(path);
  // CHECK: :[[@LINE+1]]:10: warning: use of a temporary of type 'Page' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return cursor.peek(0);
}

// ===== Negatives =====

char firstOfNamedBuffer(const char *path) {
  Buffer buffer(path);
  char *first = buffer.begin();
  return *first;
}

Page g_page;
Cursor cursorOfGlobalPage() { return g_page; }

Cursor cursorOfUnannotatedOwner() {
  Sheet sheet;
  return sheet;
}

char peekOfNamedBuffer(const char *path) {
  Buffer buffer = loadBuffer(path);
  Cursor cursor = buffer;
  return cursor.peek(0);
}

Cursor cursorOfParameter(const Buffer &buffer) { return buffer; }

char peekOfUnannotated(const char *path) {
  Record record = loadBuffer(path);
  return record.peek(0);
}

char frontOfLiteral() {
  llvm::StringRef name = "literal";
  return name.front();
}

char frontInOneExpression(int id) { return llvm::StringRef(readName(id)).front(); }

std::size_t sizeOfNamedString(int id) {
  std::string owned = readName(id);
  llvm::StringRef name = owned;
  return name.size();
}
