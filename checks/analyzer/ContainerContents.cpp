//===-- ContainerContents.cpp - What a container of pointers holds --------===//
//
// See ContainerContents.h. The contents are a set of regions per container:
// what each stored pointer points to. Null pointers are left out (a pointer
// read back that is not null is one of the others), and a value that is not
// known to be null or to point somewhere makes the container forgotten.
//
//===----------------------------------------------------------------------===//

#include "ContainerContents.h"
#include "LifetimeModeling.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramStateTrait.h"

using namespace clang;
using namespace clang::ento;

REGISTER_SET_FACTORY_WITH_PROGRAMSTATE(Pointees, const MemRegion *)
/// For each container whose contents are known on this path: what the
/// pointers it holds point to.
REGISTER_MAP_WITH_PROGRAMSTATE(ContainerPointees, const MemRegion *, Pointees)
/// For a pointer read out of an element of such a container (the symbol of
/// the value read): what the container's pointers pointed to when it was
/// read. The container may change since -- a queue's front read, then
/// popped -- without changing what was read.
REGISTER_MAP_WITH_PROGRAMSTATE(ReadPointees, SymbolRef, Pointees)
REGISTER_MAP_WITH_PROGRAMSTATE(ReadContainers, SymbolRef, const MemRegion *)

namespace lifeguard::csa {

namespace {

/// Adds what the pointers in \p Values point to, to the contents of
/// \p Container; forgets the container when one of them is not known.
ProgramStateRef addPointees(ProgramStateRef State, const MemRegion *Container,
                            llvm::ArrayRef<SVal> Values,
                            llvm::SmallVectorImpl<const MemRegion *> &Added) {
  const Pointees *Known = State->get<ContainerPointees>(Container);
  if (!Known)
    return State;
  Pointees Set = *Known;
  Pointees::Factory &F = State->get_context<Pointees>();
  for (SVal V : Values) {
    if (V.isZeroConstant())
      continue;
    const MemRegion *R = V.getAsRegion();
    if (!R || !V.getAs<Loc>())
      return forgetContents(State, Container);
    if (!Set.contains(R)) {
      Set = F.add(Set, R);
      Added.push_back(R);
    }
  }
  return State->set<ContainerPointees>(Container, Set);
}

/// The values the argument \p V of type \p T stores into a container: the
/// pointer itself, or the pointers inside a pair or struct.
void storedValues(const ProgramStateRef &State, QualType T, SVal V,
                  LifetimeModel &Model, llvm::SmallVectorImpl<SVal> &Values) {
  if (T->isPointerType())
    Values.push_back(V);
  else if (T->isRecordType() && Model.canHoldHandle(T))
    collectValuesInside(State, V, Values, Model);
}

/// True for a range of values that may hold pointers (another container,
/// an initializer_list): an insertion that copies one is not followed.
bool isRangeOfHandles(QualType T, LifetimeModel &Model) {
  return Model.canHoldHandle(T) &&
         LifetimeModel::declaresMember(T->getAsCXXRecordDecl(), "begin");
}

} // namespace

bool holdsPointers(QualType T, LifetimeModel &Model) {
  // Containers and their adapters (queue, stack), not the pairs and tuples
  // that are Owners too.
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  return Model.classKind(T) == ClassKind::Owner && Model.canHoldHandle(T) &&
         !Model.ownsExclusively(T) &&
         (LifetimeModel::declaresMember(RD, "begin") ||
          LifetimeModel::declaresMember(RD, "push"));
}

ProgramStateRef modelContents(const CallEvent &Call, const CXXMethodDecl *MD,
                              const MemRegion *Container, ProgramStateRef State,
                              LifetimeModel &Model,
                              llvm::SmallVectorImpl<const MemRegion *> &Added) {
  auto Empty = [&] {
    return State->set<ContainerPointees>(
        Container, State->get_context<Pointees>().getEmptySet());
  };
  if (isa<CXXDestructorCall>(Call))
    return forgetContents(State, Container);
  if (isa<CXXConstructorCall>(Call)) {
    // Built empty: no argument, or only an allocator or a comparator.
    bool FromElements = llvm::any_of(
        llvm::seq(0u, Call.getNumArgs()), [&](unsigned I) {
          QualType T = Call.getArgExpr(I)->getType();
          return Model.canHoldHandle(T) || T->isIntegerType();
        });
    return FromElements ? forgetContents(State, Container) : Empty();
  }
  switch (Model.stdMemberEffect(MD)) {
  case StdEffect::RemoveAll:
    return Empty();
  case StdEffect::Insert: {
    // The value stored, not where (insert(pos, v)) or what range of
    // another container is copied (insert(first, last), which is not
    // followed).
    auto Args = argumentValues(Call, MD, State);
    llvm::ArrayRef<std::pair<QualType, SVal>> Stored = Args;
    if (!Stored.empty() && LifetimeModel::takesPosition(MD) &&
        Model.isIterator(Stored.front().first))
      Stored = Stored.drop_front();
    llvm::SmallVector<SVal, 4> Values;
    for (const auto &[T, V] : Stored) {
      if (Model.isIterator(T) || isRangeOfHandles(T, Model) ||
          (T->isPointerType() && T->getPointeeType()->isPointerType()))
        return forgetContents(State, Container);
      storedValues(State, T, V, Model, Values);
    }
    return addPointees(State, Container, Values, Added);
  }
  case StdEffect::None:
    // Lookups and accessors; a reordering (sort) keeps the same pointers.
    return State;
  default:
    // erase (which element is not known), assign, swap, extract.
    return forgetContents(State, Container);
  }
}

ProgramStateRef storeIntoElement(ProgramStateRef State,
                                 const MemRegion *Container, QualType T,
                                 SVal V, LifetimeModel &Model,
                                 llvm::SmallVectorImpl<const MemRegion *> &Added) {
  if (!State->get<ContainerPointees>(Container) || !Model.canHoldHandle(T))
    return State;
  // The element written over may be the one a later lookup finds: once it
  // is null (`index[k] = nullptr;`), what a lookup reads may be null where
  // the pointers known are not.
  if (V.isZeroConstant())
    return forgetContents(State, Container);
  llvm::SmallVector<SVal, 4> Values;
  storedValues(State, T, V, Model, Values);
  if (Values.empty() && !T->isPointerType())
    return forgetContents(State, Container);
  return addPointees(State, Container, Values, Added);
}

ProgramStateRef forgetContents(const ProgramStateRef &State,
                               const MemRegion *Container) {
  return State->remove<ContainerPointees>(Container);
}

ProgramStateRef forgetContentsWithin(ProgramStateRef State,
                                     const MemRegion *Changed) {
  for (const auto &[Container, Set] : State->get<ContainerPointees>())
    if (Container == Changed || Container->isSubRegionOf(Changed))
      State = State->remove<ContainerPointees>(Container);
  return State;
}

std::optional<llvm::SmallVector<const MemRegion *, 4>>
storedPointees(const ProgramStateRef &State, const MemRegion *Container) {
  const Pointees *Set = State->get<ContainerPointees>(Container);
  if (!Set)
    return std::nullopt;
  return llvm::SmallVector<const MemRegion *, 4>(Set->begin(), Set->end());
}

ProgramStateRef rememberRead(const ProgramStateRef &State, SymbolRef Read,
                             const MemRegion *Container) {
  const Pointees *Set = State->get<ContainerPointees>(Container);
  if (!Set || Set->isEmpty() || State->contains<ReadPointees>(Read))
    return State;
  return State->set<ReadPointees>(Read, *Set)
      ->set<ReadContainers>(Read, Container);
}

std::optional<ContainerRead> pointeesOfRead(const ProgramStateRef &State,
                                            SymbolRef Read,
                                            const MemRegion *Container) {
  if (const Pointees *Set = State->get<ReadPointees>(Read))
    return ContainerRead{*State->get<ReadContainers>(Read),
                         {Set->begin(), Set->end()}};
  if (!Container)
    return std::nullopt;
  if (auto Now = storedPointees(State, Container))
    return ContainerRead{Container, std::move(*Now)};
  return std::nullopt;
}

const NoteTag *storedNote(CheckerContext &C, const MemRegion *Container,
                          llvm::ArrayRef<const MemRegion *> Pointees) {
  std::string Name = quotedName(Container, "the container");
  const MemRegion *Pointee = Pointees.front();
  auto Inner = innerOwnerOf(C.getState(), loc::MemRegionVal(Pointee));
  std::string What =
      Inner ? "a pointer into the buffer of " + describeObject(Inner->Owner)
            : "a pointer to " + describeObject(Pointee);
  return C.getNoteTag([Container, Name, What](PathSensitiveBugReport &BR) {
    return isLifeguardReport(BR) && BR.isInteresting(Container)
               ? "Stored " + What + " in " + Name
               : std::string();
  });
}

void keepContentsLive(const ProgramStateRef &State, SymbolReaper &SR) {
  auto Keep = [&SR](const Pointees &Set) {
    for (const MemRegion *R : Set)
      if (const auto *Object = dyn_cast<SymbolicRegion>(R->getBaseRegion()))
        SR.markLive(Object->getSymbol());
  };
  for (const auto &[Container, Set] : State->get<ContainerPointees>())
    Keep(Set);
  for (const auto &[Read, Set] : State->get<ReadPointees>())
    Keep(Set);
}

ProgramStateRef reapContents(ProgramStateRef State, SymbolReaper &SR) {
  for (const auto &[Container, Set] : State->get<ContainerPointees>())
    if (!SR.isLiveRegion(Container))
      State = State->remove<ContainerPointees>(Container);
  for (const auto &[Read, Set] : State->get<ReadPointees>())
    if (SR.isDead(Read))
      State = State->remove<ReadPointees>(Read)->remove<ReadContainers>(Read);
  return State;
}

} // namespace lifeguard::csa
