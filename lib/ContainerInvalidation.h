//===-- ContainerInvalidation.h - Handles into storage that moved ---------===//
//
// The container-invalidation family on the lifetime engine: a pointer,
// reference, iterator or view into a container's elements used after a call
// invalidated it by the standard's rules (a reallocating growth, clear,
// erase of its element, an assignment, or a function that does one of
// these to the container), on every path.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_CONTAINERINVALIDATION_H
#define LIFEGUARD_CONTAINERINVALIDATION_H

#include "LifetimeAnalysis.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace lifeguard {

struct InvalidationFinding {
  /// How the call invalidated the handle.
  enum Cause {
    /// The storage moved: growth, reserve, shrink_to_fit, an assignment,
    /// or a function that does one of these.
    Reallocated,
    /// The elements were destroyed: clear.
    Destroyed,
    /// The value a std::optional held was destroyed: reset, `= nullopt`.
    Emptied,
    /// A std::variant's alternative was destroyed by a value of another.
    AlternativeChanged,
    /// The element the handle designates was erased: erase(it).
    Erased,
    /// Iterators, not references, were invalidated: a deque's insertion at
    /// either end.
    IteratorsInvalidated,
    /// An unordered container's iterators, not its references, were
    /// invalidated: an insertion that may rehash, rehash, reserve.
    Rehashed,
  };
  Cause How;
  /// The use of the invalid handle.
  clang::SourceLocation Where;
  /// The variable that holds the handle, when the use reads one.
  const clang::VarDecl *Handle = nullptr;
  /// The use is the hidden iterator of a range-for loop over the container:
  /// the loop's body modified what it iterates over.
  const clang::CXXForRangeStmt *Loop = nullptr;
  /// The container, as the source names it ("orders", "reg.items_").
  std::string Container;
  /// Where the handle was made, and how.
  clang::SourceLocation Obtained;
  HandleOrigin Origin;
  /// The call that invalidated it, and the function it calls.
  const clang::Stmt *Call;
  const clang::FunctionDecl *Callee = nullptr;
};

/// How \p Call invalidates the handles into its container; for a call that
/// is not to a container's member (a function that grows one), as
/// \p Otherwise says.
InvalidationFinding::Cause
invalidationCause(LifetimeModel &Model, const clang::Stmt *Call,
                  Invalidation Otherwise = Invalidation::All);

/// What happened to the container, for a report: "storage was
/// reallocated", "elements were destroyed".
llvm::StringRef describeCause(InvalidationFinding::Cause How);

/// The same for a note at the call: "reallocated", "cleared".
llvm::StringRef describeCauseBriefly(InvalidationFinding::Cause How);

/// The uses of invalidated handles in \p A, one per handle and invalidating
/// call, in source order.
std::vector<InvalidationFinding> findInvalidatedUses(const FunctionAnalysis &A,
                                                     LifetimeModel &Model);

} // namespace lifeguard

#endif // LIFEGUARD_CONTAINERINVALIDATION_H
