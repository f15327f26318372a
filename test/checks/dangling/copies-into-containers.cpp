// An object of the program's own class copied into a standard container
// (`fields.push_back(f)`, `insert`, a move) is read as its copy or move
// constructor reads it, as `HeaderField g = f;` is: member by member for an
// implicit one (each view, each smart pointer), or as a written one's body
// does.
//
// Positives: a header field whose name views a temporary, pushed in a
// parsing loop; moved into a deque; inserted into a map (in a pair); a
// class whose written copy constructor reads its view.
// Negatives: the view re-aimed at a string that lives before the copy; a
// raw pointer member to a deleted object (a pointer copied is not read); a
// view into the caller's buffer.
//
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct HeaderField {
  std::string_view name;
  std::string_view value;
};

std::string lowercase(std::string_view raw);

std::vector<HeaderField> parse(std::string_view block) {
  std::vector<HeaderField> fields;
  while (!block.empty()) {
    std::size_t eol = block.find('\n');
    std::string_view line = block.substr(0, eol);
    block.remove_prefix(eol == std::string_view::npos ? block.size() : eol + 1);
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos)
      continue;
    HeaderField f;
    f.name = lowercase(line.substr(0, colon));
    f.value = line.substr(colon + 1);
    // CHECK: :[[@LINE+3]]:5: warning: use of a temporary of type 'std::string' {{.*}}after it was destroyed at the end of the full-expression [lifeguard-dangling]
    // CHECK: :[[@LINE-3]]:14: note: pointer into the temporary obtained here
    // CHECK: :[[@LINE-4]]:45: note: the temporary was destroyed at the end of this full-expression
    fields.push_back(f);
  }
  return fields;
}

void queued(std::deque<HeaderField> &out, std::string_view raw) {
  HeaderField f;
  f.name = lowercase(raw);
  // CHECK: :[[@LINE+1]]:3: warning: use of a temporary of type 'std::string' {{.*}}[lifeguard-dangling]
  out.push_back(std::move(f));
}

void indexed(std::map<int, HeaderField> &out, std::string_view raw) {
  HeaderField f;
  f.value = lowercase(raw);
  // (The pair is the library's: the map is left holding the view.)
  // CHECK: :[[@LINE+1]]:3: warning: what parameter 'out' refers to is left holding a handle to a temporary of type 'std::string' {{.*}}[lifeguard-dangling]
  out.insert({1, f});
}

class Token {
public:
  explicit Token(std::string_view text) : text_(text) {}
  Token(const Token &other) : text_(other.text_), length_(other.text_.size()) {}

private:
  std::string_view text_;
  std::size_t length_ = 0;
};

void tokens(std::vector<Token> &out, std::string_view raw) {
  Token t{lowercase(raw)};
  // CHECK: :[[@LINE+1]]:3: warning: use of a temporary of type 'std::string' {{.*}}[lifeguard-dangling]
  out.push_back(t);
}

// Near misses: silent.

void reaimed(std::vector<HeaderField> &out, std::string_view raw,
             const std::string &kept) {
  HeaderField f;
  f.name = lowercase(raw);
  f.name = kept;
  out.push_back(f);
}

struct Entry {
  int *slot;
  int id;
};

void rawPointerCopied(std::vector<Entry> &out) {
  int *slot = new int(4);
  Entry e{slot, 1};
  delete slot;
  out.push_back(e);
}

void caller(std::vector<HeaderField> &out, std::string_view raw) {
  HeaderField f{raw.substr(0, 4), raw.substr(4)};
  out.push_back(f);
}
