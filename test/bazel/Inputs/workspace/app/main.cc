#include "lib/registry.h"
int main() {
  std::vector<int> ids{1};
  return firstAfterGrowth(ids);
}
