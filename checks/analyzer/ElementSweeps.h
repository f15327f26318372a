//===-- ElementSweeps.h - Loops that end every element of a container -----===//
//
// Part of lifeguard.LifetimeModeling. A range-for over a container of
// pointers whose body gives each element to a delete, a free or a release
// (`for (Texture *t : all) unload(t);`) ends every object the container
// points to once it has run to its end. The analyzer does not know which
// object each iteration read -- the container's pointers are a set (see
// ContainerContents.h) -- so an object ended through one read was not taken
// to be any other. Here the loop as a whole is followed: when each
// iteration of the path ended the pointer it read, and the loop left by its
// condition (having read every element), every object the container holds
// a pointer to has ended. A pointer to one of them read again, out of this
// container or another that was given it, is a use after the end.
//
// Only loops whose body surely runs the call on the element are followed:
// the call is one of the body's own statements, nothing in the body jumps
// (break, continue, return, goto, throw), and nothing in it assigns the
// loop variable. A loop that ends its elements under a condition is left
// alone: which ones ended depends on data the path made up.
//
// Both hold for a `for` loop over an iterator from `begin()` advanced once a
// turn, whose body spells the element `*it` or `it->second`; for a `for`
// loop over an index from 0 to the container's size, advanced once a turn,
// whose body spells it `items[i]` or `items.at(i)`; and for the pointers a
// range-for's structured binding names (`auto &[name, plugin]`). The loop
// of `std::for_each` over a whole container (`tasks.begin()` to
// `tasks.end()`) is followed too, as if its body were the lambda's or the
// function's, with its parameter for the element.
//
// The other way round: a loop whose body surely reads or writes through
// each element (`for (const Sprite *s : renderList_) draw(s->layer);`), or
// hands each over (`for (auto &[seq, buf] : pending_) pool_.checkin(buf);`),
// over a container that surely holds a pointer to an object that had
// ended when the loop began (given to it by an insertion, and not written
// over or erased since), uses or ends that object again in some turn. Its
// uses of the pointer read, and its deletes and releases of it, are
// reported as those of that object.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_CHECKS_ANALYZER_ELEMENTSWEEPS_H
#define LIFEGUARD_CHECKS_ANALYZER_ELEMENTSWEEPS_H

#include "LifetimeModeling.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include "llvm/ADT/DenseMap.h"
#include <optional>

namespace lifeguard::csa {

class ElementSweeps {
public:
  /// After the declaration \p DS: the `__begin` of a range-for, or the
  /// iterator of a `for` loop, that is followed starts it afresh, over the
  /// container the iterator points into. Null when \p DS is neither.
  clang::ento::ProgramStateRef
  afterDeclaration(const clang::DeclStmt *DS,
                   clang::ento::CheckerContext &C) const;

  /// At the entrance of a followed loop's body or exit: a turn begins (the
  /// one before ended a pointer read out of the container or not); at the
  /// exit, the objects of the container end when every turn did. Null
  /// elsewhere. \p Note tells where they ended.
  clang::ento::ProgramStateRef
  atEntrance(const clang::BlockEntrance &Entrance,
             clang::ento::CheckerContext &C,
             const clang::ento::NoteTag *&Note) const;

  /// \p State with the pointer \p Sym, read out of the container of a
  /// followed loop, ended this turn by \p Where as \p K says.
  static clang::ento::ProgramStateRef
  elementEnded(clang::ento::ProgramStateRef State, clang::ento::SymbolRef Sym,
               Ending::Kind K, const clang::Stmt *Where);

  /// \p State after a store into an element of \p Container: a followed
  /// loop over it no longer ends every pointer it holds (`delete *it; *it =
  /// nullptr;`, a helper that takes the element by reference and nulls it).
  static clang::ento::ProgramStateRef
  elementStored(clang::ento::ProgramStateRef State,
                const clang::ento::MemRegion *Container);

  /// For the pointer \p Sym read out of the container of a loop that uses
  /// each element: the container, and an object it surely holds a pointer
  /// to that had ended when the loop began. Some turn reads and uses that
  /// pointer.
  struct StaleRead {
    const clang::ento::MemRegion *Container;
    const clang::ento::MemRegion *Object;
  };
  static std::optional<StaleRead>
  staleElement(const clang::ento::ProgramStateRef &State,
               clang::ento::SymbolRef Sym);

  /// What a range-for, or a `for` loop over an iterator or an index, surely
  /// does with each pointer in a body no turn leaves early (see the file
  /// comment).
  struct Shape {
    /// It gives it to a delete or a call.
    bool HandsOverEach = false;
    /// It reads or writes through it.
    bool UsesEach = false;
    /// For a loop over an index: the container it runs over.
    const clang::Expr *Indexed = nullptr;
  };

private:
  Shape shapeOf(const clang::Stmt *Loop) const;
  /// What the lambda or function \p Fn an algorithm calls on each element
  /// surely does with it.
  Shape shapeOfCallable(const clang::Expr *Fn) const;

  /// \p Loop, as \p Followed, begins over \p Container (null: unknown).
  clang::ento::ProgramStateRef begin(const clang::Stmt *Loop,
                                     const Shape &Followed,
                                     const clang::ento::MemRegion *Container,
                                     clang::ento::CheckerContext &C) const;
  /// At the head of \p Loop, entered from before it: when it is the loop
  /// of `std::for_each` over a whole container, it begins over that
  /// container. Null otherwise.
  clang::ento::ProgramStateRef
  intoAlgorithmLoop(const clang::ForStmt *Loop,
                    clang::ento::CheckerContext &C) const;
  /// The container the iterator \p Iterator points into, or null.
  static const clang::ento::MemRegion *
  iteratedContainer(const clang::VarDecl *Iterator,
                    clang::ento::CheckerContext &C);

  mutable llvm::DenseMap<const clang::Stmt *, Shape> Shapes;
};

} // namespace lifeguard::csa

#endif // LIFEGUARD_CHECKS_ANALYZER_ELEMENTSWEEPS_H
