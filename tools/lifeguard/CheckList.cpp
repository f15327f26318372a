//===-- CheckList.cpp - every check and checker the lifeguard command runs ===//

#include "CheckList.h"
#include "llvm/ADT/STLExtras.h"
#include <cctype>
#include <vector>

namespace lifeguard::driver {
namespace {

/// "ContainerInvalidation" -> "container-invalidation".
std::string kebabCase(llvm::StringRef Name) {
  std::string Out;
  for (char C : Name) {
    if (std::isupper(static_cast<unsigned char>(C)) && !Out.empty())
      Out += '-';
    Out += static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  }
  return Out;
}

std::vector<CheckInfo> makeChecks() {
  std::vector<CheckInfo> Checks;
#define LIFEGUARD_CHECK(Name, Class, Description)                              \
  Checks.push_back({"lifeguard-" Name, Engine::Tidy, Name, Description,         \
                    "docs/checks/" Name ".rst"});
#include "Checks.def"
#define LIFEGUARD_CHECKER(Name, Description)                                   \
  Checks.push_back({"lifeguard." #Name, Engine::Analyzer, kebabCase(#Name),      \
                    Description, "docs/checkers/" #Name ".rst"});
#include "Checkers.def"
  return Checks;
}

} // namespace

llvm::ArrayRef<CheckInfo> allChecks() {
  static const std::vector<CheckInfo> Checks = makeChecks();
  return Checks;
}

const CheckInfo *findCheck(llvm::StringRef Name) {
  const auto *It = llvm::find_if(
      allChecks(), [&](const CheckInfo &C) { return C.Name == Name; });
  return It == allChecks().end() ? nullptr : It;
}

} // namespace lifeguard::driver
