//===-- Evaluation.cpp - What expressions designate and carry -------------===//
//
// The evaluator. gl(E) gives the places a glvalue designates, rv(E) the loans
// a prvalue carries, both against the state at the current program point:
// `&x` is gl(x), `*p` is rv(p), reading `p` loads the content of gl(p), and a
// reference variable holds the places it is bound to. A place nobody wrote
// holds its default content: what the caller passed, as the symbolic storages
// that summaries translate back. Evaluation is pure (it never changes the
// state), so the transfer functions and calls evaluate an operand wherever
// they need its value. What a call returns is in CallEffects.cpp.
//
//===----------------------------------------------------------------------===//

#include "FunctionAnalyzer.h"

using namespace clang;

namespace lifeguard {

namespace {

/// The expression a wrapper stands for: a default argument or member
/// initialiser, a full-expression's cleanups, a bound temporary, an opaque
/// value's source, the braces of `const T &r{x}`. Null for other
/// expressions.
const Expr *transparentSubExpr(const Expr *E) {
  if (const auto *ILE = dyn_cast<InitListExpr>(E); ILE && ILE->isTransparent())
    return ILE->getInit(0);
  if (const auto *DA = dyn_cast<CXXDefaultArgExpr>(E))
    return DA->getExpr();
  if (const auto *DI = dyn_cast<CXXDefaultInitExpr>(E))
    return DI->getExpr();
  if (const auto *FE = dyn_cast<FullExpr>(E))
    return FE->getSubExpr();
  if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E))
    return BTE->getSubExpr();
  if (const auto *OVE = dyn_cast<OpaqueValueExpr>(E))
    return OVE->getSourceExpr();
  return nullptr;
}

} // namespace

LoanSet FunctionAnalyzer::defaultContent(Place P) {
  const Storage &St = R.Storages[P.Storage];
  switch (St.Kind) {
  case StorageKind::Local: {
    // A parameter's handles refer to what the caller passed: a symbolic
    // storage that summaries translate back into the caller's terms.
    const auto *PVD = dyn_cast<ParmVarDecl>(St.var());
    if (PVD && Model.canHoldHandle(PVD->getType()))
      return loanOf(StorageKind::Param, PVD, nullptr, nullptr);
    return {};
  }
  case StorageKind::Param:
    return only(
        loanFor({storageFor(StorageKind::ParamContent, St.Key), nullptr},
                nullptr, fieldOfSub(P.Sub)));
  case StorageKind::Static:
    return loanOf(StorageKind::StaticContent, St.Key, nullptr, nullptr);
  case StorageKind::StaticContent:
  case StorageKind::ParamContent:
    // What the handles there refer to: the next level, up to a depth.
    if (St.Depth + 1 >= MaxContentDepth)
      return only(UnknownLoan);
    return only(loanFor(
        {storageFor(St.Kind, St.Key, /*Stale=*/false, St.Depth + 1), nullptr},
        nullptr));
  case StorageKind::This:
    return loanOf(StorageKind::ThisContent, fieldOfSub(P.Sub), nullptr,
                  nullptr);
  default:
    return only(UnknownLoan);
  }
}

LoanSet FunctionAnalyzer::content(const State &S, Place P) {
  P = cellOf(P);
  if (auto It = S.Cells.find(P); It != S.Cells.end())
    return It->second;
  if (P.Sub)
    if (auto It = S.Cells.find({P.Storage, nullptr}); It != S.Cells.end())
      return It->second;
  return defaultContent(P);
}

LoanSet FunctionAnalyzer::wholeContent(const State &S, StorageID ID) {
  LoanSet Result;
  bool HasWhole = false;
  for (const auto &[P, V] : S.Cells) {
    if (P.Storage != ID)
      continue;
    Result |= V;
    HasWhole |= P.Sub == nullptr;
  }
  if (!HasWhole)
    Result |= defaultContent({ID, nullptr});
  return Result;
}

LoanSet FunctionAnalyzer::load(const LoanSet &Places) {
  LoanSet Result;
  for (LoanID L : Places) {
    if (L == NullLoan)
      continue; // reading through null is a bug of its own
    if (L == UnknownLoan) {
      Result.set(UnknownLoan);
      continue;
    }
    Place P = R.Loans[L].Target;
    const Storage &St = R.Storages[P.Storage];
    // A temporary nobody wrote to holds what it was created from.
    if (St.Kind == StorageKind::Temporary && !Cur->Cells.count(cellOf(P)) &&
        !Cur->Cells.count({P.Storage, nullptr})) {
      Result |= rv(static_cast<const MaterializeTemporaryExpr *>(St.Key)
                       ->getSubExpr());
      continue;
    }
    Result |= P.Sub ? content(*Cur, P) : wholeContent(*Cur, P.Storage);
  }
  return Result;
}

LoanSet FunctionAnalyzer::elementsOf(const LoanSet &Places, const Expr *At) {
  LoanSet Result;
  for (LoanID L : Places) {
    const Loan &Ln = R.Loans[L];
    if (isPseudoLoan(L))
      Result.set(L);
    // The buffer of an element that is itself a container is not told
    // apart from the element, but the handle into it is issued at the
    // element: a relocation of the outer container moves the element and
    // keeps that buffer (see invalidateElements).
    else if (isElements(Ln.Target.Sub))
      Result.set(At ? loanFor(Ln.Target, At) : L);
    else
      Result.set(loanFor(elementsPlace(Ln.Target), Ln.Issue ? Ln.Issue : At));
  }
  return Result;
}

LoanSet FunctionAnalyzer::fieldOf(const LoanSet &Places, const FieldDecl *F) {
  LoanSet Result;
  for (LoanID L : Places) {
    const Loan &Ln = R.Loans[L];
    if (isPseudoLoan(L) || Ln.Target.Sub || !F)
      Result.set(L);
    else
      Result.set(loanFor({Ln.Target.Storage, F}, Ln.Issue, Ln.ReadFrom));
  }
  return Result;
}

LoanSet FunctionAnalyzer::gl(const Expr *E) {
  E = E->IgnoreParens();
  if (const Expr *Inner = transparentSubExpr(E))
    return gl(Inner);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *BD = dyn_cast<BindingDecl>(DRE->getDecl()))
      if (const Expr *B = BD->getBinding(); B && B->isGLValue())
        return gl(B);
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD)
      return only(UnknownLoan);
    // (A global reference designates what it refers to: its content, which
    // outlives every frame.)
    if (VD->hasGlobalStorage())
      return VD->getType()->isReferenceType()
                 ? load(loanOf(StorageKind::Static, VD, nullptr, nullptr))
                 : loanOf(StorageKind::Static, VD, nullptr, E);
    if (!VD->hasLocalStorage() || !isOwnVar(VD)) {
      // In a lambda's body a captured variable is a member of the closure.
      if (const FieldDecl *F = captureField(VD)) {
        LoanSet Places = fieldOf(loanOf(StorageKind::This, nullptr, nullptr, E), F);
        return F->getType()->isReferenceType() ? load(Places) : Places;
      }
      return only(UnknownLoan);
    }
    Place Var{storageFor(StorageKind::Local, VD), nullptr};
    if (VD->getType()->isReferenceType())
      return content(*Cur, Var); // the referent
    return only(loanFor(Var, E));
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const ValueDecl *M = ME->getMemberDecl();
    if (const auto *F = dyn_cast<FieldDecl>(M)) {
      LoanSet Base = ME->isArrow() ? rv(ME->getBase()) : gl(ME->getBase());
      LoanSet Places = fieldOf(Base, F);
      return F->getType()->isReferenceType() ? load(Places) : Places;
    }
    if (const auto *VD = dyn_cast<VarDecl>(M))
      return loanOf(StorageKind::Static, VD, nullptr, E);
    return only(UnknownLoan);
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_Deref)
      return rv(UO->getSubExpr());
    if (UO->isPrefix() && UO->isIncrementDecrementOp())
      return gl(UO->getSubExpr());
    return only(UnknownLoan);
  }
  if (const auto *AE = dyn_cast<ArraySubscriptExpr>(E))
    return rv(AE->getBase());
  if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
    return loanOf(StorageKind::Temporary, MTE, nullptr, MTE);
  if (const auto *C = dyn_cast<CallExpr>(E))
    return evalCall(C);
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
    LoanSet Result = gl(CO->getTrueExpr());
    Result |= gl(CO->getFalseExpr());
    return Result;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() == BO_Comma)
      return gl(BO->getRHS());
    if (BO->isAssignmentOp())
      return gl(BO->getLHS());
    return only(UnknownLoan);
  }
  if (const auto *CE = dyn_cast<CastExpr>(E)) {
    if (CE->getSubExpr()->isGLValue())
      return gl(CE->getSubExpr());
    return only(UnknownLoan);
  }
  return only(UnknownLoan);
}

LoanSet FunctionAnalyzer::rv(const Expr *E) {
  E = E->IgnoreParens();
  if (const Expr *Inner = transparentSubExpr(E))
    return rv(Inner);
  if (E->isGLValue())
    return Model.canHoldHandle(E->getType()) ? load(gl(E)) : LoanSet();
  if (!Model.canHoldHandle(E->getType()))
    return {};
  if (const auto *CE = dyn_cast<CastExpr>(E)) {
    const Expr *Sub = CE->getSubExpr();
    switch (CE->getCastKind()) {
    case CK_LValueToRValue:
      return load(gl(Sub));
    case CK_ArrayToPointerDecay:
      return gl(Sub);
    case CK_NullToPointer:
    case CK_NullToMemberPointer:
      return only(NullLoan);
    case CK_IntegralToPointer:
    case CK_FunctionToPointerDecay:
    case CK_BuiltinFnToFnPtr:
      return only(UnknownLoan);
    default:
      return contentOf(Sub);
    }
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_AddrOf)
      return gl(UO->getSubExpr());
    if (UO->isPostfix())
      return contentOf(UO->getSubExpr());
    return only(UnknownLoan);
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() == BO_Comma)
      return rv(BO->getRHS());
    if (BO->isAdditiveOp() && E->getType()->isPointerType())
      return rv(BO->getLHS()->getType()->isPointerType() ? BO->getLHS()
                                                         : BO->getRHS());
    if (BO->getOpcode() == BO_Assign)
      return rv(BO->getRHS());
    return only(UnknownLoan);
  }
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
    LoanSet Result = contentOf(CO->getTrueExpr());
    Result |= contentOf(CO->getFalseExpr());
    return Result;
  }
  if (isa<CXXThisExpr>(E))
    return loanOf(StorageKind::This, nullptr, nullptr, E);
  if (const auto *NE = dyn_cast<CXXNewExpr>(E)) {
    // `new (p) T(...)` makes its object where p points: storage a memory
    // resource or a buffer handed out.
    if (NE->getNumPlacementArgs() == 1 &&
        NE->getOperatorNew()->isReservedGlobalPlacementOperator())
      return contentOf(NE->getPlacementArg(0));
    return loanOf(StorageKind::Heap, E, nullptr, E);
  }
  if (const auto *C = dyn_cast<CallExpr>(E))
    return evalCall(C);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return evalConstruct(CE);
  if (const auto *LE = dyn_cast<LambdaExpr>(E))
    return evalLambda(LE);
  if (const auto *ILE = dyn_cast<InitListExpr>(E)) {
    LoanSet Result;
    for (const Expr *Init : ILE->inits())
      Result |= Init->isGLValue() ? gl(Init) : rv(Init);
    return Result;
  }
  if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E))
    return contentOf(SIL->getSubExpr());
  return only(UnknownLoan);
}

LoanSet FunctionAnalyzer::evalLambda(const LambdaExpr *LE) {
  LoanSet Result;
  auto Init = LE->capture_init_begin();
  for (const LambdaCapture &C : LE->captures()) {
    const Expr *InitExpr = *Init++;
    if (C.capturesThis()) {
      Result |= loanOf(StorageKind::This, nullptr, nullptr, LE);
      continue;
    }
    if (!InitExpr)
      continue;
    if (C.getCaptureKind() == LCK_ByRef && InitExpr->isGLValue())
      Result |= gl(InitExpr);
    else
      Result |= contentOf(InitExpr);
  }
  return Result;
}

LoanSet FunctionAnalyzer::objectPlaces(const CallArgs &A) {
  if (A.ObjectPlaces)
    return *A.ObjectPlaces;
  if (!A.Object)
    return {};
  return A.Object->getType()->isPointerType() ? rv(A.Object) : gl(A.Object);
}

LoanSet FunctionAnalyzer::evalConstruct(const CXXConstructExpr *CE) {
  if (auto It = Cur->CallValues.find(CE); It != Cur->CallValues.end())
    return It->second;
  QualType T = CE->getType();
  if (!Model.canHoldHandle(T))
    return {};
  const CXXConstructorDecl *Ctor = CE->getConstructor();
  // The compiler's copy copies the handles; a written one is followed.
  if (Ctor->isCopyOrMoveConstructor() && !Ctor->isUserProvided() &&
      CE->getNumArgs() > 0)
    return contentOf(CE->getArg(0));
  LoanSet Result;
  bool IsView = Model.classKind(T) == ClassKind::View;
  // A view made from an owner (an array, a container, a string, a
  // [[gsl::Owner]] class) views the owner's elements.
  auto ViewsElementsOf = [&](const Expr *Arg) {
    QualType ArgT = Arg->getType();
    return IsView && Arg->isGLValue() &&
           (ArgT->isArrayType() || Model.classKind(ArgT) == ClassKind::Owner);
  };
  if (LifetimeModel::isStd(Ctor)) {
    // A smart pointer owns its first argument; a deleter or allocator after
    // it (`{get(), Returner{this}}`) is kept, not owned.
    unsigned Owned = Model.classKind(T) == ClassKind::SmartPointer
                         ? std::min(CE->getNumArgs(), 1u)
                         : CE->getNumArgs();
    bool FromResource = LifetimeModel::allocatesFromResource(T);
    for (const Expr *Arg : llvm::ArrayRef(CE->getArgs(), Owned)) {
      QualType ArgT = Arg->getType();
      // Only a pmr container moved alone takes its source's resource with
      // its buffer.
      if (FromResource && Ctx.hasSameUnqualifiedType(ArgT, T) &&
          !(Arg->isXValue() && CE->getNumArgs() == 1))
        Result |= withoutResources(contentOf(Arg));
      else if (ViewsElementsOf(Arg) ||
               (Arg->isGLValue() && Model.makesViewOf(T, ArgT)))
        Result |= elementsOf(gl(Arg));
      // A range [first, last) is copied: the values, not the iterators.
      else if (!IsView && (Model.isIterator(ArgT) ||
                           LifetimeModel::isElementPointer(T, ArgT)))
        Result |= load(contentOf(Arg));
      else if (Model.canHoldHandle(ArgT))
        Result |= contentOf(Arg);
      // std::reference_wrapper<int>(x) refers to x itself.
      else if (IsView && Arg->isGLValue())
        Result |= gl(Arg);
    }
    return Result;
  }
  if (CE->getNumArgs() == 0)
    return {};
  // The user's views ([[gsl::Pointer]], llvm::StringRef) too, whatever
  // their constructors' bodies say, or when they are not visible: the
  // annotation, or the library, says so.
  for (const Expr *Arg : CE->arguments())
    if (ViewsElementsOf(Arg))
      Result |= elementsOf(gl(Arg));
  CallArgs A = callArgs(CE, Ctor);
  if (const FunctionSummary *S = Engine.summary(Ctor, Depth)) {
    for (const FunctionSummary::Retain &Ret : S->Retains)
      if (Ret.Sink.K == SummaryTerm::This)
        Result |= mapTerm(Ret.Source, A, Ctor);
    return Result;
  }
  bool Annotated = false;
  Result |= boundArguments(A, Ctor, Annotated);
  if (!Annotated && Result.empty())
    Result.set(UnknownLoan);
  return Result;
}

} // namespace lifeguard
