//===-- LifeguardAnalyzerPlugin.cpp - the analyzer plugin's entry points --===//
//
// Loaded with `clang --analyze -Xclang -load -Xclang liblifeguard-analyzer.so`
// (or scan-build's -load-plugin): clang calls clang_registerCheckers, which
// adds every checker of Checkers.def under the package "lifeguard".
//
//===----------------------------------------------------------------------===//

#include "CheckerRegistration.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"

// The names are clang's plugin interface.
extern "C" LLVM_ATTRIBUTE_VISIBILITY_DEFAULT void
clang_registerCheckers( // NOLINT(readability-identifier-naming)
    clang::ento::CheckerRegistry &Registry) {
  lifeguard::csa::registerCheckers(Registry);
}

extern "C" LLVM_ATTRIBUTE_VISIBILITY_DEFAULT const char
    clang_analyzerAPIVersionString[] = // NOLINT(readability-identifier-naming)
    CLANG_ANALYZER_API_VERSION_STRING;
