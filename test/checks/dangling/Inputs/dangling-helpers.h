// Header for templates-macros-headers.cpp: code in an included header that
// the check analyzes (clang-tidy runs with --header-filter=.*), helpers whose
// summaries the test file uses, a class with a shallow copy whose copies are
// made in the test file, and macros that delete or free.
// templates-macros-headers.cpp matches diagnostics here by line number.
#ifndef LIFEGUARD_TEST_DANGLING_HELPERS_H
#define LIFEGUARD_TEST_DANGLING_HELPERS_H

#include <cstdlib>
#include <string>

struct HeaderWidget {
  int value = 0;
};

inline int headerUseAfterDelete() {
  HeaderWidget *w = new HeaderWidget;
  delete w;
  return w->value;
}

inline int headerValueBeforeDelete() {
  HeaderWidget *w = new HeaderWidget;
  int v = w->value;
  delete w;
  return v;
}

template <class T> void headerDestroy(T *p) { delete p; }

template <class T> const T &headerIdentity(const T &v) { return v; }

inline const char *headerCStr(const std::string &s) { return s.c_str(); }

class HeaderBuffer {
public:
  explicit HeaderBuffer(int n) : data_(new int[n]()) {}
  ~HeaderBuffer() { delete[] data_; }
  int first() const { return data_[0]; }

private:
  int *data_;
};

#define HEADER_DELETE(p) delete (p)
#define HEADER_FREE_AND_NULL(p)                                                \
  do {                                                                         \
    std::free(p);                                                              \
    (p) = nullptr;                                                             \
  } while (0)

#endif // LIFEGUARD_TEST_DANGLING_HELPERS_H
