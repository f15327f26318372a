//===-- Dangling.cpp - Handles used after their object ended --------------===//

#include "Dangling.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace lifeguard {

namespace {

DanglingFinding describe(const FunctionAnalysis &A, DanglingFinding::Kind K,
                         const Stmt *Where, LoanID L, Death D) {
  DanglingFinding F{K, Where->getBeginLoc(), nullptr, {DanglingObject::Local},
                    SourceLocation(), A.originOf(L), D};
  const Storage &St = A.storageOf(L);
  switch (St.Kind) {
  case StorageKind::Local:
    F.Object.Var = St.var();
    break;
  case StorageKind::Temporary:
    F.Object.K = DanglingObject::Temporary;
    F.Object.Type = static_cast<const Expr *>(St.Key)->getType();
    break;
  case StorageKind::Heap:
    F.Object.K = DanglingObject::Heap;
    break;
  case StorageKind::Param:
  case StorageKind::ParamContent:
  case StorageKind::StaticContent:
    F.Object.K = DanglingObject::Pointee;
    F.Object.Var = St.var();
    break;
  case StorageKind::ThisContent:
    F.Object.K = DanglingObject::Pointee;
    F.Object.Member = static_cast<const FieldDecl *>(St.Key);
    break;
  default:
    F.Object.K = DanglingObject::This;
    break;
  }
  if (A.loan(L).Issue)
    F.Obtained = A.issueLocation(L);
  return F;
}

} // namespace

std::vector<DanglingFinding> findDangling(const FunctionAnalysis &A) {
  std::vector<DanglingFinding> Result;
  // One report per dead object and full-expression: `r.items[0]` reads the
  // dead object twice over.
  llvm::DenseSet<std::pair<const Stmt *, StorageID>> Reported;
  llvm::DenseSet<StorageID> Used;
  for (const UseEvent &U : A.uses()) {
    auto [L, D] = U.Loans.front();
    StorageID S = A.loan(L).Target.Storage;
    for (const auto &LD : U.Loans)
      Used.insert(A.loan(LD.first).Target.Storage);
    if (Reported.insert({U.FullExpression, S}).second)
      Result.push_back(describe(A, DanglingFinding::Use, U.Where, L, D));
  }
  // A variable bound to a dying temporary, when nothing uses it later.
  for (const DanglingBinding &B : A.danglingBindings()) {
    if (llvm::any_of(B.Loans, [&](const std::pair<LoanID, Death> &LD) {
          return Used.count(A.loan(LD.first).Target.Storage);
        }))
      continue;
    auto [L, D] = B.Loans.front();
    if (!Reported.insert({B.Where, A.loan(L).Target.Storage}).second)
      continue;
    DanglingFinding F = describe(A, DanglingFinding::Binding, B.Where, L, D);
    F.Where = B.Var->getLocation();
    F.Bound = B.Var;
    Result.push_back(F);
  }
  return Result;
}

std::optional<SharedOwnerCopy>
findSharedOwnerCopy(LifetimeEngine &Engine, const CXXMethodDecl *Copier) {
  const CXXRecordDecl *RD = Copier->getParent();
  const CXXDestructorDecl *Dtor = RD->getDestructor();
  if (!Dtor || !Dtor->isUserProvided())
    return std::nullopt;
  const FunctionSummary *Destroys = Engine.summary(Dtor, 0);
  if (!Destroys)
    return std::nullopt;
  const FunctionSummary *Copies =
      Copier->isUserProvided() ? Engine.summary(Copier, 0) : nullptr;
  for (const FunctionSummary::Free &Freed : Destroys->Frees) {
    const FieldDecl *Member = Freed.Term.Field;
    if (Freed.Term.K != SummaryTerm::ThisContent || !Member ||
        Member->getParent() != RD || !Member->getType()->isPointerType())
      continue;
    // An implicit copy copies every member as it is; a written one is
    // shallow when it stores the source's pointer into the member.
    bool Shallow =
        !Copier->isUserProvided() ||
        (Copies && llvm::any_of(Copies->Retains,
                                [&](const FunctionSummary::Retain &R) {
                                  return R.Source.K == SummaryTerm::ParamContent &&
                                         R.Source.ParamIndex == 0 &&
                                         R.Sink.K == SummaryTerm::This &&
                                         R.Sink.Field == Member;
                                }));
    if (Shallow)
      return SharedOwnerCopy{RD, Member, Dtor, Freed.Where, Copier};
  }
  return std::nullopt;
}

} // namespace lifeguard
