#pragma once
#include <vector>
int firstAfterGrowth(std::vector<int> &ids);
