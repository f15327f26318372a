// Dangling handles into temporaries that die at the end of their
// full-expression.
//
// Positives: c_str() and data() of a temporary std::string (a functional
// cast, a returned string, a concatenation); a std::string_view bound to a
// returned string (implicit conversion, explicit construction, a
// conditional whose result is a new string), read with [] or copied into a
// std::string; getters of a temporary returning a reference, a pointer or
// a view into it (`const Item& r = makeBox().get();`); data(), begin(),
// operator[], front() and find() of a temporary container; views of a
// temporary string put into a vector (push_back, emplace_back), an
// optional (made or assigned) or a map's key; an element of a temporary
// tuple returned; std::move of a
// temporary bound to a reference; a reference or view member bound to a
// temporary through a constructor call, also one emplace_back runs; variables bound to a dying
// temporary and never used afterwards (the warning is then at the
// binding); std::span of a temporary vector (C++20 run only); a view or
// a reference returned into a temporary of the return statement, also
// through a helper that returns what it is given; a reference member of an
// aggregate made by `new` with a designated initializer (C++20 run only);
// `return {a, b};` as a
// std::initializer_list (its array is a temporary of the return statement),
// and a local list or a local reference returned (the array or the
// temporary they extend ends with them).
// Negatives: lifetime extension (const& and && to a prvalue, auto&&, to a
// data member of a prvalue, to a conditional's prvalue result, aggregate
// brace initialisation of a reference member, also designated, structured
// bindings); copies
// made before the temporary dies (`std::string s = temp().c_str();`, a
// named string's view emplaced, an optional string; std::get of a tuple
// of references); the
// temporary used only inside its full-expression; views of literals,
// globals and named strings; a view reassigned before it is read; a
// returned view of a parameter's string, of a literal, of a global, and a
// returned copy of a temporary's characters; a local list returned as a
// vector; a static reference to a temporary returned.
//
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address -Wno-dangling-gsl | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++20 -I%S/Inputs -Wno-dangling -Wno-return-stack-address -Wno-dangling-gsl | FileCheck %s --check-prefixes=CHECK,CXX20 --implicit-check-not='{{warning|error}}:'

#include <cstddef>
#include <initializer_list>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>
#if __cplusplus >= 202002L
#include <span>
#endif

std::string makeString();
std::vector<int> makeVector();
std::map<int, std::string> makeMap();
std::string g_name = "global";

struct Point {
  int x;
  int y;
};
Point makePoint();

struct Item {
  int value;
  std::string label;
};

struct Box {
  const Item &get() const { return item; }
  const std::string &label() const { return item.label; }
  const int *valuePtr() const { return &item.value; }
  std::string_view labelView() const { return item.label; }
  std::string labelCopy() const { return item.label; }
  Item item;
};
Box makeBox();

// A class keeping a reference to what its constructor was given.
struct NameRef {
  explicit NameRef(const std::string &s) : name(s) {}
  const std::string &name;
};

// A class keeping a view of what its constructor was given.
struct Token {
  explicit Token(std::string_view t) : text(t) {}
  std::string_view text;
};

// An aggregate with a reference member: brace initialisation extends.
struct NameAgg {
  const std::string &name;
};

// ===== Positives: strings =====

char cStrOfFunctionalCast(const char *name) {
  const char *p = std::string(name).c_str();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return p[0];
}

char cStrOfReturnedString() {
  const char *p = makeString().c_str();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return *p;
}

char dataOfReturnedString() {
  const char *p = makeString().data();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return p[1];
}

// The string is made by operator+ (printed as std::basic_string<char>).
char cStrOfConcatenation(const std::string &a, const std::string &b) {
  const char *p = (a + b).c_str();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{.*}}string{{.*}}'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return p[0];
}

char stringViewOfReturnedString() {
  std::string_view v = makeString();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return v[0];
}

// Reading through the view: copying it into a string.
std::string stringViewCopiedIntoString() {
  std::string_view v = makeString();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  std::string copy(v);
  return copy;
}

char explicitStringViewOfReturnedString() {
  std::string_view v = std::string_view(makeString());
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return v.front();
}

char stringViewOfSubstrOfNamedString(const std::string &s) {
  std::string_view v = s.substr(1);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{.*}}string{{.*}}'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return v[0];
}

// Both operands are strings: the conditional makes one new string.
char stringViewOfConditionalTemporary(bool c) {
  std::string_view v = c ? makeString() : std::string("fallback");
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: {{.*}}
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return v[0];
}

// A reference returned by a function (std::move) does not extend.
std::size_t stdMoveOfTemporaryBoundToReference() {
  std::string &&r = std::move(makeString());
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: reference to the temporary bound here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return r.size();
}

// ===== Positives: getters of a temporary =====

int referenceGetterOfTemporary() {
  const Item &r = makeBox().get();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'Box' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return r.value;
}

std::size_t stringReferenceGetterOfTemporary() {
  const std::string &label = makeBox().label();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'Box' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return label.size();
}

int pointerGetterOfTemporary() {
  const int *p = makeBox().valuePtr();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'Box' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return *p;
}

char viewGetterOfTemporary() {
  std::string_view v = makeBox().labelView();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'Box' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return v[0];
}

// labelCopy() returns a new string: that string is the temporary.
char viewOfStringReturnedByGetterOfTemporary() {
  std::string_view v = makeBox().labelCopy();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return v[0];
}

// ===== Positives: containers =====

const int &elementOfTemporaryTuple() {
  // CHECK: :[[@LINE+1]]:3: warning: returned handle refers to a temporary of type 'std::tuple<int, int>' that is destroyed before the function returns [lifeguard-dangling]
  return std::get<0>(std::tuple<int, int>(1, 2));
}

char viewOfTemporaryEmplaced() {
  std::vector<std::string_view> names;
  names.emplace_back(makeString());
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: use of a temporary of type 'std::string' {{.*}}after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return names.front()[0];
}

char viewOfTemporaryPushed() {
  std::vector<std::string_view> names;
  names.push_back(makeString());
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: use of a temporary of type 'std::string' {{.*}}after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return names[0][0];
}

char optionalViewOfTemporary() {
  std::optional<std::string_view> name = makeString();
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: use of a temporary of type 'std::string' {{.*}}after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return (*name)[0];
}

char optionalViewAssignedTemporary() {
  std::optional<std::string_view> name;
  name = makeString();
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: use of a temporary of type 'std::string' {{.*}}after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return name.value()[0];
}

std::size_t viewKeyOfTemporary() {
  std::map<std::string_view, int> seen;
  seen.emplace(makeString(), 1);
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: use of a temporary of type 'std::string' {{.*}}after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return seen.begin()->first.find('x');
}

int dataOfTemporaryVector() {
  const int *p = makeVector().data();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'std::vector<int>' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return p[0];
}

int iteratorOfTemporaryVector() {
  auto it = makeVector().begin();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'std::vector<int>' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return *it;
}

int subscriptOfTemporaryVectorBoundToReference() {
  const int &first = makeVector()[0];
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'std::vector<int>' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return first;
}

int addressOfFrontOfTemporaryVector() {
  const int *p = &makeVector().front();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'std::vector<int>' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return *p;
}

std::size_t findInTemporaryMap() {
  auto it = makeMap().find(1);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'std::map<int, {{.*}}>'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return it->second.size();
}

// ===== Positives: reference and view members bound through a constructor =====

std::size_t referenceMemberBoundThroughConstructor() {
  NameRef ref(makeString());
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: reference to the temporary bound here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return ref.name.size();
}

// The std::string is made from the literal to call the constructor.
std::size_t referenceMemberBoundToConvertedLiteral() {
  NameRef ref("literal");
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{.*}}string{{.*}}'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: reference to the temporary bound here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return ref.name.size();
}

char viewMemberBoundThroughConstructor() {
  Token t(makeString());
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return t.text[0];
}

NameRef *referenceMemberOfHeapObjectBoundThroughConstructor() {
  NameRef *ref = new NameRef(makeString());
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: reference to the temporary bound here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  if (ref->name.empty())
    return nullptr;
  return ref;
}

// The element emplace_back constructs keeps what its constructor keeps.
std::size_t referenceMemberOfEmplacedElement(const std::string &prefix) {
  std::vector<NameRef> names;
  names.emplace_back(prefix + "_total");
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{.*}}string{{.*}}'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: {{.*}} the temporary {{.*}}here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return names[0].name.size();
}

// Near miss: the element made from a named string.
std::size_t referenceMemberOfEmplacedElementNamed(const std::string &prefix) {
  std::vector<NameRef> names;
  names.emplace_back(prefix);
  return names[0].name.size();
}

// ===== Positives: bound and never used: the warning is at the binding =====

void viewOfTemporaryNeverUsed() {
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: 'v' is bound to a temporary of type '{{(const )?}}std::string'{{.*}} that is destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  std::string_view v = makeString();
}

void cStrOfTemporaryNeverUsed(const char *name) {
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: 'p' is bound to a temporary of type '{{(const )?}}std::string'{{.*}} that is destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  const char *p = std::string(name).c_str();
}

void getterOfTemporaryNeverUsed() {
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: 'r' is bound to a temporary of type 'Box' that is destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  const Item &r = makeBox().get();
}

void iteratorOfTemporaryNeverUsed() {
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: 'it' is bound to a temporary of type 'std::vector<int>' that is destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  auto it = makeVector().begin();
}

// ===== Negatives: lifetime extension =====

std::size_t constReferenceExtendsReturnedString() {
  const std::string &r = makeString();
  return r.size();
}

std::size_t rvalueReferenceExtendsReturnedString() {
  std::string &&r = makeString();
  return r.size();
}

std::size_t forwardingReferenceExtendsReturnedString() {
  auto &&r = makeString();
  return r.size();
}

std::size_t constReferenceExtendsFunctionalCast() {
  const std::string &r = std::string("literal");
  return r.size();
}

int constReferenceToDataMemberOfTemporary() {
  const int &m = makePoint().x;
  return m;
}

int constReferenceToMemberObjectOfTemporary() {
  const Item &item = makeBox().item;
  return item.value;
}

std::size_t constReferenceToConditionalPrvalue(bool c) {
  const std::string &r = c ? makeString() : g_name;
  return r.size();
}

std::size_t aggregateBraceInitialisationExtends() {
  NameAgg agg{makeString()};
  return agg.name.size();
}

int structuredBindingExtends() {
  const auto &[x, y] = makePoint();
  return x + y;
}

// The view reads the extended string.
char viewOfExtendedString() {
  const std::string &r = makeString();
  std::string_view v = r;
  return v[0];
}

// ===== Negatives: copies made before the temporary dies =====

// std::get of a tuple of references hands out what the element refers to
// (gmock's ReturnArgAction).
template <class... Args> int &firstArgument(Args &&...args) {
  return std::get<0>(std::forward_as_tuple(std::forward<Args>(args)...));
}
int &firstOfTwo(int &value) { return firstArgument(value, 2); }

char viewOfNamedStringEmplaced() {
  std::string owned = makeString();
  std::vector<std::string_view> names;
  names.emplace_back(owned);
  return names.front()[0];
}

char optionalOfTemporaryString() {
  std::optional<std::string> name = makeString();
  name = makeString();
  return (*name)[0];
}

std::string cStrCopiedBeforeTemporaryDies() {
  std::string s = makeString().c_str();
  return s;
}

std::string viewCopiedBeforeTemporaryDies() {
  std::string s = std::string(std::string_view(makeString()));
  return s;
}

std::string stringFromViewOfLiveString() {
  std::string owner = makeString();
  std::string_view sv = owner;
  std::string s(sv);
  return s;
}

std::string getterCopiedBeforeTemporaryDies() {
  std::string label = makeBox().label();
  return label;
}

int valueReadBeforeTemporaryDies() {
  int value = makeBox().get().value;
  return value + *makeBox().valuePtr();
}

int elementCopiedFromTemporaryVector() {
  int first = makeVector()[0];
  return first;
}

// ===== Negatives: used only inside the full-expression =====

std::size_t lengthInSameFullExpression() { return std::strlen(makeString().c_str()); }

char viewReadInSameFullExpression() { return std::string_view(makeString())[0]; }

void consume(const char *s);
void consumeView(std::string_view v);

void passedToCallInSameFullExpression() {
  consume(makeString().c_str());
  consumeView(makeString());
  consumeView(makeBox().labelView());
}

std::size_t referenceMemberUsedInSameFullExpression() {
  return NameRef(makeString()).name.size();
}

// ===== Negatives: no temporary behind the handle =====

char viewOfLiteral() {
  std::string_view v = "literal";
  return v[0];
}

char cStrOfGlobal() {
  const char *p = g_name.c_str();
  return *p;
}

std::size_t optionalViewOfOptionalPointer(const char *text) {
  // The temporary optional holds a pointer, not the characters.
  std::optional<std::string_view> name = std::make_optional(text);
  return name->size();
}

char viewOfNamedString() {
  std::string s = makeString();
  std::string_view v = s;
  return v[0];
}

std::size_t referenceMemberBoundToNamedString() {
  std::string s = makeString();
  NameRef ref(s);
  return ref.name.size();
}

// A literal converts to std::string_view without a temporary string.
char viewMemberOfLiteral() {
  Token t("literal");
  return t.text[0];
}

int getterOfNamedObject() {
  Box box = makeBox();
  const Item &r = box.get();
  return r.value;
}

int getterOfExtendedTemporary() {
  const Box &box = makeBox();
  const Item &r = box.get();
  return r.value;
}

// The dangling view is replaced before it is read.
char viewReassignedBeforeUse() {
  std::string_view v = makeString();
  v = g_name;
  return v[0];
}

// ===== std::span (C++20 run only) =====

#if __cplusplus >= 202002L

int spanOfTemporaryVector() {
  std::span<const int> s = makeVector();
  // CXX20: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'std::vector<int>' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CXX20: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CXX20: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return s[0];
}

int spanOfDataOfTemporaryVector() {
  std::span<const int> s(makeVector().data(), 2);
  // CXX20: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'std::vector<int>' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CXX20: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CXX20: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return s[1];
}

void spanOfTemporaryVectorNeverUsed() {
  // CXX20: :[[@LINE+3]]:{{[0-9]+}}: warning: 's' is bound to a temporary of type 'std::vector<int>' that is destroyed at the end of the full-expression [lifeguard-dangling]
  // CXX20: :[[@LINE+2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CXX20: :[[@LINE+1]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  std::span<const int> s = makeVector();
}

int sumOf(std::span<const int> s);

int spanPassedInSameFullExpression() { return sumOf(makeVector()); }

// Designated initializers: a reference member of an aggregate made by
// `new` is not extended; one of a variable is.
struct NamedCount {
  const std::string &name;
  int count;
};

std::size_t designatedReferenceOfHeapAggregate() {
  NamedCount *entry = new NamedCount{.name = makeString(), .count = 1};
  // CXX20: :[[@LINE+1]]:{{[0-9]+}}: warning: use of a temporary of type 'const std::string' {{.*}}after it was destroyed at the end of the full-expression [lifeguard-dangling]
  std::size_t size = entry->name.size();
  delete entry;
  return size;
}

std::size_t designatedReferenceOfLocalAggregate() {
  NamedCount entry{.name = makeString(), .count = 1}; // near miss: extended
  return entry.name.size();
}

int spanOfNamedVector() {
  std::vector<int> v = makeVector();
  std::span<const int> s = v;
  return s[0];
}

#endif

// Handles returned into the return statement's temporaries.
std::string spell(int code);
const std::string &firstOf(const std::string &a, const std::string &b) {
  return a.size() >= b.size() ? a : b;
}
extern std::string g_fallback;

std::string_view spelled(int code) {
  // CHECK: :[[@LINE+1]]:3: warning: returned handle refers to a temporary of type '{{.*}}std::string' {{.*}}that is destroyed before the function returns [lifeguard-dangling]
  return spell(code);
}

const std::string &pickedOfTemporaries(int code) {
  // CHECK: :[[@LINE+1]]:3: warning: returned handle refers to a temporary of type '{{.*}}std::string' {{.*}}that is destroyed before the function returns [lifeguard-dangling]
  return firstOf(spell(code), spell(code + 1));
}

std::string_view viewOfAParameter(const std::string &name) { return name; }
std::string_view viewOfALiteral() { return "literal"; }
std::string_view viewOfAGlobal() { return g_fallback; }
std::string copyOfATemporary(int code) { return spell(code).c_str(); }
const std::string &pickedOfAParameter(const std::string &name, int code) {
  return firstOf(name, g_fallback);
}

std::initializer_list<int> defaultPorts(int base) {
  // CHECK: :[[@LINE+1]]:3: warning: returned handle refers to a temporary of type 'const int[2]' that is destroyed before the function returns [lifeguard-dangling]
  return {base, base + 1};
}

int sumOfPorts(int base) {
  int sum = 0;
  for (int port : {base, base + 1}) // near miss: the list lives through the loop
    sum += port;
  return sum;
}

std::initializer_list<int> fallbackPorts(int base) {
  auto ports = {base, base + 1};
  // CHECK: :[[@LINE+2]]:3: warning: returned handle refers to a temporary of type 'const int[2]' that is destroyed before the function returns [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:16: note: reference to the temporary bound here
  return ports;
}

const std::string &extendedName() {
  const std::string &name = makeString();
  // CHECK: :[[@LINE+1]]:3: warning: returned handle refers to a temporary of type 'const std::string' {{.*}}that is destroyed before the function returns [lifeguard-dangling]
  return name;
}

std::vector<int> copiedPorts(int base) {
  auto ports = {base, base + 1}; // near miss: the vector copies the array
  return ports;
}

const std::string &staticallyExtendedName() {
  static const std::string &name = makeString(); // near miss: lives as long as the program
  return name;
}
