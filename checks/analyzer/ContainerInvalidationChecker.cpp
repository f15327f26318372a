//===-- ContainerInvalidationChecker.cpp - lifeguard.ContainerInvalidation ===//
//
// Reports a pointer, reference, iterator or view into a standard
// container's elements used, on some feasible path, after a call
// invalidated it there by the standard's rules (a growth that reallocates,
// clear, erase of its element, an assignment). lifeguard.LifetimeModeling
// records the invalidation on the handle (the table is lib/'s
// LifetimeModel::invalidation, which the clang-tidy check reads too); this
// file words the report.
//
//===----------------------------------------------------------------------===//

#include "ContainerInvalidation.h"
#include "HandleNotes.h"
#include "HandleUses.h"
#include "LifetimeModeling.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugType.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"

using namespace clang;
using namespace clang::ento;
using lifeguard::csa::Ending;
using lifeguard::csa::quoted;
using lifeguard::csa::sourceName;

namespace {

class ContainerInvalidationChecker
    : public Checker<check::Location, check::PreCall> {
public:
  void checkLocation(SVal Loc, bool IsLoad, const Stmt *S,
                     CheckerContext &C) const {
    lifeguard::csa::visitLocationUse(
        Loc, S, [&](const MemRegion *R, const Stmt *At, const Expr *Handle) {
          return checkUse(R, At, Handle, C);
        });
  }
  void checkPreCall(const CallEvent &Call, CheckerContext &C) const {
    lifeguard::csa::visitCallUses(
        Call, C, [&](const MemRegion *R, const Stmt *At, const Expr *Handle) {
          return checkUse(R, At, Handle, C);
        });
    checkIteratorArguments(Call, C);
  }

private:
  /// An iterator variable handed to the standard library (`it != stop`,
  /// `std::distance(first, stop)`, `v.erase(stop)`, `stop - 1`) is used
  /// there, though what the library does with it (compare its pointer)
  /// reads nothing through it. Not by the iterator's own copy or
  /// assignment.
  void checkIteratorArguments(const CallEvent &Call, CheckerContext &C) const;
  bool checkUse(const MemRegion *R, const Stmt *S, const Expr *Handle,
                CheckerContext &C) const;

  const BugType BT{this, "Use of a handle into a container after it was "
                         "invalidated",
                   "Lifetime (lifeguard)"};
};

void ContainerInvalidationChecker::checkIteratorArguments(
    const CallEvent &Call, CheckerContext &C) const {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  const auto *Origin = dyn_cast_or_null<Expr>(Call.getOriginExpr());
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(FD);
  if (!FD || !Origin || !lifeguard::LifetimeModel::isStd(FD) ||
      isa<CXXConstructorDecl, CXXDestructorDecl>(FD) ||
      (MD && (MD->isCopyAssignmentOperator() || MD->isMoveAssignmentOperator())))
    return;
  lifeguard::LifetimeModel &Model = lifeguard::csa::lifetimeModel(C);
  ProgramStateRef State = C.getState();
  // The iterator the member is called on (`stop - 1`, `++stop`), then the
  // arguments.
  llvm::SmallVector<const Expr *, 4> Iterators;
  if (const auto *IC = dyn_cast<CXXInstanceCall>(&Call))
    Iterators.push_back(IC->getCXXThisExpr());
  for (unsigned I = 0, N = Call.getNumArgs(); I != N; ++I)
    Iterators.push_back(Call.getArgExpr(I));
  for (const Expr *Arg : Iterators) {
    const auto *DRE = dyn_cast_or_null<DeclRefExpr>(
        Arg ? Arg->IgnoreParenImpCasts() : nullptr);
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (!VD || !Model.isIterator(Arg->getType()))
      continue;
    // Where the iterator's pointer (`_M_current`) points.
    const MemRegion *Iterator =
        State->getLValue(VD, C.getLocationContext()).getAsRegion();
    if (const MemRegion *R =
            Iterator ? lifeguard::csa::heldPointer(C, Iterator, Arg->getType())
                           .getAsRegion()
                     : nullptr;
        R && checkUse(R, Origin, Arg, C))
      return;
  }
}

/// True when \p Handle is the hidden iterator of a range-for loop: the
/// loop's body modified what it iterates over.
bool isRangeForIterator(const Expr *Handle) {
  Handle = Handle ? Handle->IgnoreParenImpCasts() : nullptr;
  // `*__begin`: an iterator class's operator*, or a pointer's, or the
  // pointer read.
  const Expr *Iterator = Handle;
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(Handle);
      Op && Op->getNumArgs() > 0)
    Iterator = Op->getArg(0);
  else if (const auto *Deref = dyn_cast_or_null<UnaryOperator>(Handle);
           Deref && Deref->getOpcode() == UO_Deref)
    Iterator = Deref->getSubExpr();
  const auto *DRE =
      dyn_cast_or_null<DeclRefExpr>(Iterator ? Iterator->IgnoreParenImpCasts()
                                             : nullptr);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  return VD && VD->isImplicit() && VD->getName().starts_with("__begin");
}

bool ContainerInvalidationChecker::checkUse(const MemRegion *R, const Stmt *S,
                                            const Expr *Handle,
                                            CheckerContext &C) const {
  // A use inside the standard library would be suppressed, and its sink
  // would end the path (see lifeguard.Dangling).
  if (AnalysisDeclContext::isInStdNamespace(C.getLocationContext()->getDecl()))
    return false;
  std::optional<Ending> E = lifeguard::csa::endingOf(C, R, S);
  if (!E || E->K != Ending::Invalidated)
    return false;
  ExplodedNode *N = C.generateErrorNode();
  if (!N)
    return false;
  const auto *Call = dyn_cast_or_null<CallExpr>(E->Where);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  lifeguard::InvalidationFinding::Cause How =
      lifeguard::invalidationCause(lifeguard::csa::lifetimeModel(C), Call);
  std::string Container =
      quoted(sourceName(lifeguard::LifetimeModel::objectOfCall(Call)),
             "the container");
  std::string CallName =
      Callee ? "'" + Callee->getNameAsString() + "'" : "a call";
  const MemRegion *Holder = lifeguard::csa::holderOf(Handle, N);
  std::string Msg =
      isRangeForIterator(Handle)
          ? CallName + " invalidated the iterator of the range-for loop "
                       "over " + Container
          : quoted(sourceName(Handle), "the handle") + " points into " +
                Container + ", whose " + lifeguard::describeCause(How).str() +
                " by " + CallName;
  auto Report = std::make_unique<PathSensitiveBugReport>(BT, Msg, N);
  Report->markInteresting(R->getBaseRegion());
  Report->markInteresting(E->Object);
  lifeguard::csa::noteWhereHandleWasMade(*Report, Holder, R->getBaseRegion(),
                                         "an element of " + Container);
  lifeguard::csa::dropPathsThroughWidenedBranches(*Report, *E);
  const SourceManager &SM = C.getSourceManager();
  if (auto Inner = lifeguard::csa::innerOwnerOf(C.getState(),
                                                loc::MemRegionVal(R));
      Inner && Inner->Issue)
    Report->addNote("handle into " + Container + " obtained here",
                    PathDiagnosticLocation(Inner->Issue, SM,
                                           C.getLocationContext()));
  if (E->Loc.isValid())
    Report->addNote(Container + " " +
                        lifeguard::describeCauseBriefly(How).str() + " here",
                    PathDiagnosticLocation(E->Loc, SM));
  C.emitReport(std::move(Report));
  return true;
}

} // namespace

void registerContainerInvalidationChecker(CheckerManager &Mgr) {
  Mgr.registerChecker<ContainerInvalidationChecker>();
}
