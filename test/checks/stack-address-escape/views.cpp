// Stack-address escape of views, iterators and raw buffers of local
// strings and containers.
//
// Positives: std::string_view (implicit conversion, explicit construction,
// braces, from data() and a length, through a variable, substr of such a
// view), c_str() (plus an offset), data() and &s[0] of a local string,
// data(), &v[i], v[i], front(), begin(), end() - 1, std::find and find() of
// a local vector or map, a local char buffer as const char* or view;
// returned, stored into a member, a global, or a parameter (view
// out-parameter, vector of views or C strings); a constructor keeping a view
// of its by-value string parameter.
// Negatives: copies (std::string(sv), std::string(s.c_str()), returning the
// string), views of literals, of globals, statics, members and reference
// parameters; values read through a view; a view member of a member string.
// std::span is in span.cpp (C++20).
//
// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

std::string makeName();

std::string g_str = "global";
const char *g_name;
std::vector<std::string_view> g_names;

// ===== Positives: returned =====

std::string_view returnViewOfLocalString() {
  std::string s = makeName();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 's' obtained here
  return s;
}

std::string_view returnExplicitViewOfLocalString() {
  std::string s = makeName();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 's' obtained here
  return std::string_view(s);
}

std::string_view returnViewThroughVariable() {
  std::string s = makeName();
  std::string_view v = s;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into 's' obtained here
  return v;
}

std::string_view returnSubstrOfViewOfLocal() {
  std::string s = makeName();
  std::string_view v = s;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into 's' obtained here
  return v.substr(1);
}

std::string_view returnViewOfByValueParameter(std::string s) {
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 's' obtained here
  return s;
}

const char *returnCStrOfLocalString() {
  std::string s = makeName();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 's' obtained here
  return s.c_str();
}

const char *returnDataOfLocalString() {
  std::string s = makeName();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 's' obtained here
  return s.data();
}

const char *returnCStrThroughVariable() {
  std::string s = makeName();
  const char *p = s.c_str();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into 's' obtained here
  return p;
}

int *returnDataOfLocalVector() {
  std::vector<int> v{1, 2, 3};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
  return v.data();
}

int *returnAddressOfLocalVectorElement() {
  std::vector<int> v{1, 2, 3};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
  return &v[1];
}

int &returnReferenceToLocalVectorElement() {
  std::vector<int> v{1, 2, 3};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
  return v[0];
}

const std::string &returnFrontOfLocalVector() {
  std::vector<std::string> names{"a", "b"};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'names' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'names' obtained here
  return names.front();
}

std::vector<int>::iterator returnBeginOfLocalVector() {
  std::vector<int> v{1, 2, 3};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
  return v.begin();
}

std::vector<int>::iterator returnIteratorThroughVariable() {
  std::vector<int> v{1, 2, 3};
  auto it = v.begin();
  ++it;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: pointer into 'v' obtained here
  return it;
}

std::map<int, std::string>::iterator returnFindInLocalMap(int key) {
  std::map<int, std::string> m{{1, "one"}};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'm' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'm' obtained here
  return m.find(key);
}

std::string_view returnBracedViewOfLocalString() {
  std::string s = makeName();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 's' obtained here
  return std::string_view{s};
}

std::string_view returnViewFromDataAndLength() {
  std::string s = makeName();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 's' obtained here
  return std::string_view(s.data(), 3);
}

const char *returnCStrPlusOffset() {
  std::string s = makeName();
  const char *p = s.c_str() + 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into 's' obtained here
  return p;
}

char *returnAddressOfLocalStringElement() {
  std::string s = makeName();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 's' obtained here
  return &s[0];
}

std::vector<int>::iterator returnEndMinusOneOfLocalVector() {
  std::vector<int> v{1, 2, 3};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
  return v.end() - 1;
}

std::vector<int>::iterator returnStdFindInLocalVector() {
  std::vector<int> v{1, 2, 3};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
  return std::find(v.begin(), v.end(), 2);
}

const char *returnLocalCharBuffer(int n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d", n);
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'buf' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'buf'{{.*}}
  return buf;
}

std::string_view returnViewOfLocalCharBuffer() {
  char buf[16] = "abc";
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'buf' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'buf'{{.*}}
  return std::string_view(buf);
}

// ===== Positives: stored =====

class Document {
public:
  void setTitleFromLocal() {
    std::string t = makeName();
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 't' escapes into member 'title_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 't' obtained here
    title_ = t;
  }

  void setRawFromLocal() {
    std::string s = makeName();
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes into member 'raw_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 's' obtained here
    raw_ = s.c_str();
  }

  void setCursorFromLocal() {
    std::vector<int> v{1, 2};
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes into member 'cursor_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
    cursor_ = v.begin();
  }

  void setTitleFromParameterCopy(std::string title) {
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'title' escapes into member 'title_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'title' obtained here
    title_ = title;
  }

  // ===== Negatives (members) =====

  void setTitleFromMember() { title_ = storage_; }
  void setRawFromMember() { raw_ = storage_.c_str(); }
  void setCursorFromMember() { cursor_ = numbers_.begin(); }
  void setTitleFromReferenceParameter(const std::string &title) { title_ = title; }
  void setTitleFromLiteral() { title_ = "untitled"; }
  const char *rawOfMember() const { return storage_.c_str(); }
  std::string_view viewOfMember() const { return storage_; }

private:
  std::string storage_;
  std::vector<int> numbers_;
  std::string_view title_;
  const char *raw_ = nullptr;
  std::vector<int>::iterator cursor_;
};

struct Token {
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'text' escapes into member 'view_' of '*this' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'text' obtained here
  explicit Token(std::string text) : view_(text) {}
  std::string_view view_;
};

void storeCStrInGlobal() {
  std::string s = makeName();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes into global variable 'g_name' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 's' obtained here
  g_name = s.c_str();
}

void pushViewIntoGlobal() {
  std::string s = makeName();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes into global variable 'g_names' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 's' obtained here
  g_names.push_back(s);
}

void storeViewThroughOutParameter(std::string_view &out) {
  std::string s = makeName();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 's' obtained here
  out = s;
}

void pushViewThroughParameter(std::vector<std::string_view> &out) {
  std::string s = makeName();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 's' obtained here
  out.push_back(s);
}

void pushCStrThroughParameter(std::vector<const char *> &out) {
  std::string s = makeName();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 's' obtained here
  out.push_back(s.c_str());
}

void indexViewsOfLocalStrings(std::map<std::string_view, int> &outIndex) {
  std::vector<std::string> words{"a", "b"};
  // The note may point at `words` in the loop header or at `w` below.
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: address of local variable 'words' escapes through parameter 'outIndex' [lifeguard-stack-address-escape]
  // CHECK: :{{[0-9]+}}:{{[0-9]+}}: note: pointer into 'words' obtained here
  for (const std::string &w : words)
    outIndex[w] = 1;
}

// ===== Negatives =====

std::string returnCopyOfLocalString() {
  std::string s = makeName();
  return s;
}

std::string returnStringFromViewOfLocal() {
  std::string s = makeName();
  std::string_view v = s;
  return std::string(v);
}

std::string returnStringFromCStrOfLocal() {
  std::string s = makeName();
  return std::string(s.c_str());
}

std::string returnStringFromDataAndSize() {
  std::string s = makeName();
  return std::string(s.data(), s.size());
}

std::string_view returnViewOfLiteral() {
  std::string_view v = "literal";
  return v;
}

const char *returnCStrOfLiteral() { return "literal"; }

std::string_view returnViewOfGlobalString() { return g_str; }

std::string_view returnViewOfStaticString() {
  static const std::string s = makeName();
  return s;
}

const char *returnCStrOfStaticString() {
  static std::string s = makeName();
  return s.c_str();
}

std::string_view returnViewOfReferenceParameter(const std::string &s) { return s; }

const char *returnCStrOfReferenceParameter(const std::string &s) { return s.c_str(); }

std::string_view returnSubstrOfViewParameter(std::string_view sv) { return sv.substr(1); }

std::vector<int>::iterator returnBeginOfReferenceParameter(std::vector<int> &v) {
  return v.begin();
}

char returnFirstCharOfLocal() {
  std::string s = makeName();
  return s.c_str()[0];
}

std::size_t returnSizeOfViewOfLocal() {
  std::string s = makeName();
  return std::string_view(s).size();
}

int returnElementValueThroughData() {
  std::vector<int> v{1, 2};
  int *p = v.data();
  return *p;
}

void storeStringCopiesFromViews(std::vector<std::string> &out) {
  std::string s = makeName();
  std::string_view v = s;
  out.emplace_back(v);
  out.push_back(std::string(s.c_str()));
}

struct NamedFromParameter {
  explicit NamedFromParameter(std::string s) : name_(std::move(s)), view_(name_) {}
  std::string name_;
  std::string_view view_;
};

struct ViewOfReferenceParameter {
  explicit ViewOfReferenceParameter(const std::string &s) : view_(s) {}
  std::string_view view_;
};

int returnDereferencedBeginOfLocal() {
  std::vector<int> v{1, 2};
  return *v.begin();
}

std::string returnConcatenationOfLocal() {
  std::string s = makeName();
  return s + "!";
}

void assignLocalStringToGlobalString() {
  std::string s = makeName();
  g_str = s;
}

void pushCopiesOfLocalStringsIntoGlobal() {
  std::string s = makeName();
  std::string_view v = s;
  g_names.push_back("literal");
  g_name = "literal";
  g_str = std::string(v);
}
