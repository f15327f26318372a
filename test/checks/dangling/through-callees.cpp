// Owners, callees and the C library, as real code spells them.
//
// Negatives: references to owners going out of scope; a sink that
// move-assigns its by-value unique_ptr into a member; a helper that
// replaces the object through a unique_ptr& out-parameter; realloc's
// failure idiom; free-and-null through a helper; erasing one element of a
// container filled in a loop; copy-and-swap and deep copies passed by
// value.
// Positives: a member unique_ptr destroyed with its object; get() of a
// temporary unique_ptr returned by a factory; a vector filled in a loop
// with make_unique then cleared; a member function that clears the owning
// member; std::string and printf("%s") reading a freed C string; copies of
// a class whose member's implicit copy shares memory.

// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Conn {
  int Fd = 0;
};

int sumThroughReferences(std::vector<std::unique_ptr<Conn>> &Conns) {
  int Sum = 0;
  for (auto &C : Conns)
    Sum += C->Fd;
  return Sum;
}

struct Holder {
  std::unique_ptr<Conn> One;
  void adopt(std::unique_ptr<Conn> C) { One = std::move(C); }
};
int adoptedThenUsed(Holder &H) {
  auto Up = std::make_unique<Conn>();
  Conn *Raw = Up.get();
  H.adopt(std::move(Up));
  return Raw->Fd;
}

void create(std::unique_ptr<Conn> &Out) { Out = std::make_unique<Conn>(); }
int replacedThroughOutParameter() {
  auto Up = std::make_unique<Conn>();
  create(Up);
  return Up->Fd;
}

char *grow(char *Buf, std::size_t N) {
  char *Grown = static_cast<char *>(std::realloc(Buf, N));
  if (!Grown) {
    std::free(Buf);
    return nullptr;
  }
  return Grown;
}

static void freeAndNull(char *&Buf) {
  std::free(Buf);
  Buf = nullptr;
}
char freedAndNulled() {
  char *Buf = static_cast<char *>(std::malloc(8));
  freeAndNull(Buf);
  if (Buf)
    return Buf[0];
  return 0;
}

int eraseAnotherKey(int Count) {
  std::map<int, std::unique_ptr<Conn>> M;
  for (int I = 0; I < Count; ++I)
    M.emplace(I, std::make_unique<Conn>());
  Conn *Keep = M.at(0).get();
  M.erase(1);
  return Keep->Fd;
}

class CString {
public:
  explicit CString(const char *S) : Data(strdup(S)) {}
  CString(const CString &O) : Data(strdup(O.Data)) {}
  CString &operator=(CString O) {
    std::swap(Data, O.Data);
    return *this;
  }
  ~CString() { std::free(Data); }
  const char *c_str() const { return Data; }

private:
  char *Data;
};
std::size_t lengthOf(CString S) { return std::strlen(S.c_str()); }
std::size_t deepCopies() {
  CString A("x");
  CString B = A;
  B = A;
  return lengthOf(A) + lengthOf(B);
}

struct Session {
  std::unique_ptr<Conn> Link;
};
int memberOwnerDestroyed() {
  Conn *C;
  {
    Session S;
    S.Link = std::make_unique<Conn>();
    C = S.Link.get();
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:3: note: destroyed here by its owner
  return C->Fd;
}

std::unique_ptr<Conn> makeConn() { return std::make_unique<Conn>(); }
int factoryTemporary() {
  Conn *C = makeConn().get();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return C->Fd;
}

int filledInLoopThenCleared(int N) {
  std::vector<std::unique_ptr<Conn>> V;
  for (int I = 0; I < N; ++I)
    V.push_back(std::make_unique<Conn>());
  Conn *First = V[0].get();
  V.clear();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return First->Fd;
}

struct Pool {
  std::vector<std::unique_ptr<Conn>> Conns;
  Conn *open() {
    Conns.push_back(std::make_unique<Conn>());
    return Conns.back().get();
  }
  void closeAll() { Conns.clear(); }
};
int closedByMethod() {
  Pool P;
  Conn *C = P.open();
  P.closeAll();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed by a call [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed by this call
  return C->Fd;
}

std::string stringFromFreed() {
  char *P = strdup("x");
  std::free(P);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed here
  return std::string(P);
}

void printedAfterFree() {
  char *P = strdup("hello");
  std::free(P);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed here
  std::printf("%d %s\n", 1, P);
}

struct Buf {
  int *P = new int[4];
  ~Buf() { delete[] P; }
};
struct Document {
  Buf Body;
  int Id = 0;
};
int copiedThroughMember(const Document &D) {
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: copying 'Document' leaves two owners of the memory in member 'P', which '~Buf' frees [lifeguard-dangling]
  // CHECK: :[[@LINE-8]]:{{[0-9]+}}: note: 'P' is freed here
  // CHECK: :[[@LINE-11]]:8: note: 'Buf' has an implicit copy constructor
  Document Copy = D;
  return Copy.Id;
}
