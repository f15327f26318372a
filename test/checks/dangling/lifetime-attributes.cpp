// What [[clang::lifetimebound]] and [[clang::lifetime_capture_by]] say of
// functions declared only (bodies in another translation unit): a class
// value returned by a lifetimebound function, or made by a lifetimebound
// constructor, carries the borrow; a parameter captured by another
// parameter, or by the object, is kept there.
//
// Positives: a plain class returned by a lifetimebound function given a
// temporary (free function, member, static member, template, through a
// macro), or constructed from one (also by std::make_unique, given a
// local), then bound to a variable; what such a
// class hands out through a lifetimebound member, read after its source
// died; a view captured by a container parameter, by a view parameter, or
// by the object (then read through any of the object's members); a local
// captured by a global or an out parameter (lifeguard-stack-address-escape).
// Negatives: the same calls given a named string that outlives the use; a
// function without the annotation; a class whose members are not
// annotated; an object that captured a named string; an optional of
// pointers converted to an optional of views (the pointers are copied).
//
// RUN: %tidy --checks='-*,lifeguard-dangling,lifeguard-stack-address-escape' %s -- -std=c++17 -Wno-dangling -Wno-dangling-capture -Wno-dangling-gsl -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy --checks='-*,lifeguard-dangling,lifeguard-stack-address-escape' %s -- -std=c++20 -Wno-dangling -Wno-dangling-capture -Wno-dangling-gsl -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// A parsed URL that refers into the text it was parsed from.
class UrlParts {
public:
  UrlParts();
  explicit UrlParts(const std::string &text [[clang::lifetimebound]]);
  std::string_view host() const [[clang::lifetimebound]];
};

UrlParts parseUrl(const std::string &text [[clang::lifetimebound]]);
UrlParts parseUrlCopying(const std::string &text);
std::string fetchText(int id);

struct UrlParser {
  UrlParts parse(const std::string &text [[clang::lifetimebound]]);
  static UrlParts parseStatic(const std::string &text [[clang::lifetimebound]]);
};

template <typename Parts>
Parts parseAs(const std::string &text [[clang::lifetimebound]]);

#define PARSE_URL(id) parseUrl(fetchText(id))

// ===== Positives: a class value that carries the borrow =====

std::size_t partsOfTemporary(int id) {
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: 'parts' is bound to a temporary of type 'const std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
  UrlParts parts = parseUrl(fetchText(id));
  return parts.host().size();
}

std::size_t partsConstructedFromTemporary(int id) {
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: 'parts' is bound to a temporary of type 'const std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
  UrlParts parts(fetchText(id));
  return parts.host().size();
}

std::size_t partsFromMember(UrlParser &parser, int id) {
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: 'parts' is bound to a temporary of type 'const std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
  UrlParts parts = parser.parse(fetchText(id));
  return parts.host().size();
}

std::size_t partsFromStaticMember(int id) {
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: 'parts' is bound to a temporary of type 'const std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
  UrlParts parts = UrlParser::parseStatic(fetchText(id));
  return parts.host().size();
}

std::size_t partsFromTemplate(int id) {
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: 'parts' is bound to a temporary of type 'const std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
  UrlParts parts = parseAs<UrlParts>(fetchText(id));
  return parts.host().size();
}

std::size_t partsThroughMacro(int id) {
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: 'parts' is bound to a temporary of type 'const std::string' {{.*}}that is destroyed at the end of the full-expression [lifeguard-dangling]
  UrlParts parts = PARSE_URL(id);
  return parts.host().size();
}

std::size_t hostAfterTextDied(int id) {
  std::string_view host;
  {
    std::string text = fetchText(id);
    UrlParts parts(text);
    host = parts.host();
  }
  // (It refers into the parts or into what they borrowed: both ended.)
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: use of local variable 'parts' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: use of local variable 'text' after it went out of scope [lifeguard-dangling]
  return host.find('/');
}

UrlParts partsOfLocal(int id) {
  std::string text = fetchText(id);
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'text' escapes through the return value [lifeguard-stack-address-escape]
  return parseUrl(text);
}

std::unique_ptr<UrlParts> partsOnHeapOfLocal(int id) {
  std::string text = fetchText(id);
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'text' escapes through the return value [lifeguard-stack-address-escape]
  return std::make_unique<UrlParts>(text);
}

// ===== Positives: captured by a parameter or by the object =====

void addName(std::vector<std::string_view> &names,
             std::string_view name [[clang::lifetime_capture_by(names)]]);
void aimAt(std::string_view &slot,
           const std::string &text [[clang::lifetime_capture_by(slot)]]);

class NameIndex {
public:
  void add(std::string_view name [[clang::lifetime_capture_by(this)]]);
  void add(std::vector<std::string_view> &also,
           std::string_view name [[clang::lifetime_capture_by(also)]]);
  bool contains(std::string_view name) const;
};

std::vector<std::string_view> g_names;

std::size_t capturedByContainer(int id) {
  std::vector<std::string_view> names;
  addName(names, fetchText(id));
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: use of a temporary of type 'std::string' {{.*}}after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return names.front().find('/');
}

std::size_t capturedByView(int id) {
  std::string_view slot;
  aimAt(slot, fetchText(id));
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: use of a temporary of type 'const std::string' {{.*}}after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return slot.find('/');
}

std::size_t capturedByMethodParameter(NameIndex &index, int id) {
  std::vector<std::string_view> also;
  index.add(also, fetchText(id));
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: use of a temporary of type 'std::string' {{.*}}after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return also.back().find('/');
}

bool capturedByObject(int id) {
  NameIndex index;
  index.add(fetchText(id));
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: use of a temporary of type 'std::string' {{.*}}after it was destroyed at the end of the full-expression [lifeguard-dangling]
  return index.contains("host");
}

void capturedIntoGlobal(int id) {
  std::string local = fetchText(id);
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_names' [lifeguard-stack-address-escape]
  addName(g_names, local);
}

void capturedThroughParameter(std::string_view &out, int id) {
  std::string local = fetchText(id);
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  aimAt(out, local);
}

// ===== Negatives =====

std::size_t partsOfNamedText(int id) {
  std::string text = fetchText(id);
  UrlParts parts = parseUrl(text);
  return parts.host().size();
}

std::string g_homePage = "https://example.org/";
std::unique_ptr<UrlParts> partsOnHeapOfGlobal() {
  return std::make_unique<UrlParts>(g_homePage);
}

std::size_t partsWithoutAnnotation(int id) {
  UrlParts parts = parseUrlCopying(fetchText(id));
  return parts.host().size();
}

// No member says it borrows: nothing is known of what it refers to.
struct Checksum {
  Checksum(const std::string &text);
  std::size_t value() const;
};
Checksum checksumOf(const std::string &text [[clang::lifetimebound]]);

std::size_t checksumOfTemporary(int id) {
  Checksum sum(fetchText(id));
  return sum.value();
}

bool capturedNamedText(int id) {
  std::string text = fetchText(id);
  NameIndex index;
  index.add(text);
  return index.contains("host");
}

std::size_t capturedNamedIntoContainer(int id) {
  std::string text = fetchText(id);
  std::vector<std::string_view> names;
  addName(names, text);
  return names.front().find('/');
}

std::size_t optionalViewOfOptionalPointer(const char *text) {
  std::optional<std::string_view> name = std::make_optional(text);
  return name->size();
}
