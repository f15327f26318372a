#include "registry.h"
#include <vector>

struct Service {
  std::vector<int> ids;
  const int *first() { return &ids.front(); }
};

int firstAfterGrowth(Service &s) {
  const int *p = s.first();
  s.ids.push_back(7);
  return *p;
}
