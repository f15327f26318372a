//===-- Loans.h - Storage, places and loans: the engine's vocabulary ------===//
//
// A *storage* is something a handle can point into: a local variable, a
// temporary, a global, what a parameter refers to, *this, the heap.
// A *place* is a storage or one part of it: a field, or its elements (the
// buffer of a container or string, which moves independently of the object).
// A *loan* is the fact "this handle may refer to this place", created at an
// expression (the issue site) and carried with the value wherever it flows.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_LOANS_H
#define LIFEGUARD_LOANS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SparseBitVector.h"
#include "llvm/ADT/STLExtras.h"
#include <cstdint>
#include <tuple>
#include <utility>
#include <vector>

namespace lifeguard {

enum class StorageKind : uint8_t {
  /// Anything the engine does not track: null, unknown calls' results,
  /// values read from untracked memory. A handle that may hold an Unknown
  /// loan is never reported: reports need every path to be known.
  Unknown,
  /// The null pointer. A handle that may be null blocks a report that it
  /// escapes, but not one that it is used dead: using it is a bug either way.
  Null,
  /// An automatic variable or by-value parameter of the analysed function.
  Local,
  /// A global, a static data member or a function-local static.
  Static,
  /// What the handles stored in a Static storage refer to, and what the
  /// handles there refer to in turn (Storage::Depth tells the levels apart).
  StaticContent,
  /// What a parameter refers to: the referent of a reference parameter, the
  /// pointee of a pointer parameter, what a view parameter views.
  Param,
  /// What the handles stored in a Param storage refer to, and what the
  /// handles there refer to in turn (Storage::Depth tells the levels apart).
  ParamContent,
  /// The object a member function is called on.
  This,
  /// What a member of *this refers to.
  ThisContent,
  /// A materialized temporary.
  Temporary,
  /// Memory from new or an allocation function.
  Heap,
  /// The element buffer a container had before a call moved or destroyed
  /// its elements (a reallocating `push_back`, `clear`, an assignment); Key
  /// is that call. Handles still into it are invalid: it is dead once made.
  MovedBuffer,
};

using StorageID = unsigned;
using LoanID = unsigned;
using LoanSet = llvm::SparseBitVector<128>;

/// The loan that stands for every untracked target.
constexpr LoanID UnknownLoan = 0;
/// The loan of the null pointer.
constexpr LoanID NullLoan = 1;
/// True for the loans that designate no storage of their own.
inline bool isPseudoLoan(LoanID L) { return L <= NullLoan; }

struct Storage {
  StorageKind Kind;
  /// VarDecl for Local, Static, Param and ParamContent; FieldDecl (or null
  /// for the whole object) for ThisContent; the creating Expr for Temporary
  /// and Heap; null for This and Unknown.
  const void *Key;
  /// An earlier instance of a storage that is created again and again: the
  /// previous iteration's loop variable, the object an allocation in a loop
  /// made last time round. It stays dead when the new instance is born.
  bool Stale = false;
  /// For StaticContent and ParamContent: how many handles lie between it
  /// and the handles the global or the parameter's referent holds (0 for
  /// `*g` and `**p`, 1 for `**g`, `g->next->v` and `p->next->next->v`). The
  /// levels are storages apart, so that what `**g` is given is not taken to
  /// be in `*g`.
  uint8_t Depth = 0;

  const clang::VarDecl *var() const {
    return static_cast<const clang::VarDecl *>(Key);
  }
  /// The variable the storage is or stands behind (Local, Static,
  /// StaticContent, Param, ParamContent), or null.
  const clang::VarDecl *variable() const {
    switch (Kind) {
    case StorageKind::Local:
    case StorageKind::Static:
    case StorageKind::StaticContent:
    case StorageKind::Param:
    case StorageKind::ParamContent:
      return var();
    default:
      return nullptr;
    }
  }
};

/// The part of a storage a place designates: the whole object, one field,
/// or the elements of a container (see elementsTag()).
using SubObject = const void *;

/// The SubObject that designates the elements of a container or string.
SubObject elementsTag();

/// The SubObject that designates the elements of the container that is
/// field \p F: a place apart from the field itself, so that a handle to an
/// element and a handle to the container member are told apart when the
/// buffer moves. Tagged in the low bit, which a FieldDecl's alignment frees.
inline SubObject fieldElements(const clang::FieldDecl *F) {
  return reinterpret_cast<const char *>(F) + 1;
}

/// True when \p Sub designates the elements of a container (a whole
/// storage's or a field's).
inline bool isElements(SubObject Sub) {
  return Sub == elementsTag() || (reinterpret_cast<uintptr_t>(Sub) & 1);
}

/// The field \p Sub designates or whose elements it designates, or null for
/// the whole object and for its elements.
inline const clang::FieldDecl *fieldOfSub(SubObject Sub) {
  if (!Sub || Sub == elementsTag())
    return nullptr;
  const char *Tagged = static_cast<const char *>(Sub);
  return reinterpret_cast<const clang::FieldDecl *>(
      isElements(Sub) ? Tagged - 1 : Tagged);
}

struct Place {
  StorageID Storage;
  SubObject Sub;
  bool operator==(const Place &O) const {
    return Storage == O.Storage && Sub == O.Sub;
  }
};

/// The declaration of what \p P, a place of the storage \p S, is or holds
/// the elements of: the variable \p S is, or one of its fields
/// (`ctx.arena`); null for storages of no variable.
inline const clang::ValueDecl *declarationOf(const Storage &S, const Place &P) {
  if (const clang::FieldDecl *F = fieldOfSub(P.Sub))
    return F;
  return S.variable();
}

/// A key that orders places the same way in every run: by storage, then by
/// subobject, a field by its place in the source. (Places hash by pointer
/// values, which differ from run to run, so walks over maps of places that
/// make loans or summaries go in this order.)
inline std::tuple<StorageID, unsigned, bool, clang::SourceLocation::UIntTy>
stableOrder(const Place &P) {
  const clang::FieldDecl *F = fieldOfSub(P.Sub);
  return {P.Storage, P.Sub ? (F ? 2 : 1) : 0, isElements(P.Sub),
          F ? F->getLocation().getRawEncoding() : 0};
}

/// The entries of \p Map, a map keyed by places, in stableOrder.
template <typename MapT>
std::vector<const typename MapT::value_type *> inStableOrder(const MapT &Map) {
  std::vector<const typename MapT::value_type *> Entries;
  Entries.reserve(Map.size());
  for (const auto &Entry : Map)
    Entries.push_back(&Entry);
  llvm::sort(Entries, [](const auto *A, const auto *B) {
    return stableOrder(A->first) < stableOrder(B->first);
  });
  return Entries;
}

/// The places of \p Set in stableOrder.
template <typename SetT> std::vector<Place> placesInStableOrder(const SetT &Set) {
  std::vector<Place> Places(Set.begin(), Set.end());
  llvm::sort(Places, [](const Place &A, const Place &B) {
    return stableOrder(A) < stableOrder(B);
  });
  return Places;
}

/// The dataflow cell that holds what is stored in \p P: a field's elements
/// share the field's cell (what a member container holds is one set of
/// handles), while loans still tell the two apart.
inline Place cellOf(Place P) {
  if (P.Sub && P.Sub != elementsTag() && isElements(P.Sub))
    return {P.Storage, fieldOfSub(P.Sub)};
  return P;
}

/// The place of the elements of the container at \p P (the elements of an
/// element are not told apart from it).
inline Place elementsPlace(Place P) {
  if (isElements(P.Sub))
    return P;
  return {P.Storage, P.Sub ? fieldElements(fieldOfSub(P.Sub)) : elementsTag()};
}

struct Loan {
  Place Target;
  /// The expression that created the handle (the `x` of `&x`, the `s` of
  /// `s.c_str()`); null for the symbolic loans that stand for a parameter's
  /// or a member's unknown target.
  const clang::Expr *Issue;
  /// For the symbolic loan of what a parameter's referent holds
  /// (ParamContent): the member of that referent the handle was read from,
  /// or null for the whole referent. One storage stands behind every member
  /// (what ends, ends for all of them), while summaries tell the members
  /// apart: a visitor that returns only its output iterator does not return
  /// its reference to the caller's local.
  const clang::FieldDecl *ReadFrom = nullptr;
};

} // namespace lifeguard

namespace llvm {
template <> struct DenseMapInfo<lifeguard::Place> {
  using Pair = std::pair<unsigned, const void *>;
  static lifeguard::Place getEmptyKey() {
    Pair P = DenseMapInfo<Pair>::getEmptyKey();
    return {P.first, P.second};
  }
  static lifeguard::Place getTombstoneKey() {
    Pair P = DenseMapInfo<Pair>::getTombstoneKey();
    return {P.first, P.second};
  }
  static unsigned getHashValue(const lifeguard::Place &P) {
    return DenseMapInfo<Pair>::getHashValue({P.Storage, P.Sub});
  }
  static bool isEqual(const lifeguard::Place &A, const lifeguard::Place &B) {
    return A == B;
  }
};
} // namespace llvm

#endif // LIFEGUARD_LOANS_H
