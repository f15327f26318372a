#include "lib/registry.h"
int firstAfterGrowth(std::vector<int> &ids) {
  int *first = &ids[0];
  ids.push_back(7);
  return *first;
}
