//===-- PoolMisuseChecker.cpp - lifeguard.PoolMisuse ----------------------===//
//
// Reports an object used, or given back again, after it went back to its
// pool on some feasible path (pool.release(p), or any release function
// LifetimeModel::poolRole recognises: by name, by the user's options
// AcquireFunctions and ReleaseFunctions, by annotation), and a release of a
// local the pool never handed out. lifeguard.LifetimeModeling ends the
// object when the release returns; this file words the report.
//
//===----------------------------------------------------------------------===//

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

namespace {

class PoolMisuseChecker : public Checker<check::Location, check::PreCall> {
public:
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
        if (R && releasesLocal(R, Call.getArgExpr(*I), C))
          return;
        if (R && report(R, Origin, Call.getArgExpr(*I),
                        "object released to its pool twice", C))
          return;
      }
    bool Reported = false;
    lifeguard::csa::visitCallUses(
        Call, [&](const MemRegion *R, const Stmt *At, const Expr *Handle) {
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

private:
  bool reportUse(const MemRegion *R, const Stmt *S, const Expr *Handle,
                 CheckerContext &C) const {
    return report(R, S, Handle,
                  "use of an object after it was released to its pool", C);
  }
  /// Reports \p Msg at \p S when the object \p R designates went back to
  /// its pool; true when it did.
  bool report(const MemRegion *R, const Stmt *S, const Expr *Handle,
              StringRef Msg, CheckerContext &C) const;
  /// Reports a release of the local \p R designates; true when it did.
  bool releasesLocal(const MemRegion *R, const Expr *Arg,
                     CheckerContext &C) const;

  const BugType BT{this, "Use of a pool's object after its release",
                   "Lifetime (lifeguard)"};
};

bool PoolMisuseChecker::report(const MemRegion *R, const Stmt *S,
                               const Expr *Handle, StringRef Msg,
                               CheckerContext &C) const {
  if (AnalysisDeclContext::isInStdNamespace(C.getLocationContext()->getDecl()))
    return false;
  std::optional<Ending> E = lifeguard::csa::endingOf(C, R, S);
  if (!E || E->K != Ending::ReturnedToPool)
    return false;
  // The pool's own code links and reads the objects given back to it (an
  // intrusive free list), also in the helpers it calls. (Asked only of a
  // released object: every access of the path comes here.)
  for (const StackFrameContext *SF = C.getStackFrame(); SF;
       SF = SF->getParent() ? SF->getParent()->getStackFrame() : nullptr)
    if (const auto *FD = dyn_cast_or_null<FunctionDecl>(SF->getDecl());
        FD && lifeguard::csa::lifetimeModel(C).isPoolCode(
                  FD, dyn_cast_or_null<Expr>(SF->getCallSite())))
      return false;
  ExplodedNode *N = C.generateErrorNode();
  if (!N)
    return false;
  auto Report = std::make_unique<PathSensitiveBugReport>(BT, Msg, N);
  Report->markInteresting(R->getBaseRegion());
  Report->markInteresting(E->Object);
  lifeguard::csa::noteWhereHandleWasMade(
      *Report, lifeguard::csa::holderOf(Handle, N), R->getBaseRegion(),
      "the pool's object");
  C.emitReport(std::move(Report));
  return true;
}

bool PoolMisuseChecker::releasesLocal(const MemRegion *R, const Expr *Arg,
                                      CheckerContext &C) const {
  const auto *VR = dyn_cast<VarRegion>(R->getBaseRegion());
  if (!VR || !VR->getDecl()->hasLocalStorage() ||
      VR->getDecl()->getType()->isReferenceType())
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

} // namespace

void registerPoolMisuseChecker(CheckerManager &Mgr) {
  Mgr.registerChecker<PoolMisuseChecker>();
}
