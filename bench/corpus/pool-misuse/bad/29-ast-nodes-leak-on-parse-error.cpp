// Arithmetic parser with a per-node AST pool; a syntax error returns nullptr and drops the subtree it already allocated.
// parse_sum() allocates a node for the left operand from AstPool and then fails on a
// missing right operand, returning nullptr without releasing the left node. AstPool
// allocates nodes on demand and only recycles released ones, so the dropped node leaks.
// asan: detected memory leaks
#include <cctype>
#include <cstdio>
#include <vector>

struct AstNode {
  char op;
  int value;
  AstNode* lhs;
  AstNode* rhs;
};

class AstPool {
 public:
  ~AstPool() {
    for (AstNode* n : spare_) delete n;
  }
  AstNode* alloc() {
    if (spare_.empty()) return new AstNode{};
    AstNode* n = spare_.back();
    spare_.pop_back();
    *n = AstNode{};
    return n;
  }
  void free(AstNode* n) {
    if (!n) return;
    free(n->lhs);
    free(n->rhs);
    spare_.push_back(n);
  }

 private:
  std::vector<AstNode*> spare_;
};

struct Parser {
  AstPool& pool;
  const char* p;

  AstNode* number() {
    while (*p == ' ') ++p;
    if (!std::isdigit(static_cast<unsigned char>(*p))) return nullptr;
    AstNode* n = pool.alloc();
    n->op = 'n';
    while (std::isdigit(static_cast<unsigned char>(*p))) n->value = n->value * 10 + (*p++ - '0');
    return n;
  }
  AstNode* sum() {
    AstNode* lhs = number();  // BUG: dropped without pool.free() when the right operand is missing
    if (!lhs) return nullptr;
    while (*p == ' ') ++p;
    if (*p != '+') return lhs;
    ++p;
    AstNode* rhs = number();
    if (!rhs) return nullptr;
    AstNode* n = pool.alloc();
    n->op = '+'; n->lhs = lhs; n->rhs = rhs;
    return n;
  }
};

static int eval(const AstNode* n) { return n->op == 'n' ? n->value : eval(n->lhs) + eval(n->rhs); }

int main() {
  AstPool pool;
  const char* inputs[] = {"12 + 30", "7 +", "5"};
  int ok = 0;
  for (const char* src : inputs) {
    Parser parser{pool, src};
    AstNode* root = parser.sum();
    if (!root) { std::printf("syntax error in '%s'\n", src); continue; }
    std::printf("%s = %d\n", src, eval(root));
    pool.free(root);
    ++ok;
  }
  return ok == 2 ? 0 : 1;
}
