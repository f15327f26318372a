//===-- PoolMisuse.cpp - Objects used after they went back to their pool --===//

#include "PoolMisuse.h"
#include "LifetimeModel.h"
#include "clang/AST/DynamicRecursiveASTVisitor.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace lifeguard {

std::vector<PoolFinding> findPoolMisuse(const FunctionAnalysis &A) {
  std::vector<PoolFinding> Result;
  // One report per object: a loop reads a released object at every turn.
  llvm::DenseSet<StorageID> Reported;
  for (const UseEvent *U : A.usesInSourceOrder()) {
    if (U->OnSomePaths ||
        !llvm::all_of(U->Loans, [](const std::pair<LoanID, Death> &LD) {
          return LD.second.K == Death::ReturnedToPool;
        }))
      continue;
    auto [L, D] = U->Loans.front();
    if (!Reported.insert(A.loan(L).Target.Storage).second)
      continue;
    // The use is a release itself: the object goes back a second time.
    bool Again = llvm::any_of(A.poolReleases(), [&](const PoolRelease &R) {
      return R.Call == U->Where;
    });
    PoolFinding F{Again ? PoolFinding::DoubleRelease
                        : PoolFinding::UseAfterRelease,
                  U->Where->getBeginLoc()};
    if (A.storageOf(L).Kind == StorageKind::MovedBuffer) {
      F.K = PoolFinding::ResourceReleased;
      F.Released = D.Where;
      Place Resource = A.movedFrom(A.loan(L).Target.Storage);
      F.Local = declarationOf(A.storage(Resource.Storage), Resource);
      Result.push_back(F);
      continue;
    }
    // (A variable released through stands for its object by a storage
    // keyed by the release itself: see releaseThrough.)
    if (A.storageOf(L).Kind == StorageKind::Heap &&
        A.storageOf(L).Key != D.Where)
      F.Acquired = dyn_cast_or_null<CallExpr>(
          static_cast<const Expr *>(A.storageOf(L).Key));
    F.Released = D.Where;
    Result.push_back(F);
  }
  // Given back what no pool handed out, on every path.
  for (const PoolRelease &R : A.poolReleases()) {
    LoanSet Targets = R.Released;
    Targets.reset(NullLoan);
    if (Targets.count() != 1 || Targets.test(UnknownLoan))
      continue;
    LoanID L = Targets.find_first();
    const Storage &St = A.storageOf(L);
    bool Local = St.Kind == StorageKind::Local && !St.Stale;
    bool New = St.Kind == StorageKind::Heap && !St.Stale &&
               isa_and_nonnull<CXXNewExpr>(static_cast<const Expr *>(St.Key));
    if (!Local && !New)
      continue;
    PoolFinding F{PoolFinding::ForeignRelease, R.Call->getBeginLoc()};
    F.Released = R.Call;
    if (Local)
      F.Local = St.var();
    else
      F.Acquired = static_cast<const Expr *>(St.Key);
    Result.push_back(F);
  }
  return Result;
}

namespace {

/// The members of `*this` an expression names (`&arena_`, `arena_`).
class MembersNamed : public ConstDynamicRecursiveASTVisitor {
public:
  llvm::SmallVector<const MemberExpr *, 2> Found;
  bool VisitMemberExpr(const MemberExpr *ME) override {
    if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()) &&
        isa<FieldDecl>(ME->getMemberDecl()))
      Found.push_back(ME);
    return true;
  }
};

} // namespace

std::vector<ResourceDestroyedFirst>
findResourcesDestroyedFirst(const CXXRecordDecl *RD) {
  std::vector<ResourceDestroyedFirst> Result;
  if (!RD || !RD->hasDefinition())
    return Result;
  RD = RD->getDefinition();
  if (const CXXDestructorDecl *Dtor = RD->getDestructor();
      Dtor && Dtor->isUserProvided())
    return Result;
  // The initializers of each container member: its default member
  // initializer and what each constructor gives it.
  llvm::DenseMap<const FieldDecl *, llvm::SmallVector<const Expr *, 2>> Inits;
  for (const FieldDecl *F : RD->fields())
    if (LifetimeModel::allocatesFromResource(F->getType()) &&
        F->hasInClassInitializer() && F->getInClassInitializer())
      Inits[F].push_back(F->getInClassInitializer());
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (const FieldDecl *F = Init->getMember();
          F && Init->isWritten() &&
          LifetimeModel::allocatesFromResource(F->getType()))
        Inits[F].push_back(Init->getInit());
  llvm::DenseSet<std::pair<const FieldDecl *, const FieldDecl *>> Reported;
  for (const FieldDecl *F : RD->fields()) {
    auto It = Inits.find(F);
    if (It == Inits.end())
      continue;
    for (const Expr *Init : It->second) {
      MembersNamed Finder;
      Finder.TraverseStmt(const_cast<Expr *>(Init));
      for (const MemberExpr *ME : Finder.Found) {
        const auto *Resource = cast<FieldDecl>(ME->getMemberDecl());
        if (Resource->getParent() == RD &&
            Resource->getFieldIndex() > F->getFieldIndex() &&
            LifetimeModel::isMemoryResource(Resource->getType()) &&
            Reported.insert({F, Resource}).second)
          Result.push_back({F, Resource, ME});
      }
    }
  }
  return Result;
}

} // namespace lifeguard
