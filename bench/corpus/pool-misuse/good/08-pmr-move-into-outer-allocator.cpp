// Tokenizer that builds tokens in a scoped stack arena and move-assigns them into a vector using the default resource.
// The inner scope's pmr::vector allocates from a stack-buffer arena. `tokens` outside
// the scope uses the default resource; move assignment between pmr containers with
// unequal allocators does not propagate the allocator, so the elements are moved into
// memory owned by `tokens`' own resource before the arena goes away.
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <memory_resource>
#include <string>
#include <vector>

static void tokenize(const char* source, std::pmr::vector<std::pmr::string>& out) {
  std::pmr::string cur(out.get_allocator().resource());
  for (const char* p = source; *p; ++p) {
    if (*p == ' ' || *p == ';') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
      if (*p == ';') out.emplace_back(";");
    } else {
      cur.push_back(*p);
    }
  }
}

static bool is_keyword(const std::pmr::string& t) {
  static const char* const keywords[] = {"let", "if", "else", "return"};
  for (const char* k : keywords)
    if (t == k) return true;
  return false;
}

int main() {
  std::pmr::vector<std::pmr::string> tokens;  // default resource
  {
    alignas(std::max_align_t) char scratch[2048];
    std::pmr::monotonic_buffer_resource arena(scratch, sizeof scratch);
    std::pmr::vector<std::pmr::string> tmp(&arena);
    tokenize("let total_amount_in_cents = price_in_cents * quantity_ordered;", tmp);
    tokens = std::move(tmp);  // unequal allocators: element-wise move into tokens' resource
  }
  std::size_t longest = 0;
  int keywords = 0;
  for (const auto& t : tokens) {
    if (t.size() > longest) longest = t.size();
    if (is_keyword(t)) ++keywords;
  }
  std::printf("%zu tokens (%d keyword), longest %zu chars, first '%s'\n", tokens.size(), keywords,
              longest, tokens.front().c_str());
  return tokens.size() == 7 ? 0 : 1;
}
