//===-- StackAddressEscape.h - Handles to the frame that outlive it -------===//
//
// The stack-address-escape family on the lifetime engine: a handle whose
// every possible target is a local of the function's own frame reaches a
// place that outlives the frame (the return value, a global, *this, what a
// parameter refers to, a detached thread) and is still there on return.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_STACKADDRESSESCAPE_H
#define LIFEGUARD_STACKADDRESSESCAPE_H

#include "LifetimeAnalysis.h"
#include "clang/Basic/SourceLocation.h"
#include <vector>

namespace lifeguard {

struct StackEscape {
  enum SinkKind { Return, Global, StaticLocal, Member, Parameter, Thread };
  SinkKind Sink;
  /// Where the handle escapes.
  clang::SourceLocation Where;
  /// The local the handle refers to.
  const clang::VarDecl *Local;
  /// Where the handle to the local was made, and how.
  clang::SourceLocation Issue;
  HandleOrigin Origin;
  /// The global, member or parameter it escapes into (null for Return and
  /// Thread, and for *this as a whole).
  const clang::NamedDecl *SinkDecl;
};

/// Classifies \p P, the place a Store event of \p A wrote, as the global,
/// static, member or parameter it is (\p D, null for *this as a whole);
/// false for places not known to outlive the frame.
bool classifySink(const FunctionAnalysis &A, Place P, StackEscape::SinkKind &K,
                  const clang::NamedDecl *&D);

/// The escapes of \p A, one per escaping local and escape point, in the
/// order of the escape points.
std::vector<StackEscape> findStackEscapes(const FunctionAnalysis &A);

} // namespace lifeguard

#endif // LIFEGUARD_STACKADDRESSESCAPE_H
