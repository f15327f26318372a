// Header for templates-macros-headers.cpp: code in an included header that
// the check analyzes (clang-tidy runs with --header-filter=.*), helpers whose
// summaries the test file uses, and a macro that hides an escaping store.
// templates-macros-headers.cpp matches diagnostics here by line number.
#ifndef LIFEGUARD_TEST_ESCAPE_HELPERS_H
#define LIFEGUARD_TEST_ESCAPE_HELPERS_H

#include <string>
#include <vector>

inline int *headerReturnsLocalAddress() {
  int local = 0;
  return &local;
}

inline int *headerReturnsStaticAddress() {
  static int counter = 0;
  return &counter;
}

template <class T> const T &headerPick(const T &a) { return a; }

class HeaderRegistry {
public:
  void add(int *p) { items_.push_back(p); }

private:
  std::vector<int *> items_;
};

template <class T> void headerRememberCopy(std::vector<const T *> &out, T value) {
  out.push_back(&value);
}

template <class T> void headerRememberOriginal(std::vector<const T *> &out, const T &value) {
  out.push_back(&value);
}

#define HEADER_STORE_ADDRESS(container, var) (container).push_back(&(var))

#endif // LIFEGUARD_TEST_ESCAPE_HELPERS_H
