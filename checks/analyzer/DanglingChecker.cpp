//===-- DanglingChecker.cpp - lifeguard.Dangling --------------------------===//
//
// Reports a pointer, reference or view used, on some feasible path, after
// the object it refers to ended there: a local whose scope or loop
// iteration ended, a local of a function that returned, a temporary past
// its full-expression, a heap object deleted, freed or destroyed by its
// owner, or an owner's buffer after the owner was reassigned or cleared.
// What ended comes from lifeguard.LifetimeModeling (endingOf); this file
// only decides what is a use and words the report.
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

using namespace clang;
using namespace clang::ento;
using lifeguard::csa::Ending;

namespace {

class DanglingChecker : public Checker<check::Location, check::PreCall> {
public:
  void checkLocation(SVal Loc, bool IsLoad, const Stmt *S,
                     CheckerContext &C) const;
  void checkPreCall(const CallEvent &Call, CheckerContext &C) const;

  bool ReportHeapObjects = true;

private:
  /// Reports the access at \p S through \p Handle to \p R when the object
  /// has ended; true when it did.
  bool checkUse(const MemRegion *R, const Stmt *S, const Expr *Handle,
                CheckerContext &C) const;

  const BugType BT{this, "Use of an object after its lifetime ended",
                   "Lifetime (lifeguard)"};
};

/// True when \p S names the variable \p R is the region of (`x`, `x.f`,
/// `x[i]` of an array): the language keeps such a use inside the scope.
bool namesVariable(const Stmt *S, const MemRegion *R) {
  const auto *VR = dyn_cast<VarRegion>(R->getBaseRegion());
  const auto *E = dyn_cast_or_null<Expr>(S);
  if (!VR || !E)
    return false;
  while (true) {
    E = E->IgnoreParenImpCasts();
    if (const auto *ME = dyn_cast<MemberExpr>(E); ME && !ME->isArrow())
      E = ME->getBase();
    else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E);
             AS && AS->getBase()->IgnoreParenImpCasts()->getType()->isArrayType())
      E = AS->getBase();
    else
      break;
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  return DRE && DRE->getDecl() == VR->getDecl();
}

/// The expression holding the handle that \p S accesses through: `p` of
/// `*p`, `p->f`, `p[i]`; the reference variable itself otherwise.
const Expr *handleOf(const Stmt *S) {
  const auto *E = dyn_cast_or_null<Expr>(S);
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_Deref)
      return UO->getSubExpr();
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
      return AS->getBase();
    const auto *ME = dyn_cast<MemberExpr>(E);
    if (!ME)
      return E;
    if (ME->isArrow())
      return ME->getBase();
    E = ME->getBase();
  }
  return nullptr;
}

std::string endedText(const Ending &E) {
  switch (E.K) {
  case Ending::ScopeEnd:
    return "it went out of scope";
  case Ending::FrameEnd:
    return "its function returned";
  case Ending::FullExpressionEnd:
    return "it was destroyed at the end of the full-expression";
  case Ending::Delete:
    return "it was deleted";
  case Ending::Free:
    return "it was freed";
  case Ending::OwnerReleased:
    return "its owner destroyed it";
  case Ending::OwnerChanged:
    break;
  }
  return "its owner gave it up";
}

/// The name of the call that changed an owner: `clear`, `operator=`.
std::string callName(const Stmt *S) {
  if (const auto *CE = dyn_cast_or_null<CallExpr>(S))
    if (const auto *FD = CE->getDirectCallee())
      return FD->getNameAsString();
  return "a call";
}

bool DanglingChecker::checkUse(const MemRegion *R, const Stmt *S,
                               const Expr *Handle, CheckerContext &C) const {
  // Inside the standard library a report would be suppressed (the analyzer
  // does not show paths that end there) and its sink would still end the
  // path, hiding later bugs: such uses are left alone (docs/checkers/).
  if (AnalysisDeclContext::isInStdNamespace(C.getLocationContext()->getDecl()))
    return false;
  std::optional<Ending> E = lifeguard::csa::endingOf(C, R, S);
  if (!E)
    return false;
  bool Heap = E->K == Ending::Delete || E->K == Ending::Free ||
              E->K == Ending::OwnerReleased;
  if (Heap && !ReportHeapObjects)
    return false;
  ExplodedNode *N = C.generateErrorNode();
  if (!N)
    return false;
  ProgramStateRef State = C.getState();
  // Read out of a container, the pointer is what the container was given.
  auto Inner = lifeguard::csa::innerOwnerOf(
      State, loc::MemRegionVal(E->Stored ? E->Stored : R));
  const MemRegion *Holder = lifeguard::csa::holderOf(Handle, N);
  std::string Object = lifeguard::csa::describeObject(E->Object, Holder);
  std::string Msg;
  if (E->K == Ending::OwnerChanged)
    Msg = "use of a pointer into the buffer of " + Object + " after '" +
          callName(E->Where) + "' gave the buffer up";
  else
    Msg = "use of " + std::string(Inner ? "a pointer into " : "") + Object +
          " after " + endedText(*E);
  auto Report = std::make_unique<PathSensitiveBugReport>(BT, Msg, N);
  Report->markInteresting(R->getBaseRegion());
  Report->markInteresting(E->Object);
  if (E->ReadFrom)
    Report->markInteresting(E->ReadFrom);
  lifeguard::csa::noteWhereHandleWasMade(
      *Report, Holder, R->getBaseRegion(),
      (Inner ? "the buffer of " : "") +
          lifeguard::csa::describeObject(E->Object));
  const SourceManager &SM = C.getSourceManager();
  if (Inner && Inner->Issue)
    Report->addNote("pointer into " + Object + " obtained here",
                    PathDiagnosticLocation(Inner->Issue, SM,
                                           C.getLocationContext()));
  if (E->Loc.isValid()) {
    std::string Note;
    switch (E->K) {
    case Ending::ScopeEnd:
      Note = Object + " went out of scope here";
      break;
    case Ending::FrameEnd:
      Note = Object + " ended when this call returned";
      break;
    case Ending::FullExpressionEnd:
      Note = "the temporary was destroyed at the end of this full-expression";
      break;
    case Ending::OwnerChanged:
      Note = "'" + callName(E->Where) + "' gave the buffer up here";
      break;
    default:
      break; // the note tag at the delete, free or reset tells it
    }
    if (!Note.empty())
      Report->addNote(Note, PathDiagnosticLocation(E->Loc, SM));
  }
  C.emitReport(std::move(Report));
  return true;
}

void DanglingChecker::checkLocation(SVal Loc, bool IsLoad, const Stmt *S,
                                    CheckerContext &C) const {
  const MemRegion *R = Loc.getAsRegion();
  if (!R || namesVariable(S, R))
    return;
  checkUse(R, S, handleOf(S), C);
}

void DanglingChecker::checkPreCall(const CallEvent &Call,
                                   CheckerContext &C) const {
  const Expr *Origin = dyn_cast_or_null<Expr>(Call.getOriginExpr());
  if (!Origin || isa<CXXDestructorCall>(Call))
    return; // implicit destructors run where their object ends
  if (const auto *IC = dyn_cast<CXXInstanceCall>(&Call))
    if (const MemRegion *R = IC->getCXXThisVal().getAsRegion())
      if (!namesVariable(IC->getCXXThisExpr(), R) &&
          checkUse(R, Origin, IC->getCXXThisExpr(), C))
        return;
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  if (!FD)
    return;
  // The C library reads or writes through the pointers it is given; the
  // standard library reads the objects it is given by reference (`out +=
  // job->name`, `v.push_back(*p)`) and the C strings it is given
  // (`std::string(p)`), but not what std::move, std::ref or addressof are
  // given.
  bool CLibrary = lifeguard::LifetimeModel::accessesPointerArguments(FD);
  bool Std = lifeguard::LifetimeModel::isStd(FD) &&
             !llvm::is_contained({lifeguard::StdFunction::Forward,
                                  lifeguard::StdFunction::Wrap},
                                 lifeguard::LifetimeModel::stdFunction(FD));
  if (!CLibrary && !Std)
    return;
  for (unsigned I = 0, N = Call.getNumArgs(); I != N; ++I) {
    const Expr *Arg = Call.getArgExpr(I);
    QualType ParamT = I < FD->getNumParams()
                          ? FD->getParamDecl(I)->getType()
                          : Arg->getType();
    bool Reads = CLibrary ? Arg->getType()->isPointerType()
                          : ParamT->isReferenceType() ||
                                lifeguard::LifetimeModel::readsCString(FD, ParamT);
    const MemRegion *R = Call.getArgSVal(I).getAsRegion();
    if (Reads && R && !namesVariable(Arg, R) && checkUse(R, Origin, Arg, C))
      return;
  }
}

} // namespace

void registerDanglingChecker(CheckerManager &Mgr) {
  auto *Chk = Mgr.registerChecker<DanglingChecker>();
  Chk->ReportHeapObjects = lifeguard::csa::booleanOption(
      Mgr, Chk, "ReportHeapObjects", /*Default=*/true);
}
