//===-- CheckerRegistration.cpp - adds lifeguard's checkers to a registry -===//

#include "CheckerRegistration.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"
#include <vector>

using namespace clang::ento;

#define LIFEGUARD_MODELING(Name, Description)                                  \
  void register##Name(CheckerManager &Mgr);
#define LIFEGUARD_CHECKER(Name, Description)                                   \
  void register##Name##Checker(CheckerManager &Mgr);
#include "Checkers.def"

namespace lifeguard::csa {
namespace {
bool always(const CheckerManager &) { return true; }
} // namespace

void registerCheckers(CheckerRegistry &Registry) {
  std::vector<const char *> Modeling;
#define LIFEGUARD_MODELING(Name, Description)                                  \
  Registry.addChecker(register##Name, always, "lifeguard." #Name, Description, \
                      "", /*IsHidden=*/true);                                  \
  Modeling.push_back("lifeguard." #Name);
#define LIFEGUARD_CHECKER(Name, Description)                                   \
  Registry.addChecker(register##Name##Checker, always, "lifeguard." #Name,      \
                      Description,                                             \
                      "https://github.com/lifeguard/lifeguard/blob/main/docs/" \
                      "checkers/" #Name ".rst");                               \
  for (const char *Dependency : Modeling)                                      \
    Registry.addDependency("lifeguard." #Name, Dependency);
#define LIFEGUARD_CHECKER_OPTION(Name, Option, Type, Default, Description)     \
  Registry.addCheckerOption(Type, "lifeguard." #Name, #Option, Default,        \
                            Description, "released");
#include "Checkers.def"
}

} // namespace lifeguard::csa
