//===-- LifetimeAnalysis.cpp - The flow-sensitive lifetime engine ---------===//

#include "LifetimeAnalysis.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/Analyses/LifetimeSafety/LifetimeAnnotations.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include <functional>
#include <optional>

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
  /// The storages that have ended on every path to this point on which they
  /// were born.
  llvm::DenseMap<StorageID, Death> Dead;
  /// The storages that have ended on some path to this point.
  llvm::DenseMap<StorageID, Death> MayDead;
  /// The storages with a beginning (locals, temporaries, heap objects) that
  /// have begun on some path to this point. On a path where a storage was
  /// never born no handle refers to it, so that path does not keep it alive.
  llvm::DenseSet<StorageID> Born;
  /// The values of the calls of the current full-expression, taken when the
  /// call ran: its effects (a move, a release) must not change them.
  llvm::DenseMap<const Expr *, LoanSet> CallValues;

  bool operator==(const State &O) const {
    return Reachable == O.Reachable && Cells == O.Cells && Dead == O.Dead &&
           MayDead == O.MayDead && Born == O.Born && CallValues == O.CallValues;
  }
};

LoanSet only(LoanID ID) {
  LoanSet S;
  S.set(ID);
  return S;
}

/// A call's arguments lined up with the callee's parameters, and the object
/// a member function is called on.
struct CallArgs {
  /// The call, for what it allocates (null for an implicit destructor).
  const Expr *Call = nullptr;
  const Expr *Object = nullptr;
  /// The object's places when there is no expression for it: the variable
  /// whose destructor runs at the end of its scope.
  std::optional<LoanSet> ObjectPlaces;
  llvm::SmallVector<const Expr *, 4> Args;
};

CallArgs callArgs(const Expr *Call, const FunctionDecl *FD) {
  CallArgs A;
  A.Call = Call;
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

/// The expression a wrapper stands for: a default argument or member
/// initialiser, a full-expression's cleanups, a bound temporary, an opaque
/// value's source. Null for other expressions.
const Expr *transparentSubExpr(const Expr *E) {
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
  StorageID storageFor(StorageKind K, const void *Key, bool Stale = false) {
    auto [It, Inserted] = StorageIDs.try_emplace(
        {unsigned(K) | (Stale ? StaleBit : 0u), Key}, R.Storages.size());
    if (Inserted) {
      R.Storages.push_back({K, Key, Stale});
      if (K == StorageKind::Temporary && !Stale)
        TempsByRoot[fullExpressionOf(static_cast<const Stmt *>(Key))]
            .push_back(It->second);
    }
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

  /// The closure member that holds \p VD when the analysed function is a
  /// lambda's call operator that captures it.
  const FieldDecl *captureField(const ValueDecl *VD) {
    const auto *MD = dyn_cast<CXXMethodDecl>(R.Function);
    if (!MD || !MD->getParent()->isLambda())
      return nullptr;
    if (!CaptureFieldsKnown) {
      FieldDecl *ThisCapture = nullptr;
      MD->getParent()->getCaptureFields(CaptureFields, ThisCapture);
      CaptureFieldsKnown = true;
    }
    return CaptureFields.lookup(VD);
  }

  bool isOwnVar(const VarDecl *VD) const {
    return VD->getParentFunctionOrMethod() ==
           static_cast<const DeclContext *>(R.Function);
  }

  // --- Lifetimes ------------------------------------------------------------
  const Stmt *fullExpressionOf(const Stmt *S);
  bool endsFullExpression(const Stmt *S);
  void kill(StorageID S, Death D) {
    Cur->Dead.try_emplace(S, D);
    Cur->MayDead.try_emplace(S, D);
  }
  /// Storages that exist from the function's start: parameters, globals,
  /// what the caller owns.
  bool alwaysBorn(StorageID S) const {
    const Storage &St = R.Storages[S];
    switch (St.Kind) {
    case StorageKind::Local:
      return !St.Stale && isa<ParmVarDecl>(St.var());
    case StorageKind::Temporary:
    case StorageKind::Heap:
      return false;
    default:
      return true;
    }
  }
  void bear(StorageID S) {
    revive(S);
    // Born again on a path where it was born before: a loop, so the storage
    // stands for several objects. The new object holds nothing of the old
    // one's (a temporary's content comes from the expression making it).
    if (!Cur->Born.insert(S).second) {
      BornAgain.insert(S);
      llvm::SmallVector<Place, 4> OldContent;
      for (const auto &Entry : Cur->Cells)
        if (Entry.first.Storage == S)
          OldContent.push_back(Entry.first);
      for (Place P : OldContent)
        Cur->Cells.erase(P);
    }
  }
  void killSingle(const LoanSet &Handle, Death D);
  void destroyOwned(const LoanSet &OwnerPlaces, Death D, bool All);
  void revive(StorageID S);
  /// Replaces, in every place, each loan by what \p Rename returns for it
  /// (pseudo-loans are kept).
  void renameLoans(llvm::function_ref<LoanID(LoanID, const Loan &)> Rename);
  void endFullExpression(const Stmt *Root);
  void endScope(const CFGLifetimeEnds &LE);
  void noteUse(const LoanSet &Places, const Stmt *Where);
  void noteCallUses(const Expr *Call, const FunctionDecl *FD,
                    const CallArgs &A);
  void noteFormatUses(const Expr *Call, const FunctionDecl *FD,
                      const CallArgs &A);
  /// The element buffer of the container at \p From now belongs to the one
  /// at \p To (a move, a splice): handles into it follow. An unknown \p To
  /// makes them unknown.
  void moveElements(const LoanSet &From, const LoanSet &To);
  void swapElements(const LoanSet &A, const LoanSet &B);
  /// A user's object moved by its implicit move operation: each container
  /// member's elements go with it.
  void moveMemberBuffers(const Expr *Source, const LoanSet &To);
  /// `delete` or `free` of the value of \p Handle.
  void releaseThrough(const Expr *Handle, Death D, const Stmt *Where);
  bool deathsOf(const LoanSet &Places,
                llvm::SmallVectorImpl<std::pair<LoanID, Death>> &Out);

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
             bool Weak, QualType ValueType = QualType());
  void applyCall(const Expr *Call, const FunctionDecl *FD);
  void applySummary(const FunctionSummary &S, const CallArgs &A,
                    const FunctionDecl *FD, const Stmt *Where, Death FreeDeath);
  QualType summaryValueType(const FunctionSummary &S, const SummaryTerm &Sink,
                            const FunctionDecl *FD);
  LoanSet flowsInto(const FunctionSummary &S, const SummaryTerm &Sink,
                    const CallArgs &A, const FunctionDecl *FD);
  /// The object a constructor call initialises: the variable declared with
  /// it, or the temporary it makes (empty when it cannot be told).
  LoanSet constructedObject(const CXXConstructExpr *CE);
  /// The summary of the written constructor \p Init calls, if any: the
  /// variable it initialises is set member by member when it runs.
  const FunctionSummary *memberwiseConstructor(const Expr *Init);
  /// Writes what constructor call \p CE puts into each member of \p Var.
  void initializeFields(StorageID Var, const CXXConstructExpr *CE,
                        const FunctionSummary *S);
  void applyStdMember(const CXXMethodDecl *MD, const CallArgs &A,
                      const Expr *Call);
  void clearPlaces(const LoanSet &Places);
  bool isOutliving(StorageID S) const;

  static constexpr unsigned StaleBit = 0x100;

  LifetimeEngine &Engine;
  LifetimeModel &Model;
  ASTContext &Ctx;
  FunctionAnalysis &R;
  unsigned Depth;
  State *Cur = nullptr;
  bool Recording = false;
  bool OverBudget = false;
  llvm::DenseMap<std::pair<unsigned, const void *>, StorageID> StorageIDs;
  /// The temporaries of each full-expression, by the statement that ends it.
  llvm::DenseMap<const Stmt *, llvm::SmallVector<StorageID, 2>> TempsByRoot;
  llvm::DenseMap<const Stmt *, const Stmt *> RootCache;
  llvm::DenseSet<StorageID> BornAgain;
  llvm::DenseMap<const ValueDecl *, FieldDecl *> CaptureFields;
  bool CaptureFieldsKnown = false;
  /// CFG-made single-variable DeclStmts, to the DeclStmt in the source.
  llvm::DenseMap<const Stmt *, const Stmt *> SyntheticDecls;
  llvm::DenseMap<std::tuple<StorageID, SubObject, const Expr *>, LoanID>
      LoanIDs;
};

// === Lifetimes ==============================================================

const Stmt *FunctionAnalyzer::fullExpressionOf(const Stmt *S) {
  auto [It, Inserted] = RootCache.try_emplace(S, S);
  if (!Inserted)
    return It->second;
  if (auto Orig = SyntheticDecls.find(S); Orig != SyntheticDecls.end())
    S = Orig->second;
  ParentMap &PM = R.parents();
  const Stmt *Root = S;
  while (const Stmt *P = PM.getParent(Root)) {
    if (isa<DeclStmt, ReturnStmt>(P)) {
      Root = P;
      break;
    }
    if (!isa<Expr>(P))
      break;
    Root = P;
  }
  RootCache[S] = Root;
  return Root;
}

bool FunctionAnalyzer::endsFullExpression(const Stmt *S) {
  const Stmt *Root = fullExpressionOf(S);
  if (auto Orig = SyntheticDecls.find(S); Orig != SyntheticDecls.end())
    S = Orig->second;
  // Wrappers the CFG does not list: the last element of `f(g());` is the
  // call, not the ExprWithCleanups around it.
  ParentMap &PM = R.parents();
  while (S != Root && isa_and_nonnull<FullExpr, ParenExpr>(PM.getParent(S)))
    S = PM.getParent(S);
  return S == Root;
}

void FunctionAnalyzer::killSingle(const LoanSet &Handle, Death D) {
  // `delete p` ends p's target only when p has exactly one known target
  // (deleting null does nothing).
  LoanSet Targets = Handle;
  Targets.reset(NullLoan);
  if (Targets.count() != 1 || Targets.test(UnknownLoan))
    return;
  kill(R.Loans[Targets.find_first()].Target.Storage, D);
}

void FunctionAnalyzer::destroyOwned(const LoanSet &OwnerPlaces, Death D,
                                    bool All) {
  LoanSet Owned = load(OwnerPlaces);
  Owned.reset(UnknownLoan);
  Owned.reset(NullLoan);
  // Removing one element ends an object only when the container can hold
  // just the one: all from a single allocation, made once, here (what a
  // parameter's or member's container holds stands for many objects).
  if (!All) {
    if (Owned.count() != 1)
      return;
    StorageID Only = R.Loans[Owned.find_first()].Target.Storage;
    if (kindOf(Only) != StorageKind::Heap || BornAgain.count(Only))
      return;
  }
  for (LoanID L : Owned)
    kill(R.Loans[L].Target.Storage, D);
}

void FunctionAnalyzer::revive(StorageID S) {
  auto It = Cur->Dead.find(S);
  if (It == Cur->Dead.end())
    return;
  // A new instance: handles to the old one now refer to a stale storage
  // that stays dead.
  Death D = It->second;
  Cur->Dead.erase(It);
  const Storage &Old = R.Storages[S];
  StorageID Stale = storageFor(Old.Kind, Old.Key, /*Stale=*/true);
  Cur->Dead.try_emplace(Stale, D);
  Cur->Born.insert(Stale);
  renameLoans([&](LoanID L, const Loan &Ln) {
    return Ln.Target.Storage == S ? loanFor({Stale, Ln.Target.Sub}, Ln.Issue)
                                  : L;
  });
}

void FunctionAnalyzer::renameLoans(
    llvm::function_ref<LoanID(LoanID, const Loan &)> Rename) {
  for (auto &Entry : Cur->Cells) {
    LoanSet Renamed;
    bool Changed = false;
    for (LoanID L : Entry.second) {
      // A copy: renaming may add loans, and move the table.
      Loan Ln = R.Loans[L];
      LoanID New = isPseudoLoan(L) ? L : Rename(L, Ln);
      Renamed.set(New);
      Changed |= New != L;
    }
    if (Changed)
      Entry.second = std::move(Renamed);
  }
}

bool FunctionAnalyzer::deathsOf(
    const LoanSet &Places, llvm::SmallVectorImpl<std::pair<LoanID, Death>> &Out) {
  if (Places.test(UnknownLoan))
    return false;
  for (LoanID L : Places) {
    if (L == NullLoan)
      continue;
    auto It = Cur->Dead.find(R.Loans[L].Target.Storage);
    if (It == Cur->Dead.end())
      return false;
    Out.push_back({L, It->second});
  }
  return !Out.empty();
}

void FunctionAnalyzer::noteUse(const LoanSet &Places, const Stmt *Where) {
  if (!Recording)
    return;
  for (LoanID L : Places) {
    if (isPseudoLoan(L))
      continue;
    StorageID S = R.Loans[L].Target.Storage;
    switch (kindOf(S)) {
    case StorageKind::Param:
    case StorageKind::ParamContent:
    case StorageKind::ThisContent:
    case StorageKind::StaticContent:
      if (llvm::find(R.ReadThrough, S) == R.ReadThrough.end())
        R.ReadThrough.push_back(S);
      break;
    default:
      break;
    }
  }
  UseEvent U{Where, fullExpressionOf(Where), {}};
  if (deathsOf(Places, U.Loans))
    R.Uses.push_back(std::move(U));
}

void FunctionAnalyzer::endFullExpression(const Stmt *Root) {
  auto Temps = TempsByRoot.find(Root);
  if (Temps != TempsByRoot.end()) {
    Death D{Death::FullExpressionEnd, Root, Root->getEndLoc()};
    for (StorageID T : Temps->second) {
      const auto *MTE =
          static_cast<const MaterializeTemporaryExpr *>(R.Storages[T].Key);
      if (MTE->getStorageDuration() != SD_FullExpression)
        continue;
      if (Model.ownsExclusively(MTE->getType()))
        destroyOwned(only(loanFor({T, nullptr}, MTE)),
                     Death{Death::OwnerReleased, Root, Root->getEndLoc()},
                     /*All=*/true);
      Cur->Born.insert(T);
      kill(T, D);
    }
  }
  Cur->CallValues.clear();
  if (!Recording)
    return;
  // A variable bound to temporaries that just ended.
  const VarDecl *Bound = nullptr;
  if (const auto *DS = dyn_cast<DeclStmt>(Root)) {
    if (DS->isSingleDecl())
      Bound = dyn_cast<VarDecl>(DS->getSingleDecl());
  } else if (const auto *E = dyn_cast<Expr>(Root)) {
    const Expr *LHS = nullptr;
    if (const auto *BO = dyn_cast<BinaryOperator>(E->IgnoreImplicit()))
      LHS = BO->getOpcode() == BO_Assign ? BO->getLHS() : nullptr;
    else if (const auto *OC =
                 dyn_cast<CXXOperatorCallExpr>(E->IgnoreImplicit()))
      LHS = OC->getOperator() == OO_Equal ? OC->getArg(0) : nullptr;
    if (const auto *DRE =
            dyn_cast_or_null<DeclRefExpr>(LHS ? LHS->IgnoreParens() : nullptr))
      Bound = dyn_cast<VarDecl>(DRE->getDecl());
  }
  if (!Bound || Bound->isImplicit() || !Bound->hasLocalStorage() ||
      !isOwnVar(Bound))
    return;
  QualType T = Bound->getType();
  if (!T->isReferenceType() && !Model.canHoldHandle(T))
    return;
  StorageID Var = storageFor(StorageKind::Local, Bound);
  DanglingBinding B{Bound, Root, Place{Var, nullptr}, {}};
  if (deathsOf(wholeContent(*Cur, Var), B.Loans) &&
      llvm::all_of(B.Loans, [](const std::pair<LoanID, Death> &LD) {
        return LD.second.K == Death::FullExpressionEnd;
      }))
    R.Bindings.push_back(std::move(B));
}

void FunctionAnalyzer::endScope(const CFGLifetimeEnds &LE) {
  const VarDecl *VD = LE.getVarDecl();
  const Stmt *Trigger = LE.getTriggerStmt();
  SourceLocation Loc;
  // A loop's variables end with each pass through its body (a range-for's
  // variable is ended by its own declaration).
  const Stmt *Scope = Trigger;
  if (isa_and_nonnull<DeclStmt>(Scope))
    Scope = R.parents().getParent(Scope);
  if (const auto *FS = dyn_cast_or_null<CXXForRangeStmt>(Trigger))
    Scope = FS->getBody();
  else if (const auto *FS = dyn_cast_or_null<ForStmt>(Trigger))
    Scope = FS->getBody();
  else if (const auto *WS = dyn_cast_or_null<WhileStmt>(Trigger))
    Scope = WS->getBody();
  if (const auto *CS = dyn_cast_or_null<CompoundStmt>(Scope))
    Loc = CS->getRBracLoc();
  else if (Scope)
    Loc = Scope == Trigger ? Scope->getBeginLoc() : Scope->getEndLoc();
  Death D{Death::ScopeEnd, Trigger, Loc};
  StorageID S = storageFor(StorageKind::Local, VD);
  LoanSet Var = only(loanFor({S, nullptr}, nullptr));
  Death Released{Death::OwnerReleased, Trigger, Loc};
  // An owner ends what it owns; a reference to one does not.
  if (!VD->getType()->isReferenceType() && Model.ownsExclusively(VD->getType()))
    destroyOwned(Var, Released, /*All=*/true);
  // Members that own (a unique_ptr, a vector of them) destroy what they own.
  if (const CXXRecordDecl *RD = VD->getType()->getAsCXXRecordDecl();
      RD && !VD->getType()->isReferenceType() && !LifetimeModel::isStd(RD))
    for (const FieldDecl *F : RD->fields())
      if (Model.ownsExclusively(F->getType()))
        destroyOwned(fieldOf(Var, F), Released, /*All=*/true);
  // A user-written destructor runs: it may free what a member points to,
  // or restore a global (a scope guard).
  if (const CXXRecordDecl *RD = VD->getType()->getAsCXXRecordDecl())
    if (const CXXDestructorDecl *Dtor = RD->getDestructor();
        Dtor && Dtor->isUserProvided() && Trigger)
      if (const FunctionSummary *Sum =
              Engine.summary(Dtor, Depth, /*StaticallyBound=*/true)) {
        CallArgs A;
        A.ObjectPlaces = Var;
        applySummary(*Sum, A, Dtor, Trigger, Released);
      }
  kill(S, D);
  // Temporaries bound to the variable live as long as it does.
  for (StorageID T = 0; T < R.Storages.size(); ++T) {
    const Storage &St = R.Storages[T];
    if (St.Kind == StorageKind::Temporary && !St.Stale &&
        static_cast<const MaterializeTemporaryExpr *>(St.Key)
                ->getExtendingDecl() == VD)
      kill(T, D);
  }
}

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
  case StorageKind::Static:
    return loanOf(StorageKind::StaticContent, St.Key, nullptr, nullptr);
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
  for (const auto &[ID, D] : From.MayDead)
    Changed |= Into.MayDead.try_emplace(ID, D).second;
  for (const auto &[E, V] : From.CallValues)
    Changed |= Into.CallValues[E] |= V;
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
    if (L == NullLoan)
      continue; // reading through null is a bug of its own
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
    if (isPseudoLoan(L) || Ln.Target.Sub)
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
    if (isPseudoLoan(L) || Ln.Target.Sub || !F)
      Result.set(L);
    else
      Result.set(loanFor({Ln.Target.Storage, F}, Ln.Issue));
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
    if (VD->hasGlobalStorage() && !VD->getType()->isReferenceType())
      return loanOf(StorageKind::Static, VD, nullptr, E);
    if (!VD->hasLocalStorage() || !isOwnVar(VD)) {
      // In a lambda's body a captured variable is a member of the closure.
      if (const FieldDecl *F = captureField(VD)) {
        LoanSet Places = fieldOf(loanOf(StorageKind::This, nullptr, nullptr, E), F);
        return F->getType()->isReferenceType() ? load(Places) : Places;
      }
      return only(UnknownLoan); // a global reference
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
  case SummaryTerm::StaticContent:
    return load(loanOf(StorageKind::Static, T.Global, nullptr, nullptr));
  case SummaryTerm::Null:
    return only(NullLoan);
  case SummaryTerm::Fresh:
    return A.Call ? loanOf(StorageKind::Heap, A.Call, nullptr, A.Call)
                  : only(UnknownLoan);
  }
  return only(UnknownLoan);
}

LoanSet FunctionAnalyzer::evalCall(const CallExpr *C) {
  if (auto It = Cur->CallValues.find(C); It != Cur->CallValues.end())
    return It->second;
  QualType Ret = C->getCallReturnType(Ctx);
  if (!Ret->isReferenceType() && !Model.canHoldHandle(Ret))
    return {};
  const FunctionDecl *FD = C->getDirectCallee();
  if (!FD)
    return only(UnknownLoan);
  if (LifetimeModel::isAllocation(FD))
    return loanOf(StorageKind::Heap, C, nullptr, C);
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
  // A unique_ptr returned by value owns its object alone: a fresh one, as
  // far as the caller can tell (a factory defined elsewhere).
  if (!Ret->isReferenceType() && Model.isUniquePtr(Ret))
    return loanOf(StorageKind::Heap, C, nullptr, C);
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
  } else {
    switch (LifetimeModel::stdFunction(FD)) {
    case StdFunction::Exchange:
      if (!A.Args.empty())
        Result = contentOf(A.Args[0]);
      break;
    case StdFunction::Forward:
    case StdFunction::Wrap:
      if (!A.Args.empty())
        Result = A.Args[0]->isGLValue() ? gl(A.Args[0]) : rv(A.Args[0]);
      break;
    case StdFunction::Select:
      for (const Expr *Arg : A.Args)
        Result |= Ret->isReferenceType() && Arg->isGLValue() ? gl(Arg)
                                                             : contentOf(Arg);
      break;
    case StdFunction::Access:
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
      break;
    case StdFunction::Swap:
    case StdFunction::Other:
      // The result keeps copies of the handles it is given.
      for (const Expr *Arg : A.Args)
        if (Model.canHoldHandle(Arg->getType()))
          Result |= contentOf(Arg);
      break;
    }
  }
  if (Result.empty() && (Ret->isReferenceType() || Model.isPointerLike(Ret)))
    Result.set(UnknownLoan);
  return Result;
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
  if (LifetimeModel::isStd(Ctor)) {
    bool IsView = Model.classKind(T) == ClassKind::View;
    for (const Expr *Arg : CE->arguments()) {
      QualType ArgT = Arg->getType();
      // A view made from an owner views the owner's elements.
      if (IsView && Arg->isGLValue() &&
          (ArgT->isArrayType() || Model.classKind(ArgT) == ClassKind::Owner))
        Result |= elementsOf(gl(Arg));
      // A range [first, last) is copied: the values, not the iterators.
      else if (!IsView && Model.isIterator(ArgT))
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
  case StorageKind::StaticContent:
  case StorageKind::Param:
  case StorageKind::ParamContent:
  case StorageKind::This:
  case StorageKind::ThisContent:
  case StorageKind::Heap:
    return true;
  default:
    return false;
  }
}

void FunctionAnalyzer::store(const LoanSet &Targets, const LoanSet &Value,
                             const Stmt *Where, bool Weak, QualType ValueType) {
  bool Strong = !Weak && Targets.count() == 1;
  for (LoanID L : Targets) {
    if (isPseudoLoan(L))
      continue;
    Place P = R.Loans[L].Target;
    writePlace(P, Value, Strong && P.Sub != elementsTag());
    unsigned Pseudo = Value.test(UnknownLoan) + Value.test(NullLoan);
    bool Tracked = Value.count() > Pseudo;
    if (!Recording || !Tracked || !isOutliving(P.Storage))
      continue;
    LoanSet Reachable;
    for (LoanID V : Value)
      if (!isPseudoLoan(V) &&
          kindOf(R.Loans[V].Target.Storage) == StorageKind::Heap)
        Reachable |= wholeContent(*Cur, R.Loans[V].Target.Storage);
    R.Escapes.push_back({EscapeEvent::Store, Where, Value, P, Reachable,
                         Model.holdsSeveralHandles(ValueType)});
  }
}

void FunctionAnalyzer::clearPlaces(const LoanSet &Places) {
  if (Places.count() != 1 || isPseudoLoan(Places.find_first()))
    return;
  writePlace(R.Loans[Places.find_first()].Target, {}, /*Strong=*/true);
}

void FunctionAnalyzer::applyStdMember(const CXXMethodDecl *MD,
                                      const CallArgs &A, const Expr *Call) {
  QualType ObjT = objectType(A);
  LoanSet Obj = objectPlaces(A);
  // Containers that take over another's elements: `v = std::move(w)`,
  // `v.swap(w)`, `l.splice(pos, other)`, `m.merge(other)`. Their element
  // handles follow, whatever the element type.
  if (Model.classKind(ObjT) == ClassKind::Owner) {
    const CXXRecordDecl *Own = ObjT->getAsCXXRecordDecl();
    for (const Expr *Arg : A.Args) {
      const CXXRecordDecl *Other = Arg->getType()->getAsCXXRecordDecl();
      if (!Arg->isGLValue() || !Own || !Other ||
          Other->getCanonicalDecl() != Own->getCanonicalDecl())
        continue;
      if (MD->isMoveAssignmentOperator() ||
          LifetimeModel::takesOthersElements(MD))
        moveElements(gl(Arg), Obj);
      else if (Model.stdMemberEffect(MD) == StdEffect::Swap &&
               !Model.canHoldHandle(ObjT))
        swapElements(Obj, gl(Arg));
    }
  }
  if (!Model.canHoldHandle(ObjT))
    return;
  bool IsHolder = Model.classKind(ObjT) == ClassKind::Holder;
  auto Inserted = [&] {
    // insert(pos, value), insert(pos, first, last): the first iterator of
    // a positional insert says where; the others delimit values to copy.
    bool Positional = LifetimeModel::takesPosition(MD);
    LoanSet V;
    for (const Expr *Arg : A.Args) {
      if (Model.isIterator(Arg->getType())) {
        if (!Positional)
          V |= load(contentOf(Arg));
        Positional = false;
      } else if (Model.canHoldHandle(Arg->getType())) {
        V |= contentOf(Arg);
      }
    }
    return V;
  };
  bool Owns = Model.ownsExclusively(ObjT);
  Death Released{Death::OwnerReleased, Call, Call->getBeginLoc()};
  switch (Model.stdMemberEffect(MD)) {
  case StdEffect::Insert:
    store(elementsOf(Obj), Inserted(), Call, /*Weak=*/true,
          A.Args.empty() ? QualType() : A.Args.back()->getType());
    break;
  case StdEffect::RemoveAll:
  case StdEffect::RemoveOne:
    if (Owns)
      destroyOwned(Obj, Released,
                   /*All=*/Model.stdMemberEffect(MD) == StdEffect::RemoveAll);
    clearPlaces(Obj);
    break;
  case StdEffect::Reset:
    if (Owns)
      destroyOwned(Obj, Released, /*All=*/true);
    if (A.Args.empty())
      clearPlaces(Obj);
    else
      store(Obj, contentOf(A.Args[0]), Call, /*Weak=*/false);
    break;
  case StdEffect::Release:
    clearPlaces(Obj);
    break;
  case StdEffect::Assign:
    if (Owns)
      destroyOwned(Obj, Released, /*All=*/true);
    if (MD->isOverloadedOperator() && !A.Args.empty()) {
      store(Obj, contentOf(A.Args[0]), Call, /*Weak=*/false,
            A.Args[0]->getType());
    } else {
      clearPlaces(Obj);
      store(elementsOf(Obj), Inserted(), Call, /*Weak=*/true);
    }
    break;
  case StdEffect::Swap:
    if (!A.Args.empty() && A.Args[0]->isGLValue()) {
      LoanSet Other = gl(A.Args[0]);
      LoanSet Mine = load(Obj), Theirs = load(Other);
      store(Obj, Theirs, Call, /*Weak=*/false);
      store(Other, Mine, Call, /*Weak=*/false);
      swapElements(Obj, Other);
    }
    break;
  case StdEffect::Detach:
    if (IsHolder && Recording)
      R.Escapes.push_back(
          {EscapeEvent::Detach, Call, load(Obj), Place{}, {}, true});
    break;
  case StdEffect::Join:
    if (IsHolder)
      clearPlaces(Obj);
    break;
  case StdEffect::None:
    break;
  }
}

void FunctionAnalyzer::releaseThrough(const Expr *Handle, Death D,
                                      const Stmt *Where) {
  LoanSet Released = contentOf(Handle);
  noteUse(Released, Where); // a second delete or free
  killSingle(Released, D);
  // Whatever the pointer variable pointed to is gone: `for (...; n =
  // n->next) delete n;` reads a dead object even when the analysis cannot
  // tell which object (or that it is one it does not know) n held.
  const auto *DRE = dyn_cast<DeclRefExpr>(Handle->IgnoreParenImpCasts());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->hasLocalStorage() || !isOwnVar(VD) ||
      VD->getType()->isReferenceType())
    return;
  Released.reset(NullLoan);
  bool KilledOne = Released.count() == 1 && !Released.test(UnknownLoan);
  if (Released.empty() || KilledOne)
    return;
  StorageID Gone = storageFor(StorageKind::Heap, Where);
  Cur->Born.insert(Gone);
  kill(Gone, D);
  writePlace({storageFor(StorageKind::Local, VD), nullptr},
             only(loanFor({Gone, nullptr}, nullptr)), /*Strong=*/true);
}

namespace {
/// The place a container's elements are, or null for none known.
std::optional<Place> elementsPlace(const FunctionAnalysis &R, const LoanSet &Of) {
  if (Of.count() != 1 || isPseudoLoan(Of.find_first()))
    return std::nullopt;
  Place P = R.loan(Of.find_first()).Target;
  return Place{P.Storage, P.Sub ? P.Sub : elementsTag()};
}
} // namespace

void FunctionAnalyzer::moveElements(const LoanSet &From, const LoanSet &To) {
  std::optional<Place> Source = elementsPlace(R, From);
  std::optional<Place> Target = elementsPlace(R, To);
  if (!Source || (Target && *Target == *Source))
    return;
  renameLoans([&](LoanID L, const Loan &Ln) {
    if (!(Ln.Target == *Source))
      return L;
    return Target ? loanFor(*Target, Ln.Issue) : UnknownLoan;
  });
}

void FunctionAnalyzer::moveMemberBuffers(const Expr *Source,
                                         const LoanSet &To) {
  const CXXRecordDecl *RD = Source->getType()->getAsCXXRecordDecl();
  if (!Source->isXValue() || !RD || !RD->hasDefinition() ||
      LifetimeModel::isStd(RD))
    return;
  LoanSet From = gl(Source);
  for (const FieldDecl *F : RD->fields())
    if (Model.classKind(F->getType()) == ClassKind::Owner)
      moveElements(fieldOf(From, F), fieldOf(To, F));
}

void FunctionAnalyzer::swapElements(const LoanSet &A, const LoanSet &B) {
  // Through a third place no handle refers to: the elements' new home is
  // decided before either buffer moves.
  std::optional<Place> First = elementsPlace(R, A);
  if (!First)
    return;
  LoanSet Parked = only(loanFor({storageFor(StorageKind::Unknown, &R), nullptr},
                                nullptr));
  moveElements(A, Parked);
  moveElements(B, A);
  moveElements(Parked, B);
}

void FunctionAnalyzer::noteCallUses(const Expr *Call, const FunctionDecl *FD,
                                    const CallArgs &A) {
  if (!Recording)
    return;
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (A.Object && MD && !isa<CXXDestructorDecl>(MD)) {
    LoanSet Obj = objectPlaces(A);
    noteUse(Obj, Call);
    // A view, smart pointer or callable read through: `*it`, `sv.substr()`,
    // `callback()`.
    ClassKind K = Model.classKind(objectType(A));
    bool Known = LifetimeModel::isStd(MD) || MD->getParent()->isLambda();
    if (Known && K != ClassKind::Owner && K != ClassKind::Plain &&
        LifetimeModel::readsThroughView(MD))
      noteUse(load(Obj), Call);
  }
  // Arguments bound to references, and views handed over by value. Raw
  // pointers are not (`delete p; registry.erase(p);` compares, not reads),
  // except those the C library declares it takes (`puts(p)`; not the
  // variadic ones: `printf("%p", p)` only prints the address).
  bool CLibrary = LifetimeModel::accessesPointerArguments(FD);
  for (unsigned I = 0; I < A.Args.size() && I < FD->getNumParams(); ++I) {
    const Expr *Arg = A.Args[I];
    QualType PT = FD->getParamDecl(I)->getType();
    // The standard library reads the C strings it is given
    // (`std::string(p)`), the C library whatever it is given.
    bool CString = LifetimeModel::isStd(FD) && PT->isPointerType() &&
                   PT->getPointeeType()->isAnyCharacterType();
    if ((CLibrary || CString) && PT->isPointerType())
      noteUse(contentOf(Arg), Call);
    if (PT->isReferenceType() && Arg->isGLValue())
      noteUse(gl(Arg), Call);
    // A view handed over by value is read by the callee, and so is one the
    // standard library takes by reference (`std::string(sv)`), except by
    // the view's own copy and assignment.
    bool CopiesView = isa<CXXConstructorDecl>(FD)
                          ? cast<CXXConstructorDecl>(FD)->isCopyOrMoveConstructor()
                          : MD && MD->isCopyAssignmentOperator();
    StdFunction Kind = LifetimeModel::stdFunction(FD);
    bool PassesOn = Kind == StdFunction::Forward || Kind == StdFunction::Swap ||
                    Kind == StdFunction::Exchange;
    if (Model.classKind(PT) == ClassKind::View ||
        (LifetimeModel::isStd(FD) && !CopiesView && !PassesOn &&
         Model.classKind(Arg->getType()) == ClassKind::View))
      noteUse(contentOf(Arg), Call);
  }
}

void FunctionAnalyzer::applySummary(const FunctionSummary &S,
                                    const CallArgs &A, const FunctionDecl *FD,
                                    const Stmt *Where, Death FreeDeath) {
  // What the call frees is what the places held before it stored anything:
  // `one = std::move(b);` frees the old object, not b's.
  llvm::SmallVector<LoanSet, 1> Freed;
  for (const FunctionSummary::Free &F : S.Frees)
    Freed.push_back(mapTerm(F.Term, A, FD));
  // A constructor's stores into the new object are its value.
  bool IsCtor = isa<CXXConstructorDecl>(FD);
  auto IntoNewObject = [&](const SummaryTerm &Sink) {
    return IsCtor && Sink.K == SummaryTerm::This;
  };
  // Places the call replaces get exactly what flows into them.
  for (const FunctionSummary::Overwrite &O : S.Overwrites) {
    if (IntoNewObject(O.Sink))
      continue;
    LoanSet V = flowsInto(S, O.Sink, A, FD);
    if (O.AddsUnknown)
      V.set(UnknownLoan);
    store(mapTerm(O.Sink, A, FD), V, Where, /*Weak=*/false,
          summaryValueType(S, O.Sink, FD));
  }
  // Others get it added.
  for (const FunctionSummary::Retain &Ret : S.Retains) {
    bool Replaced = llvm::any_of(S.Overwrites, [&](const auto &O) {
      return O.Sink == Ret.Sink;
    });
    if (!Replaced && !IntoNewObject(Ret.Sink))
      store(mapTerm(Ret.Sink, A, FD), mapTerm(Ret.Source, A, FD), Where,
            /*Weak=*/true, summaryValueType(S, Ret.Sink, FD));
  }
  for (const LoanSet &F : Freed)
    killSingle(F, FreeDeath);
}

LoanSet FunctionAnalyzer::flowsInto(const FunctionSummary &S,
                                    const SummaryTerm &Sink, const CallArgs &A,
                                    const FunctionDecl *FD) {
  LoanSet V;
  for (const FunctionSummary::Retain &Ret : S.Retains)
    if (Ret.Sink == Sink)
      V |= mapTerm(Ret.Source, A, FD);
  return V;
}

LoanSet FunctionAnalyzer::constructedObject(const CXXConstructExpr *CE) {
  // Up through the wrappers to what the constructor initialises.
  const Stmt *Child = CE;
  const Stmt *Parent = R.parents().getParent(CE);
  while (isa_and_nonnull<ExprWithCleanups, CXXBindTemporaryExpr, ParenExpr,
                         ConstantExpr, ImplicitCastExpr,
                         CXXFunctionalCastExpr>(Parent)) {
    Child = Parent;
    Parent = R.parents().getParent(Parent);
  }
  if (const auto *MTE = dyn_cast_or_null<MaterializeTemporaryExpr>(Parent))
    return gl(MTE);
  if (const auto *DS = dyn_cast_or_null<DeclStmt>(Parent))
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D); VD && VD->getInit() == Child)
        return VD->hasGlobalStorage()
                   ? loanOf(StorageKind::Static, VD, nullptr, CE)
                   : loanOf(StorageKind::Local, VD, nullptr, CE);
  return {};
}

const FunctionSummary *
FunctionAnalyzer::memberwiseConstructor(const Expr *Init) {
  const auto *CE = dyn_cast_or_null<CXXConstructExpr>(
      Init ? Init->IgnoreImplicit() : nullptr);
  if (!CE || !CE->getConstructor()->isUserProvided() ||
      LifetimeModel::isStd(CE->getConstructor()))
    return nullptr;
  return Engine.summary(CE->getConstructor(), Depth);
}

void FunctionAnalyzer::initializeFields(StorageID Var,
                                        const CXXConstructExpr *CE,
                                        const FunctionSummary *S) {
  const CXXConstructorDecl *Ctor = CE->getConstructor();
  // What the constructor puts in each member, member by member, so that a
  // destructor reading one member (a guard restoring a saved value) sees
  // that member's content alone.
  CallArgs A = callArgs(CE, Ctor);
  A.ObjectPlaces = only(loanFor({Var, nullptr}, nullptr));
  writePlace({Var, nullptr}, {}, /*Strong=*/true);
  for (const FunctionSummary::Overwrite &O : S->Overwrites) {
    if (O.Sink.K != SummaryTerm::This || !O.Sink.Field)
      continue;
    LoanSet V = flowsInto(*S, O.Sink, A, Ctor);
    if (O.AddsUnknown)
      V.set(UnknownLoan);
    writePlace({Var, O.Sink.Field}, V, /*Strong=*/true);
  }
}

QualType FunctionAnalyzer::summaryValueType(const FunctionSummary &S,
                                            const SummaryTerm &Sink,
                                            const FunctionDecl *FD) {
  // The type of what flows into Sink when it is one parameter's value (a
  // closure handed to `post(std::function<void()>)`), which decides whether
  // each of its loans escapes on its own.
  QualType T;
  for (const FunctionSummary::Retain &Ret : S.Retains) {
    if (!(Ret.Sink == Sink))
      continue;
    if (Ret.Source.K != SummaryTerm::Param ||
        Ret.Source.ParamIndex >= FD->getNumParams() || !T.isNull())
      return QualType();
    T = FD->getParamDecl(Ret.Source.ParamIndex)->getType().getNonReferenceType();
  }
  return T;
}

void FunctionAnalyzer::noteFormatUses(const Expr *Call, const FunctionDecl *FD,
                                      const CallArgs &A) {
  // printf-like functions read the arguments of their %s conversions.
  const auto *Format = FD->getAttr<FormatAttr>();
  if (!Format || Format->getFirstArg() == 0 ||
      static_cast<unsigned>(Format->getFormatIdx()) > A.Args.size())
    return;
  const auto *Literal = dyn_cast<StringLiteral>(
      A.Args[Format->getFormatIdx() - 1]->IgnoreParenImpCasts());
  if (!Literal || !Literal->isOrdinary())
    return;
  StringRef Text = Literal->getString();
  unsigned Next = Format->getFirstArg() - 1;
  for (size_t I = Text.find('%'); I != StringRef::npos && I + 1 < Text.size();
       I = Text.find('%', I + 1)) {
    size_t J = I + 1;
    if (Text[J] == '%') {
      I = J;
      continue;
    }
    // Flags, width, precision and length; a `*` takes an argument.
    for (; J < Text.size() &&
           StringRef("-+ #0'.123456789*hljztLq").contains(Text[J]);
         ++J)
      if (Text[J] == '*')
        ++Next;
    if (J >= Text.size())
      return;
    if (Text[J] == 's' && Next < A.Args.size())
      noteUse(contentOf(A.Args[Next]), Call);
    ++Next;
    I = J;
  }
}

void FunctionAnalyzer::applyCall(const Expr *Call, const FunctionDecl *FD) {
  CallArgs A = callArgs(Call, FD);
  // A constructor's `this` is the object it initialises. A variable it
  // initialises begins now, and gets each member's value as the call's
  // arguments are now, before its effects (a guard saving a global first).
  if (const auto *CE = dyn_cast<CXXConstructExpr>(Call))
    if (LoanSet Obj = constructedObject(CE); !Obj.empty()) {
      A.ObjectPlaces = Obj;
      if (!CE->getConstructor()->isUserProvided() && CE->getNumArgs() == 1)
        moveMemberBuffers(CE->getArg(0), Obj);
      StorageID Var = R.Loans[Obj.find_first()].Target.Storage;
      if (const FunctionSummary *S = memberwiseConstructor(CE);
          S && kindOf(Var) == StorageKind::Local) {
        bear(Var);
        initializeFields(Var, CE, S);
      }
    }
  noteCallUses(Call, FD, A);
  if (Recording)
    noteFormatUses(Call, FD, A);
  if (LifetimeModel::isDeallocation(FD)) {
    if (!A.Args.empty())
      releaseThrough(A.Args[0], Death{Death::Free, Call, Call->getBeginLoc()},
                     Call);
  } else if (LifetimeModel::isStd(FD)) {
    const auto *MD = dyn_cast<CXXMethodDecl>(FD);
    if (MD && A.Object && MD->isImplicitObjectMemberFunction())
      applyStdMember(MD, A, Call);
    // std::exchange(x, v) and std::swap(a, b) write their arguments.
    StdFunction Kind = LifetimeModel::stdFunction(FD);
    if (Kind == StdFunction::Exchange && A.Args.size() == 2 &&
        A.Args[0]->isGLValue())
      store(gl(A.Args[0]), contentOf(A.Args[1]), Call, /*Weak=*/false);
    if (Kind == StdFunction::Swap && A.Args.size() == 2 &&
        A.Args[0]->isGLValue() && A.Args[1]->isGLValue()) {
      LoanSet First = gl(A.Args[0]), Second = gl(A.Args[1]);
      LoanSet Was = load(First);
      store(First, load(Second), Call, /*Weak=*/false);
      store(Second, Was, Call, /*Weak=*/false);
      if (Model.classKind(A.Args[0]->getType()) == ClassKind::Owner)
        swapElements(First, Second);
    }
    // A container built by moving another takes its elements.
    if (const auto *CE = dyn_cast<CXXConstructExpr>(Call);
        CE && CE->getConstructor()->isMoveConstructor() && !A.Args.empty() &&
        Model.classKind(CE->getType()) == ClassKind::Owner &&
        A.Args[0]->isGLValue())
      moveElements(gl(A.Args[0]), A.ObjectPlaces ? *A.ObjectPlaces : LoanSet());
  } else if (const FunctionSummary *S = Engine.summary(FD, Depth)) {
    if (Recording)
      for (const SummaryTerm &T : S->Reads)
        noteUse(mapTerm(T, A, FD), Call);
    applySummary(*S, A, FD, Call,
                 Death{Death::FreedByCall, Call, Call->getBeginLoc()});
  } else if (A.Object) {
    // Declared only: [[clang::lifetime_capture_by(this)]] on a parameter.
    for (unsigned I = 0; I < FD->getNumParams(); ++I)
      if (const auto *Cap =
              FD->getParamDecl(I)->getAttr<LifetimeCaptureByAttr>())
        for (int Capturer : Cap->params())
          if (Capturer == LifetimeCaptureByAttr::This)
            store(elementsOf(objectPlaces(A)), argValue(A, FD, I), Call,
                  /*Weak=*/true);
  }
  // An owner handed over as an rvalue is moved from: what it owned is the
  // receiver's to destroy now. A user's object moved into the standard
  // library goes through its move constructor, which may reset the source.
  for (const Expr *Arg : A.Args) {
    if (!Arg->isXValue())
      continue;
    if (Model.ownsExclusively(Arg->getType())) {
      clearPlaces(gl(Arg));
      continue;
    }
    const CXXRecordDecl *RD = Arg->getType()->getAsCXXRecordDecl();
    if (!LifetimeModel::isStd(FD) || !RD || !RD->hasDefinition() ||
        LifetimeModel::isStd(RD))
      continue;
    for (const CXXConstructorDecl *Ctor : RD->ctors())
      if (Ctor->isMoveConstructor() && Ctor->isUserProvided())
        if (const FunctionSummary *S = Engine.summary(Ctor, Depth)) {
          CallArgs Move;
          Move.Call = Call;
          Move.Args.push_back(Arg);
          applySummary(*S, Move, Ctor, Call,
                       Death{Death::FreedByCall, Call, Call->getBeginLoc()});
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
  // `h.p = &y` replaces the null rather than joining it.
  const auto *ILE = dyn_cast_or_null<InitListExpr>(
      VD->getInit() ? VD->getInit()->IgnoreImplicit() : nullptr);
  const RecordDecl *RD = T->getAsRecordDecl();
  if (!IsRef && ILE && RD && !ILE->isTransparent() && !RD->isUnion()) {
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
      R.Escapes.push_back({EscapeEvent::Return, RS, V, Place{}, {},
                           Model.holdsSeveralHandles(Ret)});
    }
    return;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
    if (!BO->isAssignmentOp())
      return;
    if (Recording && !isa<DeclRefExpr>(BO->getLHS()->IgnoreParens()))
      noteUse(gl(BO->getLHS()), BO);
    // `r_.b = p` writes one part of the place `r_` stands for.
    const auto *Member =
        dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts());
    const auto *Base = Member ? dyn_cast<MemberExpr>(
                                    Member->getBase()->IgnoreParenImpCasts())
                              : nullptr;
    bool Part = Base && isa<FieldDecl>(Base->getMemberDecl());
    if (BO->getOpcode() == BO_Assign &&
        Model.canHoldHandle(BO->getLHS()->getType()))
      store(gl(BO->getLHS()), rv(BO->getRHS()), BO, /*Weak=*/Part,
            BO->getRHS()->getType());
    return;
  }
  if (const auto *CE = dyn_cast<ImplicitCastExpr>(S)) {
    // A read through a handle. Naming a variable reads no handle, unless
    // the variable is a reference.
    const Expr *Sub = CE->getSubExpr()->IgnoreParens();
    const auto *DRE = dyn_cast<DeclRefExpr>(Sub);
    if (Recording && CE->getCastKind() == CK_LValueToRValue &&
        (!DRE || DRE->getDecl()->getType()->isReferenceType()))
      noteUse(gl(Sub), CE);
    return;
  }
  if (const auto *DE = dyn_cast<CXXDeleteExpr>(S)) {
    releaseThrough(DE->getArgument(), Death{Death::Delete, DE, DE->getBeginLoc()},
                   DE);
    return;
  }
  if (const auto *NE = dyn_cast<CXXNewExpr>(S)) {
    StorageID H = storageFor(StorageKind::Heap, S);
    bear(H);
    if (const Expr *Init = NE->getInitializer())
      writePlace({H, nullptr}, contentOf(Init), /*Strong=*/true);
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
    if (FD && (LifetimeModel::isAllocation(FD) ||
               (!FD->getReturnType()->isReferenceType() &&
                Model.isUniquePtr(FD->getReturnType()))))
      bear(storageFor(StorageKind::Heap, C));
  } else {
    FD = cast<CXXConstructExpr>(E)->getConstructor();
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
  R.Loans.push_back({Place{storageFor(StorageKind::Null, nullptr), nullptr},
                     nullptr}); // NullLoan
  for (const auto &[Synthetic, Source] : G.synthetic_stmts())
    SyntheticDecls[Synthetic] = Source;

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
    for (const CFGBlock *Pred : Block.preds())
      if (Pred)
        join(S, Out[Pred->getBlockID()], Changed);
    return S;
  };
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
    State S = EntryState(*Block);
    if (!S.Reachable)
      continue;
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
  Recording = true;
  for (const CFGBlock *Block : G) {
    State S = EntryState(*Block);
    if (!S.Reachable)
      continue;
    RunBlock(*Block, S);
    if (OverBudget)
      return false;
  }
  State Exit = EntryState(G.getExit());
  R.ExitReachable = Exit.Reachable;
  R.ExitCells = Exit.Cells;
  R.ExitDead = Exit.Dead;
  R.ExitMayDead = Exit.MayDead;
  return true;
}

// === FunctionAnalysis =======================================================

const Stmt *FunctionAnalysis::issueContext(LoanID L, const Stmt *&Child) const {
  Child = loan(L).Issue;
  if (!Child)
    return nullptr;
  const Stmt *Parent = parents().getParent(Child);
  // Look through the parts of an lvalue: `&x.f`, `&x[i]`, `&(x)`.
  while (Parent && (isa<ParenExpr, ImplicitCastExpr, MemberExpr>(Parent) ||
                    (isa<ArraySubscriptExpr>(Parent) &&
                     cast<ArraySubscriptExpr>(Parent)->getBase() == Child))) {
    Child = Parent;
    Parent = parents().getParent(Parent);
  }
  return Parent;
}

SourceLocation FunctionAnalysis::issueLocation(LoanID L) const {
  const Stmt *Child = nullptr;
  const auto *LE = dyn_cast_or_null<LambdaExpr>(issueContext(L, Child));
  if (!LE || !Child)
    return loan(L).Issue ? loan(L).Issue->getExprLoc() : SourceLocation();
  auto Init = LE->capture_init_begin();
  for (const LambdaCapture &C : LE->captures()) {
    if (*Init++ != Child || !C.isImplicit() || !C.capturesVariable())
      continue;
    // `[&]` has no spelling for the variable: show its first use.
    const ValueDecl *Var = C.getCapturedVar();
    std::function<const DeclRefExpr *(const Stmt *)> FirstUse =
        [&](const Stmt *S) -> const DeclRefExpr * {
      if (!S)
        return nullptr;
      if (const auto *DRE = dyn_cast<DeclRefExpr>(S);
          DRE && DRE->getDecl() == Var)
        return DRE;
      for (const Stmt *Sub : S->children())
        if (const DeclRefExpr *Found = FirstUse(Sub))
          return Found;
      return nullptr;
    };
    if (const DeclRefExpr *Use = FirstUse(LE->getBody()))
      return Use->getLocation();
  }
  return cast<Expr>(Child)->getExprLoc();
}

HandleOrigin FunctionAnalysis::originOf(LoanID L) const {
  if (loan(L).Target.Sub == elementsTag())
    return HandleOrigin::Element;
  if (isa_and_nonnull<CXXConstructExpr>(loan(L).Issue))
    return HandleOrigin::ThisArgument;
  // An array used as a pointer points into it.
  if (const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(
          parents().getParent(loan(L).Issue));
      Cast && Cast->getCastKind() == CK_ArrayToPointerDecay)
    return HandleOrigin::Element;
  const Stmt *Child = nullptr;
  const Stmt *Parent = issueContext(L, Child);
  // `v.reg()`: v is the object the method runs on.
  if (const auto *ME = dyn_cast_or_null<MemberExpr>(Child);
      ME && isa<CXXMethodDecl>(ME->getMemberDecl()))
    return HandleOrigin::ThisArgument;
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(Parent);
      UO && UO->getOpcode() == UO_AddrOf)
    return HandleOrigin::AddressOf;
  if (isa_and_nonnull<LambdaExpr>(Parent))
    return HandleOrigin::Capture;
  return HandleOrigin::Reference;
}

bool FunctionAnalysis::isFrameLocal(LoanID ID) const {
  return !isPseudoLoan(ID) && storageOf(ID).Kind == StorageKind::Local;
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

const FunctionAnalysis &LifetimeEngine::analyze(const FunctionDecl *FD) {
  if (!Last || Last->function() != FD)
    Last = analyzeAtDepth(FD, 0);
  return *Last;
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
                                               unsigned Depth,
                                               bool StaticallyBound) {
  const FunctionDecl *Def = nullptr;
  if (!FD || !FD->hasBody(Def) || !Def || LifetimeModel::isStd(Def) ||
      Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return nullptr;
  // A virtual call may run an overrider we cannot see (unless the object's
  // type is known: a local's destructor).
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Def))
    if (!StaticallyBound && MD->isVirtual() && !MD->hasAttr<FinalAttr>() &&
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
