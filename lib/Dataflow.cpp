//===-- Dataflow.cpp - Transfer functions and the fixpoint ----------------===//
//
// The forward dataflow over clang's CFG of one function: the transfer function
// of each CFG element (declarations, assignments, returns, `new` and `delete`,
// calls, member initialisers, lifetime ends), strong and weak writes to
// places, the join of predecessors' states, and run(), which iterates to the
// fixpoint within the visit budget and then makes one more pass that records
// the events. Ending and renaming storages is not monotone, so a block's entry
// state is the join of its predecessors' latest exit states, recomputed at
// every visit.
//
//===----------------------------------------------------------------------===//

#include "FunctionAnalyzer.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"

using namespace clang;

namespace lifeguard {

namespace {

/// True when reading or writing the lvalue \p E goes through a handle:
/// naming a variable does not, unless the variable is a reference.
bool accessesThroughHandle(const Expr *E) {
  const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParens());
  return !DRE || DRE->getDecl()->getType()->isReferenceType();
}

/// The list whose array a std::initializer_list return value \p RV views:
/// `return {a, b};`, and `return l;` for a local `auto l = {a, b};`, whose
/// array lives as long as l.
const CXXStdInitializerListExpr *returnedList(const Expr *RV) {
  if (!RV)
    return nullptr;
  RV = RV->IgnoreImplicit();
  if (const auto *Copy = dyn_cast<CXXConstructExpr>(RV);
      Copy && Copy->getNumArgs() == 1 &&
      Copy->getConstructor()->isCopyOrMoveConstructor())
    RV = Copy->getArg(0)->IgnoreImplicit();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(RV))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
        VD && !isa<ParmVarDecl>(VD) && VD->hasLocalStorage() &&
        !VD->getType()->isReferenceType() && VD->getInit())
      RV = VD->getInit()->IgnoreImplicit();
  return dyn_cast<CXXStdInitializerListExpr>(RV);
}

/// The braced list a variable's initialiser \p Init spells: `T v{a, b}`,
/// `T v = {a, b}`, and `auto v = T{a, b}` (in C++14, through the elidable
/// copy of that temporary).
const InitListExpr *bracedInitList(const Expr *Init) {
  while (Init) {
    Init = Init->IgnoreImplicit();
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Init);
        Cast && Cast->getCastKind() == CK_NoOp)
      Init = Cast->getSubExpr();
    else if (const auto *Copy = dyn_cast<CXXConstructExpr>(Init);
             Copy && Copy->isElidable() && Copy->getNumArgs() == 1)
      Init = Copy->getArg(0);
    else
      return dyn_cast<InitListExpr>(Init);
  }
  return nullptr;
}

} // namespace

void FunctionAnalyzer::writePlace(Place P, const LoanSet &V, bool Strong) {
  P = cellOf(P);
  if (!Strong) {
    LoanSet Old = content(*Cur, P);
    // What a parameter, a global or a member reaches stands for many
    // objects: a write there may be to the one that held the old handles
    // (`l->next->v = &x; ...; l->next->v = nullptr;`), which then hold them
    // on some paths only.
    if (llvm::is_contained({StorageKind::ParamContent,
                            StorageKind::StaticContent,
                            StorageKind::ThisContent},
                           kindOf(P.Storage)) &&
        !isElements(P.Sub)) {
      LoanSet Replaced = Old;
      Replaced.intersectWithComplement(V);
      mayBeTakenOut(P, Replaced);
    }
    Old |= V;
    Cur->Cells[P] = std::move(Old);
    return;
  }
  if (isOutliving(P.Storage)) {
    mayBeTakenOut(P, P.Sub ? content(*Cur, P) : wholeContent(*Cur, P.Storage));
    putBack(P, V);
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

void FunctionAnalyzer::mayBeTakenOut(Place P, const LoanSet &Held) {
  if (!Held.empty() && isOutliving(P.Storage))
    Cur->Removed[P] |= Held;
}

void FunctionAnalyzer::putBack(Place P, const LoanSet &V) {
  auto It = Cur->Removed.find(P);
  if (It == Cur->Removed.end())
    return;
  It->second.intersectWithComplement(V);
  if (It->second.empty())
    Cur->Removed.erase(It);
}

void FunctionAnalyzer::widen(State &S, const State &Previous) {
  bool Changed = false;
  join(S, Previous, Changed);
  auto ToUnknown = [&](auto &Values, const auto &Before) {
    for (auto &[Key, Loans] : Values) {
      auto Old = Before.find(Key);
      if (Old == Before.end() || Old->second != Loans)
        Loans = only(UnknownLoan);
    }
  };
  ToUnknown(S.Cells, Previous.Cells);
  ToUnknown(S.CallValues, Previous.CallValues);
}

void FunctionAnalyzer::join(State &Into, const State &From, bool &Changed) {
  if (!From.Reachable)
    return;
  if (!Into.Reachable) {
    Into = From;
    Changed = true;
    return;
  }
  auto DeadOn = [&](const State &S, StorageID ID) {
    return S.Dead.count(ID) || !(alwaysBorn(ID) || S.Born.count(ID));
  };
  llvm::SmallVector<StorageID, 4> NoLongerDead;
  for (const auto &Entry : Into.Dead)
    if (!DeadOn(From, Entry.first))
      NoLongerDead.push_back(Entry.first);
  for (StorageID S : NoLongerDead)
    Into.Dead.erase(S);
  Changed |= !NoLongerDead.empty();
  for (const auto &[ID, D] : From.Dead)
    if (!Into.Dead.count(ID) && DeadOn(Into, ID)) {
      Into.Dead.try_emplace(ID, D);
      Changed = true;
    }
  for (StorageID ID : From.Born)
    Changed |= Into.Born.insert(ID).second;
  // Changed on every path: what both paths did, the lesser change where
  // one of them moved the whole buffer; nothing where one only erased and
  // the other only invalidated iterators.
  llvm::SmallVector<Place, 2> NotMovedOnEveryPath;
  for (auto &[P, Change] : Into.Moved) {
    auto Other = From.Moved.find(P);
    if (Other == From.Moved.end() ||
        (Change.How != Other->second.How &&
         Change.How != Invalidation::All &&
         Other->second.How != Invalidation::All)) {
      NotMovedOnEveryPath.push_back(P);
    } else if (Change.How == Invalidation::All &&
               Other->second.How != Invalidation::All) {
      Change.How = Other->second.How;
      Changed = true;
    }
  }
  for (Place P : NotMovedOnEveryPath)
    Into.Moved.erase(P);
  Changed |= !NotMovedOnEveryPath.empty();
  for (Place P : From.Reserved)
    Changed |= Into.Reserved.insert(P).second;
  for (const auto &[ID, D] : From.MayDead)
    Changed |= Into.MayDead.try_emplace(ID, D).second;
  for (const auto &[E, V] : From.CallValues)
    Changed |= Into.CallValues[E] |= V;
  for (const auto &[P, V] : From.Removed)
    Changed |= Into.Removed[P] |= V;
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

void FunctionAnalyzer::transferVar(const VarDecl *VD) {
  QualType T = VD->getType();
  bool IsRef = T->isReferenceType();
  bool HoldsHandle = IsRef || Model.canHoldHandle(T);
  auto InitValue = [&] {
    const Expr *Init = VD->getInit();
    if (!Init)
      return LoanSet();
    return IsRef && Init->isGLValue() ? gl(Init) : rv(Init);
  };
  if (VD->hasGlobalStorage()) {
    if (HoldsHandle)
      store(loanOf(StorageKind::Static, VD, nullptr, nullptr), InitValue(),
            VD->getInit(), /*Weak=*/false);
    return;
  }
  // A variable a written constructor initialises began when that
  // constructor ran (see applyCall).
  StorageID S = storageFor(StorageKind::Local, VD);
  if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(
          VD->getInit() ? VD->getInit()->IgnoreImplicit() : nullptr);
      CE && memberwiseConstructor(CE)) {
    LoanSet Obj = constructedObject(CE);
    if (Obj.count() == 1 && R.Loans[Obj.find_first()].Target.Storage == S)
      return;
  }
  // Every local begins here, whatever its type: a loop's variables are born
  // again on each iteration.
  bear(S);
  if (!HoldsHandle)
    return;
  writePlace({S, nullptr}, InitValue(), /*Strong=*/true);
  // `Holder h{nullptr, &x};` sets each field on its own, so that a later
  // `h.p = &y` replaces the null rather than joining it. (An aggregate
  // with bases lists them first; it stays one place.)
  const InitListExpr *ILE = bracedInitList(VD->getInit());
  const RecordDecl *RD = T->getAsRecordDecl();
  const auto *CXXRD = dyn_cast_or_null<CXXRecordDecl>(RD);
  if (!IsRef && ILE && RD && !ILE->isTransparent() && !RD->isUnion() &&
      !(CXXRD && CXXRD->getNumBases() > 0)) {
    writePlace({S, nullptr}, {}, /*Strong=*/true);
    unsigned I = 0;
    for (const FieldDecl *F : RD->fields()) {
      if (I >= ILE->getNumInits())
        break;
      const Expr *Init = ILE->getInit(I++);
      if (F->getType()->isReferenceType() || Model.canHoldHandle(F->getType()))
        writePlace({S, F}, Init->isGLValue() ? gl(Init) : rv(Init),
                   /*Strong=*/true);
    }
  }
}

bool FunctionAnalyzer::isDiscardedAccess(const Stmt *S) {
  const auto *E = dyn_cast<Expr>(S);
  if (!E || !E->isGLValue())
    return false;
  const auto *UO = dyn_cast<UnaryOperator>(E);
  const auto *ME = dyn_cast<MemberExpr>(E);
  if (!(UO && UO->getOpcode() == UO_Deref) && !(ME && ME->isArrow()) &&
      !isa<ArraySubscriptExpr>(E))
    return false;
  // A statement of its own, or the operand of a cast to void.
  const Stmt *Parent = R.parents().getParent(S);
  while (isa_and_nonnull<ParenExpr>(Parent))
    Parent = R.parents().getParent(Parent);
  if (const auto *Cast = dyn_cast_or_null<CastExpr>(Parent))
    return Cast->getCastKind() == CK_ToVoid;
  return isa_and_nonnull<CompoundStmt>(Parent);
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
    // `return {a, b};` as a std::initializer_list: a view of an array that
    // is a temporary of the return statement, or of a local list's.
    if (const CXXStdInitializerListExpr *List = returnedList(RV)) {
      // (The array is made on every pass, so that it ends on every pass.)
      LoanSet Array = gl(List->getSubExpr());
      if (Recording)
        R.Escapes.push_back({EscapeEvent::Return, RS, Array, Place{}, {}});
      return;
    }
    if (Recording && RV &&
        (Ret->isReferenceType() || Model.canHoldHandle(Ret))) {
      LoanSet V = Ret->isReferenceType() && RV->isGLValue() ? gl(RV) : rv(RV);
      R.Escapes.push_back({EscapeEvent::Return, RS, V, Place{},
                           heapContents(V), Model.holdsSeveralHandles(Ret)});
    }
    return;
  }
  if (Recording && isDiscardedAccess(S)) {
    // `*p;`, `(void)p->m;`: the access reads the object even though its
    // value is dropped.
    noteUse(gl(cast<Expr>(S)), S);
    return;
  }
  // `p->count++`, `++*it`: a read and a write through the handle.
  if (const auto *UO = dyn_cast<UnaryOperator>(S);
      UO && UO->isIncrementDecrementOp()) {
    if (Recording && accessesThroughHandle(UO->getSubExpr()))
      noteUse(gl(UO->getSubExpr()), UO);
    return;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
    if (!BO->isAssignmentOp())
      return;
    if (Recording && accessesThroughHandle(BO->getLHS()))
      noteUse(gl(BO->getLHS()), BO);
    // `r_.b = p` writes one part of the place `r_` stands for; `a[i] = p`
    // one element of the array's (`live[0]` and `live[1]` are one place).
    const Expr *LHS = BO->getLHS()->IgnoreParenImpCasts();
    const auto *Member = dyn_cast<MemberExpr>(LHS);
    const auto *Base = Member ? dyn_cast<MemberExpr>(
                                    Member->getBase()->IgnoreParenImpCasts())
                              : nullptr;
    bool Part = (Base && isa<FieldDecl>(Base->getMemberDecl())) ||
                isa<ArraySubscriptExpr>(LHS);
    if (BO->getOpcode() == BO_Assign &&
        Model.canHoldHandle(BO->getLHS()->getType()))
      store(gl(BO->getLHS()), rv(BO->getRHS()), BO, /*Weak=*/Part,
            BO->getRHS()->getType());
    return;
  }
  if (const auto *CE = dyn_cast<ImplicitCastExpr>(S)) {
    // A read through a handle.
    const Expr *Sub = CE->getSubExpr()->IgnoreParens();
    if (Recording && CE->getCastKind() == CK_LValueToRValue &&
        accessesThroughHandle(Sub))
      noteUse(gl(Sub), CE);
    else if (Recording && CE->getCastKind() == CK_LValueToRValue &&
             Sub->getType()->isPointerType())
      noteCopy(Sub, CE);
    return;
  }
  if (const auto *DE = dyn_cast<CXXDeleteExpr>(S)) {
    Death Deleted{Death::Delete, DE, DE->getBeginLoc()};
    // The object's written destructor runs first.
    if (const CXXDestructorDecl *Dtor =
            LifetimeModel::writtenDestructor(DE->getDestroyedType()))
      runDestructor(Dtor, contentOf(DE->getArgument()), DE, Deleted);
    releaseThrough(DE->getArgument(), Deleted, DE);
    return;
  }
  if (const auto *NE = dyn_cast<CXXNewExpr>(S)) {
    StorageID H = storageFor(StorageKind::Heap, S);
    // A constructor's call began it already (applyCall).
    if (!isa_and_nonnull<CXXConstructExpr>(NE->getInitializer()))
      bear(H);
    // (Without an initialiser it holds no handle yet: `new T *[n]`.)
    const Expr *Init = NE->getInitializer();
    writePlace({H, nullptr}, Init ? contentOf(Init) : LoanSet(),
               /*Strong=*/true);
    return;
  }
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S)) {
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(OC->getDirectCallee());
    // Compiler-provided assignments copy the value; user-written ones are
    // calls like any other.
    if (OC->getOperator() == OO_Equal && MD && !LifetimeModel::isStd(MD) &&
        !MD->isUserProvided() && OC->getNumArgs() == 2) {
      moveMemberBuffers(OC->getArg(1), gl(OC->getArg(0)));
      if (Model.canHoldHandle(OC->getArg(0)->getType()))
        store(gl(OC->getArg(0)), contentOf(OC->getArg(1)), OC,
              /*Weak=*/false, OC->getArg(1)->getType());
      return;
    }
  }
  if (!isa<CallExpr, CXXConstructExpr>(S))
    return;
  const auto *E = cast<Expr>(S);
  const FunctionDecl *FD = nullptr;
  if (const auto *C = dyn_cast<CallExpr>(E)) {
    FD = C->getDirectCallee();
    if (FD && makesFreshObject(C, FD))
      bear(storageFor(StorageKind::Heap, C));
  } else {
    FD = cast<CXXConstructExpr>(E)->getConstructor();
    // An iterator or view copied: `auto Saved = It;`, `f(It)`.
    const auto *Ctor = cast<CXXConstructorDecl>(FD);
    if (Recording && Ctor->isCopyOrMoveConstructor() &&
        cast<CXXConstructExpr>(E)->getNumArgs() == 1 &&
        Model.isPointerLike(E->getType()))
      noteCopy(cast<CXXConstructExpr>(E)->getArg(0), E);
  }
  // Take the call's value before its effects run.
  LoanSet V = E->isGLValue() ? gl(E) : rv(E);
  if (!V.empty())
    Cur->CallValues[E] = std::move(V);
  if (FD)
    applyCall(E, FD);
}

void FunctionAnalyzer::transfer(const CFGElement &E) {
  if (auto CS = E.getAs<CFGStmt>()) {
    const Stmt *S = CS->getStmt();
    const Stmt *Root = fullExpressionOf(S);
    // The full-expression runs again (a loop): temporaries that ended with
    // its last run are new ones now.
    if (auto Temps = TempsByRoot.find(Root); Temps != TempsByRoot.end())
      for (StorageID T : llvm::SmallVector<StorageID, 2>(Temps->second))
        if (Cur->Dead.count(T))
          bear(T);
    transferStmt(S);
    if (endsFullExpression(S))
      endFullExpression(Root);
    return;
  }
  if (auto LE = E.getAs<CFGLifetimeEnds>()) {
    endScope(*LE);
    return;
  }
  if (auto CI = E.getAs<CFGInitializer>()) {
    const CXXCtorInitializer *Init = CI->getInitializer();
    initializeMember(Init);
    // A default member initializer's full-expression ends once the member
    // is initialised (see DeferredRoots).
    if (const auto *DI =
            dyn_cast_or_null<CXXDefaultInitExpr>(Init->getInit()))
      endFullExpression(fullExpressionOf(DI->getExpr()));
  }
}

void FunctionAnalyzer::initializeMember(const CXXCtorInitializer *Init) {
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

namespace {

/// Whether the edge from \p Pred to \p Succ is the branch taken when
/// \p Pred's condition holds (true) or when it does not (false); nullopt
/// when \p Pred does not branch, or both branches lead to \p Succ.
std::optional<bool> branchTo(const CFGBlock &Pred, const CFGBlock &Succ) {
  if (Pred.succ_size() != 2)
    return std::nullopt;
  // The true branch is the first successor.
  bool ToTrue = *Pred.succ_begin() == &Succ;
  bool ToFalse = *(Pred.succ_begin() + 1) == &Succ;
  if (ToTrue == ToFalse)
    return std::nullopt;
  return ToTrue;
}

} // namespace

const BinaryOperator *
FunctionAnalyzer::unequalAddressOnEdge(const CFGBlock &Pred,
                                       const CFGBlock &Succ) {
  const auto *Cond = dyn_cast_or_null<BinaryOperator>(
      Pred.getTerminatorCondition(/*StripParens=*/true));
  std::optional<bool> Taken = branchTo(Pred, Succ);
  if (!Cond || !Cond->isEqualityOp() || !Taken)
    return nullptr;
  // The edge on which the operands differ: `==`'s false one, `!=`'s true.
  return *Taken == (Cond->getOpcode() == BO_NE) ? Cond : nullptr;
}

namespace {

/// The constant value of \p E, if it has one.
std::optional<llvm::APSInt> constantOf(const Expr *E, const ASTContext &Ctx) {
  Expr::EvalResult R;
  if (!E || E->isValueDependent() ||
      !E->EvaluateAsInt(R, Ctx, Expr::SE_NoSideEffects))
    return std::nullopt;
  return R.Val.getInt();
}

/// True when the first test of \p Loop's condition holds: a range-for over
/// a non-empty array or braced list, or `for (int I = A; I < B; ...)` with
/// constants A < B (also <=, >, >= and !=).
bool runsAtLeastOnce(const Stmt *Loop, const ASTContext &Ctx) {
  if (const auto *RF = dyn_cast<CXXForRangeStmt>(Loop)) {
    const Expr *Range = RF->getRangeInit()->IgnoreParenImpCasts();
    if (const auto *List = dyn_cast<InitListExpr>(Range))
      return List->getNumInits() > 0;
    if (const auto *List = dyn_cast<CXXStdInitializerListExpr>(Range))
      if (const auto *Inits =
              dyn_cast<InitListExpr>(List->getSubExpr()->IgnoreParenImpCasts()))
        return Inits->getNumInits() > 0;
    const auto *Array = Ctx.getAsConstantArrayType(Range->getType());
    return Array && Array->getSize().ugt(0);
  }
  const auto *For = dyn_cast<ForStmt>(Loop);
  const auto *Init = For ? dyn_cast_or_null<DeclStmt>(For->getInit()) : nullptr;
  const auto *Var = Init && Init->isSingleDecl()
                        ? dyn_cast<VarDecl>(Init->getSingleDecl())
                        : nullptr;
  const auto *Cond =
      For ? dyn_cast_or_null<BinaryOperator>(For->getCond()) : nullptr;
  if (!Var || !Cond || !Var->getType()->isIntegerType())
    return false;
  const auto *Counter =
      dyn_cast<DeclRefExpr>(Cond->getLHS()->IgnoreParenImpCasts());
  std::optional<llvm::APSInt> From = constantOf(Var->getInit(), Ctx);
  std::optional<llvm::APSInt> To = constantOf(Cond->getRHS(), Ctx);
  if (!Counter || Counter->getDecl() != Var || !From || !To)
    return false;
  llvm::APSInt A = *From, B = *To;
  // Compared as the wider of the two, with the sign of either.
  unsigned Width = std::max(A.getBitWidth(), B.getBitWidth());
  bool Unsigned = A.isUnsigned() && B.isUnsigned();
  A = A.extend(Width + 1);
  B = B.extend(Width + 1);
  A.setIsUnsigned(Unsigned);
  B.setIsUnsigned(Unsigned);
  switch (Cond->getOpcode()) {
  case BO_LT:
    return A < B;
  case BO_LE:
    return A <= B;
  case BO_GT:
    return A > B;
  case BO_GE:
    return A >= B;
  case BO_NE:
    return A != B;
  default:
    return false;
  }
}

} // namespace

const Stmt *FunctionAnalyzer::exitOfLoopRunningOnce(const CFGBlock &Pred,
                                                    const CFGBlock &Succ) {
  const Stmt *Loop = Pred.getTerminatorStmt();
  if (!isa_and_nonnull<ForStmt, CXXForRangeStmt>(Loop) ||
      branchTo(Pred, Succ) != false || !runsAtLeastOnce(Loop, Ctx))
    return nullptr;
  return Loop;
}

namespace {

/// The condition that ends \p Pred, a leading `!` taken off, and whether
/// it holds on the edge to \p Succ; nullopt when that edge is not one of
/// the condition's.
std::optional<std::pair<const Expr *, bool>> testOnEdge(const CFGBlock &Pred,
                                                        const CFGBlock &Succ) {
  const auto *Cond =
      dyn_cast_or_null<Expr>(Pred.getTerminatorCondition(/*StripParens=*/true));
  std::optional<bool> Taken = branchTo(Pred, Succ);
  if (!Cond || !Taken)
    return std::nullopt;
  Cond = Cond->IgnoreParenImpCasts();
  bool Holds = *Taken;
  if (const auto *Not = dyn_cast<UnaryOperator>(Cond);
      Not && Not->getOpcode() == UO_LNot) {
    Holds = !Holds;
    Cond = Not->getSubExpr()->IgnoreParenImpCasts();
  }
  return std::pair(Cond, Holds);
}

} // namespace

const Expr *FunctionAnalyzer::nullPointerOnEdge(const CFGBlock &Pred,
                                                const CFGBlock &Succ) {
  auto Test = testOnEdge(Pred, Succ);
  if (!Test)
    return nullptr;
  auto [Cond, Holds] = *Test;
  // Null where `p` does not hold, and where `p == nullptr` does.
  bool NullWhenHolds = false;
  if (const auto *Cmp = dyn_cast<BinaryOperator>(Cond);
      Cmp && Cmp->isEqualityOp()) {
    const Expr *L = Cmp->getLHS()->IgnoreParenImpCasts();
    const Expr *R = Cmp->getRHS()->IgnoreParenImpCasts();
    if (isa<CXXNullPtrLiteralExpr, GNUNullExpr>(L))
      std::swap(L, R);
    if (!isa<CXXNullPtrLiteralExpr, GNUNullExpr>(R))
      return nullptr;
    NullWhenHolds = Cmp->getOpcode() == BO_EQ;
    Cond = L;
  }
  // (`if (h)` of a smart pointer calls its operator bool.)
  if (const auto *Conversion = dyn_cast<CXXMemberCallExpr>(Cond);
      Conversion &&
      isa_and_nonnull<CXXConversionDecl>(Conversion->getMethodDecl()))
    Cond = Conversion->getImplicitObjectArgument()->IgnoreParenImpCasts();
  const auto *DRE = dyn_cast<DeclRefExpr>(Cond);
  if (!DRE || !isa<VarDecl>(DRE->getDecl()) || Holds != NullWhenHolds ||
      !(DRE->getType()->isPointerType() ||
        Model.classKind(DRE->getType()) == ClassKind::SmartPointer))
    return nullptr;
  return DRE;
}

const Expr *FunctionAnalyzer::emptyContainerOnEdge(const CFGBlock &Pred,
                                                   const CFGBlock &Succ) {
  auto Test = testOnEdge(Pred, Succ);
  const auto *Call = Test ? dyn_cast<CXXMemberCallExpr>(Test->first) : nullptr;
  const CXXMethodDecl *MD = Call ? Call->getMethodDecl() : nullptr;
  if (!MD || !LifetimeModel::isStd(MD) || !MD->getIdentifier() ||
      MD->getName() != "empty" ||
      Model.classKind(Call->getObjectType()) != ClassKind::Owner)
    return nullptr;
  // Empty where `empty()` holds.
  return Test->second ? Call->getImplicitObjectArgument() : nullptr;
}

void FunctionAnalyzer::forgetComparedAddress(State &S,
                                             const BinaryOperator *Cond) {
  // `if (current_ == &job) ... else`: on the else edge current_ does not
  // hold job's address (leveldb's manual compaction takes its local back
  // this way before returning).
  for (auto [Holder, Address] :
       {std::pair(Cond->getLHS(), Cond->getRHS()),
        std::pair(Cond->getRHS(), Cond->getLHS())}) {
    const auto *AddrOf =
        dyn_cast<UnaryOperator>(Address->IgnoreParenImpCasts());
    const auto *DRE = AddrOf && AddrOf->getOpcode() == UO_AddrOf
                          ? dyn_cast<DeclRefExpr>(
                                AddrOf->getSubExpr()->IgnoreParenImpCasts())
                          : nullptr;
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    // A variable, what a pointer variable points to (an out-parameter's
    // `*out`), or a member of one (or of *this): evaluating it has no
    // effect of its own.
    const Expr *HolderExpr = Holder->IgnoreParenImpCasts();
    const Expr *Base = HolderExpr;
    while (true) {
      if (const auto *Member = dyn_cast<MemberExpr>(Base))
        Base = Member->getBase()->IgnoreParenImpCasts();
      else if (const auto *Deref = dyn_cast<UnaryOperator>(Base);
               Deref && Deref->getOpcode() == UO_Deref)
        Base = Deref->getSubExpr()->IgnoreParenImpCasts();
      else
        break;
    }
    if (!VD || !VD->hasLocalStorage() || !HolderExpr->isGLValue() ||
        !isa<DeclRefExpr, CXXThisExpr>(Base))
      continue;
    Cur = &S;
    LoanSet Places = gl(HolderExpr);
    StorageID Var = storageFor(StorageKind::Local, VD);
    if (Places.count() == 1 && !Places.test(UnknownLoan)) {
      Place P = R.Loans[Places.find_first()].Target;
      LoanSet Held = content(S, P);
      LoanSet Kept = Held;
      for (LoanID L : Held)
        if (!isPseudoLoan(L) && R.Loans[L].Target == Place{Var, nullptr})
          Kept.reset(L);
      if (Kept != Held)
        writePlace(P, Kept, /*Strong=*/true);
    }
    Cur = nullptr;
  }
}

void FunctionAnalyzer::forgetEvents() {
  R.Escapes.clear();
  R.Uses.clear();
  R.Bindings.clear();
  R.Releases.clear();
  R.ReadThrough.clear();
}

bool FunctionAnalyzer::run(const CFG &G) {
  const AnalysisBudget &B = Engine.budget();
  if (G.getNumBlockIDs() > B.MaxBlocks)
    return false;
  R.Loans.push_back({Place{storageFor(StorageKind::Unknown, nullptr), nullptr},
                     nullptr}); // UnknownLoan
  R.Loans.push_back({Place{storageFor(StorageKind::Null, nullptr), nullptr},
                     nullptr}); // NullLoan
  for (const auto &[Synthetic, Source] : G.synthetic_stmts())
    SyntheticDecls[Synthetic] = Source;
  // The parent map covers the body and the written initializers, not the
  // default member initializers' expressions: their elements would each be
  // a full-expression of their own.
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(R.function()))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (const auto *DI =
              dyn_cast_or_null<CXXDefaultInitExpr>(Init->getInit())) {
        R.parents().addStmt(const_cast<Expr *>(DI->getExpr()));
        DeferredRoots.insert(fullExpressionOf(DI->getExpr()));
      }

  // Each block's entry state is the join of its predecessors' latest exit
  // states, not an accumulation of all they ever were: ending and renaming
  // storages is not monotone, so an early, smaller state must not linger.
  std::vector<State> Out(G.getNumBlockIDs());
  std::vector<unsigned> Visits(G.getNumBlockIDs(), 0);
  auto EntryState = [&](const CFGBlock &Block) {
    State S;
    if (&Block == &G.getEntry()) {
      S.Reachable = true;
      return S;
    }
    bool Changed = false;
    for (const CFGBlock *Pred : Block.preds()) {
      if (!Pred)
        continue;
      // A loop that runs at least once is left only after an iteration:
      // its exit follows its back edges, not the state before it.
      if (const Stmt *Loop = exitOfLoopRunningOnce(*Pred, Block)) {
        for (const CFGBlock *Latch : Pred->preds())
          if (Latch && Latch->getLoopTarget() == Loop)
            join(S, Out[Latch->getBlockID()], Changed);
        continue;
      }
      const State &From = Out[Pred->getBlockID()];
      const BinaryOperator *Unequal = unequalAddressOnEdge(*Pred, Block);
      const Expr *Emptied = emptyContainerOnEdge(*Pred, Block);
      const Expr *Null = nullPointerOnEdge(*Pred, Block);
      if (!Unequal && !Emptied && !Null) {
        join(S, From, Changed);
        continue;
      }
      State Refined = From;
      if (Unequal)
        forgetComparedAddress(Refined, Unequal);
      // `while (!queue.empty()) { ...; queue.pop_front(); }`: on the exit
      // edge the container holds nothing, whatever it was given before; a
      // pointer tested null holds nothing on that edge (`if (auto h =
      // make()) owner = std::move(h);`: h's end destroys nothing).
      Cur = &Refined;
      for (const Expr *Cleared : {Emptied, Null})
        if (Cleared)
          clearPlaces(gl(Cleared));
      Cur = nullptr;
      // What the edge decides was never there on it: it was not removed.
      Refined.Removed = From.Removed;
      join(S, Refined, Changed);
    }
    return S;
  };
  auto RunBlock = [&](const CFGBlock &Block, State &S) {
    Cur = &S;
    for (const CFGElement &E : Block) {
      transfer(E);
      if (OverBudget)
        break;
    }
    // S is the caller's local: leave no pointer to it in the analyzer.
    Cur = nullptr;
  };

  // A block visited more than half its budget widens: its entry
  // accumulates what it was before, and a place whose content still
  // changes holds Unknown from then on, which no report is made from. Long
  // chains of aliases in a loop converge at a coarser precision instead of
  // exhausting the budget.
  llvm::DenseMap<unsigned, State> WidenedEntry;
  ForwardDataflowWorklist Worklist(G, *R.ADC);
  Worklist.enqueueBlock(&G.getEntry());
  // The worklist goes in reverse post-order: on an acyclic CFG it takes
  // each block once, after all its predecessors, with the entry state the
  // fixpoint has, so that one pass also records the events (most functions
  // have no loop). A block taken again shows a cycle: what was recorded is
  // dropped, and recorded once the fixpoint is reached.
  Recording = true;
  while (const CFGBlock *Block = Worklist.dequeue()) {
    unsigned ID = Block->getBlockID();
    if (++Visits[ID] > B.MaxVisitsPerBlock)
      return false;
    if (Visits[ID] > 1 && Recording) {
      Recording = false;
      forgetEvents();
    }
    State S = EntryState(*Block);
    if (!S.Reachable)
      continue;
    if (Visits[ID] > B.MaxVisitsPerBlock / 2) {
      auto [Previous, First] = WidenedEntry.try_emplace(ID, S);
      if (!First) {
        widen(S, Previous->second);
        Previous->second = S;
      }
    }
    RunBlock(*Block, S);
    if (OverBudget)
      return false;
    if (Visits[ID] > 1 && S == Out[ID])
      continue;
    Out[ID] = std::move(S);
    for (const CFGBlock *Succ : Block->succs())
      if (Succ)
        Worklist.enqueueBlock(Succ);
  }

  // The fixpoint is reached: one more pass records the events.
  if (!Recording) {
    Recording = true;
    for (const CFGBlock *Block : G) {
      State S = EntryState(*Block);
      if (!S.Reachable)
        continue;
      RunBlock(*Block, S);
      if (OverBudget)
        return false;
    }
  }
  State Exit = EntryState(G.getExit());
  R.ExitReachable = Exit.Reachable;
  R.ExitCells = Exit.Cells;
  R.ExitRemoved = Exit.Removed;
  R.ExitDead = Exit.Dead;
  R.ExitMayDead = Exit.MayDead;
  R.ExitMoved = Exit.Moved;
  R.ExitReserved = Exit.Reserved;
  return true;
}

} // namespace lifeguard
