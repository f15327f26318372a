//===-- LifetimeModeling.h - When objects end, on one analyzer path -------===//
//
// The modeling half of lifeguard's analyzer checkers, apart from reporting
// (as upstream splits ContainerModeling from InvalidatedIteratorChecker).
// The hidden checker lifeguard.LifetimeModeling records in the program
// state what ends on the current path: heap objects deleted or freed, and
// handles into an owner's buffer (`s.c_str()`, `v.data()`, `&v[0]`) whose
// owner was reassigned, cleared or destroyed. What the analyzer already
// knows precisely -- which stack frames are live, where each local's scope
// and each temporary's full-expression end -- is read off the location
// contexts and the AST at the point of use, so a local needs no state.
//
// The reporting checkers (StackAddressEscape, Dangling, and the families
// that follow) ask endingOf() and innerOwnerOf(); a family adds an expiry
// source here, not a second model. What a standard call does comes from
// lib/'s LifetimeModel, the tables the clang-tidy checks read.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_CHECKS_ANALYZER_LIFETIMEMODELING_H
#define LIFEGUARD_CHECKS_ANALYZER_LIFETIMEMODELING_H

#include "ContainerContents.h"
#include "LifetimeModel.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include <optional>

namespace lifeguard::csa {

/// Why an object a handle refers to is no longer there.
struct Ending {
  enum Kind {
    /// A local variable's scope ended (or its loop iteration did).
    ScopeEnd,
    /// The function whose local it was returned.
    FrameEnd,
    /// A temporary was destroyed at the end of its full-expression.
    FullExpressionEnd,
    /// `delete`.
    Delete,
    /// `free`.
    Free,
    /// The container or smart pointer owning it destroyed it.
    OwnerReleased,
    /// Its owner (a string, a container) was reassigned, cleared or
    /// destroyed, which ended the buffer the handle pointed into.
    OwnerChanged,
    /// Its owner is a standard container, and a call invalidated the
    /// handle by the standard's rules: a growth that reallocates, clear,
    /// erase of its element, an assignment.
    Invalidated,
    /// It went back to the pool that handed it out.
    ReturnedToPool,
    /// The std::pmr::memory_resource that handed it out gave all its memory
    /// back (`release()`, or the resource's end).
    ResourceReleased,
  };
  Kind K;
  /// The object that ended: a variable, a temporary, a heap object, or
  /// for OwnerChanged the owner whose buffer ended.
  const clang::ento::MemRegion *Object;
  /// For ScopeEnd: the scope statement; FullExpressionEnd: the
  /// full-expression; FrameEnd: the call that returned; otherwise the
  /// statement that ended it.
  const clang::Stmt *Where;
  /// Where to say it ended (the scope's closing brace, the full-expression's
  /// end, the delete); may be invalid for implicit code.
  clang::SourceLocation Loc;
  /// For a pointer read out of a container: the container (a note tells
  /// where the pointer was stored in it), and the pointer it was given.
  const clang::ento::MemRegion *ReadFrom = nullptr;
  const clang::ento::MemRegion *Stored = nullptr;
};

/// Why the object \p R designates has ended when it is accessed at \p At
/// (a statement of the current location context), or nullopt while it
/// lives. Unknown regions count as live.
std::optional<Ending> endingOf(clang::ento::CheckerContext &C,
                               const clang::ento::MemRegion *R,
                               const clang::Stmt *At);

/// For a pointer \p Sym read out of an element of a container whose
/// contents are known: that container, and the objects the pointer may
/// point to; nullopt when it was not so read.
std::optional<ContainerRead>
containerReadOf(const clang::ento::ProgramStateRef &State,
                clang::ento::SymbolRef Sym);

/// For a handle into an owner's buffer (the result of `s.c_str()`,
/// `v.data()`, `v[i]` when the analyzer did not inline it, and views made
/// from an owner, `std::string_view v = s;`): the owner's region, and the
/// call that made the handle. Nullopt for any other value.
struct InnerHandleInfo {
  const clang::ento::MemRegion *Owner;
  const clang::Expr *Issue;
};
std::optional<InnerHandleInfo>
innerOwnerOf(const clang::ento::ProgramStateRef &State, clang::ento::SVal V);

/// Appends to \p Values the handles bound inside the object \p Object: a
/// view's pointer, a closure's reference captures, a struct's pointer
/// members (two levels of members deep), what a std::function keeps of the
/// closure it was given, an aggregate's initializers. Nothing for classes
/// that cannot hold a handle (a std::string), so that copying them costs no
/// look.
void collectValuesInside(const clang::ento::ProgramStateRef &State,
                         clang::ento::SVal Object,
                         llvm::SmallVectorImpl<clang::ento::SVal> &Values,
                         LifetimeModel &Model, unsigned Depth = 0);

/// What each argument of a call to \p MD hands over, with its parameter's
/// type less the reference: for the `const T &` and `T &&` of push_back and
/// emplace_back, the value the parameter refers to, not its address.
llvm::SmallVector<std::pair<clang::QualType, clang::ento::SVal>, 4>
argumentValues(const clang::ento::CallEvent &Call,
               const clang::CXXMethodDecl *MD,
               const clang::ento::ProgramStateRef &State);

/// Where to read the members of \p Object from: its region in the state's
/// store, or, for a value copied whole (a LazyCompoundVal), its region in
/// the store of the copy.
std::pair<clang::ento::Store, const clang::ento::MemRegion *>
contentsOf(const clang::ento::ProgramStateRef &State, clang::ento::SVal Object);

/// The value of the member \p FD of \p Object (see contentsOf), or
/// UnknownVal.
clang::ento::SVal memberValue(const clang::ento::ProgramStateRef &State,
                              clang::ento::SVal Object,
                              const clang::FieldDecl *FD);

/// The states in which the keys \p A and \p B of a map are equal, and in
/// which they are not (null when that cannot be); both \p State when the
/// analyzer cannot compare them.
std::pair<clang::ento::ProgramStateRef, clang::ento::ProgramStateRef>
compareKeys(const clang::ento::ProgramStateRef &State, clang::ento::SVal A,
            clang::ento::SVal B);

/// True when the keys \p A and \p B are equal on every path through
/// \p State.
bool sameKey(const clang::ento::ProgramStateRef &State, clang::ento::SVal A,
             clang::ento::SVal B);

/// The object a member function or constructor is called on.
clang::ento::SVal objectOf(const clang::ento::CallEvent &Call);

/// The key a call on a map (`m[k]`, `m.find(k)`, `m.erase(k)`,
/// `m.emplace(k, ...)`) names, when the map's keys are scalars the analyzer
/// can compare (integers, enumerations, pointers), or std::strings made
/// from a literal (see LiteralStrings); UnknownVal otherwise.
clang::ento::SVal keyArgument(const clang::ento::CallEvent &Call,
                              const clang::CXXMethodDecl *MD,
                              const clang::ento::ProgramStateRef &State);

/// For an element of a map that a lookup by key returned (`m[k]`,
/// `m.at(k)`, `it->second` of `m.find(k)`): the map and the key, when the
/// key is one the analyzer can compare.
std::optional<std::pair<const clang::ento::MemRegion *, clang::ento::SVal>>
keyedElementOf(const clang::ento::ProgramStateRef &State,
               const clang::ento::MemRegion *Element);

/// \p State with the heap object \p Object (memory the analyzer knows by a
/// symbol, as it knows what `new` and `malloc` return, or a part of it: a
/// pool's slot, the object inside make_shared's allocation) ended by
/// \p Where, as \p K says; \p State itself when \p Object is not such an
/// object or had ended already. \p ThroughReadOf is the container a
/// pointer to it was read out of, when it ended through that pointer
/// (another read out of the container is not taken to be it).
clang::ento::ProgramStateRef
withHeapObjectEnded(clang::ento::ProgramStateRef State,
                    const clang::ento::MemRegion *Object, Ending::Kind K,
                    const clang::Stmt *Where,
                    const clang::ento::MemRegion *ThroughReadOf = nullptr);

/// How a heap object ended as \p K says, for a note: "deleted", "freed",
/// "released to its pool", "destroyed by its owner".
const char *heapEndingVerb(Ending::Kind K);

/// \p State with every object the container \p Container holds a pointer
/// to ended by \p Where, as \p K says (see ElementSweeps.h); \p State
/// itself when its contents are not known.
clang::ento::ProgramStateRef
withEveryElementEnded(clang::ento::ProgramStateRef State,
                      const clang::ento::MemRegion *Container, Ending::Kind K,
                      const clang::Stmt *Where);

/// The stack frame a stack region (variable, parameter, temporary) belongs
/// to, or null for other memory.
const clang::StackFrameContext *
stackFrameOf(const clang::ento::ProgramStateRef &State,
             const clang::ento::MemRegion *R);

/// The model lifeguard.LifetimeModeling reads: the standard library's
/// tables, and the pool functions the user named in the options.
LifetimeModel &lifetimeModel(clang::ento::CheckerContext &C);

/// The pointer the object of class type \p T at \p Object keeps (an
/// iterator's `_M_current`, a unique_ptr's pointer: its first pointer
/// member, depth first); UnknownVal when it has none.
clang::ento::SVal heldPointer(clang::ento::CheckerContext &C,
                              const clang::ento::MemRegion *Object,
                              clang::QualType T);

/// For a pool's release call: the index of the argument it gives back.
std::optional<unsigned> releasedArgumentIndex(const clang::ento::CallEvent &Call,
                                              const clang::FunctionDecl *FD);

/// Notes are for lifeguard's reports: the default checkers that report the
/// same object (cplusplus.NewDelete) tell their own story.
bool isLifeguardReport(const clang::ento::PathSensitiveBugReport &BR);

/// \p R's name in quotes (`'m.index_'`), or \p Otherwise when it has none
/// to print.
std::string quotedName(const clang::ento::MemRegion *R,
                       llvm::StringRef Otherwise);

/// The region the variable or member \p E names (`items`, `this->items_`,
/// `s.items`, `s->items`), read off \p State in \p LC without evaluating
/// \p E: for a reference, what it refers to. Null for other expressions.
const clang::ento::MemRegion *
namedRegion(const clang::Expr *E, const clang::ento::ProgramStateRef &State,
            const clang::LocationContext *LC);

/// How the source names the container or handle \p E designates (`orders`,
/// `b.orders`, `entries_`), or "" when it is not a named variable or member.
std::string sourceName(const clang::Expr *E);

/// \p Name quoted, or \p Otherwise when it is empty.
std::string quoted(const std::string &Name, llvm::StringRef Otherwise);

/// A name for \p R in a message: "local variable 'x'", "a temporary of type
/// 'std::string'", "a heap object". An object known only by its address is
/// "the object", or "the object 'p' points to" when \p Through is the
/// variable that holds the address.
std::string describeObject(const clang::ento::MemRegion *R,
                           const clang::ento::MemRegion *Through = nullptr);

/// The key of an entry of a program-state map, or an element of a set.
template <typename K, typename V> K keyOf(const std::pair<K, V> &Entry) {
  return Entry.first;
}
inline const clang::ento::MemRegion *
keyOf(const clang::ento::MemRegion *Element) {
  return Element;
}

/// \p State without the entries of the map or set \p Trait, keyed by
/// region, whose region is no longer live. (Asked at every statement: an
/// empty trait costs one lookup.)
template <typename Trait>
clang::ento::ProgramStateRef
withoutDeadRegions(clang::ento::ProgramStateRef State,
                   clang::ento::SymbolReaper &SR) {
  typename clang::ento::ProgramStateTrait<Trait>::data_type Entries =
      State->get<Trait>();
  if (Entries.isEmpty())
    return State;
  for (const auto &Entry : Entries)
    if (!SR.isLiveRegion(keyOf(Entry)))
      State = State->remove<Trait>(keyOf(Entry));
  return State;
}

} // namespace lifeguard::csa

#endif // LIFEGUARD_CHECKS_ANALYZER_LIFETIMEMODELING_H
