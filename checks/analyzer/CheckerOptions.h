//===-- CheckerOptions.h - lifeguard's analyzer options, validated --------===//
//
// clang's driver runs the analyzer in config compatibility mode, where a
// misspelt checker option or a malformed value is silently ignored. A user
// who wrote an option expects it to act, so lifeguard checks its own
// options (those of Checkers.def) and reports any other one under the
// lifeguard package as an error, whatever the mode.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_CHECKS_ANALYZER_CHECKEROPTIONS_H
#define LIFEGUARD_CHECKS_ANALYZER_CHECKEROPTIONS_H

#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include <string>

namespace lifeguard::csa {

/// The value of \p Checker's boolean option \p Option ("true" or "false");
/// any other value is reported as an error and the default is used.
bool booleanOption(clang::ento::CheckerManager &Mgr,
                   const clang::ento::CheckerFrontend *Checker,
                   llvm::StringRef Option, bool Default);

/// The value of \p Checker's integer option \p Option, whose default and
/// bounds Checkers.def gives (LIFEGUARD_CHECKER_INTEGER_OPTION); a value
/// that is not an integer within them is reported as an error and the
/// default is used.
unsigned integerOption(clang::ento::CheckerManager &Mgr,
                       const clang::ento::CheckerFrontend *Checker,
                       llvm::StringRef Option);

/// Whether \p Value is a valid value of the integer option \p Key
/// ("lifeguard.<Checker>:<Option>"); when not, \p Expected says what is.
/// Options that are not integer options accept any value here.
bool validIntegerOption(llvm::StringRef Key, llvm::StringRef Value,
                        std::string &Expected);

/// Reports every `-analyzer-config lifeguard.<Checker>:<Option>` whose
/// checker or option lifeguard does not have.
void reportUnknownOptions(clang::ento::CheckerManager &Mgr);

} // namespace lifeguard::csa

#endif // LIFEGUARD_CHECKS_ANALYZER_CHECKEROPTIONS_H
