// Pointers into temporaries used after the full-expression that destroyed
// them; lifetime extension and copies are the near misses.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++17 -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++20 -Xclang -verify %s

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

std::string makeGreeting(const std::string &who);
std::vector<int> loadScores();

size_t greetingLength(const std::string &who) {
  const char *text = makeGreeting(who).c_str(); // expected-note{{pointer into a temporary of type 'std::string' obtained here}} expected-note{{the temporary was destroyed at the end of this full-expression}} expected-note{{'text' now points to the buffer of a temporary of type 'std::string'}}
  return std::strlen(text); // expected-warning{{use of a pointer into a temporary of type 'std::string' after it was destroyed at the end of the full-expression}} expected-note{{use of a pointer into a temporary of type 'std::string' after it was destroyed at the end of the full-expression}}
}

int firstScore() {
  const int *scores = loadScores().data(); // expected-note{{pointer into a temporary of type 'std::vector<int>' obtained here}} expected-note{{the temporary was destroyed at the end of this full-expression}} expected-note{{'scores' now points to the buffer of a temporary of type 'std::vector<int>'}}
  return scores[0]; // expected-warning{{use of a pointer into a temporary of type 'std::vector<int>' after it was destroyed at the end of the full-expression}} expected-note{{use of a pointer into a temporary of type 'std::vector<int>' after it was destroyed at the end of the full-expression}}
}

char firstLetter(const std::string &who) {
  const char &first = makeGreeting(who)[0]; // expected-note{{pointer into a temporary of type 'std::string' obtained here}} expected-note{{the temporary was destroyed at the end of this full-expression}}
  return first; // expected-warning{{use of a pointer into a temporary of type 'std::string' after it was destroyed at the end of the full-expression}} expected-note{{use of a pointer into a temporary of type 'std::string' after it was destroyed at the end of the full-expression}}
}

// Near misses: silent.

size_t extendedByReference(const std::string &who) {
  const std::string &greeting = makeGreeting(who);
  return std::strlen(greeting.c_str());
}

size_t copiedOut(const std::string &who) {
  std::string copy = makeGreeting(who).c_str();
  return copy.size();
}

size_t usedWithinTheFullExpression(const std::string &who) {
  return std::strlen(makeGreeting(who).c_str());
}

// Views of temporaries.

char firstOfAView(const std::string &who) {
  std::string_view view = makeGreeting(who); // expected-note{{pointer into a temporary of type 'std::string' obtained here}} expected-note{{the temporary was destroyed at the end of this full-expression}}
  return view[0]; // expected-warning{{use of a pointer into a temporary of type 'std::string' after it was destroyed at the end of the full-expression}} expected-note{{use of a pointer into a temporary of type 'std::string' after it was destroyed at the end of the full-expression}}
}

char firstOfAViewOfALocal(const std::string &who) {
  std::string greeting = makeGreeting(who);
  std::string_view view = greeting;
  return view[0];
}
