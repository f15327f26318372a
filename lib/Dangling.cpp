//===-- Dangling.cpp - Handles used after their object ended --------------===//

#include "Dangling.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/Analyses/LifetimeSafety/LifetimeAnnotations.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace lifeguard {

namespace {

DanglingFinding describe(const FunctionAnalysis &A, DanglingFinding::Kind K,
                         const Stmt *Where, LoanID L, Death D) {
  DanglingFinding F{K,
                    Where->getBeginLoc(),
                    nullptr,
                    {DanglingObject::Local, nullptr, nullptr, QualType()},
                    SourceLocation(),
                    A.originOf(L),
                    D};
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
  case StorageKind::StaticContent:
    if (St.Depth > 0) {
      F.Object.K = DanglingObject::Reached;
      F.Object.Var = St.var();
      break;
    }
    [[fallthrough]];
  case StorageKind::Param:
    F.Object.K = DanglingObject::Pointee;
    F.Object.Var = St.var();
    break;
  case StorageKind::ParamContent:
    F.Object.K = DanglingObject::Reached;
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
  // One report per dead object, at its first use in the source: a loop over
  // a dead range uses it at the range and at every element.
  llvm::DenseSet<StorageID> Reported;
  for (const UseEvent *U : A.usesInSourceOrder()) {
    // A handle into a container's moved buffer is the container-invalidation
    // family's, an object back in its pool the pool-misuse family's.
    if (U->OnSomePaths ||
        llvm::any_of(U->Loans, [](const std::pair<LoanID, Death> &LD) {
          return LD.second.K == Death::Invalidated ||
                 LD.second.K == Death::ReturnedToPool;
        }))
      continue;
    for (auto [L, D] : U->Loans)
      if (Reported.insert(A.loan(L).Target.Storage).second)
        Result.push_back(describe(A, DanglingFinding::Use, U->Where, L, D));
  }
  // A pointer, reference or view returned to a heap object that a local
  // owner destroys as the function returns (`return up.get();`), or to a
  // temporary, gone before the caller sees the handle (`return
  // std::string(name);` as a string_view, through a helper that returns
  // what it is given; the array of `return {a, b};` as an
  // initializer_list).
  QualType Ret = A.function()->getReturnType();
  const auto *List = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Ret->getAsCXXRecordDecl());
  if (Ret->isPointerType() || Ret->isReferenceType() ||
      lifetimes::isGslPointerType(Ret) ||
      (List && List->getName() == "initializer_list" &&
       List->isInStdNamespace()))
    for (const EscapeEvent &E : A.escapes()) {
      if (E.K != EscapeEvent::Return || E.Value.test(UnknownLoan))
        continue;
      std::optional<std::pair<LoanID, Death>> Destroyed;
      bool All = true;
      for (LoanID L : E.Value) {
        if (L == NullLoan)
          continue;
        auto It = A.deadAtExit().find(A.loan(L).Target.Storage);
        StorageKind K = A.storageOf(L).Kind;
        All =
            All && It != A.deadAtExit().end() &&
            ((K == StorageKind::Heap && It->second.K == Death::OwnerReleased) ||
             // (A temporary bound to a local ends with it.)
             (K == StorageKind::Temporary &&
              (It->second.K == Death::FullExpressionEnd ||
               It->second.K == Death::ScopeEnd)));
        if (All && !Destroyed)
          Destroyed = {L, It->second};
      }
      if (All && Destroyed &&
          Reported.insert(A.loan(Destroyed->first).Target.Storage).second)
        Result.push_back(describe(A, DanglingFinding::Return, E.Where,
                                  Destroyed->first, Destroyed->second));
    }
  // A handle to a temporary stored where it outlives the function (a
  // global, a member, what a parameter refers to) and still there on every
  // path out: whoever reads it next reads a dead temporary.
  for (const EscapeEvent &E : A.escapes()) {
    StackEscape::SinkKind Holder;
    const NamedDecl *HolderDecl = nullptr;
    if (E.K != EscapeEvent::Store || E.Value.empty() ||
        !classifySink(A, E.Target, Holder, HolderDecl))
      continue;
    LoanSet Kept = A.keptAtExit(E.Target);
    std::optional<std::pair<LoanID, Death>> Temporary;
    bool All = true;
    for (LoanID L : E.Value) {
      auto It = A.deadAtExit().find(A.loan(L).Target.Storage);
      All = All && !isPseudoLoan(L) && Kept.test(L) &&
            A.storageOf(L).Kind == StorageKind::Temporary &&
            It != A.deadAtExit().end() &&
            It->second.K == Death::FullExpressionEnd;
      if (All && !Temporary)
        Temporary = {L, It->second};
    }
    if (!All || !Temporary ||
        !Reported.insert(A.loan(Temporary->first).Target.Storage).second)
      continue;
    DanglingFinding F = describe(A, DanglingFinding::Stored, E.Where,
                                 Temporary->first, Temporary->second);
    F.Holder = Holder;
    F.HolderDecl = HolderDecl;
    Result.push_back(F);
  }
  // A variable bound to a dying temporary that nothing uses, and that still
  // holds it when the function returns (not given another value first).
  for (const DanglingBinding &B : A.danglingBindings()) {
    LoanSet AtExit = A.contentAtExit(B.VarPlace);
    auto [L, D] = B.Loans.front();
    if ((A.exitReachable() && !AtExit.test(L)) ||
        llvm::any_of(B.Loans, [&](const std::pair<LoanID, Death> &LD) {
          return Reported.count(A.loan(LD.first).Target.Storage);
        }))
      continue;
    Reported.insert(A.loan(L).Target.Storage);
    DanglingFinding F = describe(A, DanglingFinding::Binding, B.Where, L, D);
    F.Where = B.Var->getLocation();
    F.Bound = B.Var;
    Result.push_back(F);
  }
  return Result;
}

const MaterializeTemporaryExpr *temporaryBehindGlobal(LifetimeModel &Model,
                                                      const VarDecl *VD) {
  if (VD->isInvalidDecl() || VD->getType()->isDependentType() ||
      VD->getType()->isReferenceType() || !Model.isPointerLike(VD->getType()))
    return nullptr;
  auto OwnerTemporary = [&](const Expr *Object) {
    // (Not IgnoreImpCasts, which skips the temporary too.)
    Object = Object->IgnoreParens();
    while (const auto *ICE = dyn_cast<ImplicitCastExpr>(Object))
      Object = ICE->getSubExpr()->IgnoreParens();
    const auto *MT = dyn_cast<MaterializeTemporaryExpr>(Object);
    return MT && !MT->getExtendingDecl() &&
                   Model.classKind(MT->getType()) == ClassKind::Owner
               ? MT
               : nullptr;
  };
  // Through the conversions and copies that keep the handle, to the view
  // made from the owner or the owner's member that hands one out.
  const Expr *E = VD->getInit();
  while (E) {
    // (Past cleanups and temporaries of the handle itself too.)
    E = E->IgnoreParenImpCasts();
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E)) {
      E = Cast->getSubExpr();
    } else if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E)) {
      E = BTE->getSubExpr();
    } else if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
      if (CE->getNumArgs() == 0)
        return nullptr;
      if (Model.classKind(CE->getType()) == ClassKind::View)
        if (const MaterializeTemporaryExpr *MT = OwnerTemporary(CE->getArg(0)))
          return MT;
      E = Model.isPointerLike(CE->getArg(0)->getType()) ? CE->getArg(0)
                                                        : nullptr;
    } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      bool HandsOutView = isa_and_nonnull<CXXConversionDecl>(MD) &&
                          Model.isPointerLike(MD->getReturnType());
      return MD && (HandsOutView || LifetimeModel::accessesElements(MD))
                 ? OwnerTemporary(MC->getImplicitObjectArgument())
                 : nullptr;
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

namespace {

/// The copy constructor or copy assignment of \p RD, declared or implicit
/// (null when deleted or not yet declared).
const CXXMethodDecl *copierOf(const CXXRecordDecl *RD, bool Assignment) {
  for (const CXXMethodDecl *MD : RD->methods())
    if (Assignment ? MD->isCopyAssignmentOperator()
                   : isa<CXXConstructorDecl>(MD) &&
                         cast<CXXConstructorDecl>(MD)->isCopyConstructor())
      return MD->isDeleted() ? nullptr : MD;
  return nullptr;
}

void addSharedOwners(LifetimeEngine &Engine, const CXXRecordDecl *RD,
                     const CXXMethodDecl *Copier, bool Assignment,
                     const CXXRecordDecl *Copied, unsigned Depth,
                     std::vector<SharedOwnerCopy> &Result) {
  bool Implicit = !Copier || !Copier->isUserProvided();
  // An implicit copy copies each member with the member's own copy: look
  // into members whose classes own memory themselves.
  if (Implicit && Depth < 3)
    for (const FieldDecl *F : RD->fields())
      if (const CXXRecordDecl *Inner = F->getType()->getAsCXXRecordDecl();
          Inner && Inner->hasDefinition() && !LifetimeModel::isStd(Inner))
        addSharedOwners(Engine, Inner, copierOf(Inner, Assignment), Assignment,
                        Copied, Depth + 1, Result);
  const CXXDestructorDecl *Dtor = RD->getDestructor();
  if (!Dtor || !Dtor->isUserProvided())
    return;
  const FunctionSummary *Destroys = Engine.summary(Dtor, 0);
  if (!Destroys)
    return;
  const FunctionSummary *Copies = Implicit ? nullptr : Engine.summary(Copier, 0);
  // `if (p_) delete p_;` frees on some path only, which is enough here.
  for (const FunctionSummary::Free &Freed : Destroys->MayFrees) {
    const FieldDecl *Member = Freed.Term.Field;
    if (Freed.Term.K != SummaryTerm::ThisContent || !Member ||
        Member->getParent() != RD || !Member->getType()->isPointerType())
      continue;
    // A written copy that shares the pointer while the destructor frees it
    // only sometimes is reference counting, not a mistake.
    bool Always = llvm::any_of(Destroys->Frees, [&](const FunctionSummary::Free &F) {
      return F.Term == Freed.Term;
    });
    if (!Implicit && !Always)
      continue;
    // A written copy is shallow when it stores the source's pointer.
    bool Shallow =
        Implicit ||
        (Copies &&
         llvm::any_of(Copies->Retains, [&](const FunctionSummary::Retain &R) {
           return R.Source.K == SummaryTerm::ParamContent &&
                  R.Source.ParamIndex == 0 && R.Source.Depth == 0 &&
                  R.Sink.K == SummaryTerm::This && R.Sink.Field == Member;
         }));
    if (Shallow)
      Result.push_back({Copied, RD, Member, Dtor, Freed.Where, Copier});
  }
}

} // namespace

std::vector<SharedOwnerCopy>
findSharedOwnerCopies(LifetimeEngine &Engine, const CXXMethodDecl *Copier) {
  std::vector<SharedOwnerCopy> Result;
  addSharedOwners(Engine, Copier->getParent(), Copier,
                  !isa<CXXConstructorDecl>(Copier), Copier->getParent(), 0,
                  Result);
  return Result;
}

} // namespace lifeguard
