// Expression parser with a node pool; releases the list's stack-allocated sentinel node along with the pooled nodes.
// The parser builds a token list headed by a sentinel Node that lives on the stack and
// takes the other nodes from NodePool::allocate(). When it tears the list down it hands the
// sentinel to free_list(), which deallocates every node -- including the sentinel, which the pool
// never handed out. NodePool keeps a bounded idle list and deletes surplus nodes, so it
// ends up calling delete on a stack address.
// asan: attempting free on address which was not malloc()-ed
#include <sanitizer/asan_interface.h>
#include <cstddef>
#include <cstdio>
#include <vector>

struct Node {
  char kind;
  int value;
  Node* next;
};

class NodePool {
 public:
  explicit NodePool(std::size_t max_idle) : max_idle_(max_idle) {}
  ~NodePool() {
    for (Node* n : idle_) {
      ASAN_UNPOISON_MEMORY_REGION(n, sizeof(Node));
      delete n;
    }
  }
  Node* allocate() {
    if (idle_.empty()) return new Node{};
    Node* n = idle_.back();
    idle_.pop_back();
    ASAN_UNPOISON_MEMORY_REGION(n, sizeof(Node));
    *n = Node{};
    return n;
  }
  void deallocate(Node* n) {
    if (idle_.size() >= max_idle_) {  // trim: do not hoard memory
      delete n;
      return;
    }
    idle_.push_back(n);
    ASAN_POISON_MEMORY_REGION(n, sizeof(Node));
  }

 private:
  std::size_t max_idle_;
  std::vector<Node*> idle_;
};

static int evaluate(const Node* head) {
  int acc = 0;
  char op = '+';
  for (const Node* n = head->next; n; n = n->next) {
    if (n->kind == 'n') acc = (op == '+') ? acc + n->value : acc - n->value;
    else op = n->kind;
  }
  return acc;
}

static void free_list(NodePool& pool, Node* n) {
  if (!n) return;
  free_list(pool, n->next);
  pool.deallocate(n);
}

static int parse_and_eval(NodePool& pool, const char* expr) {
  Node sentinel{'^', 0, nullptr};
  Node* tail = &sentinel;
  for (const char* p = expr; *p; ++p) {
    if (*p == ' ') continue;
    Node* n = pool.allocate();
    if (*p >= '0' && *p <= '9') { n->kind = 'n'; n->value = *p - '0'; }
    else n->kind = *p;
    tail->next = n;
    tail = n;
  }
  int result = evaluate(&sentinel);
  free_list(pool, &sentinel);  // BUG: the list head is a stack local the pool never handed out
  return result;
}

int main() {
  NodePool pool(2);
  int r = parse_and_eval(pool, "1 + 2 - 3 + 4");
  std::printf("result %d\n", r);
  return 0;
}
