// Included by two translation units: its finding is reported once.
#pragma once
#include <string>

inline const std::string &defaultName() {
  std::string name = "anonymous";
  return name;
}
