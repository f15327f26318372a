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

namespace {

/// The argument of \p Call that its result refers to on every path, by
/// what the standard library's functions do and by
/// [[clang::lifetimebound]]; null when not known. \p Designates, on entry
/// whether the result is an object or a handle's value, is set to what
/// the argument is.
const Expr *referredArgument(LifetimeModel &Model, const CallExpr *Call,
                             bool &Designates) {
  const FunctionDecl *FD = Call->getDirectCallee();
  if (!FD)
    return nullptr;
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  const Expr *Object = nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
    Object = MC->getImplicitObjectArgument();
  else if (isa<CXXOperatorCallExpr>(Call) && MD &&
           MD->isImplicitObjectMemberFunction())
    Object = Call->getArg(0);
  llvm::ArrayRef<const Expr *> Args(Call->getArgs(), Call->getNumArgs());
  if (Object && isa<CXXOperatorCallExpr>(Call))
    Args = Args.drop_front();
  // An accessor of an owner (`std::string(...)[0]`, `.c_str()`), a
  // conversion to a view, or a member whose object is lifetimebound:
  // into the object.
  if (Object && MD &&
      (LifetimeModel::accessesElements(MD) ||
       lifetimes::implicitObjectParamIsLifetimeBound(MD) ||
       (isa<CXXConversionDecl>(MD) &&
        Model.isPointerLike(MD->getReturnType())))) {
    Designates = !Object->getType()->isPointerType();
    return Object;
  }
  // std::move(x), std::as_const(x): x itself; std::addressof(x): x's address.
  if (LifetimeModel::isStd(FD) && !Args.empty() &&
      LifetimeModel::stdFunction(FD) == StdFunction::Forward) {
    Designates = true;
    return Args.back();
  }
  // Lifetimebound parameters: only when there is one, the result refers to
  // it on every path.
  const Expr *Bound = nullptr;
  unsigned NumBound = 0;
  for (unsigned I = 0; I < FD->getNumParams() && I < Args.size(); ++I)
    if (FD->getParamDecl(I)->hasAttr<LifetimeBoundAttr>()) {
      ++NumBound;
      Bound = Args[I];
      Designates = FD->getParamDecl(I)->getType()->isReferenceType();
    }
  return NumBound == 1 ? Bound : nullptr;
}

} // namespace

const MaterializeTemporaryExpr *temporaryBehindGlobal(LifetimeModel &Model,
                                                      const VarDecl *VD) {
  QualType T = VD->getType();
  if (VD->isInvalidDecl() || T->isDependentType() ||
      (!T->isReferenceType() && !Model.isPointerLike(T)))
    return nullptr;
  // Walked from the initialiser to where the handle comes from. Designates:
  // E is an object the handle refers to (a reference to it, its address,
  // its elements), which must not be a temporary left to die; otherwise E
  // is a handle's value, whose view of an owner temporary must not be.
  const Expr *E = VD->getInit();
  bool Designates = T->isReferenceType();
  // Each step goes one node down a finite tree; the bound keeps a
  // pathological initialiser cheap.
  for (unsigned Step = 0; E && Step < 64; ++Step) {
    E = E->IgnoreParens();
    if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E)) {
      if (!Designates) {
        E = MT->getSubExpr();
        continue;
      }
      // Extended by the variable itself, it lives as long.
      return MT->getExtendingDecl() ? nullptr : MT;
    }
    if (const auto *ICE = dyn_cast<ImplicitCastExpr>(E)) {
      E = ICE->getSubExpr();
    } else if (const auto *FE = dyn_cast<FullExpr>(E)) {
      E = FE->getSubExpr();
    } else if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E)) {
      E = Cast->getSubExpr();
    } else if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E)) {
      E = BTE->getSubExpr();
    } else if (const auto *UO = dyn_cast<UnaryOperator>(E);
               UO && UO->getOpcode() == UO_AddrOf && !Designates) {
      E = UO->getSubExpr();
      Designates = true;
    } else if (const auto *ME = dyn_cast<MemberExpr>(E);
               ME && Designates && !ME->isArrow()) {
      E = ME->getBase();
    } else if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
      // A view made from an owner views the owner's elements; a handle
      // copied is the same handle.
      if (Designates || CE->getNumArgs() == 0)
        return nullptr;
      const Expr *Arg = CE->getArg(0);
      if (Model.classKind(CE->getType()) == ClassKind::View &&
          Model.classKind(Arg->getType()) == ClassKind::Owner &&
          Arg->isGLValue()) {
        E = Arg;
        Designates = true;
        continue;
      }
      E = Model.isPointerLike(Arg->getType()) ? Arg : nullptr;
    } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
      E = referredArgument(Model, Call, Designates);
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
