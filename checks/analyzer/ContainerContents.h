//===-- ContainerContents.h - What a container of pointers holds ----------===//
//
// Part of lifeguard.LifetimeModeling: the pointers a standard container of
// pointers holds on the current path (an index `std::map<int, Conn *>`, a
// `std::vector<const char *>` filled by a helper). A pointer read back out
// of such a container is one of those it was given; when every one of them
// points to an object that has ended, so does the pointer read. Containers
// are tracked only from a point where their contents are known -- built
// empty or cleared on this path -- and forgotten as soon as they change in a
// way not modelled (an erase, a swap, a call that is handed them), so that
// what is known is always every pointer the container may hold.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_CHECKS_ANALYZER_CONTAINERCONTENTS_H
#define LIFEGUARD_CHECKS_ANALYZER_CONTAINERCONTENTS_H

#include "LifetimeModel.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CallEvent.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SymbolManager.h"
#include <optional>

namespace lifeguard::csa {

/// True for the containers whose contents are followed: standard
/// containers and adapters of elements that can hold pointers, other than
/// those of unique_ptrs (whose objects LifetimeModeling follows on their
/// own).
bool holdsPointers(clang::QualType T, LifetimeModel &Model);

/// What the standard call \p Call on \p Container (\p MD) does to its
/// contents, before the call: built empty or cleared, it holds nothing;
/// given pointers (push_back, emplace, insert), it holds them too, and they
/// are appended to \p Added; changed any other way, it is forgotten. \p Key
/// is the key a map's call names (UnknownVal when not known): what a map
/// holds under each key known is followed too.
clang::ento::ProgramStateRef
modelContents(const clang::ento::CallEvent &Call,
              const clang::CXXMethodDecl *MD,
              const clang::ento::MemRegion *Container, clang::ento::SVal Key,
              clang::ento::ProgramStateRef State, LifetimeModel &Model,
              llvm::SmallVectorImpl<const clang::ento::MemRegion *> &Added);

/// Before the temporary \p Array is made in \p LC: when it is the array
/// of a braced list behind the std::initializer_list a container of
/// pointers is constructed from, its values are kept for that constructor.
clang::ento::ProgramStateRef
rememberList(const clang::ento::ProgramStateRef &State,
             const clang::MaterializeTemporaryExpr *Array,
             const clang::LocationContext *LC, LifetimeModel &Model);

/// A value \p V of type \p T written into an element of \p Container
/// (`m[k] = p`, `*it = p`), found by \p Key when known; the pointers it
/// holds are appended to \p Added.
clang::ento::ProgramStateRef
storeIntoElement(clang::ento::ProgramStateRef State,
                 const clang::ento::MemRegion *Container, clang::ento::SVal Key,
                 clang::QualType T, clang::ento::SVal V, LifetimeModel &Model,
                 llvm::SmallVectorImpl<const clang::ento::MemRegion *> &Added);

/// How many entries the map \p Container holds, when every one is known
/// (built empty or cleared on this path, given only known keys since).
std::optional<unsigned> keyedCount(const clang::ento::ProgramStateRef &State,
                                   const clang::ento::MemRegion *Container);

/// The pointer the map \p Container holds under a key equal to \p Key,
/// when known (stored there, the entry changed since only by what is
/// modelled); UnknownVal otherwise.
clang::ento::SVal pointerUnderKey(const clang::ento::ProgramStateRef &State,
                                  const clang::ento::MemRegion *Container,
                                  clang::ento::SVal Key);

/// Forgets the contents of \p Container, when its contents are followed.
clang::ento::ProgramStateRef
forgetContents(const clang::ento::ProgramStateRef &State,
               const clang::ento::MemRegion *Container);

/// What is known of the contents of \p From becomes known of \p To (the
/// member an aggregate's initializer copies the temporary \p From into).
clang::ento::ProgramStateRef moveContents(clang::ento::ProgramStateRef State,
                                          const clang::ento::MemRegion *From,
                                          const clang::ento::MemRegion *To);

/// Forgets the containers that \p Changed is or lies inside.
clang::ento::ProgramStateRef
forgetContentsWithin(clang::ento::ProgramStateRef State,
                     const clang::ento::MemRegion *Changed);

/// Every non-null pointer \p Container may hold, or nullopt when that is
/// not known.
std::optional<llvm::SmallVector<const clang::ento::MemRegion *, 4>>
storedPointees(const clang::ento::ProgramStateRef &State,
               const clang::ento::MemRegion *Container);

/// The objects \p Container surely holds a pointer to: given them since it
/// was seen empty, and changed since only by insertions; for a map, those
/// under the keys it is known to hold.
llvm::SmallVector<const clang::ento::MemRegion *, 4>
surelyHeld(const clang::ento::ProgramStateRef &State,
           const clang::ento::MemRegion *Container);

/// Records that the pointer \p Read was read out of an element of
/// \p Container, whose contents are what it may point to from now on.
clang::ento::ProgramStateRef
rememberRead(const clang::ento::ProgramStateRef &State,
             clang::ento::SymbolRef Read,
             const clang::ento::MemRegion *Container);

/// \p State in which the pointer \p Read, read out of \p Container, points
/// to one of \p Objects only: a comparison decided which.
clang::ento::ProgramStateRef
narrowRead(const clang::ento::ProgramStateRef &State,
           clang::ento::SymbolRef Read, const clang::ento::MemRegion *Container,
           llvm::ArrayRef<const clang::ento::MemRegion *> Objects);

/// The container a pointer was read out of, and what it may point to.
struct ContainerRead {
  const clang::ento::MemRegion *Container;
  llvm::SmallVector<const clang::ento::MemRegion *, 4> Pointees;
};

/// What the pointer \p Read may point to: the contents of the container it
/// was read out of when it was read (rememberRead), or else the contents
/// now of \p Container (null: none), the element's container; nullopt
/// when not known.
std::optional<ContainerRead>
pointeesOfRead(const clang::ento::ProgramStateRef &State,
               clang::ento::SymbolRef Read,
               const clang::ento::MemRegion *Container);

/// A note tag for a store of \p Pointees (not empty) into \p Container,
/// shown in the lifeguard reports about a pointer read out of it.
const clang::ento::NoteTag *
storedNote(clang::ento::CheckerContext &C,
           const clang::ento::MemRegion *Container,
           llvm::ArrayRef<const clang::ento::MemRegion *> Objects);

/// Marks live the symbols of the objects the containers followed hold
/// pointers to.
void keepContentsLive(const clang::ento::ProgramStateRef &State,
                      clang::ento::SymbolReaper &SR);

/// Drops the containers that are gone, and the reads no longer referred to.
clang::ento::ProgramStateRef
reapContents(clang::ento::ProgramStateRef State,
             clang::ento::SymbolReaper &SR);

} // namespace lifeguard::csa

#endif // LIFEGUARD_CHECKS_ANALYZER_CONTAINERCONTENTS_H
