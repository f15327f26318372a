//===-- StackAddressEscapeChecker.cpp - lifeguard.StackAddressEscape ------===//
//
// Reports, on some feasible path, the address of a local of the ending
// frame (or a pointer into its buffer) that outlives the frame: returned
// (directly, or inside a returned view, struct or closure), or left, when
// the frame returns, in a global, in what a parameter points to, in a
// member of '*this', or in a variable of a caller. Stores that are undone
// before the return (`current_ = &job; ... current_ = nullptr;`) leave
// nothing at the end and are not reported.
//
//===----------------------------------------------------------------------===//

#include "CheckerOptions.h"
#include "HandleNotes.h"
#include "LifetimeModel.h"
#include "LifetimeModeling.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CallEvent.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramStateTrait.h"

using namespace clang;
using namespace clang::ento;
using lifeguard::ClassKind;
using lifeguard::StdEffect;

namespace {

/// The address of a local of a frame on the stack, stored where it outlives
/// that frame: reported when the frame returns with it still there.
struct OutStore {
  const MemRegion *Local;
  const StackFrameContext *Frame;
  /// The handle stored (the local's address, a handle into its buffer, a
  /// view of it).
  SVal Handle;
  const Stmt *Where;
  /// Where the handle into the local's buffer was made, if it is one.
  const Expr *BufferIssue;
  /// Stored as an element of a container (`outer.push_back(&local)`,
  /// `index[key] = &local`), which is keyed by the container: the store
  /// holds no value to check at the end, and removing elements forgets it.
  bool IntoContainer;
  bool operator==(const OutStore &O) const {
    return Local == O.Local && Frame == O.Frame && Handle == O.Handle &&
           Where == O.Where && BufferIssue == O.BufferIssue &&
           IntoContainer == O.IntoContainer;
  }
  // NOLINTNEXTLINE(readability-identifier-naming): FoldingSet's interface
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddPointer(Local);
    ID.AddPointer(Frame);
    Handle.Profile(ID);
    ID.AddPointer(Where);
    ID.AddPointer(BufferIssue);
    ID.AddBoolean(IntoContainer);
  }
};

} // namespace

REGISTER_MAP_WITH_PROGRAMSTATE(OutStores, const MemRegion *, OutStore)

namespace {

class StackAddressEscapeChecker
    : public Checker<check::PreStmt<ReturnStmt>, check::Bind,
                     check::PreCall, check::RegionChanges,
                     check::EndFunction> {
public:
  void checkPreStmt(const ReturnStmt *RS, CheckerContext &C) const;
  void checkBind(SVal L, SVal V, const Stmt *S, bool AtDeclInit,
                 CheckerContext &C) const;
  void checkPreCall(const CallEvent &Call, CheckerContext &C) const;
  ProgramStateRef
  checkRegionChanges(ProgramStateRef State, const InvalidatedSymbols *,
                     ArrayRef<const MemRegion *> ExplicitRegions,
                     ArrayRef<const MemRegion *> Regions,
                     const LocationContext *LCtx, const CallEvent *Call) const;
  void checkEndFunction(const ReturnStmt *RS, CheckerContext &C) const;

  bool ReportMembers = true;

private:
  /// Records, in \p State, that \p Referrer holds one of \p Values when one
  /// is the address of a local of a frame on the stack that \p Referrer
  /// outlives; otherwise, when the store \p Overwrites what \p Referrer
  /// held (an assignment, not an insertion), forgets it.
  ProgramStateRef recordStore(const ProgramStateRef &State,
                              const MemRegion *Referrer,
                              llvm::ArrayRef<SVal> Values, const Stmt *S,
                              bool IntoContainer, bool Overwrites,
                              CheckerContext &C) const;

  /// Reports, before \p Call, each local whose scope has ended while an
  /// outliving place still holds its address (a callback registered on a
  /// bus by an object of an inner block): the call may be the one that uses
  /// it, and a call the analyzer cannot see would make the store forgotten.
  void reportEndedScopes(const CallEvent &Call, CheckerContext &C) const;

  mutable lifeguard::LifetimeModel Model;
  /// Reports that \p Value, the address of \p Local or a handle into its
  /// buffer made at \p BufferIssue, escapes to \p Sink (held by \p Referrer
  /// or returned at \p Where).
  /// A report at the end of a frame (\p AtFrameEnd) that clang would place
  /// outside the frame's function is placed at its closing brace.
  void report(CheckerContext &C, ExplodedNode *N, const MemRegion *Local,
              SVal Value, const Expr *BufferIssue, const MemRegion *Referrer,
              const std::string &Sink, const Stmt *Where,
              bool AtFrameEnd = false) const;

  const BugType BT{this, "Address of a local escapes its frame",
                   "Lifetime (lifeguard)"};
};

/// A report placed by the caller. clang places a report made at the end of
/// a frame at the last statement the frame evaluated, which can be in a
/// header: a default argument's `_Alloc()` in basic_string.h, when the last
/// call was given a string literal.
class PlacedReport : public PathSensitiveBugReport {
public:
  PlacedReport(const BugType &BT, StringRef Msg, const ExplodedNode *N)
      : PathSensitiveBugReport(BT, Msg, N) {}
  void place(PathDiagnosticLocation Where) { Placed = Where; }
  PathDiagnosticLocation getLocation() const override {
    return Placed.isValid() ? Placed : PathSensitiveBugReport::getLocation();
  }

private:
  PathDiagnosticLocation Placed;
};

/// The object \p V refers to (directly, or into its buffer through a
/// handle the analyzer did not inline or a view), as a base region; null
/// for values that refer to nothing.
const MemRegion *targetOf(const ProgramStateRef &State, SVal V) {
  const MemRegion *R = V.getAsRegion();
  if (auto Inner = lifeguard::csa::innerOwnerOf(State, V))
    R = Inner->Owner;
  return R ? R->getBaseRegion() : nullptr;
}

/// Where the handle into an owner's buffer that \p V is was made, or null
/// when \p V is not one.
const Expr *bufferIssue(const ProgramStateRef &State, SVal V) {
  auto Inner = lifeguard::csa::innerOwnerOf(State, V);
  return Inner ? Inner->Issue : nullptr;
}

/// The local of \p Frame that \p V refers to, or null.
const MemRegion *localOf(const ProgramStateRef &State, SVal V,
                         const StackFrameContext *Frame) {
  const MemRegion *R = targetOf(State, V);
  return R && lifeguard::csa::stackFrameOf(State, R) == Frame ? R : nullptr;
}

void StackAddressEscapeChecker::report(
    CheckerContext &C, ExplodedNode *N, const MemRegion *Local, SVal Value,
    const Expr *BufferIssue, const MemRegion *Referrer, const std::string &Sink,
    const Stmt *Where, bool AtFrameEnd) const {
  const MemRegion *Handle = Value.getAsRegion();
  bool IntoBuffer = BufferIssue || !Handle ||
                    Handle->getBaseRegion() != Local;
  std::string Object = lifeguard::csa::describeObject(Local);
  std::string Msg = (IntoBuffer ? "pointer into " : "address of ") + Object +
                    " escapes " + Sink;
  auto Report = std::make_unique<PlacedReport>(BT, Msg, N);
  const SourceManager &SM = C.getSourceManager();
  if (AtFrameEnd) {
    const LocationContext *Frame = N->getLocationContext();
    SourceRange Body = Frame->getDecl()->getSourceRange();
    if (!SM.isPointWithin(
            SM.getExpansionLoc(Report->getLocation().asLocation()),
            SM.getExpansionLoc(Body.getBegin()),
            SM.getExpansionLoc(Body.getEnd())))
      Report->place(PathDiagnosticLocation::createDeclEnd(Frame, SM));
  }
  Report->markInteresting(Local);
  lifeguard::csa::noteWhereHandleWasMade(
      *Report,
      Referrer ? Referrer
               : lifeguard::csa::holderOf(dyn_cast_or_null<Expr>(Where), N),
      Handle ? Handle->getBaseRegion() : nullptr,
      (IntoBuffer ? "the buffer of " : "") + Object);
  if (BufferIssue)
    Report->addNote("pointer into " + Object + " obtained here",
                    PathDiagnosticLocation(BufferIssue, C.getSourceManager(),
                                           N->getLocationContext()));
  C.emitReport(std::move(Report));
}

void StackAddressEscapeChecker::checkPreStmt(const ReturnStmt *RS,
                                             CheckerContext &C) const {
  const Expr *RetE = RS->getRetValue();
  if (!RetE)
    return;
  ProgramStateRef State = C.getState();
  const StackFrameContext *Frame = C.getStackFrame();
  SVal V = C.getSVal(RetE);
  QualType T = RetE->getType();
  const FunctionDecl *FD = dyn_cast<FunctionDecl>(Frame->getDecl());
  bool ByReference = FD && FD->getReturnType()->isReferenceType();
  // A class returned by value is a copy: what escapes is the handles it
  // holds (a view's pointer, a closure's reference captures).
  llvm::SmallVector<std::pair<const MemRegion *, SVal>, 2> Escaping;
  if (T->isRecordType() && !ByReference) {
    if (Model.canHoldHandle(T)) {
      llvm::SmallVector<SVal, 4> Inside;
      lifeguard::csa::collectValuesInside(State, V, Inside, Model);
      for (SVal Value : Inside)
        if (const MemRegion *L = localOf(State, Value, Frame))
          Escaping.push_back({L, Value});
    }
  } else if (ByReference || T->isPointerType()) {
    if (const MemRegion *L = localOf(State, V, Frame))
      Escaping.push_back({L, V});
  }
  if (Escaping.empty())
    return;
  ExplodedNode *N = C.generateNonFatalErrorNode();
  if (!N)
    return;
  for (const auto &[Local, Value] : Escaping)
    report(C, N, Local, Value, bufferIssue(State, Value), nullptr,
           "through the return value", RetE);
}

/// A place outside the ending frame that outlives it.
struct Sink {
  enum Kind { None, Global, Static, Member, WholeThis, Parameter, Caller };
  Kind K = None;
  std::string Name;

  std::string text() const {
    switch (K) {
    case Global:
      return "into global variable " + Name;
    case Static:
      return "into static variable " + Name;
    case Member:
      return "into member " + Name + " of '*this'";
    case WholeThis:
      return "into '*this'";
    case Parameter:
      return "through parameter " + Name;
    case Caller:
      return "into " + Name + " of the caller";
    case None:
      break;
    }
    return "";
  }
};

std::string quotedName(const MemRegion *R) {
  if (const auto *VR = dyn_cast<VarRegion>(R))
    return "'" + VR->getDecl()->getName().str() + "'";
  if (const auto *FR = dyn_cast<FieldRegion>(R))
    return "'" + FR->getDecl()->getName().str() + "'";
  return "a variable";
}

/// Which place outside the ending \p Frame \p Referrer is, if it outlives
/// the frame: a global, a member of the frame's '*this' (\p This), what a
/// parameter points to, or a variable of a caller.
Sink sinkOf(const MemRegion *Referrer, const ProgramStateRef &State,
            const StackFrameContext *Frame, SVal This) {
  const MemRegion *Base = Referrer->getBaseRegion();
  auto GlobalSink = [&](const MemRegion *Global) -> Sink {
    const auto *VR = dyn_cast<VarRegion>(Global);
    bool Static = VR && VR->getDecl()->isStaticLocal();
    return {Static ? Sink::Static : Sink::Global, quotedName(Global)};
  };
  if (isa<GlobalsSpaceRegion>(Referrer->getMemorySpace(State)))
    return GlobalSink(Base);
  if (const MemRegion *ThisObj = This.getAsRegion();
      ThisObj && Base == ThisObj->getBaseRegion()) {
    const MemRegion *Member = Referrer;
    while (const auto *Sub = dyn_cast<SubRegion>(Member)) {
      if (Sub->getSuperRegion()->StripCasts() == ThisObj->StripCasts())
        break;
      Member = Sub->getSuperRegion();
    }
    if (isa<FieldRegion>(Member))
      return {Sink::Member, quotedName(Member)};
    return {Sink::WholeThis, ""};
  }
  if (isa<SymbolicRegion>(Base)) {
    // What a parameter or a global points to, however many handles deep
    // (`**out`, `head->next->v`): the handles the path read on the way name
    // it. A handle that a call returned names nothing.
    const MemRegion *Origin = Base;
    while (const auto *SR = dyn_cast<SymbolicRegion>(Origin)) {
      const MemRegion *ReadFrom = SR->getSymbol()->getOriginRegion();
      if (!ReadFrom)
        return {};
      Origin = ReadFrom->getBaseRegion();
    }
    if (isa<GlobalsSpaceRegion>(Origin->getMemorySpace(State)))
      return GlobalSink(Origin);
    const auto *VR = dyn_cast<VarRegion>(Origin);
    if (VR && isa<ParmVarDecl>(VR->getDecl()) &&
        lifeguard::csa::stackFrameOf(State, VR) == Frame)
      return {Sink::Parameter, quotedName(VR)};
    return {};
  }
  const StackFrameContext *Owner = lifeguard::csa::stackFrameOf(State, Base);
  if (!Owner || Owner == Frame || !Owner->isParentOf(Frame))
    return {};
  // A caller's variable handed to the frame by reference or address is
  // named by the parameter, as when the frame is analysed on its own (and
  // as lifeguard-stack-address-escape names it). (The parameters' own
  // bindings are gone when the frame ends: the call's arguments say it.)
  CallEventRef<> Call =
      State->getStateManager().getCallEventManager().getCaller(Frame, State);
  for (unsigned I = 0;
       Call && I < Call->getNumArgs() && I < Call->parameters().size(); ++I) {
    const ParmVarDecl *Param = Call->parameters()[I];
    const Expr *Arg = Call->getArgExpr(I);
    if (!Arg || !(Param->getType()->isReferenceType() ||
                  Param->getType()->isPointerType()))
      continue;
    Arg = Arg->IgnoreParenImpCasts();
    if (const auto *AddressOf = dyn_cast<UnaryOperator>(Arg);
        AddressOf && AddressOf->getOpcode() == UO_AddrOf &&
        Param->getType()->isPointerType())
      Arg = AddressOf->getSubExpr();
    else if (!Param->getType()->isReferenceType())
      continue;
    if (lifeguard::csa::namedRegion(Arg, State, Frame->getParent()) == Base)
      return {Sink::Parameter, "'" + Param->getName().str() + "'"};
  }
  return {Sink::Caller, quotedName(Base)};
}

/// The value bound at \p Referrer still holds \p Local, or the binding was
/// dropped with the last variable that could reach it (the engine removes
/// `*out`'s binding once `out` is dead), which leaves the store in place.
bool stillHolds(const ProgramStateRef &State, const MemRegion *Referrer,
                const MemRegion *Local, lifeguard::LifetimeModel &Model) {
  SVal Now = State->getSVal(Referrer);
  if (const auto *SRV =
          dyn_cast_or_null<SymbolRegionValue>(Now.getAsSymbol(true)))
    if (SRV->getRegion()->getBaseRegion() == Referrer->getBaseRegion())
      return true;
  llvm::SmallVector<SVal, 4> Inside{Now};
  lifeguard::csa::collectValuesInside(State, Now, Inside, Model);
  return llvm::any_of(Inside, [&](SVal V) {
    return targetOf(State, V) == Local;
  });
}

ProgramStateRef StackAddressEscapeChecker::recordStore(
    const ProgramStateRef &State, const MemRegion *Referrer,
    llvm::ArrayRef<SVal> Values, const Stmt *S, bool IntoContainer,
    bool Overwrites, CheckerContext &C) const {
  const StackFrameContext *Current = C.getStackFrame();
  for (SVal Value : Values) {
    const MemRegion *R = targetOf(State, Value);
    const StackFrameContext *Frame =
        R ? lifeguard::csa::stackFrameOf(State, R) : nullptr;
    if (!Frame || !(Frame == Current || Frame->isParentOf(Current)))
      continue;
    const StackFrameContext *Holder =
        lifeguard::csa::stackFrameOf(State, Referrer->getBaseRegion());
    if (Holder && (Holder == Frame || Frame->isParentOf(Holder)))
      break; // a local of the same frame or of a callee holds it
    return State->set<OutStores>(
        Referrer, OutStore{R, Frame, Value, S, bufferIssue(State, Value),
                           IntoContainer});
  }
  // An insertion keeps the elements a container had; an assignment, even
  // to one element of it (which element is not known), replaces.
  return Overwrites ? State->remove<OutStores>(Referrer) : State;
}

void StackAddressEscapeChecker::checkBind(SVal L, SVal V, const Stmt *S,
                                          bool AtDeclInit,
                                          CheckerContext &C) const {
  const MemRegion *Referrer = L.getAsRegion();
  if (!Referrer)
    return;
  ProgramStateRef State = C.getState();
  llvm::SmallVector<SVal, 4> Values;
  if (V.getAsRegion() || V.getAsSymbol())
    Values.push_back(V);
  if (!V.getAsRegion())
    lifeguard::csa::collectValuesInside(State, V, Values, Model);
  // `index[key] = &local`: the element belongs to the container.
  bool IntoContainer = false;
  if (auto Element = lifeguard::csa::innerOwnerOf(State, L)) {
    Referrer = Element->Owner;
    IntoContainer = true;
  }
  ProgramStateRef Next = recordStore(State, Referrer, Values, S, IntoContainer,
                                     /*Overwrites=*/true, C);
  if (Next != State)
    C.addTransition(Next);
}

void StackAddressEscapeChecker::checkPreCall(const CallEvent &Call,
                                             CheckerContext &C) const {
  reportEndedScopes(Call, C);
  // Before the call: what the arguments hold when they are inserted.
  // Only containers whose elements can hold a handle: appending a local
  // buffer's characters to a std::string copies them.
  const auto *IC = dyn_cast<CXXInstanceCall>(&Call);
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call.getDecl());
  if (!IC || !MD || !lifeguard::LifetimeModel::isStd(MD))
    return;
  QualType ContainerT = MD->getThisType()->getPointeeType();
  if (Model.classKind(ContainerT) != ClassKind::Owner ||
      !Model.canHoldHandle(ContainerT))
    return;
  const MemRegion *Container = IC->getCXXThisVal().getAsRegion();
  if (!Container)
    return;
  ProgramStateRef State = C.getState();
  switch (Model.stdMemberEffect(MD)) {
  case StdEffect::Insert: {
    // `outer.push_back(&local)`, `names.emplace_back(s.c_str())`.
    llvm::SmallVector<SVal, 4> Values;
    for (const auto &[ParamT, Arg] :
         lifeguard::csa::argumentValues(Call, MD, State)) {
      // Iterators say where, or delimit values to copy (insert(pos, first,
      // last)): not what is stored.
      if (Model.isIterator(ParamT))
        continue;
      Values.push_back(Arg);
      if (ParamT->isRecordType())
        lifeguard::csa::collectValuesInside(State, Arg, Values, Model);
    }
    State = recordStore(State, Container, Values, Call.getOriginExpr(),
                        /*IntoContainer=*/true, /*Overwrites=*/false, C);
    break;
  }
  case StdEffect::None:
  case StdEffect::Detach:
  case StdEffect::Join:
    return;
  default:
    // Elements removed or replaced: which is not known, so forget it.
    if (const OutStore *Old = State->get<OutStores>(Container);
        Old && Old->IntoContainer)
      State = State->remove<OutStores>(Container);
    break;
  }
  C.addTransition(State);
}

void StackAddressEscapeChecker::reportEndedScopes(const CallEvent &Call,
                                                  CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  const Stmt *At = Call.getOriginExpr();
  if (State->get<OutStores>().isEmpty() || !At)
    return;
  llvm::SmallVector<std::pair<const MemRegion *, OutStore>, 2> Ended;
  for (const auto &[Referrer, Store] : State->get<OutStores>())
    if (auto E = lifeguard::csa::endingOf(C, Store.Local, At);
        E && E->K == lifeguard::csa::Ending::ScopeEnd)
      Ended.push_back({Referrer, Store});
  if (Ended.empty())
    return;
  for (const auto &[Referrer, Store] : Ended)
    State = State->remove<OutStores>(Referrer);
  ExplodedNode *N = C.generateNonFatalErrorNode(State);
  if (!N)
    return;
  for (const auto &[Referrer, Store] : Ended) {
    // Places named as at the frame's end ('*this' is not followed here).
    Sink S = sinkOf(Referrer, State, Store.Frame, UnknownVal());
    if (S.K != Sink::None)
      report(C, N, Store.Local, Store.Handle, Store.BufferIssue, Referrer,
             S.text() + " and stays there after its scope ended", nullptr);
  }
}

ProgramStateRef StackAddressEscapeChecker::checkRegionChanges(
    ProgramStateRef State, const InvalidatedSymbols *,
    ArrayRef<const MemRegion *> ExplicitRegions,
    ArrayRef<const MemRegion *> Regions, const LocationContext *LCtx,
    const CallEvent *Call) const {
  // A call the analyzer cannot see that may change the container, or that
  // is handed the local queued in it (a writer waiting on its own condition
  // variable until another thread takes it out and finishes it), may have
  // taken the local out again: which is not known, so the store is
  // forgotten. The container's own calls are modelled in checkPreCall.
  if (!Call)
    return State;
  bool IsStd =
      Call->getDecl() && lifeguard::LifetimeModel::isStd(Call->getDecl());
  // The local's own destruction at its scope's end hands it to no one.
  bool HandsOff = !IsStd && !isa<CXXDestructorCall>(Call);
  const MemRegion *Callee = nullptr;
  if (const auto *IC = dyn_cast<CXXInstanceCall>(Call); IC && IsStd)
    Callee = IC->getCXXThisVal().getAsRegion();
  for (const auto &[Referrer, Store] : State->get<OutStores>()) {
    if (!Store.IntoContainer || Referrer == Callee)
      continue;
    const MemRegion *Local = Store.Local;
    bool ContainerChanged =
        llvm::any_of(Regions, [&, Referrer = Referrer](const MemRegion *R) {
          return R == Referrer || Referrer->isSubRegionOf(R);
        });
    // Handed over: the local itself is given to the call (not merely
    // reachable from what it is given).
    bool HandedOver =
        HandsOff && llvm::any_of(ExplicitRegions, [&](const MemRegion *R) {
          return R->getBaseRegion() == Local;
        });
    if (ContainerChanged || HandedOver)
      State = State->remove<OutStores>(Referrer);
  }
  return State;
}

void StackAddressEscapeChecker::checkEndFunction(const ReturnStmt *RS,
                                                 CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  const StackFrameContext *Frame = C.getStackFrame();
  // Locals of main live until exit: storing them in globals is fine.
  const auto *FD = dyn_cast<FunctionDecl>(Frame->getDecl());
  bool IsMain = Frame->inTopFrame() && FD && FD->isMain();
  SVal This = UnknownVal();
  if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(FD);
      MD && MD->isImplicitObjectMemberFunction() && !isa<CXXDestructorDecl>(MD))
    This = State->getSVal(
        C.getSValBuilder().getRegionManager().getCXXThisRegion(
            MD->getThisType(), Frame));

  struct Finding {
    const MemRegion *Referrer;
    OutStore Store;
    std::string Sink;
  };
  llvm::SmallVector<Finding, 4> Findings;
  for (const auto &[Referrer, Store] : State->get<OutStores>()) {
    if (Store.Frame != Frame)
      continue;
    State = State->remove<OutStores>(Referrer);
    if (!Store.IntoContainer && !stillHolds(State, Referrer, Store.Local, Model))
      continue;
    Sink S = sinkOf(Referrer, State, Frame, This);
    if (S.K == Sink::None ||
        (IsMain && (S.K == Sink::Global || S.K == Sink::Static)) ||
        (!ReportMembers && (S.K == Sink::Member || S.K == Sink::WholeThis)))
      continue;
    Findings.push_back({Referrer, Store, S.text()});
  }
  if (Findings.empty()) {
    C.addTransition(State);
    return;
  }
  ExplodedNode *N = C.generateNonFatalErrorNode(State);
  if (!N)
    return;
  for (const Finding &F : Findings)
    report(C, N, F.Store.Local, F.Store.Handle, F.Store.BufferIssue, F.Referrer,
           F.Sink, nullptr, /*AtFrameEnd=*/true);
}

} // namespace

void registerStackAddressEscapeChecker(CheckerManager &Mgr) {
  auto *Chk = Mgr.registerChecker<StackAddressEscapeChecker>();
  Chk->ReportMembers = lifeguard::csa::booleanOption(
      Mgr, Chk, "ReportMembers", /*Default=*/true);
}
