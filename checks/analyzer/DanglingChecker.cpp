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
#include "HandleUses.h"
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
  case Ending::Invalidated:
  case Ending::ReturnedToPool:
  case Ending::ResourceReleased:
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
  // A handle a container's modification invalidated is
  // lifeguard.ContainerInvalidation's, an object back in its pool (or its
  // memory resource) lifeguard.PoolMisuse's.
  if (!E || E->K == Ending::Invalidated || E->K == Ending::ReturnedToPool ||
      E->K == Ending::ResourceReleased)
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
  lifeguard::csa::dropPathsThroughWidenedBranches(*Report, *E);
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
  lifeguard::csa::visitLocationUse(
      Loc, S, [&](const MemRegion *R, const Stmt *At, const Expr *Handle) {
        return checkUse(R, At, Handle, C);
      });
}

void DanglingChecker::checkPreCall(const CallEvent &Call,
                                   CheckerContext &C) const {
  lifeguard::csa::visitCallUses(
      Call, C, [&](const MemRegion *R, const Stmt *At, const Expr *Handle) {
        return checkUse(R, At, Handle, C);
      });
}

} // namespace

void registerDanglingChecker(CheckerManager &Mgr) {
  auto *Chk = Mgr.registerChecker<DanglingChecker>();
  Chk->ReportHeapObjects = lifeguard::csa::booleanOption(
      Mgr, Chk, "ReportHeapObjects", /*Default=*/true);
}
