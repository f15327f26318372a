// Use of a heap object after `delete`, `delete[]` or `free`.
//
// Positives: member access, dereference, subscript and method calls through
// the deleted pointer, also as a statement of their own whose value is
// dropped (`*p;`, `(void)p->m;`); delete[]; malloc/calloc/strdup then free; aliases (a copied pointer, a pointer in a struct,
// a reference, a pointer to a field) used after the original is deleted;
// binding a reference to the dead object; a second delete and a second
// free; delete on both branches; a pointer parameter, a global and a member
// deleted or freed and then used (no "allocated" note then); `delete this`
// then a member access; a linked list deleted in a for loop that reads
// n->next after `delete n`.
// Negatives: the old pointer after realloc and realloc's failure idiom
// (realloc frees only on success, a path the check does not follow);
// delete on one path only; `delete p; p = nullptr;`; reassigned
// before use; the freed pointer passed by value, compared, printed or
// erased from a registry (not uses); values copied before the delete; the
// correct list destruction; a conditional pointer to one of two objects;
// `delete this` followed by no member access; the pointer itself dropped
// (`(void)p;`); deleting what one member of
// a parameter's object points to, then using another member (`delete
// s->builder; s->outfile->Close();`, also through a reference or a cast
// from void*), which are different objects.
//
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address -Wno-dangling-gsl | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>

struct Widget {
  int value = 0;
  std::string name;
  void run();
};

struct Node {
  int value;
  Node *next;
};

struct Handle {
  Widget *target;
};

void inspect(const Widget &w);
void forget(const Widget *w);
void log(int v);
bool done();

Widget *g_widget;

// ===== Positives: delete =====

int memberAccessAfterDelete() {
  Widget *w = new Widget;
  delete w;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  return w->value;
}

void methodCallAfterDelete() {
  Widget *w = new Widget();
  delete w;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  w->run();
}

int dereferenceAfterDelete() {
  int *p = new int(7);
  delete p;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  return *p;
}

int subscriptAfterDeleteArray() {
  int *a = new int[4]();
  delete[] a;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  return a[2];
}

int copiedPointerUsedAfterOriginalDeleted() {
  Widget *a = new Widget;
  Widget *b = a;
  delete a;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  return b->value;
}

int copyDeletedOriginalUsed() {
  Widget *a = new Widget;
  Widget *b = a;
  delete b;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  return a->value;
}

int pointerInStructUsedAfterDelete() {
  Widget *w = new Widget;
  Handle h{w};
  delete w;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  return h.target->value;
}

int referenceUsedAfterDelete() {
  Widget *w = new Widget;
  Widget &r = *w;
  delete w;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  return r.value;
}

int pointerToFieldUsedAfterDelete() {
  Widget *w = new Widget;
  int *field = &w->value;
  delete w;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  return *field;
}

// Binding a reference (here a parameter) to the dead object is a use.
void referenceBoundToDeletedObject() {
  Widget *w = new Widget;
  delete w;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  inspect(*w);
}

void doubleDelete() {
  Widget *w = new Widget;
  delete w;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  delete w;
}

// Deleted on every path; the note names one of the two deletes.
int deletedOnBothBranches(bool c) {
  Widget *w = new Widget;
  if (c) {
    log(w->value);
    delete w;
  } else {
    delete w;
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-8]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :{{[0-9]+}}:{{[0-9]+}}: note: deleted here
  return w->value;
}

// ===== Positives: free and realloc =====

char readAfterFree() {
  char *buf = static_cast<char *>(std::malloc(16));
  std::free(buf);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed here
  return buf[0];
}

int readAfterFreeOfCalloc() {
  int *c = static_cast<int *>(calloc(4, sizeof(int)));
  free(c);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed here
  return *c;
}

char readAfterFreeOfStrdup(const char *name) {
  char *copy = strdup(name);
  free(copy);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed here
  return copy[0];
}

int memberAccessAfterFree() {
  Node *n = static_cast<Node *>(std::malloc(sizeof(Node)));
  std::free(n);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed here
  return n->value;
}

// Near miss by design: realloc frees the old block only when it succeeds,
// and the check does not follow which path that is, so it treats realloc as
// not freeing (see reallocFailureIdiom for the correct code this keeps
// silent; docs/checks/dangling.rst, Limitations).
char oldPointerUsedAfterRealloc() {
  char *p = static_cast<char *>(std::malloc(8));
  char *q = static_cast<char *>(std::realloc(p, 64));
  char c = p[0];
  std::free(q);
  return c;
}

// The standard idiom: on failure the old block is still ours to free.
char *reallocFailureIdiom(char *buf, std::size_t n) {
  char *grown = static_cast<char *>(std::realloc(buf, n));
  if (!grown) {
    std::free(buf);
    return nullptr;
  }
  return grown;
}

void doubleFree() {
  char *p = static_cast<char *>(std::malloc(8));
  std::free(p);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was freed [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: freed here
  std::free(p);
}

// ===== Positives: what a parameter, a global or a member points to =====

void parameterDeletedThenUsed(Widget *w) {
  delete w;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: use of the object 'w' points to after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: deleted here
  log(w->value);
}

char parameterFreedThenUsed(char *buf) {
  std::free(buf);
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: use of the object 'buf' points to after it was freed [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: freed here
  return buf[0];
}

int globalDeletedThenUsed() {
  delete g_widget;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: use of the object 'g_widget' points to after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: deleted here
  return g_widget->value;
}

class Owner {
public:
  int dropAndRead() {
    delete widget_;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: use of the object {{.*}}'widget_' points to after it was deleted [lifeguard-dangling]
    // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: deleted here
    return widget_->value;
  }

private:
  Widget *widget_ = nullptr;
};

class Session {
public:
  void close() {
    delete this;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: use of {{.*}} after it was deleted [lifeguard-dangling]
    // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: deleted here
    state_ = 0;
  }

  // Negative: nothing of *this is touched after `delete this`.
  void release() {
    int last = state_;
    delete this;
    log(last);
  }

private:
  int state_ = 1;
};

// n->next is read after `delete n`, on every iteration.
void destroyListWrongly(Node *head) {
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: use of {{.*}} after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: deleted here
  for (Node *n = head; n != nullptr; n = n->next)
    delete n;
}

// ===== Negatives =====

int deletedOnOnePathOnly(bool c) {
  Widget *w = new Widget;
  if (c)
    delete w;
  return w->value;
}

void deletedThenNulled() {
  Widget *w = new Widget;
  w->run();
  delete w;
  w = nullptr;
}

int deletedThenReassigned() {
  Widget *w = new Widget;
  delete w;
  w = new Widget;
  int v = w->value;
  delete w;
  return v;
}

void deletedThenErasedFromRegistry(std::set<Widget *> &registry) {
  Widget *w = new Widget;
  registry.insert(w);
  delete w;
  registry.erase(w);
}

void deletedThenPassedByValue() {
  Widget *w = new Widget;
  delete w;
  forget(w);
}

bool deletedThenCompared(Widget *other) {
  Widget *w = new Widget;
  delete w;
  return w == other;
}

void deletedThenAddressPrinted() {
  Widget *w = new Widget;
  delete w;
  std::printf("%p\n", static_cast<void *>(w));
}

int valueCopiedBeforeDelete() {
  Widget *w = new Widget;
  int v = w->value;
  std::string name = w->name;
  delete w;
  return v + static_cast<int>(name.size());
}

void destroyListCorrectly(Node *head) {
  while (head != nullptr) {
    Node *next = head->next;
    delete head;
    head = next;
  }
}

int pointerToOneOfTwoObjects(bool c) {
  Widget *a = new Widget;
  Widget *b = new Widget;
  Widget *p = c ? a : b;
  delete a;
  int v = p->value;
  delete b;
  return v;
}

int deletedAndReturnedEarly(bool c) {
  Widget *w = new Widget;
  if (c) {
    delete w;
    return 0;
  }
  int v = w->value;
  delete w;
  return v;
}

void deletedAndLeftLoop() {
  Widget *w = new Widget;
  while (true) {
    if (done()) {
      delete w;
      break;
    }
    w->run();
  }
}

int freshObjectEveryIteration(int n) {
  int total = 0;
  for (int i = 0; i < n; ++i) {
    Widget *w = new Widget;
    total += w->value;
    delete w;
  }
  return total;
}

char reallocResultUsed() {
  char *p = static_cast<char *>(std::malloc(8));
  p = static_cast<char *>(std::realloc(p, 64));
  p[0] = 'a';
  char c = p[0];
  std::free(p);
  return c;
}

int differentObjectDeleted() {
  Widget *a = new Widget;
  Widget *b = new Widget;
  delete a;
  int v = b->value;
  delete b;
  return v;
}

void parameterDeletedThenNulled(Widget *&w) {
  delete w;
  w = nullptr;
}

void memberDeletedThenReplaced(Handle &h) {
  delete h.target;
  h.target = new Widget;
  h.target->run();
}

struct TableBuilderLike {
  void Abandon();
};
struct WritableFileLike {
  void Close();
};
struct CompactionStateLike {
  TableBuilderLike *builder;
  WritableFileLike *outfile;
};

void finishOutput(CompactionStateLike *compact) {
  delete compact->builder;
  compact->builder = nullptr;
  compact->outfile->Close();
}

void finishOutputByReference(CompactionStateLike &compact) {
  delete compact.builder;
  compact.outfile->Close();
}

void deleteEntry(void *value) {
  auto *state = reinterpret_cast<CompactionStateLike *>(value);
  delete state->builder;
  delete state->outfile;
  delete state;
}

struct Probe {
  int level;
  int samples[4];
};

void discardedDereference() {
  int *p = new int(1);
  delete p;
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  *p;
}

void discardedMemberAccess() {
  Probe *p = new Probe;
  delete p;
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  (void)p->samples[2];
}

void discardedPointer() {
  Probe *p = new Probe;
  (void)p->level;
  delete p;
  (void)p;
}
