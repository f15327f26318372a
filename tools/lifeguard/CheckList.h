//===-- CheckList.h - every check and checker the lifeguard command runs --===//
//
// The command runs both engines in one parse and names each check as its
// engine does: lifeguard-<name> for the clang-tidy checks (as in clang-tidy
// with the plugin), lifeguard.<Name> for the analyzer checkers (as in clang
// --analyze with the plugin), so `lifeguard*` selects both, and a project's
// .clang-tidy stays valid for stock clang-tidy. A check and a checker that
// find one family of bug share the family's name ("dangling"), which is how
// a bug both engines report is shown once.
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
};

/// Every check then every checker, in registry order.
llvm::ArrayRef<CheckInfo> allChecks();

/// The check called \p Name, or null.
const CheckInfo *findCheck(llvm::StringRef Name);

} // namespace lifeguard::driver

#endif // LIFEGUARD_TOOLS_LIFEGUARD_CHECKLIST_H
