//===-- ContainerInvalidation.cpp - Handles into storage that moved -------===//

#include "ContainerInvalidation.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace lifeguard {

namespace {

/// The container whose elements \p Buffer is, as the source names it.
std::string containerName(const FunctionAnalysis &A, Place Buffer) {
  const Storage &St = A.storage(Buffer.Storage);
  std::string Name;
  if (const VarDecl *VD = St.variable())
    Name = VD->getName().str();
  else if (St.Kind == StorageKind::ThisContent && St.Key)
    Name = static_cast<const FieldDecl *>(St.Key)->getName().str();
  if (const FieldDecl *F = fieldOfSub(Buffer.Sub))
    Name = Name.empty() ? F->getName().str() : Name + "." + F->getName().str();
  return Name;
}

/// The handle variables the use \p Where reads, in order: the variables it
/// names that are pointers, references, views, iterators or closures.
void handlesRead(LifetimeModel &Model, const Stmt *Where,
                 const VarDecl *Container,
                 llvm::SmallVectorImpl<const VarDecl *> &Handles) {
  if (!Where)
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Where))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
      // Not the container itself (`v` of `v.erase(it)`), but a reference to
      // an element that is an owner (`const std::string &first`) is one.
      QualType T = VD->getType();
      if ((T->isReferenceType() && VD != Container) ||
          Model.isPointerLike(T) || Model.classKind(T) == ClassKind::Holder)
        Handles.push_back(VD);
    }
  for (const Stmt *Child : Where->children())
    handlesRead(Model, Child, Container, Handles);
}

/// The handle variable the use \p Where reads: of those it names, the one
/// whose initializer issued the handle (`stop` of `it != stop`, where
/// `stop = v.end()`), else the first.
const VarDecl *handleRead(LifetimeModel &Model, const Stmt *Where,
                          const VarDecl *Container, const Expr *Issue) {
  llvm::SmallVector<const VarDecl *, 2> Handles;
  handlesRead(Model, Where, Container, Handles);
  if (Handles.empty())
    return nullptr;
  for (const VarDecl *VD : Handles)
    if (Issue && VD->getInit() &&
        VD->getInit()->getSourceRange().fullyContains(Issue->getSourceRange()))
      return VD;
  return Handles.front();
}

/// The range-for loop whose hidden iterator \p VD is.
const CXXForRangeStmt *loopOfIterator(const FunctionAnalysis &A,
                                      const VarDecl *VD, const Stmt *Where) {
  if (!VD || !VD->isImplicit())
    return nullptr;
  for (const Stmt *S = Where; S; S = A.parents().getParent(S))
    if (const auto *Loop = dyn_cast<CXXForRangeStmt>(S))
      if (const auto *Begin = dyn_cast_or_null<DeclStmt>(Loop->getBeginStmt());
          Begin && Begin->isSingleDecl() && Begin->getSingleDecl() == VD)
        return Loop;
  return nullptr;
}

} // namespace

InvalidationFinding::Cause invalidationCause(LifetimeModel &Model,
                                             const Stmt *Call,
                                             Invalidation Otherwise) {
  // The member and the container it is called on: `v.push_back(x)`,
  // `v = w`.
  const Expr *Object = LifetimeModel::objectOfCall(Call);
  const auto *CE = dyn_cast_or_null<CallExpr>(Call);
  const auto *MD =
      CE ? dyn_cast_or_null<CXXMethodDecl>(CE->getDirectCallee()) : nullptr;
  bool Growth = false;
  Invalidation How = Object && MD ? Model.invalidation(
                                        MD, Model.objectType(Object), Growth)
                                  : Invalidation::None;
  if (How == Invalidation::None)
    How = Otherwise;
  switch (How) {
  case Invalidation::Iterators:
    return MD && LifetimeModel::isUnordered(MD->getParent())
               ? InvalidationFinding::Rehashed
               : InvalidationFinding::IteratorsInvalidated;
  case Invalidation::Erased:
  case Invalidation::Popped:
  case Invalidation::ErasedAndAfter:
    return InvalidationFinding::Erased;
  default:
    if (MD && LifetimeModel::emptiesOptional(
                  MD, CE->getNumArgs() > 1 ? CE->getArg(1) : nullptr))
      return InvalidationFinding::Emptied;
    if (MD && !LifetimeModel::alternativeMadeBy(MD).isNull())
      return InvalidationFinding::AlternativeChanged;
    return MD && MD->getIdentifier() && MD->getName() == "clear"
               ? InvalidationFinding::Destroyed
               : InvalidationFinding::Reallocated;
  }
}

StringRef describeCause(InvalidationFinding::Cause How) {
  switch (How) {
  case InvalidationFinding::Reallocated:
    return "storage was reallocated";
  case InvalidationFinding::Destroyed:
    return "elements were destroyed";
  case InvalidationFinding::Emptied:
    return "value was destroyed";
  case InvalidationFinding::AlternativeChanged:
    return "alternative was destroyed";
  case InvalidationFinding::Erased:
    return "element was erased";
  case InvalidationFinding::IteratorsInvalidated:
  case InvalidationFinding::Rehashed:
    return "iterators were invalidated";
  }
  return "storage was reallocated";
}

StringRef describeCauseBriefly(InvalidationFinding::Cause How) {
  switch (How) {
  case InvalidationFinding::Reallocated:
    return "reallocated";
  case InvalidationFinding::Destroyed:
    return "cleared";
  case InvalidationFinding::Emptied:
    return "emptied";
  case InvalidationFinding::AlternativeChanged:
    return "given another alternative";
  case InvalidationFinding::Erased:
    return "erased from";
  case InvalidationFinding::IteratorsInvalidated:
    return "grown at one end";
  case InvalidationFinding::Rehashed:
    return "rehashed";
  }
  return "reallocated";
}

std::vector<InvalidationFinding> findInvalidatedUses(const FunctionAnalysis &A,
                                                      LifetimeModel &Model) {
  std::vector<InvalidationFinding> Result;
  // One report per handle variable and invalidating call: a loop uses its
  // iterator at its condition and at its increment.
  llvm::DenseSet<std::tuple<const VarDecl *, const Expr *, StorageID>> Reported;
  // A range-for loop's report covers its element variable too: the
  // handles issued by its loop variable's declaration (the element of the
  // next iteration, read through the invalid iterator, and its structured
  // bindings) that the same call invalidated.
  llvm::DenseSet<std::pair<const Expr *, StorageID>> LoopsReported;
  llvm::SmallVector<std::pair<const CXXForRangeStmt *, const Stmt *>, 2>
      LoopReports;
  auto CoveredByLoop = [&](const Expr *Issue, const Stmt *Call) {
    return Issue && llvm::any_of(LoopReports, [&](const auto &Report) {
             return Report.second == Call &&
                    Report.first->getLoopVarStmt()
                        ->getSourceRange()
                        .fullyContains(Issue->getSourceRange());
           });
  };
  // One report per place of use: a handle invalidated by one call on one
  // path and by another call on another is one bug.
  llvm::DenseSet<SourceLocation> UsesReported;
  for (const UseEvent *U : A.usesInSourceOrder())
    for (auto [L, D] : U->Loans) {
      std::pair<const Expr *, StorageID> Handed{A.loan(L).Issue,
                                                A.loan(L).Target.Storage};
      const VarDecl *Handle = handleRead(
          Model, U->Where,
          A.storage(A.movedFrom(Handed.second).Storage).variable(),
          Handed.first);
      if (D.K != Death::Invalidated ||
          (U->OnSomePaths && !A.alwaysReaches(D.Where, U->Where)) ||
          LoopsReported.count(Handed) || CoveredByLoop(Handed.first, D.Where) ||
          UsesReported.count(U->Where->getBeginLoc()) ||
          !Reported.insert({Handle, Handed.first, Handed.second}).second)
        continue;
      UsesReported.insert(U->Where->getBeginLoc());
      InvalidationFinding F;
      F.Call = D.Where;
      if (const auto *CE = dyn_cast<CallExpr>(D.Where))
        F.Callee = CE->getDirectCallee();
      F.How = invalidationCause(Model, D.Cause ? D.Cause : D.Where, D.Handles);
      F.Where = U->Where->getBeginLoc();
      F.Handle = Handle;
      // The loop whose body invalidated its own iterator; a loop that began
      // with an invalid one (over a stale view) is an ordinary use.
      F.Loop = loopOfIterator(A, F.Handle, U->Where);
      if (F.Loop && !F.Loop->getBody()->getSourceRange().fullyContains(
                        D.Where->getSourceRange()))
        F.Loop = nullptr;
      if (F.Loop) {
        LoopsReported.insert(Handed);
        LoopReports.push_back({F.Loop, D.Where});
      }
      F.Container = containerName(A, A.movedFrom(A.loan(L).Target.Storage));
      if (A.loan(L).Issue)
        F.Obtained = A.issueLocation(L);
      F.Origin = A.originOf(L);
      Result.push_back(std::move(F));
    }
  return Result;
}

} // namespace lifeguard
