//===-- PoolMisuseChecker.cpp - lifeguard.PoolMisuse ----------------------===//
//
// Reports an object used, or given back again, after it went back to its
// pool on some feasible path (pool.release(p), or any release function
// LifetimeModel::poolRole recognises: by name, by the user's options
// AcquireFunctions and ReleaseFunctions, by annotation), and a release of a
// local the pool never handed out. lifeguard.LifetimeModeling ends the
// object when the release returns; this file words the report. It also
// keeps the objects acquired on the path and not yet given back
// (OutstandingObjects), and reports one when its last reference goes,
// unless its ownership was handed on: returned, stored outside the frame,
// or given to a function the analyzer does not see into; and a release of
// an object made with `new`, or handed out by another pool object.
//
//===----------------------------------------------------------------------===//

#include "CheckerOptions.h"
#include "HandleNotes.h"
#include "HandleUses.h"
#include "LifetimeModeling.h"
#include "clang/AST/ParentMap.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramStateTrait.h"

using namespace clang;
using namespace clang::ento;
using lifeguard::csa::Ending;

/// The objects acquired on the path and not given back nor handed on: the
/// symbol of each, with the call that acquired it.
REGISTER_MAP_WITH_PROGRAMSTATE(OutstandingObjects, SymbolRef, const Expr *)
/// Every object acquired on the path, with the pool that handed it out
/// (null for a free function that is given no pool).
REGISTER_MAP_WITH_PROGRAMSTATE(AcquiredFrom, SymbolRef, const MemRegion *)
/// The objects made with `new` on the path outside a pool's own code.
REGISTER_SET_WITH_PROGRAMSTATE(MadeWithNew, SymbolRef)

namespace {

/// True when \p Sym is an argument of \p Call.
bool passedAsArgument(const CallEvent &Call, SymbolRef Sym) {
  for (unsigned I = 0, N = Call.getNumArgs(); I != N; ++I)
    if (Call.getArgSVal(I).getAsLocSymbol() == Sym)
      return true;
  return false;
}

/// The pool a call is on (`pool` of `pool.release(c)`), or is given as
/// its pool parameter (`p` of `task_pool_free(p, t)`).
const MemRegion *poolObjectOf(const CallEvent &Call) {
  const MemRegion *R = nullptr;
  if (const auto *IC = dyn_cast<CXXInstanceCall>(&Call))
    R = IC->getCXXThisVal().getAsRegion();
  else if (const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl()))
    if (std::optional<unsigned> I = lifeguard::LifetimeModel::poolParameter(FD);
        I && *I < Call.getNumArgs())
      R = Call.getArgSVal(*I).getAsRegion();
  return R ? R->StripCasts() : nullptr;
}

/// True when \p A and \p B are two different objects on every path: not
/// two references that may alias (their regions symbolic), nor one inside
/// the other.
bool distinctObjects(const MemRegion *A, const MemRegion *B) {
  if (A == B || A->isSubRegionOf(B) || B->isSubRegionOf(A))
    return false;
  const MemRegion *BaseA = A->getBaseRegion(), *BaseB = B->getBaseRegion();
  return BaseA == BaseB ||
         (!isa<SymbolicRegion>(BaseA) && !isa<SymbolicRegion>(BaseB));
}

/// The variable or member that is the memory resource whose `release()`
/// is \p Released (`arena` of `arena.release()`), or null.
const NamedDecl *releasingResource(const Stmt *Released) {
  const auto *MCE = dyn_cast_or_null<CXXMemberCallExpr>(Released);
  const Expr *Object =
      MCE ? MCE->getImplicitObjectArgument()->IgnoreParenImpCasts() : nullptr;
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(Object))
    return DRE->getDecl();
  if (const auto *ME = dyn_cast_or_null<MemberExpr>(Object))
    return ME->getMemberDecl();
  return nullptr;
}

/// True when a pool's own code is on the stack of \p C.
bool inPoolCode(CheckerContext &C) {
  for (const StackFrameContext *SF = C.getStackFrame(); SF;
       SF = SF->getParent() ? SF->getParent()->getStackFrame() : nullptr)
    if (const auto *FD = dyn_cast_or_null<FunctionDecl>(SF->getDecl());
        FD && lifeguard::csa::lifetimeModel(C).isPoolCode(
                  FD, dyn_cast_or_null<Expr>(SF->getCallSite())))
      return true;
  return false;
}

/// True when \p Call releases into the pool the current frame constructs:
/// nothing was handed out yet, so the pool seeds its free list (with its
/// own slots, a caller's buffer, or objects it makes).
bool seedsPoolUnderConstruction(const CallEvent &Call, CheckerContext &C) {
  const StackFrameContext *Frame = C.getStackFrame();
  const auto *Ctor = dyn_cast_or_null<CXXConstructorDecl>(Frame->getDecl());
  const MemRegion *Pool = poolObjectOf(Call);
  if (!Ctor || !Pool)
    return false;
  Loc This = C.getSValBuilder().getCXXThis(Ctor, Frame);
  const MemRegion *Constructed = C.getState()->getSVal(This).getAsRegion();
  return Constructed && Constructed->StripCasts() == Pool;
}

/// True when the path leaves the frame \p Pool is a local of (in its
/// `return`, or at the end of its body): a local pool goes with the frame,
/// and so do the objects it handed out.
bool leavesFrameOfPool(const MemRegion *Pool, CheckerContext &C) {
  const auto *VR =
      Pool ? dyn_cast<NonParamVarRegion>(Pool->getBaseRegion()) : nullptr;
  if (!VR || VR->getStackFrame() != C.getStackFrame())
    return false;
  // The analyzer purges after the last statement only when the frame ends.
  if (C.getLocation().getAs<PostStmtPurgeDeadSymbols>())
    return true;
  std::optional<StmtPoint> At = C.getLocation().getAs<StmtPoint>();
  const ParentMap &PM = C.getLocationContext()->getParentMap();
  for (const Stmt *S = At ? At->getStmt() : nullptr; S; S = PM.getParent(S))
    if (isa<ReturnStmt>(S))
      return true;
  return false;
}

class PoolMisuseChecker
    : public Checker<check::Location, check::PreCall, check::PostCall,
                     check::PostStmt<CXXNewExpr>, check::PointerEscape,
                     check::PreStmt<ReturnStmt>, check::DeadSymbols> {
public:
  /// Whether objects acquired and never given back on a path are reported.
  bool ReportLeaks = true;

  void checkLocation(SVal Loc, bool IsLoad, const Stmt *S,
                     CheckerContext &C) const {
    lifeguard::csa::visitLocationUse(
        Loc, S, [&](const MemRegion *R, const Stmt *At, const Expr *Handle) {
          return reportUse(R, At, Handle, C);
        });
  }

  void checkPreCall(const CallEvent &Call, CheckerContext &C) const {
    const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
    const auto *Origin = dyn_cast_or_null<Expr>(Call.getOriginExpr());
    if (FD && Origin &&
        lifeguard::csa::lifetimeModel(C).poolRole(FD, Origin) ==
            lifeguard::PoolRole::Release)
      if (std::optional<unsigned> I =
              lifeguard::csa::releasedArgumentIndex(Call, FD)) {
        const MemRegion *R = Call.getArgSVal(*I).getAsRegion();
        if (R && releasesLocal(Call, R, C))
          return;
        if (releasesForeign(Call, Call.getArgSVal(*I).getAsLocSymbol(), C))
          return;
        if (R && report(R, Origin, Call.getArgExpr(*I),
                        "object released to its pool twice", C))
          return;
      }
    bool Reported = false;
    lifeguard::csa::visitCallUses(
        Call, C, [&](const MemRegion *R, const Stmt *At, const Expr *Handle) {
          return Reported = reportUse(R, At, Handle, C);
        });
    if (Reported || !FD || !Origin)
      return;
    // Any function given the object by reference, or a pointer into it
    // (`render(*f)`, `log(c->lastError)`), reads it; the object's own
    // pointer given by value may only be compared.
    for (unsigned I = 0, N = Call.getNumArgs(); I != N && I < FD->getNumParams();
         ++I) {
      const MemRegion *R = Call.getArgSVal(I).getAsRegion();
      if (R && (FD->getParamDecl(I)->getType()->isReferenceType() ||
                R != R->getBaseRegion()) &&
          reportUse(R, Origin, Call.getArgExpr(I), C))
        return;
    }
  }

  /// An acquired object is outstanding until it is given back or handed on.
  void checkPostCall(const CallEvent &Call, CheckerContext &C) const {
    const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
    const auto *Origin = dyn_cast_or_null<Expr>(Call.getOriginExpr());
    if (!FD || !Origin)
      return;
    ProgramStateRef State = C.getState();
    switch (lifeguard::csa::lifetimeModel(C).poolRole(FD, Origin)) {
    case lifeguard::PoolRole::Acquire:
      if (SymbolRef Object = Call.getReturnValue().getAsLocSymbol()) {
        State = State->set<AcquiredFrom>(Object, poolObjectOf(Call));
        if (ReportLeaks &&
            !lifeguard::csa::lifetimeModel(C).takesBackAsAWhole(FD))
          State = State->set<OutstandingObjects>(Object, Origin);
      }
      break;
    case lifeguard::PoolRole::Release:
      if (std::optional<unsigned> I =
              lifeguard::csa::releasedArgumentIndex(Call, FD))
        if (SymbolRef Given = Call.getArgSVal(*I).getAsLocSymbol())
          State = State->remove<OutstandingObjects>(Given);
      break;
    case lifeguard::PoolRole::None:
      return;
    }
    C.addTransition(State);
  }

  /// An object made with `new` outside a pool's code is no pool's.
  void checkPostStmt(const CXXNewExpr *NE, CheckerContext &C) const {
    if (SymbolRef Object = C.getSVal(NE).getAsLocSymbol();
        Object && !inPoolCode(C))
      C.addTransition(C.getState()->add<MadeWithNew>(Object));
  }

  /// Stored outside the frame (a member, a global, an out-parameter), or
  /// given to a function the analyzer does not see into: handed on. Not by
  /// a member call on the object itself (`c->auth()`, its body in another
  /// file), nor by a C library function that only reads it
  /// (`printf("%p", c)`).
  ProgramStateRef checkPointerEscape(ProgramStateRef State,
                                     const InvalidatedSymbols &Escaped,
                                     const CallEvent *Call,
                                     PointerEscapeKind Kind) const {
    if (State->get<OutstandingObjects>().isEmpty())
      return State;
    const auto *FD =
        Call ? dyn_cast_or_null<FunctionDecl>(Call->getDecl()) : nullptr;
    if (Kind == PSK_DirectEscapeOnCall && FD &&
        lifeguard::LifetimeModel::accessesPointerArguments(FD))
      return State;
    SymbolRef Receiver = nullptr;
    if (const auto *IC = dyn_cast_or_null<CXXInstanceCall>(Call))
      Receiver = IC->getCXXThisVal().getAsLocSymbol();
    for (SymbolRef Sym : Escaped)
      if (State->contains<OutstandingObjects>(Sym) &&
          (Sym != Receiver || passedAsArgument(*Call, Sym)))
        State = State->remove<OutstandingObjects>(Sym);
    return State;
  }

  /// What a function returns, and what that holds, is its caller's.
  void checkPreStmt(const ReturnStmt *RS, CheckerContext &C) const;

  /// An object no longer referred to, and not handed on, leaked: unless
  /// the path says the pool gave nothing (a null result).
  void checkDeadSymbols(SymbolReaper &SR, CheckerContext &C) const;

private:
  bool reportUse(const MemRegion *R, const Stmt *S, const Expr *Handle,
                 CheckerContext &C) const {
    return report(R, S, Handle,
                  "use of an object after it was released to its pool", C,
                  /*OrResource=*/true);
  }
  /// Reports \p Msg at \p S when the object \p R designates went back to
  /// its pool (or, when \p OrResource, the use of memory its memory
  /// resource released); true when it did.
  bool report(const MemRegion *R, const Stmt *S, const Expr *Handle,
              StringRef Msg, CheckerContext &C, bool OrResource = false) const;
  /// Reports \p Call releasing the local \p R designates; true when it did.
  bool releasesLocal(const CallEvent &Call, const MemRegion *R,
                     CheckerContext &C) const;
  /// Reports a release of \p Object, made with `new` on the path or
  /// handed out by another pool object; true when it did.
  bool releasesForeign(const CallEvent &Call, SymbolRef Object,
                       CheckerContext &C) const;

  const BugType BT{this, "Use of a pool's object after its release",
                   "Lifetime (lifeguard)"};
  const BugType LeakBT{this, "Pool's object never given back",
                       "Lifetime (lifeguard)", /*SuppressOnSink=*/true};
};

void PoolMisuseChecker::checkPreStmt(const ReturnStmt *RS,
                                     CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  const Expr *Value = RS->getRetValue();
  if (!Value || State->get<OutstandingObjects>().isEmpty())
    return;
  struct Collect final : SymbolVisitor {
    llvm::SmallVector<SymbolRef, 4> Symbols;
    bool VisitSymbol(SymbolRef Sym) override {
      Symbols.push_back(Sym);
      return true;
    }
  } Returned;
  State->scanReachableSymbols(C.getSVal(Value), Returned);
  for (SymbolRef Sym : Returned.Symbols)
    State = State->remove<OutstandingObjects>(Sym);
  C.addTransition(State);
}

void PoolMisuseChecker::checkDeadSymbols(SymbolReaper &SR,
                                         CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  if (State->get<AcquiredFrom>().isEmpty() &&
      State->get<MadeWithNew>().isEmpty() &&
      State->get<OutstandingObjects>().isEmpty())
    return;
  llvm::SmallDenseMap<SymbolRef, const MemRegion *, 4> PoolOfDead;
  for (const auto &[Object, Pool] : State->get<AcquiredFrom>())
    if (SR.isDead(Object)) {
      PoolOfDead[Object] = Pool;
      State = State->remove<AcquiredFrom>(Object);
    }
  for (SymbolRef Object : State->get<MadeWithNew>())
    if (SR.isDead(Object))
      State = State->remove<MadeWithNew>(Object);
  llvm::SmallVector<std::pair<SymbolRef, const Expr *>, 2> Leaked;
  for (const auto &[Object, Acquired] : State->get<OutstandingObjects>()) {
    if (!SR.isDead(Object))
      continue;
    State = State->remove<OutstandingObjects>(Object);
    if (!State->getConstraintManager()
             .isNull(State, Object)
             .isConstrainedTrue() &&
        !leavesFrameOfPool(PoolOfDead.lookup(Object), C))
      Leaked.push_back({Object, Acquired});
  }
  if (Leaked.empty()) {
    C.addTransition(State);
    return;
  }
  // A pool's own code keeps what it takes from its free list.
  if (inPoolCode(C)) {
    C.addTransition(State);
    return;
  }
  ExplodedNode *N = C.generateNonFatalErrorNode(State);
  if (!N)
    return;
  for (const auto &[Object, Acquired] : Leaked) {
    PathDiagnosticLocation Where = PathDiagnosticLocation::createBegin(
        Acquired, C.getSourceManager(), C.getLocationContext());
    // One report per acquisition, whatever path reaches it.
    auto Report = std::make_unique<PathSensitiveBugReport>(
        LeakBT, "object acquired from its pool is not given back on this path",
        N, Where, C.getLocationContext()->getDecl());
    Report->markInteresting(Object);
    Report->addNote("acquired here", Where);
    C.emitReport(std::move(Report));
  }
}

bool PoolMisuseChecker::report(const MemRegion *R, const Stmt *S,
                               const Expr *Handle, StringRef Msg,
                               CheckerContext &C, bool OrResource) const {
  if (AnalysisDeclContext::isInStdNamespace(C.getLocationContext()->getDecl()))
    return false;
  std::optional<Ending> E = lifeguard::csa::endingOf(C, R, S);
  bool Resource = OrResource && E && E->K == Ending::ResourceReleased;
  if (!E || (E->K != Ending::ReturnedToPool && !Resource))
    return false;
  std::string ResourceMsg;
  if (Resource) {
    ResourceMsg = "use of memory after its memory resource released it";
    if (const NamedDecl *Named = releasingResource(E->Where))
      ResourceMsg = "use of memory that its memory resource '" +
                    Named->getNameAsString() + "' released";
    Msg = ResourceMsg;
  }
  // The pool's own code links and reads the objects given back to it (an
  // intrusive free list), also in the helpers it calls. (Asked only of a
  // released object: every access of the path comes here.)
  if (inPoolCode(C))
    return false;
  ExplodedNode *N = C.generateErrorNode();
  if (!N)
    return false;
  auto Report = std::make_unique<PathSensitiveBugReport>(BT, Msg, N);
  Report->markInteresting(R->getBaseRegion());
  Report->markInteresting(E->Object);
  lifeguard::csa::noteWhereHandleWasMade(
      *Report, lifeguard::csa::holderOf(Handle, N), R->getBaseRegion(),
      Resource ? "memory of its memory resource" : "the pool's object");
  lifeguard::csa::dropPathsThroughWidenedBranches(*Report, *E);
  C.emitReport(std::move(Report));
  return true;
}

bool PoolMisuseChecker::releasesLocal(const CallEvent &Call, const MemRegion *R,
                                      CheckerContext &C) const {
  const auto *VR = dyn_cast<VarRegion>(R->getBaseRegion());
  if (!VR || !VR->getDecl()->hasLocalStorage() ||
      VR->getDecl()->getType()->isReferenceType())
    return false;
  // A pool seeds its free list with storage it owns (`release(&slots_[i])`,
  // a local pool's member) or is given to manage (a caller's buffer its
  // constructor threads): neither is a local handed to a pool from outside.
  // Nor is a slot of a local pool given back to a pool that may be it (one
  // a moved callback captured, which the path does not know).
  const MemRegion *Pool = poolObjectOf(Call);
  bool SlotOfLocalPool =
      R != VR && lifeguard::csa::lifetimeModel(C).isPoolClass(
                     VR->getDecl()->getType()->getAsCXXRecordDecl());
  if (inPoolCode(C) || seedsPoolUnderConstruction(Call, C) ||
      (Pool && R->isSubRegionOf(Pool->getBaseRegion())) ||
      (SlotOfLocalPool && (!Pool || !distinctObjects(Pool, VR))))
    return false;
  ExplodedNode *N = C.generateErrorNode();
  if (!N)
    return false;
  C.emitReport(std::make_unique<PathSensitiveBugReport>(
      BT,
      ("local variable '" + VR->getDecl()->getName() +
       "' released to a pool that did not hand it out")
          .str(),
      N));
  return true;
}

bool PoolMisuseChecker::releasesForeign(const CallEvent &Call,
                                        SymbolRef Object,
                                        CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  if (!Object || inPoolCode(C) || seedsPoolUnderConstruction(Call, C))
    return false;
  // A pointer read out of a container: the objects it held, when they
  // were all made with `new` (`for (Session *s : active) pool.checkin(s)`).
  auto MadeWithNewOnly = [&] {
    if (State->contains<MadeWithNew>(Object))
      return true;
    auto Read = lifeguard::csa::containerReadOf(State, Object);
    return Read && !Read->Pointees.empty() &&
           llvm::all_of(Read->Pointees, [&](const MemRegion *R) {
             const auto *Heap = dyn_cast<SymbolicRegion>(R->getBaseRegion());
             return Heap && State->contains<MadeWithNew>(Heap->getSymbol());
           });
  };
  std::string Msg;
  if (const MemRegion *const *From = State->get<AcquiredFrom>(Object)) {
    const MemRegion *To = poolObjectOf(Call);
    if (!*From || !To || !distinctObjects(*From, To))
      return false;
    Msg = "object released to a pool other than the one that handed it out";
  } else if (MadeWithNewOnly()) {
    Msg = "object made with 'new' released to a pool that did not hand it "
          "out";
  } else {
    return false;
  }
  ExplodedNode *N = C.generateErrorNode();
  if (!N)
    return false;
  auto Report = std::make_unique<PathSensitiveBugReport>(BT, Msg, N);
  Report->markInteresting(Object);
  C.emitReport(std::move(Report));
  return true;
}

} // namespace

void registerPoolMisuseChecker(CheckerManager &Mgr) {
  auto *Chk = Mgr.registerChecker<PoolMisuseChecker>();
  Chk->ReportLeaks =
      lifeguard::csa::booleanOption(Mgr, Chk, "ReportLeaks", /*Default=*/true);
}
