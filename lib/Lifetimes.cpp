//===-- Lifetimes.cpp - Where storages end, and uses after ----------------===//
//
// Lifetimes and expiry. A local ends at the end of its scope (the CFG's
// lifetime-end elements), a temporary at the end of its full-expression
// (unless lifetime-extended: then with its variable), a heap object at
// `delete` or `free`, or with the owner that owns it (a unique_ptr, a
// container of them, a callee that frees). The state keeps the storages that
// have ended, with where and how; a storage born again (a loop) leaves the
// handles to its old instance on a stale copy that stays dead. A use through
// a handle whose every target has ended is recorded here. A new family adds
// what ends its storages here, next to these.
//
//===----------------------------------------------------------------------===//

#include "FunctionAnalyzer.h"
#include "Uses.h"
#include "clang/AST/ParentMap.h"

using namespace clang;

namespace lifeguard {

const Stmt *FunctionAnalyzer::fullExpressionOf(const Stmt *S) {
  if (auto It = RootCache.find(S); It != RootCache.end())
    return It->second;
  const Stmt *Key = S;
  if (auto Orig = SyntheticDecls.find(S); Orig != SyntheticDecls.end())
    S = Orig->second;
  ParentMap &PM = R.parents();
  // Every expression on the way up has the same full-expression: cache
  // them all, so that a chain of n operators costs n steps, not n^2.
  llvm::SmallVector<const Stmt *, 16> Climbed{Key, S};
  const Stmt *Root = S;
  while (const Stmt *P = PM.getParent(Root)) {
    if (isa<DeclStmt, ReturnStmt>(P)) {
      Root = P;
      break;
    }
    if (!isa<Expr>(P))
      break;
    if (auto It = RootCache.find(P); It != RootCache.end()) {
      Root = It->second;
      break;
    }
    Climbed.push_back(P);
    Root = P;
  }
  for (const Stmt *C : Climbed)
    RootCache[C] = Root;
  return Root;
}

bool FunctionAnalyzer::endsFullExpression(const Stmt *S) {
  const Stmt *Root = fullExpressionOf(S);
  if (DeferredRoots.count(Root))
    return false;
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

void FunctionAnalyzer::runDestructor(const CXXDestructorDecl *Dtor,
                                     const LoanSet &Object, const Stmt *Where,
                                     Death D) {
  // (A destructor that overrides it runs it too, after its own body: its
  // effects happen whatever the object's dynamic type.)
  if (const FunctionSummary *Sum =
          Engine.summary(Dtor, Depth, /*StaticallyBound=*/true)) {
    CallArgs A;
    A.ObjectPlaces = Object;
    applySummary(*Sum, A, Dtor, Where, D);
  }
}

void FunctionAnalyzer::destroyOwned(const LoanSet &OwnerPlaces,
                                    QualType OwnerType, Death D, bool All) {
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
  if (const CXXDestructorDecl *Dtor =
          LifetimeModel::writtenDestructor(Model.ownedObjectType(OwnerType)))
    runDestructor(Dtor, Owned, D.Where, D);
  for (LoanID L : Owned)
    kill(R.Loans[L].Target.Storage, D);
}

void FunctionAnalyzer::bear(StorageID S) {
  bool Again = !Cur->Born.insert(S).second;
  auto DeadEntry = Cur->Dead.find(S);
  std::optional<Death> OldDeath;
  if (DeadEntry != Cur->Dead.end())
    OldDeath = DeadEntry->second;
  if (!Again && !OldDeath)
    return;
  if (Again)
    BornAgain.insert(S);
  const Storage &Old = R.Storages[S];
  StorageID Stale = storageFor(Old.Kind, Old.Key, /*Stale=*/true, Old.Depth);
  Cur->Born.insert(Stale);
  if (OldDeath) {
    Cur->Dead.erase(S);
    Cur->Dead.try_emplace(Stale, *OldDeath);
  } else {
    // It stands for an object that may be alive: what an older one's
    // handles would say of a dead object is no longer certain.
    Cur->Dead.erase(Stale);
  }
  renameLoans([&](LoanID L, const Loan &Ln) {
    return Ln.Target.Storage == S ? loanFor({Stale, Ln.Target.Sub}, Ln.Issue)
                                  : L;
  });
  if (!Again)
    return;
  llvm::SmallVector<Place, 4> OldContent;
  for (const auto &Entry : Cur->Cells)
    if (Entry.first.Storage == S)
      OldContent.push_back(Entry.first);
  for (Place P : OldContent)
    Cur->Cells.erase(P);
}

void FunctionAnalyzer::renameLoans(
    llvm::function_ref<LoanID(LoanID, const Loan &)> Rename,
    llvm::function_ref<bool(Place)> In) {
  // Renaming may add loans: add them in the order of the loans renamed,
  // not of the cells (which hash by pointer), so that loan numbers, and the
  // reports that follow them, are the same in every run.
  LoanSet Old;
  for (const auto &Entry : Cur->Cells)
    if (!In || In(Entry.first))
      Old |= Entry.second;
  llvm::DenseMap<LoanID, LoanID> NewOf;
  for (LoanID L : Old) {
    // A copy: renaming may add loans, and move the table.
    Loan Ln = R.Loans[L];
    LoanID New = isPseudoLoan(L) ? L : Rename(L, Ln);
    if (New != L)
      NewOf[L] = New;
  }
  if (NewOf.empty())
    return;
  for (auto &Entry : Cur->Cells) {
    if (In && !In(Entry.first))
      continue;
    LoanSet Renamed;
    bool Changed = false;
    for (LoanID L : Entry.second) {
      auto It = NewOf.find(L);
      Renamed.set(It == NewOf.end() ? L : It->second);
      Changed |= It != NewOf.end();
    }
    if (Changed)
      Entry.second = std::move(Renamed);
  }
}

StorageID FunctionAnalyzer::retireBuffer(Place From, const Death &D) {
  StorageID Old = storageFor(StorageKind::MovedBuffer, D.Where);
  R.MovedFrom[Old] = From;
  Cur->Born.insert(Old);
  kill(Old, D);
  return Old;
}

void FunctionAnalyzer::reviveElements(Place Buffer) {
  Cur->Moved.erase(Buffer);
  renameLoans([&](LoanID L, const Loan &Ln) {
    return kindOf(Ln.Target.Storage) == StorageKind::MovedBuffer &&
                   R.movedFrom(Ln.Target.Storage) == Buffer &&
                   Ln.Target.Sub == Buffer.Sub
               ? loanFor(Buffer, Ln.Issue)
               : L;
  });
}

void FunctionAnalyzer::invalidateElements(const LoanSet &Container,
                                          Invalidation How, const Expr *Erased,
                                          const Stmt *Where, bool Relocates,
                                          const Stmt *Cause, QualType Kept) {
  // What a deque's pop ends depends on the path: the analyzer's to follow.
  if (How == Invalidation::None || How == Invalidation::Popped ||
      Container.count() != 1 ||
      isPseudoLoan(Container.find_first()))
    return;
  Place Object = R.Loans[Container.find_first()].Target;
  // The elements of a container that is itself an element are not told
  // apart from it: say nothing rather than invalidate the wrong handles.
  if (isElements(Object.Sub))
    return;
  Place Buffer = elementsPlace(Object);
  Death D{Death::Invalidated, Where, Where->getBeginLoc(), How, Cause};
  StorageID Old = retireBuffer(Buffer, D);
  // A relocation moves the elements: one that keeps its own buffer when
  // moved (a vector in a vector) keeps the handles into that buffer valid.
  // Those are issued at the element, not at the container (see
  // elementsOf).
  const Expr *ContainerExpr = LifetimeModel::objectOfCall(Where);
  auto KeptByElement = [&](const Loan &Ln) {
    if (!Relocates || !Ln.Issue || !ContainerExpr)
      return false;
    QualType ElementT = Model.objectType(Ln.Issue);
    return Model.keepsBufferWhenMoved(ElementT) &&
           ElementT.getCanonicalType().getUnqualifiedType() !=
               Model.objectType(ContainerExpr)
                   .getCanonicalType()
                   .getUnqualifiedType();
  };
  auto KeptByVariant = [&](const Loan &Ln) {
    return !Kept.isNull() && Ln.Issue &&
           Model.objectType(Ln.Issue).getCanonicalType().getUnqualifiedType() ==
               Kept.getCanonicalType();
  };
  auto Move = [&](LoanID L, const Loan &Ln) {
    return Ln.Target == Buffer && !KeptByElement(Ln) && !KeptByVariant(Ln)
               ? loanFor({Old, Buffer.Sub}, Ln.Issue)
               : L;
  };
  switch (How) {
  case Invalidation::None:
  case Invalidation::Popped:
    break;
  case Invalidation::All:
    renameLoans(Move);
    // (Which alternative a caller's handles designate, its summary does
    // not say: a variant's change stays the function's own.)
    if (Kept.isNull())
      Cur->Moved[Buffer] = {D, Invalidation::All};
    break;
  case Invalidation::Iterators:
    // The iterators the function's own variables hold (and a caller's,
    // through the summary).
    Cur->Moved.try_emplace(Buffer, BufferChange{D, How});
    renameLoans(Move, [&](Place P) {
      const Storage &St = R.Storages[P.Storage];
      return St.Kind == StorageKind::Local && !P.Sub &&
             Model.isIterator(St.var()->getType());
    });
    break;
  case Invalidation::Erased:
  case Invalidation::ErasedAndAfter: {
    // The function's own variables that hold \p P.
    auto OwnVariable = [&](Place P) -> const VarDecl * {
      const Storage &St = R.Storages[P.Storage];
      return St.Kind == StorageKind::Local && !P.Sub ? St.var() : nullptr;
    };
    // erase(key): the variables a lookup by the same key initialized
    // (`auto it = s.find(id);`, `auto &user = m.at(id);`), the key written
    // the same way. (Loans do not say which lookup made them.)
    // The iterator whose element holds the key (`s.erase(*it)`), and the
    // hidden iterator of the range-for loop whose element does
    // (`for (auto &[name, qty] : stock) stock.erase(name);`).
    // erase(find(key)) erases the element of that key, as erase(key) does.
    const Expr *Key = nullptr;
    if (Erased && How == Invalidation::Erased)
      Key = Model.isIterator(Erased->getType())
                ? LifetimeModel::lookedUpKey(Erased, /*FindOnly=*/true)
                : Erased;
    if (Key) {
      const VarDecl *Holder = LifetimeModel::iteratorReadThrough(Key);
      const VarDecl *LoopIterator = rangeForIteratorOf(Key, Where);
      renameLoans(Move, [&](Place P) {
        const VarDecl *VD = OwnVariable(P);
        return VD && ((VD->getInit() &&
                       LifetimeModel::looksUpKey(VD->getInit(), Key)) ||
                      VD == Holder || VD == LoopIterator);
      });
      break;
    }
    // The variable given to erase(it); copies of it made before are not
    // followed (one of them may designate another element).
    const VarDecl *It = LifetimeModel::iteratorVariable(Erased);
    if (It && (!It->hasLocalStorage() || It->getType()->isReferenceType() ||
               !isOwnVar(It)))
      It = nullptr;
    std::optional<Place> VarPlace;
    if (It)
      VarPlace = Place{storageFor(StorageKind::Local, It), nullptr};
    // The variables that took the element through that iterator
    // (`auto &conn = it->second;`, `T *p = &*it;`) designate the erased
    // element too, when the function never changes the iterator.
    auto ThroughIt = [&](const VarDecl *VD) {
      return It && VD->getInit() &&
             LifetimeModel::iteratorReadThrough(VD->getInit()) == It &&
             !iteratorChanged(It);
    };
    // A vector's erase moves the elements after the erased one down: the
    // variables that took its last element or its end are invalid, whichever
    // element went (and a caller's, through the summary).
    if (How == Invalidation::ErasedAndAfter)
      Cur->Moved.try_emplace(Buffer, BufferChange{D, How});
    renameLoans(Move, [&](Place P) {
      const VarDecl *VD = OwnVariable(P);
      return (VarPlace && P == *VarPlace) || (VD && ThroughIt(VD)) ||
             (How == Invalidation::ErasedAndAfter && VD &&
              LifetimeModel::designatesLastOrEnd(VD->getInit()));
    });
    break;
  }
  }
}

const VarDecl *FunctionAnalyzer::rangeForIteratorOf(const Expr *Key,
                                                   const Stmt *Where) {
  for (const Stmt *S = Where; S; S = R.parents().getParent(S)) {
    const auto *Loop = dyn_cast<CXXForRangeStmt>(S);
    const VarDecl *Element =
        Loop ? LifetimeModel::loopVariableNamed(Key, Loop) : nullptr;
    if (!Element)
      continue;
    // A copy of the element the body may change (`for (int id : ids)`).
    const auto *Begin = dyn_cast_or_null<DeclStmt>(Loop->getBeginStmt());
    bool Copy = !Element->getType()->isReferenceType() &&
                !Element->getType().isConstQualified();
    if (!Begin || !Begin->isSingleDecl() ||
        (Copy && mayChange(Element, Loop->getBody(), R.parents())))
      return nullptr;
    return dyn_cast<VarDecl>(Begin->getSingleDecl());
  }
  return nullptr;
}

bool FunctionAnalyzer::iteratorChanged(const VarDecl *It) {
  // (Read from how each mention uses it: clang's ExprMutationAnalyzer, which
  // follows the iterator into the templates it is given, took a tenth of
  // the checks' time on gmock-all.cc.)
  auto [Entry, Inserted] = ChangedIterators.try_emplace(It, true);
  if (Inserted && R.Function->getBody())
    Entry->second = mayChange(It, R.Function->getBody(), R.parents());
  return Entry->second;
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

LoanSet FunctionAnalyzer::withoutPoolObjects(LoanSet Places) const {
  for (LoanID L : LoanSet(Places)) {
    if (isPseudoLoan(L))
      continue;
    auto It = Cur->Dead.find(R.Loans[L].Target.Storage);
    if (It != Cur->Dead.end() && It->second.K == Death::ReturnedToPool)
      Places.reset(L);
  }
  return Places;
}

LoanSet FunctionAnalyzer::resourcesIn(const LoanSet &Places) const {
  LoanSet Resources;
  for (LoanID L : Places) {
    if (isPseudoLoan(L))
      continue;
    // (What a release() gave back stands for the resource it came from.)
    Place P = R.Loans[L].Target;
    if (kindOf(P.Storage) == StorageKind::MovedBuffer)
      P = R.MovedFrom.lookup(P.Storage);
    if (const ValueDecl *D = declarationOf(R.Storages[P.Storage], P);
        D && LifetimeModel::isMemoryResource(D->getType()))
      Resources.set(L);
  }
  return Resources;
}

void FunctionAnalyzer::releaseResource(const LoanSet &Resource,
                                       const Expr *Call) {
  if (Resource.count() != 1 || isPseudoLoan(Resource.find_first()))
    return;
  Place Target = R.Loans[Resource.find_first()].Target;
  StorageID Old =
      retireBuffer(Target, Death{Death::ReturnedToPool, Call, Call->getBeginLoc()});
  auto Retire = [&](LoanID L, const Loan &Ln) {
    return Ln.Target == Target ? loanFor({Old, Target.Sub}, Ln.Issue) : L;
  };
  // What it allocated, wherever it is held.
  renameLoans([&](LoanID L, const Loan &Ln) {
    return LifetimeModel::isResourceAllocation(Ln.Issue) ? Retire(L, Ln) : L;
  });
  // Only in the containers: a pointer to the resource itself stays valid.
  renameLoans(Retire, [&](Place P) {
    const ValueDecl *D = declarationOf(R.Storages[P.Storage], P);
    return D && LifetimeModel::allocatesFromResource(
                    D->getType().getNonReferenceType());
  });
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
  if (deathsOf(Places, U.Loans)) {
    R.Uses.push_back(std::move(U));
    return;
  }
  U.Loans.clear();
  U.OnSomePaths = true;
  if (invalidatedOnSomePaths(Places, U.Loans))
    R.Uses.push_back(std::move(U));
}

void FunctionAnalyzer::noteCopy(const Expr *Handle, const Stmt *Where) {
  if (!isa<DeclRefExpr>(Handle->IgnoreParenImpCasts()))
    return;
  // Where the copy goes, past the wrappers of its value.
  ParentMap &PM = R.parents();
  const Stmt *Value = Where;
  const Stmt *Parent = PM.getParent(Value);
  while (isa_and_nonnull<ParenExpr, ImplicitCastExpr, CXXBindTemporaryExpr,
                         MaterializeTemporaryExpr, ExprWithCleanups>(Parent)) {
    Value = Parent;
    Parent = PM.getParent(Parent);
  }
  bool Copies = isa_and_nonnull<DeclStmt, ReturnStmt, CallExpr,
                                CXXConstructExpr, InitListExpr>(Parent);
  if (const auto *BO = dyn_cast_or_null<BinaryOperator>(Parent))
    Copies = BO->getOpcode() == BO_Assign && BO->getRHS() == Value;
  if (!Copies)
    return;
  UseEvent U{Where, fullExpressionOf(Where), {}};
  if (deathsOf(load(gl(Handle)), U.Loans) &&
      llvm::all_of(U.Loans, [](const std::pair<LoanID, Death> &LD) {
        return LD.second.K == Death::Invalidated;
      }))
    R.Uses.push_back(std::move(U));
}

bool FunctionAnalyzer::invalidatedOnSomePaths(
    const LoanSet &Places,
    llvm::SmallVectorImpl<std::pair<LoanID, Death>> &Out) {
  if (Places.test(UnknownLoan))
    return false;
  auto Moved = [&](LoanID L) -> const Death * {
    auto It = Cur->Dead.find(R.Loans[L].Target.Storage);
    return It != Cur->Dead.end() && It->second.K == Death::Invalidated
               ? &It->second
               : nullptr;
  };
  for (LoanID L : Places) {
    if (L == NullLoan)
      continue;
    if (const Death *D = Moved(L)) {
      Out.push_back({L, *D});
      continue;
    }
    // Otherwise it is the same handle on a path that did not invalidate it.
    const Loan &Valid = R.Loans[L];
    bool Before = false;
    for (LoanID M : Places) {
      const Loan &Old = R.Loans[M];
      Before |= !isPseudoLoan(M) && Moved(M) && Old.Issue == Valid.Issue &&
                R.MovedFrom.lookup(Old.Target.Storage) == Valid.Target;
    }
    if (!Before) {
      Out.clear();
      return false;
    }
  }
  return !Out.empty();
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
        destroyOwned(only(loanFor({T, nullptr}, MTE)), MTE->getType(),
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
  // (A loan on the variable only for what needs one: a function of a
  // thousand scalars must not use up the loan budget ending them.)
  auto Var = [&] { return only(loanFor({S, nullptr}, nullptr)); };
  Death Released{Death::OwnerReleased, Trigger, Loc};
  // An owner ends what it owns; a reference to one does not. The written
  // destructor runs, then the members that own (a unique_ptr, a vector of
  // them) destroy what they own.
  if (!VD->getType()->isReferenceType()) {
    if (Model.ownsExclusively(VD->getType()))
      destroyOwned(Var(), VD->getType(), Released, /*All=*/true);
    if (const CXXDestructorDecl *Dtor =
            LifetimeModel::writtenDestructor(VD->getType());
        Dtor && Trigger)
      runDestructor(Dtor, Var(), Trigger, Released);
    if (const CXXRecordDecl *RD = VD->getType()->getAsCXXRecordDecl();
        RD && !LifetimeModel::isStd(RD))
      for (const FieldDecl *F : RD->fields())
        if (Model.ownsExclusively(F->getType()))
          destroyOwned(fieldOf(Var(), F), F->getType(), Released,
                       /*All=*/true);
  }
  kill(S, D);
  // Temporaries bound to the variable live as long as it does.
  if (auto Bound = TempsByExtender.find(VD); Bound != TempsByExtender.end())
    for (StorageID T : llvm::SmallVector<StorageID, 1>(Bound->second))
      kill(T, D);
}

void FunctionAnalyzer::returnToPool(const Expr *Released, const Expr *Call) {
  Death D{Death::ReturnedToPool, Call, Call->getBeginLoc()};
  if (Released->getType()->isPointerType()) {
    if (Recording)
      R.Releases.push_back({Call, contentOf(Released)});
    releaseThrough(Released, D, Call);
    return;
  }
  // Given by reference: the object itself.
  LoanSet Object = Released->isGLValue() ? gl(Released) : LoanSet();
  if (Recording)
    R.Releases.push_back({Call, Object});
  noteUse(Object, Call); // a second release
  if (!sharesStorage(Object))
    killSingle(Object, D);
}

bool FunctionAnalyzer::seedsPool(const Expr *Released, const CallArgs &A) {
  if (!A.Object && !A.ObjectPlaces)
    return false;
  if (isa<CXXConstructorDecl>(R.Function) && A.Object &&
      isa<CXXThisExpr>(A.Object->IgnoreParenImpCasts()))
    return true;
  llvm::SmallDenseSet<StorageID, 4> Pool;
  for (LoanID L : objectPlaces(A))
    if (!isPseudoLoan(L))
      Pool.insert(R.Loans[L].Target.Storage);
  LoanSet Object = Released->getType()->isPointerType() ? contentOf(Released)
                   : Released->isGLValue()              ? gl(Released)
                                                        : LoanSet();
  if (Object.empty())
    return false;
  for (LoanID L : Object)
    if (isPseudoLoan(L) || !Pool.contains(R.Loans[L].Target.Storage))
      return false;
  return true;
}

bool FunctionAnalyzer::sharesStorage(const LoanSet &Targets) const {
  for (LoanID L : Targets)
    if (!isPseudoLoan(L) &&
        llvm::is_contained({StorageKind::ParamContent, StorageKind::StaticContent},
                           R.storageOf(L).Kind))
      return true;
  return false;
}

void FunctionAnalyzer::releaseThrough(const Expr *Handle, Death D,
                                      const Stmt *Where) {
  LoanSet Released = contentOf(Handle);
  noteUse(Released, Where); // a second delete or free
  // What a member of a parameter's or global's object points to is one
  // storage for all of its members (`delete s->builder;` would end what
  // s->outfile points to as well): it is not ended. A pool's release does
  // not end it through any handle (`old = db.front; pool.release(old);`
  // leaves what db.back points to alone).
  const auto *Member = dyn_cast<MemberExpr>(Handle->IgnoreParenImpCasts());
  bool KeepShared = sharesStorage(Released) &&
                    (Member || D.K == Death::ReturnedToPool);
  if (!KeepShared)
    killSingle(Released, D);
  // Whatever the pointer variable pointed to is gone: `for (...; n =
  // n->next) delete n;` reads a dead object even when the analysis cannot
  // tell which object (or that it is one it does not know) n held, and
  // `n = prev->next; pool_free(p, n);` ends n's object for n.
  const auto *DRE = dyn_cast<DeclRefExpr>(Handle->IgnoreParenImpCasts());
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->hasLocalStorage() || !isOwnVar(VD) ||
      VD->getType()->isReferenceType())
    return;
  Released.reset(NullLoan);
  bool KilledOne = !KeepShared && Released.count() == 1 &&
                   !Released.test(UnknownLoan);
  if (Released.empty() || KilledOne)
    return;
  StorageID Gone = storageFor(StorageKind::Heap, Where);
  Cur->Born.insert(Gone);
  kill(Gone, D);
  writePlace({storageFor(StorageKind::Local, VD), nullptr},
             only(loanFor({Gone, nullptr}, nullptr)), /*Strong=*/true);
}

} // namespace lifeguard
