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
#include "clang/AST/ParentMap.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramStateTrait.h"

using namespace clang;
using namespace clang::ento;

REGISTER_SET_FACTORY_WITH_PROGRAMSTATE(Pointees, const MemRegion *)
/// For each container whose contents are known on this path: what the
/// pointers it holds point to.
REGISTER_MAP_WITH_PROGRAMSTATE(ContainerPointees, const MemRegion *, Pointees)
/// For a sequence or set (not a map) among those: the objects it surely
/// holds a pointer to -- given them since it was seen empty, and changed
/// since only by insertions. (A write over an element, which may drop
/// one, forgets them.)
REGISTER_MAP_WITH_PROGRAMSTATE(SurelyHeld, const MemRegion *, Pointees)
/// For a pointer read out of an element of such a container (the symbol of
/// the value read): what the container's pointers pointed to when it was
/// read. The container may change since -- a queue's front read, then
/// popped -- without changing what was read.
REGISTER_MAP_WITH_PROGRAMSTATE(ReadPointees, SymbolRef, Pointees)
REGISTER_MAP_WITH_PROGRAMSTATE(ReadContainers, SymbolRef, const MemRegion *)
/// The reads among those that a comparison narrowed (see narrowRead): kept
/// while their container lives. The pointer read may be read again (`if
/// (*it == target) delete *it;`), the same symbol, after the analyzer took
/// it to be dead.
REGISTER_SET_WITH_PROGRAMSTATE(NarrowedReads, SymbolRef)
REGISTER_LIST_FACTORY_WITH_PROGRAMSTATE(ListedValues, SVal)
/// The values of a braced list of pointers a container's constructor is
/// about to be given, by the list (the array behind the
/// std::initializer_list), from when they were evaluated to the
/// constructor's call: by then the analyzer has forgotten them.
REGISTER_MAP_WITH_PROGRAMSTATE(ListsInFlight, const Expr *, ListedValues)

namespace {
/// The pointer a map of pointers holds under a scalar key (`m[k] = p`,
/// `m.emplace(k, p)`), the entry changed since only by what is modelled:
/// stores and insertions under other keys, erasures of other keys.
struct KeyedPointer {
  const MemRegion *Container;
  SVal Key;
  SVal Pointer;
  bool operator==(const KeyedPointer &O) const {
    return Container == O.Container && Key == O.Key && Pointer == O.Pointer;
  }
  // NOLINTNEXTLINE(readability-identifier-naming): FoldingSet's interface
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddPointer(Container);
    Key.Profile(ID);
    Pointer.Profile(ID);
  }
};
} // namespace

REGISTER_LIST_WITH_PROGRAMSTATE(KeyedPointers, KeyedPointer)
/// The maps whose every entry is among KeyedPointers: built empty or
/// cleared on this path, and given only known keys since. Only for those
/// does an insertion under a key unlike all of theirs insert (an emplace
/// leaves an entry already there as it was).
REGISTER_SET_WITH_PROGRAMSTATE(FullyKeyed, const MemRegion *)

namespace lifeguard::csa {

namespace {

/// Forgets what the pointers \p Container holds point to, not which
/// pointer it holds under which key.
ProgramStateRef forgetPointees(const ProgramStateRef &State,
                               const MemRegion *Container) {
  return State->remove<ContainerPointees>(Container)->remove<SurelyHeld>(
      Container);
}

/// Adds what the pointers in \p Values point to, to the contents of
/// \p Container; forgets the container when one of them is not known.
/// \p Surely: the container now holds each of them (an insertion into a
/// sequence or set).
ProgramStateRef addPointees(ProgramStateRef State, const MemRegion *Container,
                            llvm::ArrayRef<SVal> Values,
                            llvm::SmallVectorImpl<const MemRegion *> &Added,
                            bool Surely) {
  const Pointees *Known = State->get<ContainerPointees>(Container);
  if (!Known)
    return State;
  Pointees Set = *Known;
  Pointees::Factory &F = State->get_context<Pointees>();
  const Pointees *Held = Surely ? State->get<SurelyHeld>(Container) : nullptr;
  std::optional<Pointees> Sure;
  if (Held)
    Sure = *Held;
  for (SVal V : Values) {
    // (A function's code, a std::function's manager and invoker, ends
    // never.)
    if (V.isZeroConstant() || isa_and_nonnull<CodeTextRegion>(V.getAsRegion()))
      continue;
    const MemRegion *R = V.getAsRegion();
    if (!R || !V.getAs<Loc>())
      return forgetPointees(State, Container);
    // A pointer read out of another container is one of those it held.
    llvm::SmallVector<const MemRegion *, 4> Given{R};
    if (SymbolRef Sym = V.getAsLocSymbol())
      if (std::optional<ContainerRead> Read =
              pointeesOfRead(State, Sym, nullptr))
        Given = Read->Pointees;
    if (Sure && Given.size() == 1 && Given.front() == R)
      Sure = F.add(*Sure, R);
    for (const MemRegion *P : Given)
      if (!Set.contains(P)) {
        Set = F.add(Set, P);
        Added.push_back(P);
      }
  }
  if (Sure)
    State = State->set<SurelyHeld>(Container, *Sure);
  return State->set<ContainerPointees>(Container, Set);
}

/// The values the argument \p V of type \p T stores into a container: the
/// pointer itself, or the pointers inside a pair or struct.
void storedValues(const ProgramStateRef &State, QualType T, SVal V,
                  LifetimeModel &Model, llvm::SmallVectorImpl<SVal> &Values) {
  // (A copy the class's own constructor makes holds what that constructor
  // gives it: a deep copy's own buffer, not the source's.)
  if (T->isPointerType())
    Values.push_back(V);
  else if (T->isRecordType() && Model.canHoldHandle(T) &&
           !LifetimeModel::copiesWithOwnCode(T))
    collectValuesInside(State, V, Values, Model);
}

/// Keeps the keyed entries for which \p Keep holds.
template <class Pred>
ProgramStateRef keepKeyed(const ProgramStateRef &State, Pred Keep) {
  KeyedPointersTy Kept = State->get_context<KeyedPointers>().getEmptyList();
  bool Changed = false;
  for (const KeyedPointer &Entry : State->get<KeyedPointers>()) {
    if (Keep(Entry))
      Kept = State->get_context<KeyedPointers>().add(Entry, Kept);
    else
      Changed = true;
  }
  return Changed ? State->set<KeyedPointers>(Kept) : State;
}

/// Forgets the keyed entries of \p Container, and that they were all.
ProgramStateRef forgetKeyed(const ProgramStateRef &State,
                            const MemRegion *Container) {
  return keepKeyed(State,
                   [Container](const KeyedPointer &Entry) {
                     return Entry.Container != Container;
                   })
      ->remove<FullyKeyed>(Container);
}

/// A map built empty or cleared: no entry, and no other.
ProgramStateRef emptyKeyed(const ProgramStateRef &State,
                           const MemRegion *Container) {
  return forgetKeyed(State, Container)->add<FullyKeyed>(Container);
}

/// Drops the entries of \p Container whose key may be \p Key; when one
/// of them may also not be, the entries left are no longer all.
ProgramStateRef dropKey(ProgramStateRef State, const MemRegion *Container,
                        SVal Key) {
  bool Undecided = false;
  State = keepKeyed(State, [&](const KeyedPointer &Entry) {
    if (Entry.Container != Container)
      return true;
    auto [Equal, NotEqual] = compareKeys(State, Key, Entry.Key);
    Undecided |= Equal && NotEqual;
    return !Equal;
  });
  return Undecided ? State->remove<FullyKeyed>(Container) : State;
}

/// The entry of \p Container under a key equal to \p Key, if known.
const KeyedPointer *entryUnderKey(const ProgramStateRef &State,
                                  const MemRegion *Container, SVal Key) {
  for (const KeyedPointer &Entry : State->get<KeyedPointers>())
    if (Entry.Container == Container && sameKey(State, Key, Entry.Key))
      return &Entry;
  return nullptr;
}

/// True when \p Container is known to hold no key equal to \p Key.
bool knownAbsent(const ProgramStateRef &State, const MemRegion *Container,
                 SVal Key) {
  if (!State->contains<FullyKeyed>(Container))
    return false;
  for (const KeyedPointer &Entry : State->get<KeyedPointers>())
    if (Entry.Container == Container && compareKeys(State, Key, Entry.Key).first)
      return false;
  return true;
}

/// `m[k] = p`, `m.insert_or_assign(k, p)`: \p Pointer is under \p Key now.
ProgramStateRef storeUnderKey(ProgramStateRef State,
                              const MemRegion *Container, SVal Key,
                              SVal Pointer) {
  State = dropKey(State, Container, Key);
  return State->add<KeyedPointers>({Container, Key, Pointer});
}

/// `m.emplace(k, p)`, `m.insert({k, p})`, `m[k]`: \p Pointer goes under
/// \p Key when the map holds no such key; an entry there stays.
ProgramStateRef insertUnderKey(ProgramStateRef State,
                               const MemRegion *Container, SVal Key,
                               SVal Pointer) {
  if (entryUnderKey(State, Container, Key))
    return State;
  if (knownAbsent(State, Container, Key))
    return State->add<KeyedPointers>({Container, Key, Pointer});
  // Inserted or not, as the path does not say: entries under keys that may
  // be this one are not known, nor is every key the map holds.
  return dropKey(State, Container, Key)->remove<FullyKeyed>(Container);
}

/// The mapped value a map's insertion of a key is given: the second
/// argument of emplace(k, v), try_emplace(k, v), insert_or_assign(k, v),
/// or the second of the pair insert(p) is given; UnknownVal otherwise.
SVal mappedArgument(const CallEvent &Call, const CXXMethodDecl *MD,
                    const ProgramStateRef &State) {
  auto Args = argumentValues(Call, MD, State);
  if (Args.size() == 2 && Args[1].first->isPointerType())
    return Args[1].second;
  if (Args.size() != 1)
    return UnknownVal();
  const auto *Pair = Args[0].first->getAsCXXRecordDecl();
  if (!Pair || !LifetimeModel::isStd(Pair) || Pair->getName() != "pair" ||
      !Pair->hasDefinition())
    return UnknownVal();
  for (const FieldDecl *FD : Pair->getDefinition()->fields())
    if (FD->getName() == "second" && FD->getType()->isPointerType())
      return memberValue(State, Args[0].second, FD);
  return UnknownVal();
}

/// The braced list of pointers behind the std::initializer_list the
/// constructor \p Call is given, its only argument that may hold one
/// (`std::vector<Texture *> hud{shared, nullptr}`); null for any other.
const InitListExpr *listGiven(const CallEvent &Call, LifetimeModel &Model) {
  const CXXStdInitializerListExpr *List = nullptr;
  for (unsigned I = 0, N = Call.getNumArgs(); I != N; ++I) {
    const Expr *Arg = Call.getArgExpr(I)->IgnoreImplicit();
    if (const auto *L = dyn_cast<CXXStdInitializerListExpr>(Arg); L && !List)
      List = L;
    else if (!isa<CXXDefaultArgExpr>(Arg) &&
             Model.canHoldHandle(Arg->getType()))
      return nullptr;
  }
  return List ? dyn_cast<InitListExpr>(List->getSubExpr()->IgnoreImplicit())
              : nullptr;
}

/// True for a map (of pointers): a container with a mapped type.
bool isMap(const CXXMethodDecl *MD) {
  return LifetimeModel::declaresMember(MD->getParent(), "mapped_type");
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
                              const MemRegion *Container, SVal Key,
                              ProgramStateRef State, LifetimeModel &Model,
                              llvm::SmallVectorImpl<const MemRegion *> &Added) {
  auto Empty = [&] {
    Pointees None = State->get_context<Pointees>().getEmptySet();
    State = State->set<ContainerPointees>(Container, None);
    return isMap(MD) ? emptyKeyed(State, Container)
                     : State->set<SurelyHeld>(Container, None);
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
    if (!FromElements)
      return Empty();
    const InitListExpr *List = listGiven(Call, Model);
    const ListedValues *Listed =
        List ? State->get<ListsInFlight>(List) : nullptr;
    if (!Listed)
      return forgetContents(State, Container);
    llvm::SmallVector<SVal, 4> Values;
    for (SVal V : *Listed)
      Values.push_back(V);
    State = State->remove<ListsInFlight>(List);
    State = Empty();
    return addPointees(State, Container, Values, Added, /*Surely=*/true);
  }
  StringRef Name = MD->getIdentifier() ? MD->getName() : "";
  // `m[k]` inserts k, with a null pointer, when the map does not hold it.
  if (MD->getOverloadedOperator() == OO_Subscript && isMap(MD) &&
      !Key.isUnknown() && MD->getReturnType()->getPointeeType()->isPointerType())
    State = insertUnderKey(
        State, Container, Key,
        State->getStateManager().getSValBuilder().makeNullWithType(
            MD->getReturnType()->getPointeeType()));
  switch (Model.stdMemberEffect(MD)) {
  case StdEffect::RemoveAll:
    return Empty();
  case StdEffect::Insert: {
    // Under its key, when it is known; an insertion under keys not known
    // leaves the entries known as they were (only insert_or_assign writes
    // over one).
    if (isMap(MD)) {
      if (Key.isUnknown())
        State = Name == "insert_or_assign" ? forgetKeyed(State, Container)
                                           : State->remove<FullyKeyed>(Container);
      else if (Name == "insert_or_assign")
        State = storeUnderKey(State, Container, Key,
                              mappedArgument(Call, MD, State));
      else
        State = insertUnderKey(State, Container, Key,
                               mappedArgument(Call, MD, State));
    }
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
    return addPointees(State, Container, Values, Added, /*Surely=*/true);
  }
  case StdEffect::RemoveOne:
    // erase(k): the entries under other keys stay. (Not the pointers the
    // map may hold: a lookup the analyzer takes as found after the erase
    // would read one of them.)
    if (isMap(MD) && !Key.isUnknown() && Name == "erase")
      return dropKey(forgetPointees(State, Container), Container, Key);
    return forgetContents(State, Container);
  case StdEffect::None:
    // Lookups and accessors; a reordering (sort) keeps the same pointers.
    return State;
  default:
    // erase (which element is not known), assign, swap, extract.
    return forgetContents(State, Container);
  }
}

ProgramStateRef rememberList(const ProgramStateRef &State,
                             const MaterializeTemporaryExpr *Array,
                             const LocationContext *LC, LifetimeModel &Model) {
  // The array of an initializer_list a container's constructor is given.
  const auto *List =
      dyn_cast<InitListExpr>(Array->getSubExpr()->IgnoreImplicit());
  const ParentMap &PM = LC->getParentMap();
  const Stmt *Up = PM.getParentIgnoreParenCasts(Array);
  if (!List || !isa_and_nonnull<CXXStdInitializerListExpr>(Up))
    return State;
  const auto *Construct =
      dyn_cast_or_null<CXXConstructExpr>(PM.getParentIgnoreParenCasts(Up));
  const auto *ArrayT = List->getType()->getAsArrayTypeUnsafe();
  if (!Construct || !holdsPointers(Construct->getType(), Model) || !ArrayT ||
      !ArrayT->getElementType()->isPointerType())
    return State;
  // (Its elements' own values are gone by now: the list's is an array of
  // them.)
  auto Elements = State->getSVal(List, LC).getAs<nonloc::CompoundVal>();
  if (!Elements)
    return State;
  ListedValues::Factory &F = State->get_context<ListedValues>();
  ListedValues Values = F.getEmptyList();
  for (SVal V : *Elements) {
    if (V.isUnknownOrUndef())
      return State;
    Values = F.add(V, Values);
  }
  return State->set<ListsInFlight>(List, Values);
}

ProgramStateRef storeIntoElement(ProgramStateRef State,
                                 const MemRegion *Container, SVal Key,
                                 QualType T, SVal V, LifetimeModel &Model,
                                 llvm::SmallVectorImpl<const MemRegion *> &Added) {
  // The element written over may have held any of them.
  State = State->remove<SurelyHeld>(Container);
  // Under the key the element was found by; an element found otherwise
  // (through begin()) may be under any key.
  if (!Key.isUnknown() && T->isPointerType())
    State = storeUnderKey(State, Container, Key, V);
  else
    State = forgetKeyed(State, Container);
  if (!State->get<ContainerPointees>(Container) || !Model.canHoldHandle(T))
    return State;
  // The element written over may be the one a later lookup finds: once it
  // is null (`index[k] = nullptr;`), what a lookup reads may be null where
  // the pointers known are not.
  if (V.isZeroConstant())
    return forgetPointees(State, Container);
  llvm::SmallVector<SVal, 4> Values;
  storedValues(State, T, V, Model, Values);
  if (Values.empty() && !T->isPointerType())
    return forgetPointees(State, Container);
  return addPointees(State, Container, Values, Added, /*Surely=*/false);
}

std::optional<unsigned> keyedCount(const ProgramStateRef &State,
                                   const MemRegion *Container) {
  if (!State->contains<FullyKeyed>(Container))
    return std::nullopt;
  // Each entry went in under a key unlike those of the others.
  unsigned Count = 0;
  for (const KeyedPointer &Entry : State->get<KeyedPointers>())
    Count += Entry.Container == Container;
  return Count;
}

SVal pointerUnderKey(const ProgramStateRef &State, const MemRegion *Container,
                     SVal Key) {
  const KeyedPointer *Entry = entryUnderKey(State, Container, Key);
  return Entry ? Entry->Pointer : UnknownVal();
}

ProgramStateRef forgetContents(const ProgramStateRef &State,
                               const MemRegion *Container) {
  return forgetKeyed(forgetPointees(State, Container), Container);
}

ProgramStateRef moveContents(ProgramStateRef State, const MemRegion *From,
                             const MemRegion *To) {
  if (const Pointees *Set = State->get<ContainerPointees>(From))
    State = State->set<ContainerPointees>(To, *Set);
  if (const Pointees *Set = State->get<SurelyHeld>(From))
    State = State->set<SurelyHeld>(To, *Set);
  if (State->contains<FullyKeyed>(From))
    State = State->add<FullyKeyed>(To);
  for (const KeyedPointer &Entry : State->get<KeyedPointers>())
    if (Entry.Container == From)
      State = State->add<KeyedPointers>({To, Entry.Key, Entry.Pointer});
  return forgetContents(State, From);
}

ProgramStateRef forgetContentsWithin(ProgramStateRef State,
                                     const MemRegion *Changed) {
  auto Within = [Changed](const MemRegion *Container) {
    return Container == Changed || Container->isSubRegionOf(Changed);
  };
  for (const auto &[Container, Set] : State->get<ContainerPointees>())
    if (Within(Container))
      State = forgetPointees(State, Container);
  for (const MemRegion *Container : State->get<FullyKeyed>())
    if (Within(Container))
      State = State->remove<FullyKeyed>(Container);
  return keepKeyed(State, [&](const KeyedPointer &Entry) {
    return !Within(Entry.Container);
  });
}

namespace {
/// The objects of \p Set in the order the analyzer made their regions: a
/// set orders them by address, which differs from run to run, and the
/// first of them is the one a report tells of.
llvm::SmallVector<const MemRegion *, 4> inCreationOrder(const Pointees &Set) {
  llvm::SmallVector<const MemRegion *, 4> Objects(Set.begin(), Set.end());
  // (Symbols are numbered as they are made; other regions are compared by
  // how they print.)
  auto Number = [](const MemRegion *R) {
    const SymbolicRegion *Base = R->getSymbolicBase();
    return Base ? Base->getSymbol()->getSymbolID()
                : std::numeric_limits<SymbolID>::max();
  };
  llvm::sort(Objects, [&](const MemRegion *A, const MemRegion *B) {
    if (Number(A) != Number(B))
      return Number(A) < Number(B);
    return A != B && A->getString() < B->getString();
  });
  return Objects;
}
} // namespace

llvm::SmallVector<const MemRegion *, 4> surelyHeld(const ProgramStateRef &State,
                                                   const MemRegion *Container) {
  Pointees::Factory &F = State->get_context<Pointees>();
  Pointees Set = F.getEmptySet();
  if (const Pointees *Held = State->get<SurelyHeld>(Container))
    Set = *Held;
  // A map holds what it was given under each key it is known to hold.
  for (const KeyedPointer &Entry : State->get<KeyedPointers>())
    if (const MemRegion *R = Entry.Container == Container
                                 ? Entry.Pointer.getAsRegion()
                                 : nullptr)
      Set = F.add(Set, R);
  return inCreationOrder(Set);
}

std::optional<llvm::SmallVector<const MemRegion *, 4>>
storedPointees(const ProgramStateRef &State, const MemRegion *Container) {
  const Pointees *Set = State->get<ContainerPointees>(Container);
  if (!Set)
    return std::nullopt;
  return inCreationOrder(*Set);
}

ProgramStateRef rememberRead(const ProgramStateRef &State, SymbolRef Read,
                             const MemRegion *Container) {
  const Pointees *Set = State->get<ContainerPointees>(Container);
  if (!Set || Set->isEmpty() || State->contains<ReadPointees>(Read))
    return State;
  return State->set<ReadPointees>(Read, *Set)
      ->set<ReadContainers>(Read, Container);
}

ProgramStateRef narrowRead(const ProgramStateRef &State, SymbolRef Read,
                           const MemRegion *Container,
                           llvm::ArrayRef<const MemRegion *> Objects) {
  Pointees::Factory &F = State->get_context<Pointees>();
  Pointees Set = F.getEmptySet();
  for (const MemRegion *Object : Objects)
    Set = F.add(Set, Object);
  return State->set<ReadPointees>(Read, Set)
      ->set<ReadContainers>(Read, Container)
      ->add<NarrowedReads>(Read);
}

std::optional<ContainerRead> pointeesOfRead(const ProgramStateRef &State,
                                            SymbolRef Read,
                                            const MemRegion *Container) {
  if (const Pointees *Set = State->get<ReadPointees>(Read))
    return ContainerRead{*State->get<ReadContainers>(Read),
                         inCreationOrder(*Set)};
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
  // Of the pointers stored in the container, the one to what the report
  // is about.
  llvm::SmallVector<const MemRegion *, 2> Objects;
  for (const MemRegion *R : Pointees) {
    Objects.push_back(R->getBaseRegion());
    if (auto InnerR = innerOwnerOf(C.getState(), loc::MemRegionVal(R)))
      Objects.push_back(InnerR->Owner->getBaseRegion());
  }
  return C.getNoteTag([Container, Name, What,
                       Objects](PathSensitiveBugReport &BR) {
    return isLifeguardReport(BR) && BR.isInteresting(Container) &&
                   llvm::any_of(Objects,
                                [&BR](const MemRegion *Object) {
                                  return BR.isInteresting(Object);
                                })
               ? "Stored " + What + " in " + Name
               : std::string();
  });
}

void keepContentsLive(const ProgramStateRef &State, SymbolReaper &SR) {
  // (Also a variable the program no longer names: what LifetimeModeling
  // knows of a pool's slot, `&pool.slots[0]` given back, is kept while a
  // container holds a pointer to it.)
  auto Keep = [&SR](const Pointees &Set) {
    for (const MemRegion *R : Set)
      if (const auto *Object = dyn_cast<SymbolicRegion>(R->getBaseRegion()))
        SR.markLive(Object->getSymbol());
      else
        SR.markLive(R);
  };
  for (const auto &[Container, Set] : State->get<ContainerPointees>())
    Keep(Set);
  for (const auto &[Read, Set] : State->get<ReadPointees>())
    Keep(Set);
  for (SymbolRef Read : State->get<NarrowedReads>())
    SR.markLive(Read);
  for (const KeyedPointer &Entry : State->get<KeyedPointers>())
    for (SVal V : {Entry.Key, Entry.Pointer})
      for (SymbolRef Sym : V.symbols())
        SR.markLive(Sym);
}

ProgramStateRef reapContents(ProgramStateRef State, SymbolReaper &SR) {
  State = withoutDeadRegions<ContainerPointees>(State, SR);
  State = withoutDeadRegions<SurelyHeld>(State, SR);
  State = withoutDeadRegions<FullyKeyed>(State, SR);
  State = keepKeyed(State, [&SR](const KeyedPointer &Entry) {
    return SR.isLiveRegion(Entry.Container);
  });
  for (SymbolRef Read : State->get<NarrowedReads>())
    if (const MemRegion *const *Container = State->get<ReadContainers>(Read);
        !Container || !SR.isLiveRegion(*Container))
      State = State->remove<NarrowedReads>(Read)
                  ->remove<ReadPointees>(Read)
                  ->remove<ReadContainers>(Read);
  for (const auto &[Read, Set] : State->get<ReadPointees>())
    if (SR.isDead(Read))
      State = State->remove<ReadPointees>(Read)->remove<ReadContainers>(Read);
  return State;
}

} // namespace lifeguard::csa
