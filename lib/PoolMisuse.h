//===-- PoolMisuse.h - Objects used after they went back to their pool ----===//
//
// The pool-misuse family on the lifetime engine: an object a pool handed
// out (LifetimeModel::poolRole) used, through any alias, after it was given
// back on every path; given back twice; and a release of an object no pool
// handed out (a local, a `new`'d object); and a std::pmr container member
// that outlives the memory resource member it allocates from.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_POOLMISUSE_H
#define LIFEGUARD_POOLMISUSE_H

#include "LifetimeAnalysis.h"
#include "clang/Basic/SourceLocation.h"
#include <vector>

namespace lifeguard {

struct PoolFinding {
  enum Kind {
    /// The object used after its release.
    UseAfterRelease,
    /// Released again.
    DoubleRelease,
    /// Released to a pool that did not hand it out: a local (Local set) or
    /// an object made with `new`.
    ForeignRelease,
    /// A pmr container or string used after its memory resource's
    /// release() (Released: that call; Container: its variable).
    ResourceReleased,
  };
  Kind K;
  clang::SourceLocation Where;
  /// The acquiring call, and the release; null when not known.
  const clang::Expr *Acquired = nullptr;
  const clang::Stmt *Released = nullptr;
  /// For ForeignRelease of a local: the local. For ResourceReleased: the
  /// resource (a variable or a member).
  const clang::ValueDecl *Local = nullptr;
};

/// The pool misuses of \p A, one per object and kind, in source order.
std::vector<PoolFinding> findPoolMisuse(const FunctionAnalysis &A);

/// A std::pmr container or string member that allocates from a memory
/// resource member declared after it: members are destroyed in reverse
/// order, so the resource is gone when the container frees into it.
struct ResourceDestroyedFirst {
  const clang::FieldDecl *Container;
  const clang::FieldDecl *Resource;
  /// Where the container's initializer names the resource.
  const clang::Expr *Named;
};

/// Those of \p RD, one per container and resource, in declaration order.
/// A class whose written destructor names the container is left alone (it
/// may empty it first).
std::vector<ResourceDestroyedFirst>
findResourcesDestroyedFirst(const clang::CXXRecordDecl *RD);

} // namespace lifeguard

#endif // LIFEGUARD_POOLMISUSE_H
