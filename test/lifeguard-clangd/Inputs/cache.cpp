#include <string>
#include <vector>

struct Session {
  std::vector<std::string> names;
};

std::size_t rememberFirst(Session &s, const std::string &extra) {
  const std::string &first = s.names.front();
  s.names.push_back(extra);
  return first.size();
}
