//===-- CheckList.h - every check and checker the lifeguard command runs --===//
//
// The command runs both engines in one parse and names both kinds of check
// the way clang-tidy does: lifeguard-<name> for the clang-tidy checks,
// clang-analyzer-lifeguard.<Name> for the analyzer checkers. A check and a
// checker that find one family of bug share the family's name ("dangling"),
// which is how a bug both engines report is shown once.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_TOOLS_LIFEGUARD_CHECKLIST_H
#define LIFEGUARD_TOOLS_LIFEGUARD_CHECKLIST_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace lifeguard::driver {

enum class Engine { Tidy, Analyzer };

struct CheckInfo {
  std::string Name;      // as --checks and CheckOptions name it
  Engine Kind;
  std::string Family;    // "dangling", shared by the check and the checker
  llvm::StringRef Description;
  std::string DocPath;   // relative to the repository root
  /// The analyzer's own name, "lifeguard.Dangling"; empty for tidy checks.
  std::string AnalyzerName;
};

/// Every check then every checker, in registry order.
llvm::ArrayRef<CheckInfo> allChecks();

/// The check called \p Name, or null.
const CheckInfo *findCheck(llvm::StringRef Name);

/// The prefix clang-tidy gives analyzer checkers.
inline constexpr llvm::StringLiteral AnalyzerCheckPrefix = "clang-analyzer-";

} // namespace lifeguard::driver

#endif // LIFEGUARD_TOOLS_LIFEGUARD_CHECKLIST_H
