// Default member initializers copy-initialised through a converting
// constructor: before C++17 `const text_view reset = "\033[m";` builds a
// temporary view and copies it into the member, so the member holds what the
// temporary held (the literal), not the temporary. The constructors that use
// such initializers, and the members read later, are silent; a view member
// initialised from a temporary string still dangles, in every standard.
//
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++11 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++14 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <cstddef>
#include <cstring>
#include <string>

// A string view of the kind libraries wrote before std::string_view.
class text_view {
public:
  text_view(const char *s) : data_(s), size_(std::strlen(s)) {}
  text_view(const std::string &s) : data_(s.data()), size_(s.size()) {}
  const char *data() const { return data_; }
  std::size_t size() const { return size_; }

private:
  const char *data_;
  std::size_t size_;
};

std::string render(const text_view &v) { return std::string(v.data(), v.size()); }

class console_sink {
public:
  console_sink() : styled_(render(bold) + render(reset) + name) {}
  explicit console_sink(int level) { styled_ = render(level > 0 ? bold : reset); }
  std::size_t width() const { return reset.size() + bold.size() + name.size(); }

  const text_view reset = "\033[m";
  const text_view bold = {"\033[1m"};
  const std::string name = "console";

private:
  std::string styled_;
};

std::size_t width() {
  console_sink sink;
  console_sink quiet(0);
  return sink.width() + quiet.width();
}

// The twin that dangles: the view member refers into a temporary string
// that dies when the initializer's full-expression ends.
class labelled_sink {
public:
  labelled_sink() : rendered_(render(label)) {}
  // CHECK: :[[@LINE-1]]:31: warning: use of a temporary of type 'const std::string' {{.*}} after it was destroyed at the end of the full-expression
  // CHECK: :[[@LINE+2]]:27: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE+1]]:45: note: the temporary was destroyed at the end of this full-expression
  const text_view label = std::string("sink");

private:
  std::string rendered_;
};

labelled_sink make() { return labelled_sink(); }
