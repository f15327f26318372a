//===-- SharedOwnership.cpp - Who owns an object made shared --------------===//
//
// The hidden checker lifeguard.SharedOwnership, part of the modeling: which
// std::shared_ptrs and standard containers own each object that a
// shared_ptr was made to own on the current path (`std::make_shared<T>()`,
// `std::shared_ptr<T>(new T)`, `p.reset(new T)`). When the last of them lets
// go (destroyed, reset, reassigned, moved from, erased from its map,
// cleared), the object ends as a unique_ptr's does (LifetimeModeling's
// OwnerReleased), and a raw pointer from get() kept past that point is
// dangling (lifeguard.Dangling).
//
// An object ends only when every owner it may have is known. An object one
// of whose owners is handed to a call the analyzer does not see into (which
// could keep a copy), or changed by such a call, is forgotten; so is one
// whose owner the analyzer cannot name. libstdc++'s shared_ptr counts its
// owners with atomics the analyzer does not follow, which is why the owners
// are counted here.
//
//===----------------------------------------------------------------------===//

#include "SharedOwnership.h"
#include "LifetimeModeling.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CallEvent.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramStateTrait.h"

using namespace clang;
using namespace clang::ento;

namespace {

/// One owner of an object made shared: a shared_ptr (Key unknown), or a
/// container holding a shared_ptr to it, under Key when it is a map's and
/// the key is known.
struct SharedOwner {
  const MemRegion *Object;
  const MemRegion *Owner;
  SVal Key;
  bool operator==(const SharedOwner &O) const {
    return Object == O.Object && Owner == O.Owner && Key == O.Key;
  }
  // NOLINTNEXTLINE(readability-identifier-naming): FoldingSet's interface
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddPointer(Object);
    ID.AddPointer(Owner);
    Key.Profile(ID);
  }
};

} // namespace

REGISTER_LIST_WITH_PROGRAMSTATE(SharedOwners, SharedOwner)
/// Objects whose owners are no longer all known: they never end here.
REGISTER_SET_WITH_PROGRAMSTATE(SharedForgotten, const MemRegion *)
/// Objects that lost an owner inside the standard library (a shared_ptr's
/// destructor runs its base's): whether they ended is decided when the
/// user's call returns, where the note can be shown.
REGISTER_SET_WITH_PROGRAMSTATE(SharedLetGo, const MemRegion *)

namespace lifeguard::csa {
namespace {

class SharedOwnershipChecker
    : public Checker<check::PreCall, check::PostCall, check::RegionChanges,
                     check::LiveSymbols, check::DeadSymbols> {
public:
  void checkPreCall(const CallEvent &Call, CheckerContext &C) const;
  void checkPostCall(const CallEvent &Call, CheckerContext &C) const;
  ProgramStateRef
  checkRegionChanges(ProgramStateRef State, const InvalidatedSymbols *,
                     ArrayRef<const MemRegion *> ExplicitRegions,
                     ArrayRef<const MemRegion *> Regions,
                     const LocationContext *, const CallEvent *Call) const;
  void checkLiveSymbols(const ProgramStateRef &State, SymbolReaper &SR) const;
  void checkDeadSymbols(SymbolReaper &SR, CheckerContext &C) const;

private:
  ProgramStateRef followSharedPtr(const CallEvent &Call,
                                  const CXXMethodDecl *MD,
                                  ProgramStateRef State,
                                  CheckerContext &C) const;
  ProgramStateRef takeOwnership(const CallEvent &Call,
                                const MemRegion *Container, SVal Key,
                                ProgramStateRef State, CheckerContext &C) const;
  ProgramStateRef followContainer(const CallEvent &Call,
                                  const CXXMethodDecl *MD,
                                  const MemRegion *Container,
                                  ProgramStateRef State,
                                  CheckerContext &C) const;
};

/// The object a shared_ptr or weak_ptr of type \p T at \p Ptr points to,
/// when it is memory the analyzer knows by a symbol (what new or an
/// allocator returned), or null. Not the whole allocation: make_shared's
/// holds the owners' counts too, which outlive the object.
const MemRegion *pointee(CheckerContext &C, const MemRegion *Ptr, QualType T) {
  const MemRegion *R = heldPointer(C, Ptr, T).getAsRegion();
  // The object, not the base a shared_ptr<Base> converted from it sees.
  R = R ? R->StripCasts() : nullptr;
  return R && isa<SymbolicRegion>(R->getBaseRegion()) ? R : nullptr;
}

bool isTracked(const ProgramStateRef &State, const MemRegion *Object) {
  for (const SharedOwner &O : State->get<SharedOwners>())
    if (O.Object == Object)
      return true;
  return false;
}

ProgramStateRef addOwner(const ProgramStateRef &State, const SharedOwner &O) {
  for (const SharedOwner &Known : State->get<SharedOwners>())
    if (Known == O)
      return State;
  return State->add<SharedOwners>(O);
}

/// \p State with only the owners for which \p Keep holds.
template <class Pred>
ProgramStateRef keepOwners(const ProgramStateRef &State, Pred Keep) {
  auto &Factory = State->get_context<SharedOwners>();
  SharedOwnersTy Kept = Factory.getEmptyList();
  bool Changed = false;
  for (const SharedOwner &O : State->get<SharedOwners>()) {
    if (Keep(O))
      Kept = Factory.add(O, Kept);
    else
      Changed = true;
  }
  return Changed ? State->set<SharedOwners>(Kept) : State;
}

/// The object made shared that \p R is or lies inside, or null.
const MemRegion *trackedObjectOf(const ProgramStateRef &State,
                                 const MemRegion *R) {
  for (const SharedOwner &O : State->get<SharedOwners>())
    if (R == O.Object || R->isSubRegionOf(O.Object))
      return O.Object;
  return nullptr;
}

/// \p State without the owners \p Drop selects; their objects are added to
/// SharedLetGo.
template <class Pred> ProgramStateRef letGo(ProgramStateRef State, Pred Drop) {
  for (const SharedOwner &O : State->get<SharedOwners>())
    if (Drop(O))
      State = State->add<SharedLetGo>(O.Object);
  return keepOwners(State, [&](const SharedOwner &O) { return !Drop(O); });
}

/// \p State with the objects that \p Changed (or what lies inside it) owns
/// forgotten.
ProgramStateRef forgetOwnedWithin(ProgramStateRef State,
                                  const MemRegion *Changed) {
  llvm::SmallPtrSet<const MemRegion *, 4> Forgotten;
  for (const SharedOwner &O : State->get<SharedOwners>())
    if (O.Owner == Changed || O.Owner->isSubRegionOf(Changed))
      Forgotten.insert(O.Object);
  for (const MemRegion *Object : Forgotten)
    State = State->add<SharedForgotten>(Object);
  return keepOwners(State, [&](const SharedOwner &O) {
    return !Forgotten.contains(O.Object);
  });
}

/// True for a standard container (or adapter) of shared_ptrs, or of pairs
/// whose second is one (a map's).
bool holdsSharedPtrs(QualType Container) {
  const CXXRecordDecl *RD = Container->getAsCXXRecordDecl();
  if (!RD || !LifetimeModel::isStd(RD))
    return false;
  QualType T = LifetimeModel::memberTypedef(RD, "value_type");
  if (T.isNull())
    return false;
  if (LifetimeModel::isSharedPtr(T))
    return true;
  const CXXRecordDecl *Pair = T->getAsCXXRecordDecl();
  return Pair && Pair->hasDefinition() && Pair->getName() == "pair" &&
         llvm::any_of(Pair->getDefinition()->fields(), [](const FieldDecl *FD) {
           return FD->getName() == "second" &&
                  LifetimeModel::isSharedPtr(FD->getType());
         });
}

/// True for the calls that make a shared_ptr the first owner of an object:
/// a constructor or reset given the object's address (`shared_ptr<T>(new
/// T)`), and the constructor make_shared and allocate_shared use. Not one
/// given a deleter too, which may not destroy anything.
bool makesFirstOwner(const CallEvent &Call, const CXXMethodDecl *MD) {
  bool Reset = MD->getIdentifier() && MD->getName() == "reset";
  if ((!isa<CXXConstructorDecl>(MD) && !Reset) || Call.getNumArgs() == 0)
    return false;
  QualType First = Call.getArgExpr(0)->getType();
  if (Call.getNumArgs() == 1 && First->isPointerType())
    return true;
  const CXXRecordDecl *Tag = First->getAsCXXRecordDecl();
  return Tag && Tag->getIdentifier() &&
         Tag->getName() == "_Sp_alloc_shared_tag";
}

/// True for the calls a copy of a shared_ptr given to them cannot outlive:
/// std::move and its kin, builtins, and what the standard library calls
/// inside its own members (a shared_ptr's atomic counts).
bool keepsNoCopy(const CallEvent &Call) {
  const Decl *Caller = Call.getLocationContext()->getDecl();
  if (Caller && Caller->getASTContext().getSourceManager().isInSystemHeader(
                    Caller->getLocation()))
    return true;
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  return FD && (FD->getBuiltinID() != 0 ||
                (LifetimeModel::isStd(FD) &&
                 LifetimeModel::stdFunction(FD) == StdFunction::Forward));
}

} // namespace

void SharedOwnershipChecker::checkPreCall(const CallEvent &Call,
                                          CheckerContext &C) const {
  // A container's call is followed before it runs: the analyzer, which
  // does not inline it, forgets what the shared_ptrs it is given (moved
  // from) and the key held. What lost its last owner ends when it returns.
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call.getDecl());
  const MemRegion *This = objectOf(Call).getAsRegion();
  if (!MD || !This || !holdsSharedPtrs(MD->getFunctionObjectParameterType()))
    return;
  ProgramStateRef State = C.getState();
  C.addTransition(followContainer(Call, MD, This->StripCasts(), State, C));
}

ProgramStateRef SharedOwnershipChecker::followSharedPtr(
    const CallEvent &Call, const CXXMethodDecl *MD, ProgramStateRef State,
    CheckerContext &C) const {
  // The shared_ptrs the call may change: the one it is on, and those it is
  // given (moved from, swapped with).
  llvm::SmallVector<std::pair<const MemRegion *, QualType>, 2> Changed;
  if (const MemRegion *This = objectOf(Call).getAsRegion())
    Changed.push_back({This, MD->getFunctionObjectParameterType()});
  for (unsigned I = 0, N = Call.getNumArgs(); I != N; ++I)
    if (const MemRegion *Arg = Call.getArgSVal(I).getAsRegion();
        Arg && LifetimeModel::isSharedPtr(Call.getArgExpr(I)->getType()))
      Changed.push_back({Arg, Call.getArgExpr(I)->getType()});
  // Who owns what once the call returned, decided against the owners
  // before it (a swap hands each its object).
  ProgramStateRef Before = State;
  for (const auto &[Ptr, T] : Changed) {
    // An element of a map found by key (`m[k] = p`) is the map's, under
    // that key: an erase by the key lets go of it.
    const MemRegion *Owner = Ptr->StripCasts();
    SVal Key = UnknownVal();
    if (auto Element = keyedElementOf(Before, Owner))
      std::tie(Owner, Key) = *Element;
    bool Destroyed =
        isa<CXXDestructorCall>(Call) && Ptr == Changed.front().first;
    const MemRegion *Object = Destroyed ? nullptr : pointee(C, Ptr, T);
    // The aliasing constructor's pointer into an object shares its owners.
    if (const MemRegion *Whole =
            Object ? trackedObjectOf(Before, Object) : nullptr)
      Object = Whole;
    State = letGo(State, [Owner, Key, Object](const SharedOwner &O) {
      return O.Owner == Owner && O.Key == Key && O.Object != Object;
    });
    if (!Object || State->contains<SharedForgotten>(Object))
      continue;
    bool First = Ptr == Changed.front().first && makesFirstOwner(Call, MD);
    if (First || isTracked(Before, Object))
      State = addOwner(State, SharedOwner{Object, Owner, Key});
  }
  // `w.lock()`, `shared_ptr<T>(w)` of an object whose owners have all let
  // go: the analyzer, which does not count them, takes a path the program
  // cannot.
  if (isa<CXXConstructorCall>(Call) && !Changed.empty() &&
      Call.getNumArgs() > 0 && Call.getOriginExpr() &&
      LifetimeModel::isWeakPtr(Call.getArgExpr(0)->getType()))
    if (const MemRegion *Object =
            pointee(C, Changed.front().first, Changed.front().second);
        Object && !isTracked(State, Object) &&
        endingOf(C, Object, Call.getOriginExpr()))
      return nullptr;
  return State;
}

ProgramStateRef SharedOwnershipChecker::followContainer(
    const CallEvent &Call, const CXXMethodDecl *MD, const MemRegion *Container,
    ProgramStateRef State, CheckerContext &C) const {
  SVal Key = isa<CXXConstructorCall, CXXDestructorCall>(Call)
                 ? UnknownVal()
                 : keyArgument(Call, MD, State);
  auto OfContainer = [Container](const SharedOwner &O) {
    return O.Owner == Container;
  };
  if (isa<CXXDestructorCall>(Call))
    return letGo(State, OfContainer);
  LifetimeModel &Model = lifetimeModel(C);
  StringRef Name = MD->getIdentifier() ? MD->getName() : "";
  StdEffect Effect = isa<CXXConstructorCall>(Call) ? StdEffect::Insert
                                                   : Model.stdMemberEffect(MD);
  switch (Effect) {
  case StdEffect::RemoveAll:
    return letGo(State, OfContainer);
  case StdEffect::RemoveOne:
    // erase(k): what the map held under a key equal to k. Which element
    // any other removal takes is not known: all stay owned.
    if (Name != "erase" || Key.isUnknown())
      return State;
    return letGo(State, [&](const SharedOwner &O) {
      return OfContainer(O) && !O.Key.isUnknown() && sameKey(State, Key, O.Key);
    });
  case StdEffect::Assign:
    State = letGo(State, OfContainer);
    [[fallthrough]];
  case StdEffect::Insert:
    return takeOwnership(Call, Container, Key, State, C);
  case StdEffect::Swap:
    break;
  default:
    if (!LifetimeModel::takesOthersElements(MD))
      return State;
    break;
  }
  // swap, splice, merge: what each container owns is not known now.
  State = forgetOwnedWithin(State, Container);
  for (unsigned I = 0, N = Call.getNumArgs(); I != N; ++I)
    if (const MemRegion *Arg = Call.getArgSVal(I).getAsRegion();
        Arg && holdsSharedPtrs(Call.getArgExpr(I)->getType()))
      State = forgetOwnedWithin(State, Arg->StripCasts());
  return State;
}

ProgramStateRef SharedOwnershipChecker::takeOwnership(
    const CallEvent &Call, const MemRegion *Container, SVal Key,
    ProgramStateRef State, CheckerContext &C) const {
  LifetimeModel &Model = lifetimeModel(C);
  unsigned Iterators = 0;
  for (unsigned I = 0, N = Call.getNumArgs(); I != N; ++I) {
    QualType T = Call.getArgExpr(I)->getType();
    const MemRegion *Arg = Call.getArgSVal(I).getAsRegion();
    if (Model.isIterator(T))
      ++Iterators;
    if (!Arg)
      continue;
    Arg = Arg->StripCasts();
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    if (!RD || !RD->hasDefinition())
      continue;
    // A copy of another container owns what that one does.
    if (holdsSharedPtrs(T)) {
      for (const SharedOwner &O : State->get<SharedOwners>())
        if (O.Owner == Arg)
          State = addOwner(State, SharedOwner{O.Object, Container, O.Key});
      continue;
    }
    // `{a, b}`: what the shared_ptrs of the list's array own.
    if (LifetimeModel::isStd(RD) && RD->getName() == "initializer_list") {
      const MemRegion *First = heldPointer(C, Arg, T).getAsRegion();
      const auto *Array = dyn_cast_or_null<ElementRegion>(First);
      for (const SharedOwner &O : State->get<SharedOwners>())
        if (Array && O.Owner->isSubRegionOf(Array->getSuperRegion()))
          State = addOwner(State, SharedOwner{O.Object, Container, Key});
      continue;
    }
    // insert({k, p}), insert(std::make_pair(k, p)): the pair's second.
    if (!LifetimeModel::isSharedPtr(T) && RD->getName() == "pair")
      for (const FieldDecl *FD : RD->getDefinition()->fields())
        if (FD->getName() == "second") {
          Arg = Arg->getMemRegionManager().getFieldRegion(FD,
                                                          cast<SubRegion>(Arg));
          T = FD->getType();
        }
    if (!LifetimeModel::isSharedPtr(T))
      continue;
    if (const MemRegion *Object = pointee(C, Arg, T);
        Object && isTracked(State, Object))
      State = addOwner(State, SharedOwner{Object, Container, Key});
  }
  // A range copied in (`insert(first, last)`, `vector(first, last)`): from
  // which container is not followed, so no container's objects are known
  // to end.
  if (Iterators >= 2)
    for (const SharedOwner &O : State->get<SharedOwners>())
      if (const auto *TR = dyn_cast<TypedValueRegion>(O.Owner);
          TR && !LifetimeModel::isSharedPtr(TR->getValueType()))
        State = forgetOwnedWithin(State, O.Owner);
  return State;
}

void SharedOwnershipChecker::checkPostCall(const CallEvent &Call,
                                           CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call.getDecl());
  const MemRegion *This = objectOf(Call).getAsRegion();
  QualType ObjT = MD ? MD->getFunctionObjectParameterType() : QualType();
  if (MD && LifetimeModel::isSharedPtr(ObjT)) {
    if (!MD->isConst())
      State = followSharedPtr(Call, MD, State, C);
    if (!State) {
      C.generateSink(C.getState(), C.getPredecessor());
      return;
    }
  } else if (!C.wasInlined && !keepsNoCopy(Call) &&
             (!MD || !holdsSharedPtrs(ObjT)) &&
             !State->get<SharedOwners>().isEmpty()) {
    // A call the analyzer does not see into may keep a copy of the
    // shared_ptrs it is given, by value or by reference, or inside what it
    // is given (a closure, a struct, a container): their objects have an
    // owner that is not known.
    llvm::SmallVector<const MemRegion *, 4> Given;
    if (This)
      Given.push_back(This->StripCasts());
    for (unsigned I = 0, N = Call.getNumArgs(); I != N; ++I) {
      SVal Arg = Call.getArgSVal(I);
      if (auto Copy = Arg.getAs<nonloc::LazyCompoundVal>())
        Given.push_back(Copy->getRegion());
      else if (const MemRegion *R = Arg.getAsRegion())
        Given.push_back(R->StripCasts());
    }
    for (const SharedOwner &O : State->get<SharedOwners>())
      if (const auto *Param = dyn_cast<ParamVarRegion>(O.Owner);
          Param && llvm::is_contained(Call.parameters(), Param->getDecl()))
        Given.push_back(O.Owner);
    for (const MemRegion *R : Given)
      State = forgetOwnedWithin(State, R);
  }
  // The objects that lost their last owner end, told where the user's
  // call let go of them.
  if (AnalysisDeclContext::isInStdNamespace(
          C.getLocationContext()->getDecl()) ||
      State->get<SharedLetGo>().isEmpty()) {
    C.addTransition(State);
    return;
  }
  llvm::SmallVector<const MemRegion *, 2> Ended;
  for (const MemRegion *Object : State->get<SharedLetGo>()) {
    State = State->remove<SharedLetGo>(Object);
    if (isTracked(State, Object) || State->contains<SharedForgotten>(Object))
      continue;
    ProgramStateRef After = withHeapObjectEnded(
        State, Object, Ending::OwnerReleased, Call.getOriginExpr());
    if (After != State)
      Ended.push_back(Object);
    State = After;
  }
  if (Ended.empty()) {
    C.addTransition(State);
    return;
  }
  C.addTransition(State, C.getNoteTag([Ended](PathSensitiveBugReport &BR) {
    for (const MemRegion *R : Ended)
      if (isLifeguardReport(BR) && BR.isInteresting(R))
        return std::string(
            "Object destroyed here: its last owner let go of it");
    return std::string();
  }));
}

ProgramStateRef SharedOwnershipChecker::checkRegionChanges(
    ProgramStateRef State, const InvalidatedSymbols *Invalidated,
    ArrayRef<const MemRegion *>, ArrayRef<const MemRegion *> Regions,
    const LocationContext *, const CallEvent *Call) const {
  // A call the analyzer does not see into changed what holds owners: they
  // may own something else now, or have been copied. (Not a store, which
  // has no call; nor a shared_ptr's own members or a container's of
  // shared_ptrs, followed above.)
  if (!Invalidated || !Call || State->get<SharedOwners>().isEmpty() ||
      keepsNoCopy(*Call))
    return State;
  if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call->getDecl())) {
    QualType ObjT = MD->getFunctionObjectParameterType();
    if (LifetimeModel::isSharedPtr(ObjT) || holdsSharedPtrs(ObjT))
      return State;
  }
  for (const MemRegion *R : Regions)
    State = forgetOwnedWithin(State, R);
  return State;
}

void SharedOwnershipChecker::checkLiveSymbols(const ProgramStateRef &State,
                                              SymbolReaper &SR) const {
  // An object lives while it has an owner, also one the store does not
  // show (a container the analyzer does not look into); the keys are
  // compared with those a later erase names.
  for (const SharedOwner &O : State->get<SharedOwners>()) {
    SR.markLive(cast<SymbolicRegion>(O.Object->getBaseRegion())->getSymbol());
    for (SymbolRef Sym : O.Key.symbols())
      SR.markLive(Sym);
  }
}

void SharedOwnershipChecker::checkDeadSymbols(SymbolReaper &SR,
                                              CheckerContext &C) const {
  // An owner that is gone without letting go (its destructor not seen)
  // leaves what its object's owners are unknown: it never ends.
  ProgramStateRef State = C.getState();
  if (State->get<SharedOwners>().isEmpty() &&
      State->get<SharedForgotten>().isEmpty() &&
      State->get<SharedLetGo>().isEmpty())
    return;
  for (const SharedOwner &O : State->get<SharedOwners>())
    if (!SR.isLiveRegion(O.Owner))
      State = forgetOwnedWithin(State, O.Owner);
  auto Dead = [&SR](const MemRegion *Object) {
    return SR.isDead(
        cast<SymbolicRegion>(Object->getBaseRegion())->getSymbol());
  };
  for (const MemRegion *Object : State->get<SharedForgotten>())
    if (Dead(Object))
      State = State->remove<SharedForgotten>(Object);
  for (const MemRegion *Object : State->get<SharedLetGo>())
    if (Dead(Object))
      State = State->remove<SharedLetGo>(Object);
  C.addTransition(State);
}

const MemRegion *sharedObjectUnderKey(const ProgramStateRef &State,
                                      const MemRegion *Container, SVal Key) {
  const MemRegion *Found = nullptr;
  for (const SharedOwner &O : State->get<SharedOwners>())
    if (O.Owner == Container && !O.Key.isUnknown() &&
        sameKey(State, Key, O.Key)) {
      if (Found && Found != O.Object)
        return nullptr;
      Found = O.Object;
    }
  return Found;
}

} // namespace lifeguard::csa

void registerSharedOwnership(CheckerManager &Mgr) {
  Mgr.registerChecker<lifeguard::csa::SharedOwnershipChecker>();
}
