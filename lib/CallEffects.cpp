//===-- CallEffects.cpp - What calls return and what they do --------------===//
//
// Calls. A standard-library function is never read: LifetimeModel's tables say
// what it returns and does (accessors return the owner's elements, inserts add
// to them, a move takes the other's buffer, `reset` and `clear` release what
// an owner owned). A function whose body is in the translation unit is applied
// through its summary, its terms mapped onto the arguments. Any other call
// returns Unknown and retains nothing, except as [[clang::lifetimebound]] and
// [[clang::lifetime_capture_by(this)]] say. A call's value is taken before its
// effects run (State::CallValues); the uses it makes of its arguments, the
// stores it performs and the members a constructor initialises are here too.
//
//===----------------------------------------------------------------------===//

#include "FunctionAnalyzer.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/Analyses/LifetimeSafety/LifetimeAnnotations.h"

using namespace clang;

namespace lifeguard {

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

// === Values of calls ========================================================

LoanSet FunctionAnalyzer::argValue(const CallArgs &A, const FunctionDecl *FD,
                                   unsigned I) {
  if (I >= A.Args.size())
    return {};
  const Expr *Arg = A.Args[I];
  QualType ParamT =
      I < FD->getNumParams() ? FD->getParamDecl(I)->getType() : QualType();
  if (!ParamT.isNull() && Arg->isGLValue() &&
      (ParamT->isReferenceType() ||
       // An array forwarded to a pointer parameter (`make_unique<T>(buf)`
       // running `T(const char *)`) decays there.
       (ParamT->isPointerType() && Arg->getType()->isArrayType())))
    return gl(Arg);
  return contentOf(Arg);
}

LoanSet FunctionAnalyzer::boundArguments(const CallArgs &A,
                                         const FunctionDecl *FD,
                                         bool &Annotated) {
  LoanSet Result;
  for (unsigned I = 0; I < FD->getNumParams(); ++I)
    if (FD->getParamDecl(I)->hasAttr<LifetimeBoundAttr>()) {
      Result |= argValue(A, FD, I);
      Annotated = true;
    }
  return Result;
}

LoanSet FunctionAnalyzer::mapTerm(const SummaryTerm &T, const CallArgs &A,
                                  const FunctionDecl *FD) {
  auto Part = [&](const LoanSet &Object) {
    LoanSet Field = fieldOf(Object, T.Field);
    return T.Elements ? elementsOf(Field, A.Call) : Field;
  };
  switch (T.K) {
  case SummaryTerm::Param:
    return Part(argValue(A, FD, T.ParamIndex));
  case SummaryTerm::ParamContent:
    return loadDeeper(load(fieldOf(argValue(A, FD, T.ParamIndex), T.Field)),
                      T.Depth);
  case SummaryTerm::This:
    return Part(objectPlaces(A));
  case SummaryTerm::ThisContent:
    return load(fieldOf(objectPlaces(A), T.Field));
  case SummaryTerm::Static:
    return Part(loanOf(StorageKind::Static, T.Global, nullptr, nullptr));
  case SummaryTerm::StaticContent:
    return loadDeeper(
        load(loanOf(StorageKind::Static, T.Global, nullptr, nullptr)), T.Depth);
  case SummaryTerm::Null:
    return only(NullLoan);
  case SummaryTerm::Fresh:
    return A.Call ? loanOf(StorageKind::Heap, A.Call, nullptr, A.Call)
                  : only(UnknownLoan);
  }
  return only(UnknownLoan);
}

bool FunctionAnalyzer::handsOutObject(const CallExpr *C,
                                      const FunctionDecl *FD) {
  // (A memory resource's allocate() is a pool's by its name, `pool_resource`
  // and `allocate`; what it hands out lives in the resource.)
  return LifetimeModel::isAllocation(FD) ||
         (Model.poolRole(FD, C) == PoolRole::Acquire &&
          LifetimeModel::resourceAllocation(FD) ==
              LifetimeModel::ResourceAllocation::None);
}

bool FunctionAnalyzer::makesFreshObject(const CallExpr *C,
                                        const FunctionDecl *FD) {
  QualType Ret = FD->getReturnType();
  if (handsOutObject(C, FD) ||
      (!Ret->isReferenceType() && Model.isUniquePtr(Ret)))
    return true;
  if (modelAnswers(FD, callArgs(C, FD)))
    return false;
  const FunctionSummary *S = Engine.summary(FD, Depth);
  if (!S)
    return false;
  auto IsFresh = [](const SummaryTerm &T) {
    return T.K == SummaryTerm::Fresh;
  };
  return llvm::any_of(S->Returns, IsFresh) ||
         llvm::any_of(S->Retains, [&](const FunctionSummary::Retain &Ret) {
           return IsFresh(Ret.Source);
         });
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
  // A pool's object is fresh as far as the caller can tell, whatever the
  // pool's body does to find one.
  if (handsOutObject(C, FD))
    return loanOf(StorageKind::Heap, C, nullptr, C);
  CallArgs A = callArgs(C, FD);
  if (modelAnswers(FD, A))
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
  bool Annotated = false;
  LoanSet Result = boundArguments(A, FD, Annotated);
  // (A [[gsl::Owner]]'s conversion to a [[gsl::Pointer]] is one, as clang
  // takes it, and so is an owner's accessor: `data()`, `begin()`, `[]`.)
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  bool OwnerAccessor = MD && A.Object &&
                       Model.classKind(objectType(A)) == ClassKind::Owner &&
                       LifetimeModel::accessesElements(MD) &&
                       (Ret->isReferenceType() || Model.isPointerLike(Ret));
  if (A.Object &&
      (lifetimes::implicitObjectParamIsLifetimeBound(FD) || OwnerAccessor ||
       (isa<CXXConversionDecl>(FD) &&
        lifetimes::shouldTrackImplicitObjectArg(MD)))) {
    QualType ObjT = objectType(A);
    Result |= Model.isPointerLike(ObjT) ? load(objectPlaces(A))
                                        : elementsOf(objectPlaces(A));
    // A plain class made from what it borrows may hand out its own parts
    // or what it borrowed. (What it borrowed, when unknown, is left out:
    // the handle into the object is what the caller knew before.)
    const CXXRecordDecl *RD = ObjT->getAsCXXRecordDecl();
    if (RD && Model.classKind(ObjT) == ClassKind::Plain &&
        LifetimeModel::keepsConstructorArgument(RD)) {
      LoanSet Borrowed = load(objectPlaces(A));
      if (!Borrowed.test(UnknownLoan))
        Result |= Borrowed;
    }
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
    // What a memory resource hands out lives in the resource until its
    // release() or its end: a handle into it, made by this call, which a
    // release() finds by its issue (a pointer to the resource itself stays
    // valid).
    if (auto From = LifetimeModel::resourceAllocation(MD);
        From != LifetimeModel::ResourceAllocation::None && A.Call) {
      for (LoanID L : From == LifetimeModel::ResourceAllocation::FromObject
                          ? Obj
                          : load(Obj))
        Result |= isPseudoLoan(L) ? only(L)
                                  : only(loanFor(R.Loans[L].Target, A.Call));
      return Result.empty() ? only(UnknownLoan) : Result;
    }
    switch (Model.classKind(ObjT)) {
    case ClassKind::View:
    case ClassKind::SmartPointer:
      Result = load(Obj);
      break;
    case ClassKind::Owner: {
      // A new owner of the same type returned by value (`s.substr(1)`)
      // holds copies of the elements, not a pointer into them; so does the
      // node handle `extract` returns, which owns the element it took out,
      // and an element returned by value (`work.pop_back_val()` of a
      // vector of pointers: the pointer the element held).
      const CXXRecordDecl *RetObj = Ret->getAsCXXRecordDecl();
      bool Copies =
          !Ret->isReferenceType() &&
          ((ObjRD && RetObj &&
            (RetObj->getCanonicalDecl() == ObjRD->getCanonicalDecl() ||
             Model.stdMemberEffect(MD) == StdEffect::Release)) ||
           Ret.getCanonicalType().getUnqualifiedType() ==
               LifetimeModel::elementType(ObjT));
      Result =
          Copies ? load(elementsOf(Obj, A.Object)) : elementsOf(Obj, A.Object);
      break;
    }
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
      for (const Expr *Arg : A.Args)
        Result |= Arg->isGLValue() ? gl(Arg) : rv(Arg);
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
        bool Owns = (ArgT->isArrayType() ||
                     Model.classKind(ArgT) == ClassKind::Owner) &&
                    !LifetimeModel::getsReferenceElement(FD, ArgT);
        if (Owns && Arg->isGLValue())
          Result = elementsOf(gl(Arg), Arg);
        else if (ArgT->isPointerType() &&
                 Model.classKind(ArgT->getPointeeType()) == ClassKind::Owner)
          Result = elementsOf(contentOf(Arg)); // std::get_if<T>(&v)
        else
          Result = contentOf(Arg);
        // A std::variant's alternative, issued where it was taken: its type
        // says whether a new value of an alternative ends it.
        if (A.Call && LifetimeModel::accessesVariant(FD, ArgT))
          for (LoanID L : LoanSet(Result))
            if (!isPseudoLoan(L)) {
              Result.reset(L);
              Result.set(loanFor(R.Loans[L].Target, A.Call));
            }
      }
      break;
    case StdFunction::Swap:
    case StdFunction::Other:
      // The result keeps copies of the handles it is given; an iterator an
      // algorithm returns is one of the iterators it was given, not what
      // its predicate captured (`find_if(b, e, [&](...) {...})`).
      for (const Expr *Arg : A.Args)
        if (Model.canHoldHandle(Arg->getType()) &&
            !(Model.isIterator(Ret) && !Model.isPointerLike(Arg->getType())))
          Result |= contentOf(Arg);
      break;
    }
  }
  if (Result.empty() && (Ret->isReferenceType() || Model.isPointerLike(Ret)))
    Result.set(UnknownLoan);
  return Result;
}

// === Effects of calls =======================================================

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
  // One place, however many loans designate it: `this->bus_` of each of
  // several objects given the same bus.
  bool OnePlace = true;
  for (LoanID L : Targets)
    OnePlace = OnePlace && !isPseudoLoan(L) &&
               R.Loans[L].Target == R.Loans[Targets.find_first()].Target;
  bool Strong = !Weak && OnePlace;
  for (LoanID L : Targets) {
    if (isPseudoLoan(L))
      continue;
    Place P = R.Loans[L].Target;
    writePlace(P, Value, Strong && !isElements(P.Sub));
    // Stored into one known container, it is there on this path.
    if (OnePlace)
      putBack(cellOf(P), Value);
    unsigned Pseudo = Value.test(UnknownLoan) + Value.test(NullLoan);
    bool Tracked = Value.count() > Pseudo;
    if (!Recording || !Tracked || !isOutliving(P.Storage))
      continue;
    R.Escapes.push_back({EscapeEvent::Store, Where, Value, P,
                         heapContents(Value),
                         Model.holdsSeveralHandles(ValueType)});
  }
}

LoanSet FunctionAnalyzer::heapContents(const LoanSet &Handles) {
  LoanSet Reachable;
  for (LoanID V : Handles)
    if (!isPseudoLoan(V) &&
        kindOf(R.Loans[V].Target.Storage) == StorageKind::Heap)
      Reachable |= wholeContent(*Cur, R.Loans[V].Target.Storage);
  return Reachable;
}

namespace {
/// True for an element of an array or a container picked by an index:
/// `a[i]`, `v[i]`, `v.at(i)`.
bool isIndexedElement(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (isa<ArraySubscriptExpr>(E))
    return true;
  const auto *Call = dyn_cast<CallExpr>(E);
  const auto *MD =
      dyn_cast_or_null<CXXMethodDecl>(Call ? Call->getDirectCallee() : nullptr);
  return MD && LifetimeModel::subscripts(MD);
}

/// The place of the elements of the one container \p Of designates, or
/// none when it is not one known container.
std::optional<Place> knownElements(const FunctionAnalysis &R, const LoanSet &Of) {
  if (Of.count() != 1 || isPseudoLoan(Of.find_first()))
    return std::nullopt;
  return elementsPlace(R.loan(Of.find_first()).Target);
}
} // namespace

void FunctionAnalyzer::clearPlaces(const LoanSet &Places) {
  if (Places.count() != 1 || isPseudoLoan(Places.find_first()))
    return;
  writePlace(R.Loans[Places.find_first()].Target, {}, /*Strong=*/true);
}

void FunctionAnalyzer::noteCopyConstruction(const Expr *Arg, const Expr *Call) {
  const CXXRecordDecl *RD = Arg->getType()->getAsCXXRecordDecl();
  if (!Arg->isGLValue() || !RD || !RD->hasDefinition() ||
      LifetimeModel::isStd(RD))
    return;
  RD = RD->getDefinition();
  const CXXConstructorDecl *Copy = nullptr;
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    if (Arg->isLValue() ? Ctor->isCopyConstructor() : Ctor->isMoveConstructor())
      Copy = Ctor;
  if (Copy && Copy->isUserProvided()) {
    if (const FunctionSummary *S = Engine.summary(Copy, Depth)) {
      CallArgs Copied;
      Copied.Call = Call;
      Copied.Args.push_back(Arg);
      for (const SummaryTerm &T : S->Reads)
        noteUse(mapTerm(T, Copied, Copy), Call);
    }
    return;
  }
  // Member by member: each member of a class type (a view, a smart
  // pointer) is read by its own constructor; a raw pointer is only copied.
  for (const FieldDecl *F : RD->fields())
    if (F->getType()->isRecordType() && Model.canHoldHandle(F->getType()))
      noteUse(load(fieldOf(gl(Arg), F)), Call);
}

void FunctionAnalyzer::applyStdMember(const CXXMethodDecl *MD,
                                      const CallArgs &A, const Expr *Call) {
  QualType ObjT = objectType(A);
  LoanSet Obj = objectPlaces(A);
  // A memory resource's release() (an arena's reset()) gives back everything
  // allocated from it.
  if (LifetimeModel::releasesAllMemory(MD))
    releaseResource(Obj, Call);
  // First the handles the call invalidates, by the standard's rules: what
  // `v = std::move(w)` then moves in from w stays valid.
  if (Model.classKind(ObjT) == ClassKind::Owner) {
    bool Growth = false;
    Invalidation How = Model.invalidation(MD, ObjT, Growth);
    const Expr *Given = A.Args.empty() ? nullptr : A.Args[0];
    if (LifetimeModel::emptiesOptional(MD, Given))
      How = Invalidation::All; // `o = {}`
    std::optional<Place> Buffer = knownElements(R, Obj);
    if (Buffer && Growth && Cur->Reserved.count(*Buffer))
      How = Invalidation::None;
    // A resize that may shrink moves nothing on the paths where it does:
    // for the analyzer to decide.
    if (LifetimeModel::mayShrinkByResize(MD, A.Args))
      How = Invalidation::None;
    // `m[k]` inserts only the key it does not find: whether it is there
    // is for the analyzer to decide.
    if (MD->getOverloadedOperator() == OO_Subscript)
      How = Invalidation::None;
    // Which element `buckets[1].push_back(x)` changes, an index says (the
    // engine keeps one place for all of an array's or a container's
    // elements): a handle into `buckets[0]` is into another. For the
    // analyzer, which tells the indexes apart, to decide.
    if (A.Object && isIndexedElement(A.Object))
      How = Invalidation::None;
    invalidateElements(Obj, How, A.Args.empty() ? nullptr : A.Args[0], Call,
                       Model.relocates(MD, ObjT));
    // A new value where the one reset() destroyed was: the references to
    // that one designate it ([basic.life]).
    if (Buffer && LifetimeModel::putsOptionalValue(MD, Given))
      reviveElements(*Buffer);
    // A std::variant's new alternative ends the one it held when that was
    // of another type: the handles std::get gave to another alternative.
    if (QualType Made = LifetimeModel::alternativeMadeBy(MD); !Made.isNull())
      invalidateElements(Obj, Invalidation::All, nullptr, Call,
                         /*Relocates=*/false, nullptr, Made);
    if (Buffer &&
        (Model.mindsCapacity(MD, ObjT) || Model.mayLeaveRoom(MD, ObjT)))
      Cur->Reserved.insert(*Buffer);
  }
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
      else if (Model.memberEffect(MD, ObjT) == StdEffect::Swap &&
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
      if (Model.isIterator(Arg->getType()) ||
          LifetimeModel::isElementPointer(ObjT, Arg->getType())) {
        if (!Positional)
          V |= load(contentOf(Arg));
        Positional = false;
      } else if (Model.canHoldHandle(Arg->getType()) &&
                 !(Arg->isLValue() &&
                   LifetimeModel::copiesWithOwnCode(Arg->getType()))) {
        // (A copy the class's own constructor makes holds what that
        // constructor gives it.)
        V |= contentOf(Arg);
      } else if (Arg->isGLValue() && Model.makesViewOf(ObjT, Arg->getType())) {
        V |= elementsOf(gl(Arg));
      } else if (Arg->getType()->isArrayType() && Arg->isGLValue() &&
                 !isa<StringLiteral>(Arg->IgnoreParenImpCasts())) {
        // An array forwarded by reference (`emplace_back(buffer)`) is
        // stored as a pointer to its first element. (A literal's is a key
        // converted to std::string, or static.)
        V |= gl(Arg);
      }
    }
    return V;
  };
  bool Owns = Model.ownsExclusively(ObjT);
  Death Released{Death::OwnerReleased, Call, Call->getBeginLoc()};
  StdEffect Effect = Model.memberEffect(MD, ObjT);
  switch (Effect) {
  case StdEffect::Insert: {
    store(elementsOf(Obj), Inserted(), Call, /*Weak=*/true,
          A.Args.empty() ? QualType() : A.Args.back()->getType());
    // `v.emplace_back(name + "_total")`: the element's written constructor
    // keeps what its summary says of the arguments (a reference member
    // bound to the temporary).
    // (`emplace(pos, args...)`: the position says where.)
    llvm::ArrayRef<const Expr *> Given = A.Args;
    if (LifetimeModel::takesPosition(MD) && !Given.empty())
      Given = Given.drop_front();
    CallArgs Made;
    Made.Call = Call;
    Made.Args.assign(Given.begin(), Given.end());
    if (const CXXConstructorDecl *Ctor =
            LifetimeModel::constructorEmplacedBy(MD, Made.Args.size()))
      if (const FunctionSummary *S = Engine.summary(Ctor, Depth)) {
        LoanSet Kept;
        for (const FunctionSummary::Retain &Ret : S->Retains)
          if (Ret.Sink.K == SummaryTerm::This)
            Kept |= mapTerm(Ret.Source, Made, Ctor);
        store(elementsOf(Obj), Kept, Call, /*Weak=*/true,
              Ctor->getFunctionObjectParameterType());
      }
    // `fields.push_back(f)`: the element is copied or moved in by its
    // class's constructor, which reads what it reads (f's views, as
    // `HeaderField g = f;` does).
    if (Recording)
      for (const Expr *Arg : Given)
        noteCopyConstruction(Arg, Call);
    break;
  }
  case StdEffect::RemoveAll:
  case StdEffect::RemoveOne:
    if (Owns)
      destroyOwned(Obj, ObjT, Released,
                   /*All=*/Effect == StdEffect::RemoveAll);
    clearPlaces(Obj);
    break;
  case StdEffect::Reset:
    if (Owns)
      destroyOwned(Obj, ObjT, Released, /*All=*/true);
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
      destroyOwned(Obj, ObjT, Released, /*All=*/true);
    if (MD->isOverloadedOperator() && !A.Args.empty()) {
      const Expr *Arg = A.Args[0];
      // (`opt = std::string(...)` on an optional view: the view made from
      // it.)
      LoanSet Assigned =
          Arg->isGLValue() && Model.makesViewOf(ObjT, Arg->getType())
              ? elementsOf(gl(Arg))
              : contentOf(Arg);
      if (LifetimeModel::allocatesFromResource(ObjT))
        Assigned = withoutResources(Assigned) | resourcesIn(load(Obj));
      store(Obj, Assigned, Call, /*Weak=*/false, Arg->getType());
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


void FunctionAnalyzer::moveElements(const LoanSet &From, const LoanSet &To) {
  std::optional<Place> Source = knownElements(R, From);
  std::optional<Place> Target = knownElements(R, To);
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
  std::optional<Place> First = knownElements(R, A);
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
    // (A user view's member declared only, as its annotation or library
    // says what it is: `*cursor`, `cursor.peek(1)`.)
    bool Known = LifetimeModel::isStd(MD) || MD->getParent()->isLambda() ||
                 (K == ClassKind::View && !MD->isDefined());
    if (Known && K != ClassKind::Owner && K != ClassKind::Plain &&
        LifetimeModel::readsThroughView(MD))
      noteUse(load(Obj), Call);
    // A pmr container or string allocates from, and reads what it holds
    // in, its memory resource (not to tell its size).
    if (LifetimeModel::isStd(MD) && LifetimeModel::readsThroughView(MD) &&
        LifetimeModel::allocatesFromResource(objectType(A)))
      noteUse(resourcesIn(load(Obj)), Call);
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
    bool CString = LifetimeModel::readsCString(FD, PT);
    if ((CLibrary || CString) && PT->isPointerType())
      noteUse(contentOf(Arg), Call);
    if (PT->isReferenceType() && Arg->isGLValue())
      noteUse(gl(Arg), Call);
    // The standard library copies the handles it is given by reference
    // (`out.push_back(p)`), except to move or wrap them.
    if (PT->isReferenceType() && Model.isPointerLike(PT.getNonReferenceType()) &&
        LifetimeModel::isStd(FD) &&
        !llvm::is_contained({StdFunction::Forward, StdFunction::Wrap},
                            LifetimeModel::stdFunction(FD)))
      noteCopy(Arg, Arg);
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
  // Growth of a buffer whose capacity was reserved, here or by an earlier
  // call (the object's constructor), may stay within it.
  for (const FunctionSummary::Free &M : S.Moves) {
    SummaryTerm Container = M.Term;
    Container.Elements = false;
    LoanSet Obj = mapTerm(Container, A, FD);
    if (std::optional<Place> Buffer = knownElements(R, Obj);
        Buffer && Cur->Reserved.count(*Buffer) &&
        M.How != Invalidation::ErasedAndAfter)
      continue;
    invalidateElements(Obj, M.How, nullptr, Where, /*Relocates=*/false,
                       M.Where);
  }
  if (const auto *Call = dyn_cast<Expr>(Where))
    for (const FunctionSummary::Free &Released : S.ResourceReleases)
      releaseResource(mapTerm(Released.Term, A, FD), Call);
  for (SummaryTerm Reserved : S.Reserves) {
    Reserved.Elements = false;
    if (std::optional<Place> Buffer = knownElements(R, mapTerm(Reserved, A, FD)))
      Cur->Reserved.insert(*Buffer);
  }
  // A thread the callee detaches holds what it was given.
  if (Recording)
    for (const SummaryTerm &T : S.Detaches)
      if (LoanSet Detached = mapTerm(T, A, FD); !Detached.empty())
        R.Escapes.push_back(
            {EscapeEvent::Detach, Where, Detached, Place{}, {}, true});
  // A constructor's stores into the new object are its value.
  bool IsCtor = isa<CXXConstructorDecl>(FD);
  auto IntoNewObject = [&](const SummaryTerm &Sink) {
    return IsCtor && Sink.K == SummaryTerm::This;
  };
  // Places the call may have emptied hold what they held on some paths.
  for (const SummaryTerm &Sink : S.MayEmpty) {
    LoanSet Places = mapTerm(Sink, A, FD);
    if (Places.count() != 1 || isPseudoLoan(Places.find_first()))
      continue;
    Place P = cellOf(R.Loans[Places.find_first()].Target);
    mayBeTakenOut(P, content(*Cur, P));
  }
  // The terms name what the callee's parameters and members held when it
  // was called: each store's places and value are found before any store
  // is made (`bus->remove(id); bus = nullptr;` in a destructor replaces
  // what bus pointed to, and bus).
  struct Store {
    LoanSet Places;
    LoanSet Value;
    bool Weak;
    QualType T;
  };
  llvm::SmallVector<Store, 4> Stores;
  // Places the call replaces get exactly what flows into them.
  for (const FunctionSummary::Overwrite &O : S.Overwrites) {
    if (IntoNewObject(O.Sink))
      continue;
    LoanSet V = flowsInto(S, O.Sink, A, FD);
    if (O.AddsUnknown)
      V.set(UnknownLoan);
    Stores.push_back({mapTerm(O.Sink, A, FD), V, /*Weak=*/false,
                      summaryValueType(S, O.Sink, FD)});
  }
  // Others get it added.
  for (const FunctionSummary::Retain &Ret : S.Retains) {
    bool Replaced = llvm::any_of(S.Overwrites, [&](const auto &O) {
      return O.Sink == Ret.Sink;
    });
    if (!Replaced && !IntoNewObject(Ret.Sink))
      Stores.push_back({mapTerm(Ret.Sink, A, FD), mapTerm(Ret.Source, A, FD),
                        /*Weak=*/true, summaryValueType(S, Ret.Sink, FD)});
  }
  for (const Store &St : Stores)
    store(St.Places, St.Value, Where, St.Weak, St.T);
  for (unsigned I = 0; I < Freed.size(); ++I)
    killSingle(Freed[I], S.Frees[I].ToPool
                             ? Death{Death::ReturnedToPool, FreeDeath.Where,
                                     FreeDeath.Loc}
                             : FreeDeath);
}

void FunctionAnalyzer::mayBeTakenOutElsewhere(
    llvm::function_ref<bool(StorageID)> Reaches) {
  for (const auto &[P, Held] : Cur->Cells)
    if (Reaches(P.Storage))
      mayBeTakenOut(P, Held);
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
  // `new T(...)`: the heap object the new-expression makes.
  if (const auto *NE = dyn_cast_or_null<CXXNewExpr>(Parent))
    return loanOf(StorageKind::Heap, NE, nullptr, NE);
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

void FunctionAnalyzer::initializeFields(StorageID Var, CallArgs A,
                                        const CXXConstructorDecl *Ctor,
                                        const FunctionSummary *S) {
  // What the constructor puts in each member, member by member, so that a
  // destructor reading one member (a guard restoring a saved value) sees
  // that member's content alone.
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
      // A heap object begins before its constructor runs: what the
      // constructor registers its `this` with refers to the new object,
      // not to one an earlier iteration made there.
      if (kindOf(Var) == StorageKind::Heap)
        bear(Var);
      if (const FunctionSummary *S = memberwiseConstructor(CE);
          S && kindOf(Var) == StorageKind::Local) {
        bear(Var);
        initializeFields(Var, callArgs(CE, CE->getConstructor()),
                         CE->getConstructor(), S);
      }
    }
  noteCallUses(Call, FD, A);
  if (Recording)
    noteFormatUses(Call, FD, A);
  // A thread started with a callable may change what the callable reaches
  // before it is joined (a worker that runs and clears the jobs queued in
  // `*this`); while this one waits for others (a condition variable, a
  // future), they may change anything shared. What those places outside
  // the frame hold is there on some paths only.
  if (LifetimeModel::startsThread(FD)) {
    llvm::SmallDenseSet<StorageID, 4> Reached;
    for (const Expr *Arg : A.Args)
      for (LoanID L : contentOf(Arg))
        if (!isPseudoLoan(L))
          Reached.insert(R.Loans[L].Target.Storage);
    mayBeTakenOutElsewhere([&](StorageID S) { return Reached.contains(S); });
  } else if (LifetimeModel::waitsForOtherThreads(FD)) {
    mayBeTakenOutElsewhere([](StorageID) { return true; });
  }
  bool Releases = Model.poolRole(FD, Call) == PoolRole::Release;
  if (Releases)
    if (const Expr *Released = LifetimeModel::releasedArgument(FD, A.Args);
        Released && !seedsPool(Released, A))
      returnToPool(Released, Call);
  if (LifetimeModel::isDeallocation(FD)) {
    if (!A.Args.empty())
      releaseThrough(A.Args[0], Death{Death::Free, Call, Call->getBeginLoc()},
                     Call);
  } else if (modelAnswers(FD, A)) {
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
    // A release reads the object it takes back (`c->reset()` in the pool's
    // body), an acquire the free list it is linked into: that is no use
    // after the release (a second release is seen by returnToPool).
    if (Recording) {
      bool PoolCode = Model.isPoolCode(FD, Call);
      for (const SummaryTerm &T : S->Reads) {
        LoanSet Read = mapTerm(T, A, FD);
        noteUse(PoolCode ? withoutPoolObjects(Read) : Read, Call);
      }
    }
    applySummary(*S, A, FD, Call,
                 Death{Death::FreedByCall, Call, Call->getBeginLoc()});
  } else {
    // Declared only: [[clang::lifetime_capture_by(this)]] or
    // [[clang::lifetime_capture_by(other_param)]] on a parameter keeps it
    // in that object (a global or unknown capturer is not followed). A
    // method's capturers count its object first, a free function's do not.
    const auto *MD = dyn_cast<CXXMethodDecl>(FD);
    int FirstParam = MD && MD->isImplicitObjectMemberFunction() ? 1 : 0;
    // A class that captures arguments may read them in any member function.
    if (Recording && FirstParam && A.Object &&
        LifetimeModel::capturesIntoObject(MD->getParent()))
      noteUse(load(elementsOf(objectPlaces(A))), Call);
    for (unsigned I = 0; I < FD->getNumParams(); ++I)
      if (const auto *Cap =
              FD->getParamDecl(I)->getAttr<LifetimeCaptureByAttr>())
        for (int Capturer : Cap->params()) {
          LoanSet Into;
          QualType IntoT;
          if (Capturer == LifetimeCaptureByAttr::This && A.Object) {
            Into = objectPlaces(A);
            IntoT = objectType(A);
          } else if (Capturer >= FirstParam &&
                     unsigned(Capturer - FirstParam) < FD->getNumParams()) {
            unsigned J = Capturer - FirstParam;
            Into = argValue(A, FD, J);
            IntoT = FD->getParamDecl(J)->getType().getNonReferenceType();
            if (IntoT->isPointerType())
              IntoT = IntoT->getPointeeType();
          }
          // A handle (`View &out`, `T **out`) is re-aimed; a container or
          // another object keeps it among its parts.
          if (!Into.empty())
            store(Model.isPointerLike(IntoT) ? Into : elementsOf(Into),
                  argValue(A, FD, I), Call, /*Weak=*/true);
        }
  }
  // std::make_unique<T>(args...): T's written constructor runs on the new
  // object (born as the call began), given the arguments as they are (it
  // forwards them); after make_unique's own summary.
  if (const CXXConstructorDecl *Ctor = LifetimeModel::constructorMadeBy(FD)) {
    StorageID Object = storageFor(StorageKind::Heap, Call);
    if (const FunctionSummary *S = Engine.summary(Ctor, Depth)) {
      initializeFields(Object, A, Ctor, S);
      CallArgs Made = A;
      Made.ObjectPlaces = only(loanFor({Object, nullptr}, Call));
      applySummary(*S, Made, Ctor, Call,
                   Death{Death::FreedByCall, Call, Call->getBeginLoc()});
    } else {
      // Declared only: the object keeps its [[clang::lifetimebound]]
      // arguments.
      bool Annotated = false;
      LoanSet Kept = boundArguments(A, Ctor, Annotated);
      if (!Kept.empty())
        writePlace({Object, nullptr}, Kept, /*Strong=*/true);
    }
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

} // namespace lifeguard
