//===-- LifeguardAnalyzerPlugin.cpp - registers lifeguard's checkers ------===//
//
// Loaded with `clang --analyze -Xclang -load -Xclang liblifeguard-analyzer.so`
// (or scan-build's -load-plugin): clang calls clang_registerCheckers, which
// adds every checker of Checkers.def under the package "lifeguard", each
// depending on the hidden lifeguard.LifetimeModeling.
//
//===----------------------------------------------------------------------===//

#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"

using namespace clang::ento;

void registerLifetimeModeling(CheckerManager &Mgr);
#define LIFEGUARD_CHECKER(Name, Description)                                   \
  void register##Name##Checker(CheckerManager &Mgr);
#include "Checkers.def"

namespace {
bool always(const CheckerManager &) { return true; }
} // namespace

// The names are clang's plugin interface.
extern "C" LLVM_ATTRIBUTE_VISIBILITY_DEFAULT void
clang_registerCheckers( // NOLINT(readability-identifier-naming)
    CheckerRegistry &Registry) {
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

extern "C" LLVM_ATTRIBUTE_VISIBILITY_DEFAULT const char
    clang_analyzerAPIVersionString[] = // NOLINT(readability-identifier-naming)
    CLANG_ANALYZER_API_VERSION_STRING;
