//===-- Reports.h - the command's output formats --------------------------===//

#ifndef LIFEGUARD_TOOLS_LIFEGUARD_REPORTS_H
#define LIFEGUARD_TOOLS_LIFEGUARD_REPORTS_H

#include "Finding.h"
#include "llvm/Support/raw_ostream.h"

namespace lifeguard::driver {

/// As clang-tidy prints: file:line:col, message, [check], the source line
/// with a caret, and the notes likewise; paths relative to \p Root when
/// under it.
void writeText(const Results &R, llvm::raw_ostream &OS, bool Color,
               llvm::StringRef Root);

/// The findings and failures as JSON (Finding.h's encoding).
void writeJSON(const Results &R, llvm::raw_ostream &OS);

/// SARIF 2.1.0 as GitHub code scanning reads it: one rule per check with
/// its description and documentation, locations relative to \p Root
/// (%SRCROOT%), notes as related locations and as a code flow, and each
/// finding's fingerprint as a partial fingerprint.
void writeSARIF(const Results &R, llvm::raw_ostream &OS, llvm::StringRef Root);

/// GitLab's code quality report (a Code Climate subset): one issue per
/// finding with its check, fingerprint, path relative to \p Root and line.
void writeCodeQuality(const Results &R, llvm::raw_ostream &OS,
                      llvm::StringRef Root);

} // namespace lifeguard::driver

#endif // LIFEGUARD_TOOLS_LIFEGUARD_REPORTS_H
