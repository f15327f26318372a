// The tidy checks on C code: the same stack addresses and freed pointers,
// in C's spellings.
//
// Positives: the address of a local returned, stored through an out
// parameter and into a global, also inside a struct (brace-initialised
// with a NULL member beside it, copied whole) (lifeguard-stack-address-escape);
// a struct used after free, a pointer to a block's local used after the
// block (lifeguard-dangling).
// Negatives: a static's address returned; heap memory through an out
// parameter; a freed pointer set to NULL and compared; a list freed node
// by node with the next pointer read first; the member of a struct that
// holds the caller's pointer stored, beside one that holds a local's.
//
// RUN: %tidy --checks='-*,lifeguard-dangling,lifeguard-stack-address-escape' %s -- -std=c11 -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <stdlib.h>

struct node {
  int value;
  struct node *next;
};

int *returnsLocal(void) {
  int x = 1;
  // CHECK: :[[@LINE+1]]:10: warning: address of local variable 'x' escapes through the return value [lifeguard-stack-address-escape]
  return &x;
}

void outParameter(int **out) {
  int local = 3;
  // CHECK: :[[@LINE+1]]:3: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  *out = &local;
}

static int *g;

void globalStore(void) {
  int y = 0;
  // CHECK: :[[@LINE+1]]:3: warning: address of local variable 'y' escapes into global variable 'g' [lifeguard-stack-address-escape]
  g = &y;
}

int useAfterFree(void) {
  struct node *n = malloc(sizeof *n);
  if (!n)
    return 0;
  n->value = 1;
  free(n);
  // CHECK: :[[@LINE+1]]:10: warning: use of heap object after it was freed [lifeguard-dangling]
  return n->value;
}

int blockLocal(void) {
  int *p;
  {
    int inner = 4;
    p = &inner;
  }
  // CHECK: :[[@LINE+1]]:10: warning: use of local variable 'inner' after it went out of scope [lifeguard-dangling]
  return *p;
}

struct span {
  int *first;
  const char *label;
};

struct span spanOfLocal(void) {
  int counts[4] = {0};
  struct span s = {counts, NULL};
  // CHECK: :[[@LINE+1]]:10: warning: address of local variable 'counts' escapes through the return value [lifeguard-stack-address-escape]
  return s;
}

void spanThroughOut(struct span *out) {
  int local = 0;
  struct span s = {&local, "local"};
  // CHECK: :[[@LINE+1]]:3: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  *out = s;
}

static struct span g_span;

void spanMemberToGlobal(void) {
  int local = 0;
  struct span s = {&local, NULL};
  // CHECK: :[[@LINE+1]]:3: warning: address of local variable 'local' escapes into global variable 'g_span' [lifeguard-stack-address-escape]
  g_span.first = s.first;
}

// ===== Negatives =====

struct pair_of_spans {
  struct span caller;
  struct span scratch;
};

void callerMemberToGlobal(int *values) {
  int scratch = 0;
  struct pair_of_spans p = {{values, "caller"}, {&scratch, "scratch"}};
  g_span = p.caller;
}

int *returnsStatic(void) {
  static int s;
  return &s;
}

void outHeap(int **out) { *out = malloc(sizeof(int)); }

int freedThenNull(void) {
  char *b = malloc(4);
  free(b);
  b = NULL;
  return b == NULL;
}

void freeList(struct node *head) {
  while (head) {
    struct node *next = head->next;
    free(head);
    head = next;
  }
}
