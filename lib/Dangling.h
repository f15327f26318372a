//===-- Dangling.h - Handles used after their object ended ----------------===//
//
// The dangling family on the lifetime engine: a handle used when every
// object it may refer to has ended (out of scope, a temporary past its
// full-expression, deleted, freed, destroyed by its owner), a variable bound
// to a temporary that dies with its declaration, and a class whose copies
// share memory that each copy frees.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_DANGLING_H
#define LIFEGUARD_DANGLING_H

#include "LifetimeAnalysis.h"
#include "StackAddressEscape.h"
#include "clang/AST/DeclCXX.h"
#include <vector>

namespace lifeguard {

/// The object a dangling handle refers to, as a report names it.
struct DanglingObject {
  enum Kind {
    /// A local variable (Var).
    Local,
    /// A temporary of type Type.
    Temporary,
    /// A heap object (allocated at Allocation).
    Heap,
    /// What a parameter or global (Var), or a member (Member), points to.
    Pointee,
    /// The object a member function runs on.
    This,
    /// An object that what a parameter (Var) refers to points to, or one
    /// further: `*s.current_` of `Scheduler &s`.
    Reached,
  };
  Kind K;
  const clang::VarDecl *Var = nullptr;
  const clang::FieldDecl *Member = nullptr;
  clang::QualType Type;
};

struct DanglingFinding {
  /// A use of the dead object, (when there is no use) the binding of a
  /// variable to a temporary that dies at once, a handle returned to an
  /// object the function's own locals destroy as it returns, or a handle to
  /// a temporary left in a place that outlives the function.
  enum Kind { Use, Binding, Return, Stored };
  Kind K;
  clang::SourceLocation Where;
  const clang::VarDecl *Bound = nullptr;
  DanglingObject Object;
  /// Where the handle was made, and how; invalid for a parameter's object.
  clang::SourceLocation Obtained;
  HandleOrigin Origin;
  Death Died;
  /// For Stored: the global, static, member or parameter that holds it (null
  /// for *this as a whole).
  StackEscape::SinkKind Holder = StackEscape::Return;
  const clang::NamedDecl *HolderDecl = nullptr;
};

/// The dangling uses and bindings of \p A, one per object and expression.
std::vector<DanglingFinding> findDangling(const FunctionAnalysis &A);

/// The temporary that \p VD, a handle or reference declared at namespace
/// scope or a static data member, is initialised to refer to or into,
/// which dies at the end of the initialisation (`std::string_view g =
/// std::string("x");`, `const char *name = makeName().c_str();`, `const
/// int &r = first(X());` with a lifetimebound parameter, `S &&s =
/// std::move(S{});`); null for the others. (No function is analysed there:
/// the initialiser is read on its own.)
const clang::MaterializeTemporaryExpr *
temporaryBehindGlobal(LifetimeModel &Model, const clang::VarDecl *VD);

/// A class whose destructor frees what a pointer member points to, and whose
/// copy operation \p Copier copies that pointer without duplicating it.
struct SharedOwnerCopy {
  /// The class of the object copied.
  const clang::CXXRecordDecl *Copied;
  /// The class whose member is shared: Copied, or the class of one of its
  /// members (copied by Copied's implicit copy).
  const clang::CXXRecordDecl *Class;
  const clang::FieldDecl *Member;
  const clang::CXXDestructorDecl *Destructor;
  /// The delete or free in the destructor.
  const clang::Stmt *FreedAt;
  /// Class's copy constructor or copy assignment operator; null when it is
  /// implicit and not declared yet.
  const clang::CXXMethodDecl *Copier;
};

/// The members whose memory a copy made with \p Copier leaves with two
/// owners, one per member.
std::vector<SharedOwnerCopy>
findSharedOwnerCopies(LifetimeEngine &Engine, const clang::CXXMethodDecl *Copier);

} // namespace lifeguard

#endif // LIFEGUARD_DANGLING_H
