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
// statement naming it could change it; of a record local, the members the
// loop cannot change; a reference's binding, and the members of what it
// refers to that nothing in the loop may change. A pointer the loop only
// advances (`++p`, `p += n`, `c.cursor++`) is put back into the buffer it
// pointed into, at an offset not known. A member function of the
// program's own called on a record local is read as its body uses the
// members (`lexer.next()` advances `cur_` and reads the rest).
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_CHECKS_ANALYZER_WIDENEDLOOPS_H
#define LIFEGUARD_CHECKS_ANALYZER_WIDENEDLOOPS_H

#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

namespace lifeguard::csa {

/// The members, outermost first, that lead from a local to a part of it.
using FieldPath = llvm::SmallVector<const clang::FieldDecl *, 2>;

class WidenedLoops {
public:
  /// At the entrance of \p Block: when clang widened the loop that ends
  /// it, the state with the values of the locals that loop cannot change
  /// put back; otherwise null.
  clang::ento::ProgramStateRef
  keepUnchangedLocals(const clang::CFGBlock *Block,
                      clang::ento::CheckerContext &C) const;

  /// At the entrance of \p Block, the head of a loop whose condition is
  /// `a && b` or `a || b`, entered as many times as the analyzer allows but
  /// one: the state widened, as keepUnchangedLocals leaves it; otherwise
  /// null. clang widens at the condition's last block only, so that the
  /// widened path left the loop by that block's exit alone (a cursor
  /// advanced `while (i < n && left > 0)` came out with `left == 0`, and
  /// the next run of the loop never started).
  clang::ento::ProgramStateRef
  widenAtConditionHead(const clang::CFGBlock *Block,
                       clang::ento::CheckerContext &C) const;

  /// At the entrance of \p Block, the head of a loop of a function called
  /// here, entered for its second iteration, when that loop ran to the
  /// analyzer's bound in another call before: the state widened,
  /// as keepUnchangedLocals leaves it; otherwise null. A helper is
  /// followed at every call (see backToExhaustedLoop), and each run of a
  /// loop over what the path does not know splits the path at every
  /// iteration: a helper that scans a vector, called four times, made ten
  /// thousand paths, and the steps allowed ran out before the caller's end
  /// was reached. After one iteration such a loop is widened, and runs
  /// once more from the widened state: its first iteration is still
  /// followed at every call.
  clang::ento::ProgramStateRef
  widenHelperLoop(const clang::CFGBlock *Block,
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
  /// A local or parameter that one of a function's loops cannot change as
  /// a whole: the places in it the function may change (each a path of
  /// members, `c.cursor`), and the pointers among them the loop moves only
  /// by `++`, `--`, `+=` and `-=` (an empty path: the local itself).
  /// Of a reference, the places are those of the object it refers to,
  /// kept only when \p KeepReferent: no other name may change that object
  /// in the loop.
  struct LoopLocal {
    const clang::VarDecl *VD;
    llvm::SmallVector<FieldPath, 1> Changed, Advanced;
    bool KeepReferent = false;
  };
  struct LoopLocals {
    llvm::SmallVector<LoopLocal, 8> Locals;
    /// The members the function may change through a reference: any
    /// object a reference refers to may be the one changed.
    llvm::SmallPtrSet<const clang::FieldDecl *, 4> ChangedThroughReferences;
  };
  /// The current state with \p Loop widened at \p Block, a non-empty
  /// block, the locals the loop cannot change put back from the state
  /// before.
  clang::ento::ProgramStateRef widenHere(const clang::Stmt *Loop,
                                         const clang::CFGBlock *Block,
                                         clang::ento::CheckerContext &C) const;
  /// \p State, the state \p Loop was widened to at \p Block, with the
  /// values of the locals the loop cannot change put back from
  /// \p ValueBefore (none where it has none).
  clang::ento::ProgramStateRef
  putBack(const clang::Stmt *Loop, const clang::CFGBlock *Block,
          clang::ento::ProgramStateRef State,
          llvm::function_ref<std::optional<clang::ento::SVal>(
              clang::ento::Loc, clang::QualType)>
              ValueBefore,
          clang::ento::CheckerContext &C) const;
  const LoopLocals &localsOf(const clang::Stmt *Loop,
                             const clang::LocationContext *LCtx) const;

  /// localsOf, per loop: the AST is the same on every path.
  mutable llvm::DenseMap<const clang::Stmt *, LoopLocals> LocalsByLoop;
  /// True when \p Loop ran to the analyzer's bound in a call other than
  /// the current one, which is not the top-level function.
  bool exhaustedInAnotherCall(const clang::Stmt *Loop,
                              clang::ento::CheckerContext &C) const;

  /// The loops that ran to the analyzer's bound, with the call where that
  /// happened first.
  mutable llvm::DenseMap<const clang::Stmt *, const clang::StackFrameContext *>
      Exhausted;
};

} // namespace lifeguard::csa

#endif // LIFEGUARD_CHECKS_ANALYZER_WIDENEDLOOPS_H
