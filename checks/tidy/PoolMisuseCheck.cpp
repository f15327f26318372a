//===-- PoolMisuseCheck.cpp - lifeguard-pool-misuse -----------------------===//

#include "PoolMisuseCheck.h"
#include "PoolMisuse.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

using ::lifeguard::PoolFinding;

namespace clang::tidy::lifeguard {

namespace {

/// The pool an acquiring call asked, when the source names it: `pool` of
/// `pool.acquire()`, `pool_` of `pool_->get()`.
const NamedDecl *poolOf(const Expr *Acquired) {
  const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(Acquired);
  const Expr *Pool =
      MC ? MC->getImplicitObjectArgument()->IgnoreParenImpCasts() : nullptr;
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(Pool))
    return DRE->getDecl();
  if (const auto *ME = dyn_cast_or_null<MemberExpr>(Pool))
    return ME->getMemberDecl();
  return nullptr;
}

} // namespace

PoolMisuseCheck::PoolMisuseCheck(StringRef Name, ClangTidyContext *Context)
    : LifetimeCheckBase(Name, Context) {
  using ::lifeguard::ExpectedFunctionName;
  qualifiedNamesOption("AcquireFunctions", User.Pools.Acquire,
                       ExpectedFunctionName);
  qualifiedNamesOption("ReleaseFunctions", User.Pools.Release,
                       ExpectedFunctionName);
}

void PoolMisuseCheck::registerMatchers(MatchFinder *Finder) {
  LifetimeCheckBase::registerMatchers(Finder);
  Finder->addMatcher(
      cxxRecordDecl(isDefinition(), unless(isExpansionInSystemHeader()))
          .bind("class"),
      this);
}

void PoolMisuseCheck::check(const MatchFinder::MatchResult &Result) {
  LifetimeCheckBase::check(Result);
  const auto *RD = Result.Nodes.getNodeAs<CXXRecordDecl>("class");
  if (!RD || RD->isDependentContext())
    return;
  for (const ::lifeguard::ResourceDestroyedFirst &F :
       ::lifeguard::findResourcesDestroyedFirst(RD)) {
    diag(F.Container->getLocation(), "member %0 allocates from %1, which is "
                                      "declared after it and destroyed first")
        << F.Container << F.Resource;
    diag(F.Named->getBeginLoc(), "%0 given %1 here", DiagnosticIDs::Note)
        << F.Container << F.Resource;
    diag(F.Resource->getLocation(), "%0 declared here", DiagnosticIDs::Note)
        << F.Resource;
  }
}

void PoolMisuseCheck::reportFunction(const ::lifeguard::FunctionAnalysis &A) {
  for (const PoolFinding &F : ::lifeguard::findPoolMisuse(A)) {
    const NamedDecl *Pool = poolOf(F.Acquired);
    switch (F.K) {
    case PoolFinding::UseAfterRelease:
      diag(F.Where, "use of an object after it was released to its pool");
      break;
    case PoolFinding::DoubleRelease:
      diag(F.Where, "object released to its pool twice");
      break;
    case PoolFinding::ResourceReleased:
      diag(F.Where, "use of memory that its memory resource %0 released")
          << F.Local;
      break;
    case PoolFinding::ForeignRelease:
      if (F.Local)
        diag(F.Where, "local variable %0 released to a pool that did not "
                      "hand it out")
            << F.Local;
      else
        diag(F.Where, "object made with 'new' released to a pool that did "
                      "not hand it out");
      break;
    }
    if (F.K == PoolFinding::ForeignRelease) {
      if (F.Acquired)
        diag(F.Acquired->getBeginLoc(), "allocated with 'new' here",
             DiagnosticIDs::Note);
      continue;
    }
    if (F.Acquired)
      diag(F.Acquired->getBeginLoc(), "%select{acquired here|acquired from "
                                      "%1 here}0",
           DiagnosticIDs::Note)
          << (Pool != nullptr) << Pool;
    if (F.Released)
      diag(F.Released->getBeginLoc(), "released here", DiagnosticIDs::Note);
  }
}

} // namespace clang::tidy::lifeguard
