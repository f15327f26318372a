//===-- LifetimeAnalysis.cpp - The flow-sensitive lifetime engine ---------===//

#include "LifetimeAnalysis.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/Analyses/LifetimeSafety/LifetimeAnnotations.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace lifeguard {

SubObject elementsTag() {
  static const char Tag = 0;
  return &Tag;
}

namespace {

/// The dataflow state at one program point.
struct State {
  bool Reachable = false;
  /// The loans the handles stored in each place may hold. A place that is
  /// absent holds what its whole object holds, or else its default content.
  llvm::DenseMap<Place, LoanSet> Cells;
};

const FieldDecl *fieldOfSub(SubObject Sub) {
  return Sub && Sub != elementsTag() ? static_cast<const FieldDecl *>(Sub)
                                     : nullptr;
}

LoanSet only(LoanID ID) {
  LoanSet S;
  S.set(ID);
  return S;
}

/// A call's arguments lined up with the callee's parameters, and the object
/// a member function is called on.
struct CallArgs {
  const Expr *Object = nullptr;
  llvm::SmallVector<const Expr *, 4> Args;
};

CallArgs callArgs(const Expr *Call, const FunctionDecl *FD) {
  CallArgs A;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
    A.Object = MC->getImplicitObjectArgument();
    A.Args.append(MC->arg_begin(), MC->arg_end());
  } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Call)) {
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(FD);
    bool IsMember = MD && MD->isImplicitObjectMemberFunction();
    if (IsMember && OC->getNumArgs() > 0)
      A.Object = OC->getArg(0);
    A.Args.append(OC->arg_begin() + (IsMember ? 1 : 0), OC->arg_end());
  } else if (const auto *C = dyn_cast<CallExpr>(Call)) {
    A.Args.append(C->arg_begin(), C->arg_end());
  } else if (const auto *CE = dyn_cast<CXXConstructExpr>(Call)) {
    A.Args.append(CE->arg_begin(), CE->arg_end());
  }
  return A;
}

bool isStdNamed(const FunctionDecl *FD,
                std::initializer_list<llvm::StringLiteral> Names) {
  if (!FD->getIdentifier())
    return false;
  StringRef N = FD->getName();
  return llvm::any_of(Names, [&](StringRef Name) { return N == Name; });
}

} // namespace

/// Runs the dataflow for one function and fills its FunctionAnalysis.
class FunctionAnalyzer {
public:
  FunctionAnalyzer(LifetimeEngine &Engine, FunctionAnalysis &Result,
                   unsigned Depth)
      : Engine(Engine), Model(Engine.model()), Ctx(Engine.context()),
        R(Result), Depth(Depth) {}

  bool run(const CFG &G);

private:
  // --- Storages and loans ------------------------------------------------
  StorageID storageFor(StorageKind K, const void *Key) {
    auto [It, Inserted] =
        StorageIDs.try_emplace({unsigned(K), Key}, R.Storages.size());
    if (Inserted)
      R.Storages.push_back({K, Key});
    return It->second;
  }
  LoanID loanFor(Place P, const Expr *Issue) {
    auto [It, Inserted] = LoanIDs.try_emplace(
        std::make_tuple(P.Storage, P.Sub, Issue), R.Loans.size());
    if (Inserted) {
      R.Loans.push_back({P, Issue});
      if (R.Loans.size() > Engine.budget().MaxLoans)
        OverBudget = true;
    }
    return It->second;
  }
  LoanSet loanOf(StorageKind K, const void *Key, SubObject Sub,
                 const Expr *Issue) {
    return only(loanFor({storageFor(K, Key), Sub}, Issue));
  }
  StorageKind kindOf(StorageID S) const { return R.Storages[S].Kind; }

  bool isOwnVar(const VarDecl *VD) const {
    return VD->getParentFunctionOrMethod() ==
           static_cast<const DeclContext *>(R.Function);
  }

  // --- Contents of places --------------------------------------------------
  LoanSet defaultContent(Place P);
  LoanSet content(const State &S, Place P);
  LoanSet wholeContent(const State &S, StorageID ID);
  void writePlace(Place P, const LoanSet &V, bool Strong);
  void join(State &Into, const State &From, bool &Changed);

  // --- Evaluation (pure: no effects on the state) --------------------------
  LoanSet gl(const Expr *E);
  LoanSet rv(const Expr *E);
  LoanSet contentOf(const Expr *E) {
    return E->isGLValue() ? load(gl(E)) : rv(E);
  }
  LoanSet load(const LoanSet &Places);
  LoanSet elementsOf(const LoanSet &Places);
  LoanSet fieldOf(const LoanSet &Places, const FieldDecl *F);
  LoanSet evalCall(const CallExpr *C);
  LoanSet evalStdCall(const FunctionDecl *FD, const CallArgs &A, QualType Ret);
  LoanSet evalConstruct(const CXXConstructExpr *CE);
  LoanSet evalLambda(const LambdaExpr *LE);
  LoanSet objectPlaces(const CallArgs &A);
  LoanSet argValue(const CallArgs &A, const FunctionDecl *FD, unsigned I);
  LoanSet mapTerm(const SummaryTerm &T, const CallArgs &A,
                  const FunctionDecl *FD);
  QualType objectType(const CallArgs &A) const {
    QualType T = A.Object->getType();
    return T->isPointerType() ? T->getPointeeType() : T;
  }

  // --- Effects ------------------------------------------------------------
  void transfer(const CFGElement &E);
  void transferStmt(const Stmt *S);
  void transferVar(const VarDecl *VD);
  void store(const LoanSet &Targets, const LoanSet &Value, const Stmt *Where,
             bool Weak);
  void applyCall(const Expr *Call, const FunctionDecl *FD);
  void applyStdMember(const CXXMethodDecl *MD, const CallArgs &A,
                      const Expr *Call);
  void clearPlaces(const LoanSet &Places);
  bool isOutliving(StorageID S) const;

  LifetimeEngine &Engine;
  LifetimeModel &Model;
  ASTContext &Ctx;
  FunctionAnalysis &R;
  unsigned Depth;
  State *Cur = nullptr;
  bool Recording = false;
  bool OverBudget = false;
  llvm::DenseMap<std::pair<unsigned, const void *>, StorageID> StorageIDs;
  llvm::DenseMap<std::tuple<StorageID, SubObject, const Expr *>, LoanID>
      LoanIDs;
};

// === Contents ===============================================================

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
    return loanOf(StorageKind::ParamContent, St.Key, nullptr, nullptr);
  case StorageKind::This:
    return loanOf(StorageKind::ThisContent, fieldOfSub(P.Sub), nullptr,
                  nullptr);
  default:
    return only(UnknownLoan);
  }
}

LoanSet FunctionAnalyzer::content(const State &S, Place P) {
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

void FunctionAnalyzer::writePlace(Place P, const LoanSet &V, bool Strong) {
  if (!Strong) {
    LoanSet Old = content(*Cur, P);
    Old |= V;
    Cur->Cells[P] = std::move(Old);
    return;
  }
  if (!P.Sub) {
    llvm::SmallVector<Place, 4> Parts;
    for (const auto &Entry : Cur->Cells)
      if (Entry.first.Storage == P.Storage)
        Parts.push_back(Entry.first);
    for (Place Part : Parts)
      Cur->Cells.erase(Part);
  }
  Cur->Cells[P] = V;
}

void FunctionAnalyzer::join(State &Into, const State &From, bool &Changed) {
  if (!From.Reachable)
    return;
  if (!Into.Reachable) {
    Into = From;
    Changed = true;
    return;
  }
  llvm::SmallVector<Place, 16> Keys;
  for (const auto &Entry : From.Cells)
    Keys.push_back(Entry.first);
  for (const auto &Entry : Into.Cells)
    if (!From.Cells.count(Entry.first))
      Keys.push_back(Entry.first);
  for (Place P : Keys) {
    LoanSet Merged = content(Into, P);
    LoanSet Incoming = content(From, P);
    bool Grew = Merged |= Incoming;
    auto It = Into.Cells.find(P);
    if (It == Into.Cells.end() || Grew) {
      Into.Cells[P] = std::move(Merged);
      Changed |= Grew || It == Into.Cells.end();
    }
  }
}

// === Evaluation =============================================================

LoanSet FunctionAnalyzer::load(const LoanSet &Places) {
  LoanSet Result;
  for (LoanID L : Places) {
    if (L == UnknownLoan) {
      Result.set(UnknownLoan);
      continue;
    }
    Place P = R.Loans[L].Target;
    const Storage &St = R.Storages[P.Storage];
    // A temporary nobody wrote to holds what it was created from.
    if (St.Kind == StorageKind::Temporary && !Cur->Cells.count(P) &&
        !Cur->Cells.count({P.Storage, nullptr})) {
      Result |= rv(static_cast<const MaterializeTemporaryExpr *>(St.Key)
                       ->getSubExpr());
      continue;
    }
    Result |= P.Sub ? content(*Cur, P) : wholeContent(*Cur, P.Storage);
  }
  return Result;
}

LoanSet FunctionAnalyzer::elementsOf(const LoanSet &Places) {
  LoanSet Result;
  for (LoanID L : Places) {
    const Loan &Ln = R.Loans[L];
    if (L == UnknownLoan || Ln.Target.Sub)
      Result.set(L);
    else
      Result.set(loanFor({Ln.Target.Storage, elementsTag()}, Ln.Issue));
  }
  return Result;
}

LoanSet FunctionAnalyzer::fieldOf(const LoanSet &Places, const FieldDecl *F) {
  LoanSet Result;
  for (LoanID L : Places) {
    const Loan &Ln = R.Loans[L];
    if (L == UnknownLoan || Ln.Target.Sub || !F)
      Result.set(L);
    else
      Result.set(loanFor({Ln.Target.Storage, F}, Ln.Issue));
  }
  return Result;
}

LoanSet FunctionAnalyzer::gl(const Expr *E) {
  E = E->IgnoreParens();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *BD = dyn_cast<BindingDecl>(DRE->getDecl()))
      if (const Expr *B = BD->getBinding(); B && B->isGLValue())
        return gl(B);
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD)
      return only(UnknownLoan);
    if (VD->hasGlobalStorage() && !VD->getType()->isReferenceType())
      return loanOf(StorageKind::Static, VD, nullptr, E);
    if (!VD->hasLocalStorage() || !isOwnVar(VD))
      return only(UnknownLoan); // captured, or a global reference
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
  if (const auto *OVE = dyn_cast<OpaqueValueExpr>(E))
    return OVE->getSourceExpr() ? gl(OVE->getSourceExpr())
                                : only(UnknownLoan);
  if (const auto *DA = dyn_cast<CXXDefaultArgExpr>(E))
    return gl(DA->getExpr());
  if (const auto *DI = dyn_cast<CXXDefaultInitExpr>(E))
    return gl(DI->getExpr());
  if (const auto *FE = dyn_cast<FullExpr>(E))
    return gl(FE->getSubExpr());
  return only(UnknownLoan);
}

LoanSet FunctionAnalyzer::rv(const Expr *E) {
  E = E->IgnoreParens();
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
  if (isa<CXXNewExpr>(E))
    return loanOf(StorageKind::Heap, E, nullptr, E);
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
  if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E))
    return rv(BTE->getSubExpr());
  if (const auto *FE = dyn_cast<FullExpr>(E))
    return rv(FE->getSubExpr());
  if (const auto *DA = dyn_cast<CXXDefaultArgExpr>(E))
    return rv(DA->getExpr());
  if (const auto *DI = dyn_cast<CXXDefaultInitExpr>(E))
    return rv(DI->getExpr());
  if (const auto *OVE = dyn_cast<OpaqueValueExpr>(E))
    return OVE->getSourceExpr() ? rv(OVE->getSourceExpr())
                                : only(UnknownLoan);
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
  if (!A.Object)
    return {};
  return A.Object->getType()->isPointerType() ? rv(A.Object) : gl(A.Object);
}

LoanSet FunctionAnalyzer::argValue(const CallArgs &A, const FunctionDecl *FD,
                                   unsigned I) {
  if (I >= A.Args.size())
    return {};
  const Expr *Arg = A.Args[I];
  bool ByRef = I < FD->getNumParams() &&
               FD->getParamDecl(I)->getType()->isReferenceType();
  if (ByRef && Arg->isGLValue())
    return gl(Arg);
  return contentOf(Arg);
}

LoanSet FunctionAnalyzer::mapTerm(const SummaryTerm &T, const CallArgs &A,
                                  const FunctionDecl *FD) {
  switch (T.K) {
  case SummaryTerm::Param:
    return fieldOf(argValue(A, FD, T.ParamIndex), T.Field);
  case SummaryTerm::ParamContent:
    return load(argValue(A, FD, T.ParamIndex));
  case SummaryTerm::This:
    return fieldOf(objectPlaces(A), T.Field);
  case SummaryTerm::ThisContent:
    return load(fieldOf(objectPlaces(A), T.Field));
  case SummaryTerm::Static:
    return loanOf(StorageKind::Static, T.Global, T.Field, nullptr);
  }
  return only(UnknownLoan);
}

LoanSet FunctionAnalyzer::evalCall(const CallExpr *C) {
  QualType Ret = C->getCallReturnType(Ctx);
  if (!Ret->isReferenceType() && !Model.canHoldHandle(Ret))
    return {};
  const FunctionDecl *FD = C->getDirectCallee();
  if (!FD)
    return only(UnknownLoan);
  CallArgs A = callArgs(C, FD);
  if (LifetimeModel::isStd(FD))
    return evalStdCall(FD, A, Ret);
  if (const FunctionSummary *S = Engine.summary(FD, Depth)) {
    LoanSet Result;
    for (const SummaryTerm &T : S->Returns)
      Result |= mapTerm(T, A, FD);
    if (S->ReturnsUnknown)
      Result.set(UnknownLoan);
    return Result;
  }
  // Declared only: trust [[clang::lifetimebound]], else know nothing.
  LoanSet Result;
  bool Annotated = false;
  for (unsigned I = 0; I < FD->getNumParams(); ++I)
    if (FD->getParamDecl(I)->hasAttr<LifetimeBoundAttr>()) {
      Result |= argValue(A, FD, I);
      Annotated = true;
    }
  if (A.Object && lifetimes::implicitObjectParamIsLifetimeBound(FD)) {
    Result |= Model.isPointerLike(objectType(A)) ? load(objectPlaces(A))
                                                 : elementsOf(objectPlaces(A));
    Annotated = true;
  }
  if (!Annotated)
    Result.set(UnknownLoan);
  return Result;
}

LoanSet FunctionAnalyzer::evalStdCall(const FunctionDecl *FD,
                                      const CallArgs &A, QualType Ret) {
  LoanSet Result;
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (MD && A.Object && MD->isImplicitObjectMemberFunction()) {
    QualType ObjT = objectType(A);
    LoanSet Obj = objectPlaces(A);
    const CXXRecordDecl *RetRD =
        Ret->isReferenceType()
            ? Ret.getNonReferenceType()->getAsCXXRecordDecl()
            : nullptr;
    const CXXRecordDecl *ObjRD = ObjT->getAsCXXRecordDecl();
    if (RetRD && ObjRD &&
        RetRD->getCanonicalDecl() == ObjRD->getCanonicalDecl())
      return Obj; // returns *this: operator=, operator++, append
    switch (Model.classKind(ObjT)) {
    case ClassKind::View:
    case ClassKind::SmartPointer:
      Result = load(Obj);
      break;
    case ClassKind::Owner:
      Result = elementsOf(Obj);
      break;
    case ClassKind::Holder:
    case ClassKind::Plain:
      Result.set(UnknownLoan);
      break;
    }
  } else if (isStdNamed(FD, {"move", "forward", "as_const", "addressof",
                             "__addressof", "launder", "ref", "cref"})) {
    if (!A.Args.empty())
      Result = A.Args[0]->isGLValue() ? gl(A.Args[0]) : rv(A.Args[0]);
  } else if (isStdNamed(FD, {"min", "max", "clamp"})) {
    for (const Expr *Arg : A.Args)
      Result |= Ret->isReferenceType() && Arg->isGLValue() ? gl(Arg)
                                                           : contentOf(Arg);
  } else if (isStdNamed(FD, {"begin", "end", "cbegin", "cend", "rbegin",
                             "rend", "crbegin", "crend", "data", "get"})) {
    if (!A.Args.empty()) {
      const Expr *Arg = A.Args[0];
      QualType ArgT = Arg->getType();
      bool Owns = ArgT->isArrayType() ||
                  Model.classKind(ArgT) == ClassKind::Owner;
      if (Owns && Arg->isGLValue())
        Result = elementsOf(gl(Arg));
      else
        Result = contentOf(Arg);
    }
  } else {
    // Algorithms, factories and launchers (find, next, make_pair, bind,
    // async): the result keeps copies of the handles it is given.
    for (const Expr *Arg : A.Args)
      if (Model.canHoldHandle(Arg->getType()))
        Result |= contentOf(Arg);
  }
  if (Result.empty() && (Ret->isReferenceType() || Model.isPointerLike(Ret)))
    Result.set(UnknownLoan);
  return Result;
}

LoanSet FunctionAnalyzer::evalConstruct(const CXXConstructExpr *CE) {
  QualType T = CE->getType();
  if (!Model.canHoldHandle(T))
    return {};
  const CXXConstructorDecl *Ctor = CE->getConstructor();
  if (Ctor->isCopyOrMoveConstructor() && CE->getNumArgs() > 0)
    return contentOf(CE->getArg(0));
  LoanSet Result;
  if (LifetimeModel::isStd(Ctor)) {
    bool IsView = Model.classKind(T) == ClassKind::View;
    for (const Expr *Arg : CE->arguments()) {
      QualType ArgT = Arg->getType();
      // A view made from an owner views the owner's elements.
      if (IsView && Arg->isGLValue() &&
          (ArgT->isArrayType() || Model.classKind(ArgT) == ClassKind::Owner))
        Result |= elementsOf(gl(Arg));
      else if (Model.canHoldHandle(ArgT))
        Result |= contentOf(Arg);
    }
    return Result;
  }
  if (CE->getNumArgs() == 0)
    return {};
  CallArgs A = callArgs(CE, Ctor);
  if (const FunctionSummary *S = Engine.summary(Ctor, Depth)) {
    for (const FunctionSummary::Retain &Ret : S->Retains)
      if (Ret.Sink.K == SummaryTerm::This)
        Result |= mapTerm(Ret.Source, A, Ctor);
    return Result;
  }
  bool Annotated = false;
  for (unsigned I = 0; I < Ctor->getNumParams(); ++I)
    if (Ctor->getParamDecl(I)->hasAttr<LifetimeBoundAttr>()) {
      Result |= argValue(A, Ctor, I);
      Annotated = true;
    }
  if (!Annotated)
    Result.set(UnknownLoan);
  return Result;
}

// === Effects ================================================================

bool FunctionAnalyzer::isOutliving(StorageID S) const {
  switch (kindOf(S)) {
  case StorageKind::Static:
  case StorageKind::Param:
  case StorageKind::ParamContent:
  case StorageKind::This:
  case StorageKind::ThisContent:
    return true;
  default:
    return false;
  }
}

void FunctionAnalyzer::store(const LoanSet &Targets, const LoanSet &Value,
                             const Stmt *Where, bool Weak) {
  bool Strong = !Weak && Targets.count() == 1;
  for (LoanID L : Targets) {
    if (L == UnknownLoan)
      continue;
    Place P = R.Loans[L].Target;
    writePlace(P, Value, Strong && P.Sub != elementsTag());
    bool Tracked = Value.count() > (Value.test(UnknownLoan) ? 1u : 0u);
    if (Recording && Tracked && isOutliving(P.Storage))
      R.Escapes.push_back({EscapeEvent::Store, Where, Value, P});
  }
}

void FunctionAnalyzer::clearPlaces(const LoanSet &Places) {
  if (Places.count() != 1 || Places.test(UnknownLoan))
    return;
  writePlace(R.Loans[Places.find_first()].Target, {}, /*Strong=*/true);
}

void FunctionAnalyzer::applyStdMember(const CXXMethodDecl *MD,
                                      const CallArgs &A, const Expr *Call) {
  QualType ObjT = objectType(A);
  if (!Model.canHoldHandle(ObjT))
    return;
  LoanSet Obj = objectPlaces(A);
  bool IsHolder = Model.classKind(ObjT) == ClassKind::Holder;
  auto Inserted = [&] {
    LoanSet V;
    for (const Expr *Arg : A.Args)
      if (Model.canHoldHandle(Arg->getType()) &&
          !Model.isIterator(Arg->getType()))
        V |= contentOf(Arg);
    return V;
  };
  switch (Model.stdMemberEffect(MD)) {
  case StdEffect::Insert:
    store(elementsOf(Obj), Inserted(), Call, /*Weak=*/true);
    break;
  case StdEffect::Remove:
    clearPlaces(Obj);
    break;
  case StdEffect::Assign:
    if (MD->isOverloadedOperator() && !A.Args.empty()) {
      store(Obj, contentOf(A.Args[0]), Call, /*Weak=*/false);
    } else {
      clearPlaces(Obj);
      store(elementsOf(Obj), Inserted(), Call, /*Weak=*/true);
    }
    break;
  case StdEffect::Detach:
    if (IsHolder && Recording)
      R.Escapes.push_back({EscapeEvent::Detach, Call, load(Obj), Place{}});
    break;
  case StdEffect::Join:
    if (IsHolder)
      clearPlaces(Obj);
    break;
  case StdEffect::None:
    break;
  }
}

void FunctionAnalyzer::applyCall(const Expr *Call, const FunctionDecl *FD) {
  CallArgs A = callArgs(Call, FD);
  if (LifetimeModel::isStd(FD)) {
    const auto *MD = dyn_cast<CXXMethodDecl>(FD);
    if (MD && A.Object && MD->isImplicitObjectMemberFunction())
      applyStdMember(MD, A, Call);
    return;
  }
  bool IsCtor = isa<CXXConstructExpr>(Call);
  if (const FunctionSummary *S = Engine.summary(FD, Depth)) {
    for (const FunctionSummary::Retain &Ret : S->Retains) {
      // A constructor's stores into the new object are its value.
      if (IsCtor && Ret.Sink.K == SummaryTerm::This)
        continue;
      LoanSet V = mapTerm(Ret.Source, A, FD);
      store(mapTerm(Ret.Sink, A, FD), V, Call, /*Weak=*/true);
    }
    return;
  }
  // Declared only: [[clang::lifetime_capture_by(this)]] on a parameter.
  if (!A.Object)
    return;
  for (unsigned I = 0; I < FD->getNumParams(); ++I)
    if (const auto *Cap = FD->getParamDecl(I)->getAttr<LifetimeCaptureByAttr>())
      for (int Capturer : Cap->params())
        if (Capturer == LifetimeCaptureByAttr::This)
          store(elementsOf(objectPlaces(A)), argValue(A, FD, I), Call,
                /*Weak=*/true);
}

void FunctionAnalyzer::transferVar(const VarDecl *VD) {
  QualType T = VD->getType();
  bool IsRef = T->isReferenceType();
  if (!IsRef && !Model.canHoldHandle(T))
    return;
  LoanSet V;
  if (const Expr *Init = VD->getInit())
    V = IsRef && Init->isGLValue() ? gl(Init) : rv(Init);
  if (VD->hasGlobalStorage()) {
    store(loanOf(StorageKind::Static, VD, nullptr, nullptr), V, VD->getInit(),
          /*Weak=*/false);
    return;
  }
  writePlace({storageFor(StorageKind::Local, VD), nullptr}, V,
             /*Strong=*/true);
}

void FunctionAnalyzer::transferStmt(const Stmt *S) {
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        transferVar(VD);
    return;
  }
  if (const auto *RS = dyn_cast<ReturnStmt>(S)) {
    const Expr *RV = RS->getRetValue();
    QualType Ret = R.Function->getReturnType();
    if (Recording && RV &&
        (Ret->isReferenceType() || Model.canHoldHandle(Ret))) {
      LoanSet V = Ret->isReferenceType() && RV->isGLValue() ? gl(RV) : rv(RV);
      R.Escapes.push_back({EscapeEvent::Return, RS, V, Place{}});
    }
    return;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
    if (BO->getOpcode() == BO_Assign &&
        Model.canHoldHandle(BO->getLHS()->getType()))
      store(gl(BO->getLHS()), rv(BO->getRHS()), BO, /*Weak=*/false);
    return;
  }
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S)) {
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(OC->getDirectCallee());
    // Compiler-provided assignments copy the value; user-written ones are
    // calls like any other.
    if (OC->getOperator() == OO_Equal && MD && !LifetimeModel::isStd(MD) &&
        !MD->isUserProvided() && OC->getNumArgs() == 2) {
      if (Model.canHoldHandle(OC->getArg(0)->getType()))
        store(gl(OC->getArg(0)), contentOf(OC->getArg(1)), OC,
              /*Weak=*/false);
      return;
    }
  }
  if (const auto *C = dyn_cast<CallExpr>(S)) {
    if (const FunctionDecl *FD = C->getDirectCallee())
      applyCall(C, FD);
    return;
  }
  if (const auto *CE = dyn_cast<CXXConstructExpr>(S))
    applyCall(CE, CE->getConstructor());
}

void FunctionAnalyzer::transfer(const CFGElement &E) {
  if (auto CS = E.getAs<CFGStmt>()) {
    transferStmt(CS->getStmt());
    return;
  }
  if (auto CI = E.getAs<CFGInitializer>()) {
    const CXXCtorInitializer *Init = CI->getInitializer();
    const FieldDecl *F = Init->getAnyMember();
    if (!F || !Init->getInit())
      return;
    QualType T = F->getType();
    if (!T->isReferenceType() && !Model.canHoldHandle(T))
      return;
    const Expr *IE = Init->getInit();
    LoanSet V = T->isReferenceType() && IE->isGLValue() ? gl(IE) : rv(IE);
    store(loanOf(StorageKind::This, nullptr, F, nullptr), V, IE,
          /*Weak=*/false);
  }
}

bool FunctionAnalyzer::run(const CFG &G) {
  const AnalysisBudget &B = Engine.budget();
  if (G.getNumBlockIDs() > B.MaxBlocks)
    return false;
  R.Loans.push_back({Place{storageFor(StorageKind::Unknown, nullptr), nullptr},
                     nullptr}); // UnknownLoan

  std::vector<State> In(G.getNumBlockIDs());
  std::vector<unsigned> Visits(G.getNumBlockIDs(), 0);
  In[G.getEntry().getBlockID()].Reachable = true;

  auto RunBlock = [&](const CFGBlock &Block, State &S) {
    Cur = &S;
    for (const CFGElement &E : Block) {
      transfer(E);
      if (OverBudget)
        return;
    }
  };

  ForwardDataflowWorklist Worklist(G, *R.ADC);
  Worklist.enqueueBlock(&G.getEntry());
  while (const CFGBlock *Block = Worklist.dequeue()) {
    unsigned ID = Block->getBlockID();
    if (++Visits[ID] > B.MaxVisitsPerBlock)
      return false;
    State Out = In[ID];
    RunBlock(*Block, Out);
    if (OverBudget)
      return false;
    for (const CFGBlock *Succ : Block->succs()) {
      if (!Succ)
        continue;
      bool Changed = false;
      join(In[Succ->getBlockID()], Out, Changed);
      if (Changed)
        Worklist.enqueueBlock(Succ);
    }
  }

  // The fixpoint is reached: one more pass records the events.
  Recording = true;
  for (const CFGBlock *Block : G) {
    State S = In[Block->getBlockID()];
    if (!S.Reachable)
      continue;
    RunBlock(*Block, S);
    if (OverBudget)
      return false;
  }
  const State &Exit = In[G.getExit().getBlockID()];
  R.ExitReachable = Exit.Reachable;
  R.ExitCells = Exit.Cells;
  return true;
}

// === FunctionAnalysis =======================================================

bool FunctionAnalysis::isFrameLocal(LoanID ID) const {
  return ID != UnknownLoan && storageOf(ID).Kind == StorageKind::Local;
}

LoanSet FunctionAnalysis::contentAtExit(Place P) const {
  if (auto It = ExitCells.find(P); It != ExitCells.end())
    return It->second;
  if (P.Sub)
    if (auto It = ExitCells.find({P.Storage, nullptr}); It != ExitCells.end())
      return It->second;
  return {};
}

ParentMap &FunctionAnalysis::parents() const { return ADC->getParentMap(); }

// === LifetimeEngine =========================================================

LifetimeEngine::LifetimeEngine(ASTContext &Ctx, AnalysisBudget Budget)
    : Ctx(Ctx), Budget(Budget) {
  ADCManager = std::make_unique<AnalysisDeclContextManager>(Ctx);
  CFG::BuildOptions &Opts = ADCManager->getCFGBuildOptions();
  Opts.setAllAlwaysAdd();
  Opts.AddInitializers = true;
  Opts.AddCXXDefaultInitExprInCtors = true;
  Opts.AddLifetime = true;
}

LifetimeEngine::~LifetimeEngine() = default;

std::unique_ptr<FunctionAnalysis>
LifetimeEngine::analyze(const FunctionDecl *FD) {
  return analyzeAtDepth(FD, 0);
}

std::unique_ptr<FunctionAnalysis>
LifetimeEngine::analyzeAtDepth(const FunctionDecl *FD, unsigned Depth) {
  auto Result = std::make_unique<FunctionAnalysis>();
  Result->Function = FD;
  if (!FD || !FD->hasBody() || FD->isDependentContext() ||
      FD->isInvalidDecl())
    return Result;
  // Coroutine frames outlive their calls: leave them to a model of their own.
  if (isa_and_nonnull<CoroutineBodyStmt>(FD->getBody()))
    return Result;
  Result->ADC = ADCManager->getContext(FD);
  const CFG *G = Result->ADC->getCFG();
  if (!G)
    return Result;
  FunctionAnalyzer Analyzer(*this, *Result, Depth);
  Result->Succeeded = Analyzer.run(*G);
  return Result;
}

const FunctionSummary *LifetimeEngine::summary(const FunctionDecl *FD,
                                               unsigned Depth) {
  const FunctionDecl *Def = nullptr;
  if (!FD || !FD->hasBody(Def) || !Def || LifetimeModel::isStd(Def) ||
      Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return nullptr;
  // A virtual call may run an overrider we cannot see.
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Def))
    if (MD->isVirtual() && !MD->hasAttr<FinalAttr>() &&
        !MD->getParent()->hasAttr<FinalAttr>())
      return nullptr;
  if (auto It = Summaries.find(Def); It != Summaries.end())
    return It->second.get();
  if (Depth >= Budget.MaxSummaryDepth)
    return nullptr;
  Summaries[Def] = nullptr; // in progress: recursive calls see none
  std::unique_ptr<FunctionAnalysis> A = analyzeAtDepth(Def, Depth + 1);
  if (!A->succeeded())
    return nullptr;
  auto S = std::make_unique<FunctionSummary>(FunctionSummary::fromAnalysis(*A));
  const FunctionSummary *Result = S.get();
  // Look the slot up again: the analysis above may have grown the map.
  Summaries[Def] = std::move(S);
  return Result;
}

} // namespace lifeguard
