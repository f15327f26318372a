// Two owners of one raw pointer: a class whose destructor frees a raw
// pointer member (delete, delete[], free), copied with its implicit copy
// constructor or assignment or with a user-written shallow one. The warning
// is at each copy actually made in this translation unit.
//
// Positives: copy initialisation, direct initialisation, copy assignment,
// passing by value, a member initialised from a copy, a "deep clone" that
// returns a copy of *this; delete, delete[] in a guarded destructor, free of
// a strdup'd C string; a user-written copy constructor and copy assignment
// that copy the pointer; a class with two freed members (one warning per
// member).
// Negatives: deep copies (rule of three, copy-and-swap, strdup in the copy
// constructor); deleted copy operations with a stealing move constructor;
// classes never copied; members the destructor does not free; a
// shared_ptr member; guaranteed copy elision from a prvalue; passing by
// reference; a class whose only copy made is its deep copy assignment.
//
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address -Wno-dangling-gsl | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <utility>

// ===== Positives: implicit copy operations =====

class Buffer {
public:
  explicit Buffer(int n) : data_(new int[n]()), size_(n) {}
  ~Buffer() { delete[] data_; }
  int size() const { return size_; }

private:
  int *data_;
  int size_;
};

void takeBuffer(Buffer b);

void copyInitialiseBuffer() {
  Buffer a(4);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: copying 'Buffer' leaves two owners of the memory in member 'data_', which '~Buffer' frees [lifeguard-dangling]
  // CHECK: :[[@LINE-13]]:{{[0-9]+}}: note: 'data_' is freed here
  // CHECK: :[[@LINE-17]]:{{[0-9]+}}: note: 'Buffer' has an implicit copy constructor
  Buffer b = a;
}

void directInitialiseBuffer() {
  Buffer a(4);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: copying 'Buffer' leaves two owners of the memory in member 'data_', which '~Buffer' frees [lifeguard-dangling]
  // CHECK: :[[@LINE-21]]:{{[0-9]+}}: note: 'data_' is freed here
  // CHECK: :[[@LINE-25]]:{{[0-9]+}}: note: 'Buffer' has an implicit copy constructor
  Buffer b(a);
}

void copyAssignBuffer() {
  Buffer a(4);
  Buffer b(8);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: copying 'Buffer' leaves two owners of the memory in member 'data_', which '~Buffer' frees [lifeguard-dangling]
  // CHECK: :[[@LINE-30]]:{{[0-9]+}}: note: 'data_' is freed here
  // CHECK: :[[@LINE-34]]:{{[0-9]+}}: note: 'Buffer' has an implicit copy assignment operator
  b = a;
}

void passBufferByValue() {
  Buffer a(4);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: copying 'Buffer' leaves two owners of the memory in member 'data_', which '~Buffer' frees [lifeguard-dangling]
  // CHECK: :[[@LINE-38]]:{{[0-9]+}}: note: 'data_' is freed here
  // CHECK: :[[@LINE-42]]:{{[0-9]+}}: note: 'Buffer' has an implicit copy constructor
  takeBuffer(a);
}

class Frame {
public:
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: copying 'Buffer' leaves two owners of the memory in member 'data_', which '~Buffer' frees [lifeguard-dangling]
  // CHECK: :[[@LINE-46]]:{{[0-9]+}}: note: 'data_' is freed here
  // CHECK: :[[@LINE-50]]:{{[0-9]+}}: note: 'Buffer' has an implicit copy constructor
  explicit Frame(const Buffer &pixels) : pixels_(pixels) {}

private:
  Buffer pixels_;
};

// The "shallow DeepClone": the clone shares the tree with the original.
class Document {
public:
  struct Tree {
    int nodes = 0;
  };
  Document() : root_(new Tree) {}
  ~Document() { delete root_; }
  Document deepClone() const {
    // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: copying 'Document' leaves two owners of the memory in member 'root_', which '~Document' frees [lifeguard-dangling]
    // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 'root_' is freed here
    // CHECK: :[[@LINE-10]]:{{[0-9]+}}: note: 'Document' has an implicit copy constructor
    return *this;
  }

private:
  Tree *root_;
};

// The destructor checks for null before deleting: still frees.
class Connection {
public:
  Connection() : socket_(new int(3)) {}
  ~Connection() {
    if (socket_ != nullptr)
      delete socket_;
  }

private:
  int *socket_;
};

void copyConnection() {
  Connection a;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: copying 'Connection' leaves two owners of the memory in member 'socket_', which '~Connection' frees [lifeguard-dangling]
  // CHECK: :[[@LINE-10]]:{{[0-9]+}}: note: 'socket_' is freed here
  // CHECK: :[[@LINE-16]]:{{[0-9]+}}: note: 'Connection' has an implicit copy constructor
  Connection b = a;
}

// ===== Positives: a strdup'd C string in two objects =====

class Name {
public:
  explicit Name(const char *s) : text_(strdup(s)) {}
  ~Name() { std::free(text_); }
  const char *c_str() const { return text_; }

private:
  char *text_;
};

void copyName() {
  Name a("alice");
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: copying 'Name' leaves two owners of the memory in member 'text_', which '~Name' frees [lifeguard-dangling]
  // CHECK: :[[@LINE-10]]:{{[0-9]+}}: note: 'text_' is freed here
  // CHECK: :[[@LINE-14]]:{{[0-9]+}}: note: 'Name' has an implicit copy constructor
  Name b = a;
}

void copyAssignName() {
  Name a("alice");
  Name b("bob");
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: copying 'Name' leaves two owners of the memory in member 'text_', which '~Name' frees [lifeguard-dangling]
  // CHECK: :[[@LINE-19]]:{{[0-9]+}}: note: 'text_' is freed here
  // CHECK: :[[@LINE-23]]:{{[0-9]+}}: note: 'Name' has an implicit copy assignment operator
  b = a;
}

// ===== Positives: user-written shallow copy operations =====

class ShallowCopy {
public:
  ShallowCopy() : payload_(new int(1)) {}
  ShallowCopy(const ShallowCopy &other) : payload_(other.payload_) {}
  ShallowCopy &operator=(const ShallowCopy &other) {
    payload_ = other.payload_;
    return *this;
  }
  ~ShallowCopy() { delete payload_; }

private:
  int *payload_;
};

void copyShallow() {
  ShallowCopy a;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: copying 'ShallowCopy' leaves two owners of the memory in member 'payload_', which '~ShallowCopy' frees [lifeguard-dangling]
  // CHECK: :[[@LINE-9]]:{{[0-9]+}}: note: 'payload_' is freed here
  // CHECK: :[[@LINE-15]]:{{[0-9]+}}: note: this copy constructor copies 'payload_' without duplicating what it points to
  ShallowCopy b(a);
}

void copyAssignShallow() {
  ShallowCopy a;
  ShallowCopy b;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: copying 'ShallowCopy' leaves two owners of the memory in member 'payload_', which '~ShallowCopy' frees [lifeguard-dangling]
  // CHECK: :[[@LINE-18]]:{{[0-9]+}}: note: 'payload_' is freed here
  // CHECK: :[[@LINE-23]]:{{[0-9]+}}: note: this copy {{.*}}copies 'payload_' without duplicating what it points to
  b = a;
}

// Two members freed: one warning for each (same location, in the order of
// their messages).
class Pair {
public:
  Pair() : first_(new int(1)), second_(new int(2)) {}
  ~Pair() {
    delete first_;
    delete second_;
  }

private:
  int *first_;
  int *second_;
};

void copyPair() {
  Pair a;
  // CHECK: :[[@LINE+6]]:{{[0-9]+}}: warning: copying 'Pair' leaves two owners of the memory in member 'first_', which '~Pair' frees [lifeguard-dangling]
  // CHECK: :[[@LINE-12]]:{{[0-9]+}}: note: 'first_' is freed here
  // CHECK: :[[@LINE-17]]:{{[0-9]+}}: note: 'Pair' has an implicit copy constructor
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: copying 'Pair' leaves two owners of the memory in member 'second_', which '~Pair' frees [lifeguard-dangling]
  // CHECK: :[[@LINE-14]]:{{[0-9]+}}: note: 'second_' is freed here
  // CHECK: :[[@LINE-20]]:{{[0-9]+}}: note: 'Pair' has an implicit copy constructor
  Pair b = a;
}

// ===== Negatives: deep copies =====

class DeepBuffer {
public:
  explicit DeepBuffer(int n) : data_(new int[n]()), size_(n) {}
  DeepBuffer(const DeepBuffer &other) : data_(new int[other.size_]), size_(other.size_) {
    std::copy(other.data_, other.data_ + size_, data_);
  }
  DeepBuffer &operator=(DeepBuffer other) {
    swap(other);
    return *this;
  }
  ~DeepBuffer() { delete[] data_; }
  void swap(DeepBuffer &other) {
    std::swap(data_, other.data_);
    std::swap(size_, other.size_);
  }

private:
  int *data_;
  int size_;
};

void copyDeepBuffer() {
  DeepBuffer a(4);
  DeepBuffer b = a;
  DeepBuffer c(2);
  c = a;
  c = b;
}

class DeepName {
public:
  explicit DeepName(const char *s) : text_(strdup(s)) {}
  DeepName(const DeepName &other) : text_(strdup(other.text_)) {}
  DeepName &operator=(const DeepName &other) {
    if (this != &other) {
      char *copy = strdup(other.text_);
      std::free(text_);
      text_ = copy;
    }
    return *this;
  }
  ~DeepName() { std::free(text_); }

private:
  char *text_;
};

void copyDeepName() {
  DeepName a("alice");
  DeepName b = a;
  DeepName c("carol");
  c = a;
}

class DeepNode {
public:
  DeepNode() : child_(new int(0)) {}
  DeepNode(const DeepNode &other) : child_(new int(*other.child_)) {}
  DeepNode &operator=(const DeepNode &other) {
    *child_ = *other.child_;
    return *this;
  }
  ~DeepNode() { delete child_; }

private:
  int *child_;
};

void copyDeepNode() {
  DeepNode a;
  DeepNode b(a);
  b = a;
}

// ===== Negatives: copies that cannot be made =====

class UniqueHandle {
public:
  UniqueHandle() : fd_(new int(3)) {}
  UniqueHandle(const UniqueHandle &) = delete;
  UniqueHandle &operator=(const UniqueHandle &) = delete;
  UniqueHandle(UniqueHandle &&other) noexcept : fd_(other.fd_) { other.fd_ = nullptr; }
  ~UniqueHandle() { delete fd_; }

private:
  int *fd_;
};

void moveUniqueHandle() {
  UniqueHandle a;
  UniqueHandle b = std::move(a);
}

// ===== Negatives: no copy made =====

class NeverCopied {
public:
  NeverCopied() : data_(new int[8]) {}
  ~NeverCopied() { delete[] data_; }
  int first() const { return data_[0]; }

private:
  int *data_;
};

int useNeverCopied() {
  NeverCopied a;
  const NeverCopied &alias = a;
  return alias.first();
}

void inspectBuffer(const Buffer &b);
Buffer makeBuffer(int n);

// Guaranteed copy elision: no copy constructor runs.
void bufferFromPrvalue() {
  Buffer a = makeBuffer(4);
  Buffer b = Buffer(8);
  inspectBuffer(a);
  inspectBuffer(b);
}

// Copy assignment is deep; the implicit copy constructor is never used.
class DeepAssignOnly {
public:
  DeepAssignOnly() : value_(new int(0)) {}
  DeepAssignOnly &operator=(const DeepAssignOnly &other) {
    *value_ = *other.value_;
    return *this;
  }
  ~DeepAssignOnly() { delete value_; }

private:
  int *value_;
};

void assignDeepAssignOnly() {
  DeepAssignOnly a;
  DeepAssignOnly b;
  b = a;
}

// ===== Negatives: members not freed by the destructor =====

class View {
public:
  explicit View(int *data) : data_(data) {}
  ~View() { data_ = nullptr; }

private:
  int *data_;
};

void copyView(int *storage) {
  View a(storage);
  View b = a;
  b = a;
}

class SharedBuffer {
public:
  SharedBuffer() : data_(std::make_shared<int>(1)) {}
  ~SharedBuffer() { data_.reset(); }

private:
  std::shared_ptr<int> data_;
};

void copySharedBuffer() {
  SharedBuffer a;
  SharedBuffer b = a;
  b = a;
}

// The destructor frees one member; the other, only observed, is copied.
class Cursor {
public:
  Cursor(int *text) : owned_(nullptr), text_(text) {}
  Cursor(const Cursor &other) : owned_(nullptr), text_(other.text_) {}
  Cursor &operator=(const Cursor &other) {
    text_ = other.text_;
    return *this;
  }
  ~Cursor() { delete owned_; }

private:
  int *owned_;
  int *text_;
};

void copyCursor(int *text) {
  Cursor a(text);
  Cursor b = a;
  b = a;
}

// A copy made in a lambda's body and one in a function template's
// instantiation are each reported once, where they are written.
void copyInLambda() {
  Buffer a(4);
  auto keep = [&a] {
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: copying 'Buffer' leaves two owners of the memory in member 'data_', which '~Buffer' frees [lifeguard-dangling]
    Buffer b = a;
    return b.size();
  };
  keep();
}

template <typename T> int copyInTemplate(const T &original) {
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: copying 'Buffer' leaves two owners of the memory in member 'data_', which '~Buffer' frees [lifeguard-dangling]
  T copy = original;
  return copy.size();
}
int instantiateCopyInTemplate() { return copyInTemplate(Buffer(2)); }
