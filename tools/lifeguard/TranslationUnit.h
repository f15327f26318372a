//===-- TranslationUnit.h - both engines over one parse -------------------===//
//
// One parse of a translation unit feeds lifeguard's clang-tidy checks (the
// MatchFinder consumer clang-tidy builds) and its analyzer checkers (an
// AnalysisASTConsumer with lifeguard's checkers registered in it) side by
// side, and both report into one ClangTidyDiagnosticConsumer, so NOLINT,
// the header filter and the line filter apply to both alike.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_TOOLS_LIFEGUARD_TRANSLATIONUNIT_H
#define LIFEGUARD_TOOLS_LIFEGUARD_TRANSLATIONUNIT_H

#include "Configuration.h"
#include "Finding.h"
#include "clang/Tooling/CompilationDatabase.h"

namespace lifeguard::driver {

/// Runs every enabled check and checker on \p File with its commands from
/// \p Database. A file that does not compile is a Failure, with the first
/// error, and its findings are dropped.
Results analyzeTranslationUnit(const Configuration &Config,
                               const clang::tooling::CompilationDatabase &Database,
                               llvm::StringRef File);

} // namespace lifeguard::driver

#endif // LIFEGUARD_TOOLS_LIFEGUARD_TRANSLATIONUNIT_H
