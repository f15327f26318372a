//===-- CheckerRegistration.cpp - adds lifeguard's checkers to a registry -===//

#include "CheckerRegistration.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"

using namespace clang::ento;

void registerLifetimeModeling(CheckerManager &Mgr);
#define LIFEGUARD_CHECKER(Name, Description)                                   \
  void register##Name##Checker(CheckerManager &Mgr);
#include "Checkers.def"

namespace lifeguard::csa {
namespace {
bool always(const CheckerManager &) { return true; }
} // namespace

void registerCheckers(CheckerRegistry &Registry) {
  Registry.addChecker(registerLifetimeModeling, always,
                      "lifeguard.LifetimeModeling",
                      "Models where objects end, for lifeguard's checkers",
                      "", /*IsHidden=*/true);
#define LIFEGUARD_CHECKER(Name, Description)                                   \
  Registry.addChecker(register##Name##Checker, always, "lifeguard." #Name,      \
                      Description,                                             \
                      "https://github.com/lifeguard/lifeguard/blob/main/docs/" \
                      "checkers/" #Name ".rst");                               \
  Registry.addDependency("lifeguard." #Name, "lifeguard.LifetimeModeling");
#define LIFEGUARD_CHECKER_OPTION(Name, Option, Type, Default, Description)     \
  Registry.addCheckerOption(Type, "lifeguard." #Name, #Option, Default,        \
                            Description, "released");
#include "Checkers.def"
}

} // namespace lifeguard::csa
