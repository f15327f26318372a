//===-- Configuration.h - which checks run, with which options ------------===//
//
// The lifeguard command reads its configuration as clang-tidy does:
// .clang-tidy files next to the sources (or --config / --config-file), then
// --checks and the other flags over them. Two rules are its own:
// - it runs lifeguard's checks and checkers only. A configuration that names
//   none of them (no "lifeguard" in its Checks) runs all of them, so that a
//   project's existing .clang-tidy does not turn lifeguard off; one that
//   names them is followed exactly.
// - a misspelt check or option, or a value the check cannot use, is an
//   error (exit status 2), not a warning the run goes on past.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_TOOLS_LIFEGUARD_CONFIGURATION_H
#define LIFEGUARD_TOOLS_LIFEGUARD_CONFIGURATION_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lifeguard::driver {

struct Configuration {
  clang::tidy::ClangTidyGlobalOptions Global;
  /// Under every configuration file: clang-tidy's defaults.
  clang::tidy::ClangTidyOptions Defaults;
  /// Over every configuration file: --checks, --header-filter, ...
  clang::tidy::ClangTidyOptions Overrides;
  /// --config or the contents of --config-file, which replace the search
  /// for .clang-tidy files.
  std::optional<clang::tidy::ClangTidyOptions> Explicit;

  /// The options provider of one run: the layers above, then the set of
  /// lifeguard checks to run (see the file comment).
  std::unique_ptr<clang::tidy::ClangTidyOptionsProvider> makeProvider() const;

  /// Every configuration error for \p File's options: unknown checks in
  /// Checks, unknown options of lifeguard's checks and checkers, values they
  /// reject. Empty when the configuration is good.
  std::vector<std::string> errors(llvm::StringRef File) const;
};

/// The Checks glob that runs exactly the lifeguard checks and checkers that
/// \p UserChecks (the merged Checks of the configuration) enables.
std::string lifeguardChecks(llvm::StringRef UserChecks);

} // namespace lifeguard::driver

#endif // LIFEGUARD_TOOLS_LIFEGUARD_CONFIGURATION_H
