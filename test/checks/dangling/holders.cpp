// A buffer freed by one holder while another still uses it, seen through
// what callees read: a method that reads a member's buffer, a helper that
// reads its argument, and the C library reading the pointers it is given.
//
// Negatives: the same calls while the buffer lives; the address printed
// with %p (variadic arguments are not read through).

// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <cstdio>
#include <cstdlib>
#include <cstring>

class Label {
public:
  explicit Label(char *Text) : Text(Text) {}
  ~Label() { std::free(Text); }
  void print() const { std::puts(Text); }

private:
  char *Text;
};

void show(const char *P) { std::puts(P); }

void secondHolderUsesFreedBuffer() {
  char *Text = strdup("order #1");
  Label Header(Text);
  {
    Label Footer(Text);
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-6]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:3: note: destroyed here by its owner
  Header.print();
}

void helperReadsFreedBuffer() {
  char *Text = strdup("order #2");
  std::free(Text);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed here
  show(Text);
}

size_t libraryReadsFreedBuffer() {
  char *Text = static_cast<char *>(std::malloc(16));
  std::strcpy(Text, "order #3");
  std::free(Text);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed here
  return std::strlen(Text);
}

void usedWhileAlive() {
  char *Text = strdup("order #4");
  Label Header(Text);
  Header.print();
  show(Text);
  std::printf("%zu\n", std::strlen(Text));
}

void addressPrintedAfterFree() {
  char *Text = strdup("order #5");
  std::free(Text);
  std::printf("%p\n", static_cast<void *>(Text));
}
