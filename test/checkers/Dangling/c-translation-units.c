// The analyzer checkers on C code: the same stack addresses and freed
// pointers, in C's spellings.
//
// Positives: the address of a local returned, stored through an out
// parameter and into a global (lifeguard.StackAddressEscape); a struct
// used after free, a pointer to a block's local used after the block
// (lifeguard.Dangling).
// Negatives: a static's address returned; heap memory through an out
// parameter; a freed pointer set to NULL and compared; a list freed node
// by node with the next pointer read first.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.ContainerInvalidation -std=c11 -Wno-return-stack-address -Xclang -verify %s

#include <stdlib.h>

struct node {
  int value;
  struct node *next;
};

int *returnsLocal(void) {
  int x = 1;
  return &x; // expected-warning{{address of local variable 'x' escapes through the return value}} expected-note{{address of local variable 'x' escapes through the return value}}
}

void outParameter(int **out) {
  int local = 3;
  *out = &local; // expected-warning{{address of local variable 'local' escapes through parameter 'out'}} expected-note{{'*out' now points to local variable 'local'}} expected-note{{address of local variable 'local' escapes through parameter 'out'}}
}

static int *g;

void globalStore(void) {
  int y = 0;
  g = &y; // expected-warning{{address of local variable 'y' escapes into global variable 'g'}} expected-note{{'g' now points to local variable 'y'}} expected-note{{address of local variable 'y' escapes into global variable 'g'}}
}

int useAfterFree(void) {
  struct node *n = malloc(sizeof *n); // expected-note{{'n' now points to the object}}
  if (!n) // expected-note{{Assuming 'n' is non-null}} expected-note{{Taking false branch}}
    return 0;
  n->value = 1;
  free(n); // expected-note{{Object freed here}}
  return n->value; // expected-warning{{use of the object 'n' points to after it was freed}} expected-note{{use of the object 'n' points to after it was freed}}
}

int blockLocal(void) {
  int *p;
  {
    int inner = 4;
    p = &inner; // expected-note{{'p' now points to local variable 'inner'}}
  } // expected-note{{local variable 'inner' went out of scope here}}
  return *p; // expected-warning{{use of local variable 'inner' after it went out of scope}} expected-note{{use of local variable 'inner' after it went out of scope}}
}

// ===== Negatives =====

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
