//===-- Filters.h - report only what is new: baselines and changed lines --===//
//
// A team adopting lifeguard on an old code base records today's findings in
// a baseline and from then on sees only new ones; a pre-commit hook sees
// only findings on the lines a change touched. Both filters run after the
// analysis, on whole findings: a finding is on a changed line when its
// location or one of its notes is, so a change that adds the push_back
// which invalidates an old pointer is shown the (unchanged) use.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_TOOLS_LIFEGUARD_FILTERS_H
#define LIFEGUARD_TOOLS_LIFEGUARD_FILTERS_H

#include "Finding.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <utility>
#include <vector>

namespace lifeguard::driver {

/// The fingerprints of findings a baseline file records.
class Baseline {
public:
  static llvm::Expected<Baseline> read(llvm::StringRef Path);
  static llvm::Error write(llvm::StringRef Path,
                           const std::vector<Finding> &Findings);
  /// Drops the findings the baseline records (each recorded one once).
  void filter(std::vector<Finding> &Findings) const;

private:
  llvm::StringMap<unsigned> Counts;
};

/// The lines a change added or modified, by absolute path.
class ChangedLines {
public:
  /// Reads a unified diff (`git diff -U0`); its paths are relative to
  /// \p Root.
  static ChangedLines parse(llvm::StringRef Diff, llvm::StringRef Root);
  /// `git diff -U0 <Revision>` of the work tree that holds \p Directory.
  static llvm::Expected<ChangedLines> fromGit(llvm::StringRef Revision,
                                              llvm::StringRef Directory);

  bool touches(const Finding &F) const;
  bool hasFile(llvm::StringRef File) const { return Ranges.count(File); }

private:
  bool touches(const Position &P) const;
  llvm::StringMap<std::vector<std::pair<unsigned, unsigned>>> Ranges;
};

} // namespace lifeguard::driver

#endif // LIFEGUARD_TOOLS_LIFEGUARD_FILTERS_H
