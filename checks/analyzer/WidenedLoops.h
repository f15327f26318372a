//===-- WidenedLoops.h - What a widened loop cannot have changed ----------===//
//
// Part of lifeguard.LifetimeModeling. The lifeguard command widens loops
// (widen-loops=true), so that the code after a long loop is reached. clang
// widens by forgetting the value of every local and parameter of the frame,
// also those the loop never touches: a pointer taken into a string before
// `for (...) s += part;` came out of the loop pointing nowhere known, and
// its use after the loop was never reported. What is put back here is the
// value of each local the loop cannot change: only read inside the loop,
// and never reachable through a pointer or a reference, so that only a
// statement naming it could change it. A pointer the loop only advances
// (`++p`, `p += n`) is put back into the buffer it pointed into, at an
// offset not known.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_CHECKS_ANALYZER_WIDENEDLOOPS_H
#define LIFEGUARD_CHECKS_ANALYZER_WIDENEDLOOPS_H

#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace lifeguard::csa {

class WidenedLoops {
public:
  /// At the entrance of \p Block: when clang widened the loop that ends
  /// it, the state with the values of the locals that loop cannot change
  /// put back; otherwise null.
  clang::ento::ProgramStateRef
  keepUnchangedLocals(const clang::CFGBlock *Block,
                      clang::ento::CheckerContext &C) const;

  /// At the entrance of \p Block: true when the path goes from it back to
  /// the head of a loop it already entered as many times as the analyzer
  /// allows. clang would end the path at the head, and also mark the
  /// function never to be inlined again in the translation unit, so that
  /// a helper whose loop ran long once was not followed at its later
  /// calls. The path ends here instead, before clang marks anything; with
  /// loops widened, the path that left the loop at the widening goes on.
  bool backToExhaustedLoop(const clang::CFGBlock *Block,
                           clang::ento::CheckerContext &C) const;

private:
  /// The locals and parameters of a function that one of its loops cannot
  /// change, or can only advance through the buffer they point into.
  struct LoopLocals {
    llvm::SmallVector<const clang::VarDecl *, 8> Unchanged;
    /// Pointers the loop moves only by `++`, `--`, `+=` and `-=`.
    llvm::SmallVector<const clang::VarDecl *, 2> Advanced;
  };
  const LoopLocals &localsOf(const clang::Stmt *Loop,
                             const clang::LocationContext *LCtx) const;

  /// localsOf, per loop: the AST is the same on every path.
  mutable llvm::DenseMap<const clang::Stmt *, LoopLocals> LocalsByLoop;
};

} // namespace lifeguard::csa

#endif // LIFEGUARD_CHECKS_ANALYZER_WIDENEDLOOPS_H
