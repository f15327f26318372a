// Stack-address escape through parameters.
//
// Positives: the address of a local stored into anything reachable from a
// parameter: `*out` of a T**, a T*& out-parameter, fields of a struct passed
// by pointer or reference, arrays of pointers, vectors and maps passed by
// reference or pointer (push_back, emplace_back, insert, operator[], back(),
// emplace, every element in a range-for by reference), an alias of an
// out-parameter, and `param.add(&local)` / `param->add(&local)` where add()
// stores its argument (body visible); from a lambda capturing the
// parameter; three handles deep (`node->next[0]->next[1]->value`), and two
// deep through a helper.
// Negatives: addresses of globals, statics, heap memory and of other
// parameters; values (not addresses) stored; reassigning a by-value pointer
// parameter; the address removed from the container before return; a local
// sentinel an out-parameter is reset from when it still holds it
// (`if (*out == &scratch) *out = &none;`);
// by-value container and struct parameters (the callee's own copies); a
// store through a parameter's chain reset through the same chain, undone by
// a loop over the chain or by restoring the saved value; a chain freed.
//
// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

int g_value;

struct Holder {
  int *ptr = nullptr;
};
struct Outer {
  Holder inner;
};

class Registry {
public:
  void add(int *p) { items_.push_back(p); }
  int count() const { return static_cast<int>(items_.size()); }

private:
  std::vector<int *> items_;
};

void consume(const std::vector<int *> &v);
void consumeMap(const std::map<int, int *> &m);

// ===== Positives =====

void outDoublePointer(int **out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  *out = &local;
}

void outPointerReference(int *&out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  out = &local;
}

void outDoublePointerThroughVariable(int **out) {
  int local = 1;
  int *p = &local;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'local' taken here
  *out = p;
}

void outDoublePointerIndexed(int **out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  out[0] = &local;
}

void outArrayOfPointers(int *slots[], int n) {
  int local = n;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'slots' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  slots[n - 1] = &local;
}

void outByValueParameterAddress(int param, int **out) {
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'param' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'param' taken here
  *out = &param;
}

void outStructPointerField(Holder *out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  out->ptr = &local;
}

void outStructReferenceField(Holder &out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  out.ptr = &local;
}

void outNestedField(Outer &out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  out.inner.ptr = &local;
}

void outWholeStructAssigned(Holder &out) {
  int local = 1;
  Holder h;
  h.ptr = &local;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'local' taken here
  out = h;
}

void outVectorPushBack(std::vector<int *> &out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  out.push_back(&local);
}

void outVectorEmplaceBack(std::vector<int *> &out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  out.emplace_back(&local);
}

void outVectorPointerParameter(std::vector<int *> *out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  out->push_back(&local);
}

void outVectorElementOverwritten(std::vector<int *> &out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  out[0] = &local;
}

void outMapSubscript(std::map<int, int *> &outMap, int key) {
  int local = key;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'outMap' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  outMap[key] = &local;
}

void outUnorderedMapEmplace(std::unordered_map<std::string, int *> &outMap) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'outMap' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  outMap.emplace("key", &local);
}

void outMapInsertPair(std::map<int, int *> &outMap) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'outMap' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  outMap.insert(std::make_pair(7, &local));
}

void outThroughReferenceAlias(std::vector<int *> &out) {
  int local = 1;
  std::vector<int *> &alias = out;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  alias.push_back(&local);
}

void outRegistryReferenceAdd(Registry &reg) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'reg' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  reg.add(&local);
}

void outRegistryPointerAdd(Registry *reg) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'reg' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  reg->add(&local);
}

void outReferenceThroughLocalReference(const int *&out) {
  const int local = 1;
  const int &r = local;
  // The handle comes from binding r to local; &r only reads it.
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: reference to 'local' bound here
  out = &r;
}

void outVectorBackOverwritten(std::vector<int *> &out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  out.back() = &local;
}

void outVectorInsertAtEnd(std::vector<int *> &out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  out.insert(out.end(), &local);
}

void outVectorPointerSubscript(std::vector<int *> *out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  (*out)[0] = &local;
}

void outEverySlotInLoop(std::vector<int *> &out) {
  int local = 1;
  for (int *&slot : out)
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
    slot = &local;
}

// A parameter captured by a lambda, and what a parameter reaches through
// a chain of pointers.
struct ChainNode {
  ChainNode *next[2];
  int *value;
};

void storeFromLambda(int *&out) {
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  [&] { int local = 0; out = &local; }();
}

void storeFromLambdaByCopy(int **out) {
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  [out] { int local = 0; *out = &local; }();
}

// Three handles deep behind a parameter, directly and through a helper.
void storeThreeDeep(ChainNode *node) {
  int local = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'node' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  node->next[0]->next[1]->value = &local;
}

void setTwoDeep(int ***table, int *p) { **table = p; }
void storeTwoDeepThroughHelper(int ***table) {
  int local = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'table' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  setTwoDeep(table, &local);
}

// ===== Negatives =====

void storeThreeDeepThenUnlink(ChainNode *node) {
  int local = 0;
  node->next[0]->next[1]->value = &local;
  for (ChainNode *n = node; n; n = n->next[1])
    if (n->value == &local)
      n->value = nullptr;
}

void storeThreeDeepThenRestore(ChainNode *node) {
  int local = 0;
  int *saved = node->next[0]->next[1]->value;
  node->next[0]->next[1]->value = &local;
  node->next[0]->next[1]->value = saved;
}

void freeChain(ChainNode *node) {
  while (node) {
    ChainNode *next = node->next[1];
    delete node;
    node = next;
  }
}


void storeThroughChainThenReset(ChainNode *node) {
  int local = 0;
  node->next[0]->value = &local;
  node->next[0]->value = nullptr;
}

void outGlobalAddress(int **out) { *out = &g_value; }

void outStaticLocalAddress(int **out) {
  static int counter = 0;
  *out = &counter;
}

void outHeapPointer(int **out) { *out = new int(1); }

void outReleasedUniquePtr(int **out) { *out = std::make_unique<int>(2).release(); }

void outAddressOfReferenceParameter(int **out, int &value) { *out = &value; }

void outPushReferenceParameterAddress(std::vector<int *> &out, int &value) {
  out.push_back(&value);
}

void outPushPointerParameter(std::vector<int *> &out, int *p) { out.push_back(p); }

void outStoreValue(int *out) {
  int local = 3;
  *out = local;
}

void outPushValue(std::vector<int> &out) {
  int local = 4;
  out.push_back(local);
}

// Rebinding the by-value pointer parameter does not reach the caller.
void outReassignByValuePointerParameter(int *out) {
  int local = 5;
  out = &local;
  *out += 1;
}

void outPushThenPopBack(std::vector<int *> &out) {
  int local = 6;
  out.push_back(&local);
  consume(out);
  out.pop_back();
}

void outPushThenClear(std::vector<int *> &out) {
  int local = 7;
  out.push_back(&local);
  consume(out);
  out.clear();
}

void outMapStoreThenClear(std::map<int, int *> &outMap) {
  int local = 8;
  outMap[1] = &local;
  consumeMap(outMap);
  outMap.clear();
}

void outRegistryAddGlobalAddress(Registry &reg) { reg.add(&g_value); }

void outRegistryAddHeap(Registry &reg) { reg.add(new int(9)); }

// The callee's own copy of the container or struct dies with the frame.
void outByValueContainerParameter(std::vector<int *> out) {
  int local = 10;
  out.push_back(&local);
  consume(out);
}

void outByValueStructParameter(Holder h) {
  int local = 11;
  h.ptr = &local;
  g_value = *h.ptr;
}

// A local sentinel the out-parameter starts at, taken back when the search
// found nothing better (`*out == &scratch`): it never leaves the frame.
struct Edge {
  int to;
  int weight;
};
static const Edge NoEdge{-1, 0};

bool cheapestEdge(const std::vector<Edge> &edges, const Edge **out) {
  Edge scratch{-1, 1 << 30};
  *out = &scratch;
  for (const Edge &e : edges)
    if (e.weight < (*out)->weight)
      *out = &e;
  if (*out == &scratch) {
    *out = &NoEdge;
    return false;
  }
  return true;
}

// Compared with another address, it is still there.
bool defaultEdgeWrongSentinel(const Edge **out) {
  Edge scratch{-1, 1 << 30};
  *out = &scratch;
  // CHECK: :[[@LINE-1]]:3: warning: address of local variable 'scratch' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:11: note: address of 'scratch' taken here
  if (*out == &NoEdge)
    return false;
  return true;
}
