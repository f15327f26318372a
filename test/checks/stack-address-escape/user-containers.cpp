// Addresses of locals stored into containers that are not the standard's
// but follow its rules (llvm::SmallVector, from LLVM's own headers): an
// insertion stores its argument, as push_back does for std::vector.
//
// Positives: push_back and emplace_back of a local's address into a
// SmallVectorImpl parameter.
// Negatives: a heap object's and a static's address; a local SmallVector
// that holds the address and ends with it.
//
// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++17 -I%llvm_include | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include "llvm/ADT/SmallVector.h"

void collect(llvm::SmallVectorImpl<int *> &out) {
  int local = 1;
  // CHECK: :[[@LINE+1]]:3: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  out.push_back(&local);
}

void collectLater(llvm::SmallVectorImpl<const char *> &names) {
  char buffer[16] = "scratch";
  // CHECK: :[[@LINE+1]]:3: warning: address of local variable 'buffer' escapes through parameter 'names' [lifeguard-stack-address-escape]
  names.emplace_back(buffer);
}

// --- Near misses -----------------------------------------------------------

void heapAndStatic(llvm::SmallVectorImpl<int *> &out) {
  static int shared = 0;
  out.push_back(new int(2));
  out.push_back(&shared);
}

int localVector() {
  int value = 3;
  llvm::SmallVector<int *, 2> scratch;
  scratch.push_back(&value);
  return *scratch[0];
}

// A range of elements given by pointers is copied, not kept (value_type is
// inherited from SmallVectorTemplateCommon).
void appendCopies(llvm::SmallVectorImpl<int> &out) {
  int local[3] = {1, 2, 3};
  out.append(local, local + 3);
  out.append({4, 5});
}
