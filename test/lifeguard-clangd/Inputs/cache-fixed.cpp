#include <string>
#include <vector>

struct Session {
  std::vector<std::string> names;
};

std::size_t rememberFirst(Session &s, const std::string &extra) {
  s.names.push_back(extra);
  const std::string &first = s.names.front();
  return first.size();
}
