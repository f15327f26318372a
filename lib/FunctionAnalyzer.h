//===-- FunctionAnalyzer.h - The analysis of one function, by phase -------===//
//
// Private to lib/: the class that runs the dataflow over one function's CFG
// and fills its FunctionAnalysis, the dataflow state, and the helpers its
// phases share. The public face of the engine is LifetimeAnalysis.h; the
// checks never see this header. The members are defined in one file per
// phase (see the class comment), so that each phase is found by its file's
// name and a new family adds where its storage ends in one place.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_FUNCTIONANALYZER_H
#define LIFEGUARD_FUNCTIONANALYZER_H

#include "LifetimeAnalysis.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseSet.h"
#include <optional>
#include <tuple>

namespace lifeguard {

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
  /// The element buffers that have moved, or been erased from, on every
  /// path to this point, for the summary (handles into them are renamed to
  /// a MovedBuffer).
  llvm::DenseMap<Place, BufferChange> Moved;
  /// The element buffers some path reserved capacity for: growth then
  /// moves them only past that capacity, which is not known.
  llvm::DenseSet<Place> Reserved;
  /// The values of the calls of the current full-expression, taken when the
  /// call ran: its effects (a move, a release) must not change them.
  llvm::DenseMap<const clang::Expr *, LoanSet> CallValues;
  /// The loans some path to this point took out of a place that outlives
  /// the function, and did not put back: where such a place still holds
  /// one, it holds it on some paths only (a pop the loop may not reach).
  llvm::DenseMap<Place, LoanSet> Removed;

  bool operator==(const State &O) const {
    return Reachable == O.Reachable && Cells == O.Cells && Dead == O.Dead &&
           MayDead == O.MayDead && Born == O.Born && Moved == O.Moved &&
           Reserved == O.Reserved && CallValues == O.CallValues &&
           Removed == O.Removed;
  }
};

inline LoanSet only(LoanID ID) {
  LoanSet S;
  S.set(ID);
  return S;
}

/// A call's arguments lined up with the callee's parameters, and the object
/// a member function is called on.
struct CallArgs {
  /// The call, for what it allocates (null for an implicit destructor).
  const clang::Expr *Call = nullptr;
  const clang::Expr *Object = nullptr;
  /// The object's places when there is no expression for it: the variable
  /// whose destructor runs at the end of its scope.
  std::optional<LoanSet> ObjectPlaces;
  llvm::SmallVector<const clang::Expr *, 4> Args;
};

/// The arguments of \p Call, a call or construction of \p FD
/// (in CallEffects.cpp).
CallArgs callArgs(const clang::Expr *Call, const clang::FunctionDecl *FD);

/// Runs the dataflow for one function and fills its FunctionAnalysis.
///
/// Its members are defined by phase, one file each:
/// - Evaluation.cpp: evaluation, pure (no effects on the state): the places
///   a glvalue designates (gl), the loans a prvalue carries (rv), loads,
///   elements and fields of places, the content of places, lambdas and
///   constructions.
/// - CallEffects.cpp: calls: what one returns (the std tables, the callee's
///   summary, [[clang::lifetimebound]]) and what it does (stores, frees,
///   buffers that move between containers, the uses it makes of its
///   arguments, the members a constructor initialises).
/// - Lifetimes.cpp: lifetimes and expiry: where storages end (scope,
///   full-expression, delete and free, owners), stale instances, and the
///   uses of what has ended. A new family's expiry source goes here.
/// - Dataflow.cpp: the transfer function of each CFG element, writes to
///   places, the join, and run(): the fixpoint under its budget, then the
///   pass that records the events.
/// The small members (storages and loans, births) are defined in the class.
class FunctionAnalyzer {
public:
  FunctionAnalyzer(LifetimeEngine &Engine, FunctionAnalysis &Result,
                   unsigned Depth)
      : Engine(Engine), Model(Engine.model()), Ctx(Engine.context()),
        R(Result), Depth(Depth) {}

  bool run(const clang::CFG &G);

private:
  // --- Storages and loans ------------------------------------------------
  StorageID storageFor(StorageKind K, const void *Key, bool Stale = false,
                       uint8_t Depth = 0) {
    // A global is one storage whichever of its declarations names it (a
    // class template's static member, declared in the class and defined
    // outside it).
    if (K == StorageKind::Static || K == StorageKind::StaticContent)
      Key = static_cast<const clang::VarDecl *>(Key)->getCanonicalDecl();
    auto [It, Inserted] = StorageIDs.try_emplace(
        {unsigned(K) | (Stale ? StaleBit : 0u) | unsigned(Depth) << DepthShift,
         Key},
        R.Storages.size());
    if (Inserted) {
      R.Storages.push_back({K, Key, Stale, Depth});
      if (K == StorageKind::Temporary && !Stale) {
        const auto *Temp = static_cast<const clang::Stmt *>(Key);
        TempsByRoot[fullExpressionOf(Temp)].push_back(It->second);
        if (const auto *MT =
                llvm::dyn_cast<clang::MaterializeTemporaryExpr>(Temp))
          if (const auto *Extender = llvm::dyn_cast_or_null<clang::VarDecl>(
                  MT->getExtendingDecl()))
            TempsByExtender[Extender].push_back(It->second);
      }
    }
    return It->second;
  }
  LoanID loanFor(Place P, const clang::Expr *Issue,
                 const clang::FieldDecl *ReadFrom = nullptr) {
    auto [It, Inserted] = LoanIDs.try_emplace(
        std::make_tuple(P.Storage, P.Sub, Issue, ReadFrom), R.Loans.size());
    if (Inserted) {
      R.Loans.push_back({P, Issue, ReadFrom});
      if (R.Loans.size() > Engine.budget().MaxLoans)
        OverBudget = true;
    }
    return It->second;
  }
  LoanSet loanOf(StorageKind K, const void *Key, SubObject Sub,
                 const clang::Expr *Issue) {
    return only(loanFor({storageFor(K, Key), Sub}, Issue));
  }
  StorageKind kindOf(StorageID S) const { return R.Storages[S].Kind; }

  /// The closure member that holds \p VD when the analysed function is a
  /// lambda's call operator that captures it.
  const clang::FieldDecl *captureField(const clang::ValueDecl *VD) {
    const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(R.Function);
    if (!MD || !MD->getParent()->isLambda())
      return nullptr;
    if (!CaptureFieldsKnown) {
      clang::FieldDecl *ThisCapture = nullptr;
      MD->getParent()->getCaptureFields(CaptureFields, ThisCapture);
      CaptureFieldsKnown = true;
    }
    return CaptureFields.lookup(VD);
  }

  /// True for a variable of the analysed function's frame. (An init-capture
  /// `[s = make()]` is declared in the lambda's call operator but lives in
  /// the closure, as a member.)
  bool isOwnVar(const clang::VarDecl *VD) const {
    return !VD->isInitCapture() &&
           VD->getParentFunctionOrMethod() ==
               static_cast<const clang::DeclContext *>(R.Function);
  }

  // --- Lifetimes (Lifetimes.cpp) -------------------------------------------
  const clang::Stmt *fullExpressionOf(const clang::Stmt *S);
  bool endsFullExpression(const clang::Stmt *S);
  /// Initialises the member \p Init names with its initializer's value.
  void initializeMember(const clang::CXXCtorInitializer *Init);
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
      return !St.Stale && llvm::isa<clang::ParmVarDecl>(St.var());
    case StorageKind::Temporary:
    case StorageKind::Heap:
    case StorageKind::MovedBuffer:
      return false;
    default:
      return true;
    }
  }
  /// \p S begins. Made again on a path where it was made before (a loop),
  /// it stands for several objects from now on: the handles to the old one
  /// move to S's stale storage, dead if the old object is, and alive
  /// otherwise (`n = new Node` in a loop whose last node `prev` still
  /// holds), so that ending the old object (`delete prev`, a unique_ptr
  /// given the new one) does not end the new one. The new object holds
  /// nothing of the old one's (a temporary's content comes from the
  /// expression making it).
  void bear(StorageID S);
  void killSingle(const LoanSet &Handle, Death D);
  /// The owner of type \p OwnerType in \p OwnerPlaces destroys what it
  /// owns (all of it, or one element when \p All is false).
  void destroyOwned(const LoanSet &OwnerPlaces, clang::QualType OwnerType,
                    Death D, bool All);
  /// Applies the summary of \p Dtor (LifetimeModel::writtenDestructor) to
  /// \p Object, ended at \p Where: it may take back what the constructor
  /// registered (`bus_.unsubscribe(id_)`), free what a member points to, or
  /// restore a global (a scope guard).
  void runDestructor(const clang::CXXDestructorDecl *Dtor,
                     const LoanSet &Object, const clang::Stmt *Where, Death D);
  /// Replaces, in every place (or each place \p In accepts), each loan by
  /// what \p Rename returns for it (pseudo-loans are kept).
  void renameLoans(llvm::function_ref<LoanID(LoanID, const Loan &)> Rename,
                   llvm::function_ref<bool(Place)> In = nullptr);
  /// A dead MovedBuffer storage for what \p From held before \p D (a
  /// reallocation, a resource's release()): the loans into \p From that
  /// are renamed to it are the stale handles.
  StorageID retireBuffer(Place From, const Death &D);
  /// The handles into the elements of the one container \p Container
  /// designates that \p How invalidates move to a dead buffer, made by the
  /// call \p Where (\p Erased: the iterator argument of erase(it);
  /// \p Relocates: the call moves the elements to a new buffer, growth
  /// or reserve, rather than destroying them; \p Cause: for a callee's
  /// call, the container's member call inside it; \p Kept: the type of the
  /// value a std::variant keeps, whose handles stay valid).
  void invalidateElements(const LoanSet &Container, Invalidation How,
                          const clang::Expr *Erased, const clang::Stmt *Where,
                          bool Relocates = false,
                          const clang::Stmt *Cause = nullptr,
                          clang::QualType Kept = clang::QualType());
  /// The handles into \p Buffer that a call invalidated designate it again:
  /// a std::optional given a new value after reset().
  void reviveElements(Place Buffer);
  /// True when the analysed function changes the iterator variable \p It
  /// after its initialization (`++it`, `it = next`, by reference).
  bool iteratorChanged(const clang::VarDecl *It);
  /// For erase(k) at \p Where, \p Key the element of a range-for loop
  /// around it or a member of that element: the loop's hidden iterator.
  const clang::VarDecl *rangeForIteratorOf(const clang::Expr *Key,
                                           const clang::Stmt *Where);
  void endFullExpression(const clang::Stmt *Root);
  void endScope(const clang::CFGLifetimeEnds &LE);
  void noteUse(const LoanSet &Places, const clang::Stmt *Where);
  /// \p Places without those into objects given back to their pool: what
  /// the pool's own code reads (see LifetimeModel::isPoolCode).
  LoanSet withoutPoolObjects(LoanSet Places) const;
  /// The loans of \p Places into memory resources (a pmr container's).
  LoanSet resourcesIn(const LoanSet &Places) const;
  /// What a pmr container or string copied, or assigned, from one holding
  /// \p Content takes from it: not its memory resource, which a
  /// polymorphic_allocator does not propagate (a copy allocates from the
  /// default resource, an assigned one from its own).
  LoanSet withoutResources(LoanSet Content) const {
    Content.intersectWithComplement(resourcesIn(Content));
    return Content;
  }
  /// A memory resource's release() at \p Call: the pmr containers and
  /// strings that allocate from \p Resource hold memory given back.
  void releaseResource(const LoanSet &Resource, const clang::Expr *Call);
  /// The handle \p Handle (a variable read whole) copied at \p Where: into a
  /// variable, a container, an argument, a return value. Copying an
  /// invalidated handle is a use of it; comparing it, or subtracting it
  /// (`if (V.data() != Old)`, how code tells that a buffer moved), is not.
  void noteCopy(const clang::Expr *Handle, const clang::Stmt *Where);
  /// The standard library's call \p Call copies or moves \p Arg, an object
  /// of the program's own class, into one of its own (`fields.push_back(f)`):
  /// the uses of the class's copy or move constructor, member by member
  /// when it is implicit.
  void noteCopyConstruction(const clang::Expr *Arg, const clang::Expr *Call);
  /// True for an access whose value is dropped: `*p;`, `(void)p->m;`.
  bool isDiscardedAccess(const clang::Stmt *S);
  /// The object \p Released (a pointer, or an object by reference) given
  /// back to its pool by \p Call.
  void returnToPool(const clang::Expr *Released, const clang::Expr *Call);
  /// True when the release \p A of \p Released seeds the pool rather than
  /// takes back an object it handed out: the object is storage of the pool
  /// itself (`release(&slots_[i])`), or the pool is the one under
  /// construction (its constructor threads a caller's buffer).
  bool seedsPool(const clang::Expr *Released, const CallArgs &A);
  /// True when one of \p Targets is what the members of a parameter's or
  /// global's object point to: one storage for all of them, which a
  /// release through one member must not end.
  bool sharesStorage(const LoanSet &Targets) const;
  /// `delete` or `free` of the value of \p Handle (or a pool's release:
  /// \p D says which).
  void releaseThrough(const clang::Expr *Handle, Death D,
                      const clang::Stmt *Where);
  bool deathsOf(const LoanSet &Places,
                llvm::SmallVectorImpl<std::pair<LoanID, Death>> &Out);
  /// True when each of \p Places is a container's moved buffer, or the same
  /// handle, still valid, on a path that did not invalidate it; the moved
  /// ones go to \p Out.
  bool invalidatedOnSomePaths(
      const LoanSet &Places,
      llvm::SmallVectorImpl<std::pair<LoanID, Death>> &Out);

  // --- Evaluation (Evaluation.cpp; pure: no effects on the state) ---------
  LoanSet defaultContent(Place P);
  LoanSet content(const State &S, Place P);
  LoanSet wholeContent(const State &S, StorageID ID);
  LoanSet gl(const clang::Expr *E);
  LoanSet rv(const clang::Expr *E);
  LoanSet contentOf(const clang::Expr *E) {
    return E->isGLValue() ? load(gl(E)) : rv(E);
  }
  LoanSet load(const LoanSet &Places);
  /// What lies \p Levels handles behind \p Places: at each level, what the
  /// handles there refer to (a summary's term for `**p`).
  LoanSet loadDeeper(LoanSet Places, unsigned Levels) {
    for (; Levels; --Levels)
      Places = load(Places);
    return Places;
  }
  /// The elements of the containers at \p Places. A handle into a
  /// container the caller owns is issued at \p At, the accessor's object,
  /// so that the handles taken from it are told apart.
  LoanSet elementsOf(const LoanSet &Places, const clang::Expr *At = nullptr);
  LoanSet fieldOf(const LoanSet &Places, const clang::FieldDecl *F);
  LoanSet evalConstruct(const clang::CXXConstructExpr *CE);
  LoanSet evalLambda(const clang::LambdaExpr *LE);
  LoanSet objectPlaces(const CallArgs &A);
  clang::QualType objectType(const CallArgs &A) const {
    return Model.objectType(A.Object);
  }

  // --- Calls (CallEffects.cpp): their values, then their effects ----------
  /// True when the model's tables, not the callee's body, say what the call
  /// does: the standard library's functions, the members of a user's
  /// container, and an arena's members that allocate or give all back.
  bool modelAnswers(const clang::FunctionDecl *FD, const CallArgs &A) {
    if (LifetimeModel::isStd(FD) ||
        (A.Object && Model.isUserContainerMember(FD, objectType(A))))
      return true;
    const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(FD);
    return MD && A.Object && LifetimeModel::isModelledArenaMember(MD);
  }
  LoanSet evalCall(const clang::CallExpr *C);
  /// True for a call that hands out an object of its own: an allocation
  /// (malloc, an allocator's allocate) or a pool's acquire.
  bool handsOutObject(const clang::CallExpr *C, const clang::FunctionDecl *FD);
  /// True when \p C (calling \p FD) makes an object: an allocation, a
  /// pool's acquire, a unique_ptr by value, or a helper whose summary
  /// returns one of those or stores it somewhere (`p_.reset(new T)` in a
  /// member function). Each evaluation of the call makes a new object, so
  /// the storage of the call site is born again.
  bool makesFreshObject(const clang::CallExpr *C,
                          const clang::FunctionDecl *FD);
  LoanSet evalStdCall(const clang::FunctionDecl *FD, const CallArgs &A,
                      clang::QualType Ret);
  LoanSet argValue(const CallArgs &A, const clang::FunctionDecl *FD,
                   unsigned I);
  /// What the arguments of \p FD's [[clang::lifetimebound]] parameters
  /// refer to; \p Annotated says whether it has any.
  LoanSet boundArguments(const CallArgs &A, const clang::FunctionDecl *FD,
                         bool &Annotated);
  LoanSet mapTerm(const SummaryTerm &T, const CallArgs &A,
                  const clang::FunctionDecl *FD);
  void store(const LoanSet &Targets, const LoanSet &Value,
             const clang::Stmt *Where, bool Weak,
             clang::QualType ValueType = clang::QualType());
  /// What the heap objects among \p Handles hold now: a handle to a local
  /// stored in one escapes with it.
  LoanSet heapContents(const LoanSet &Handles);
  void applyCall(const clang::Expr *Call, const clang::FunctionDecl *FD);
  void applySummary(const FunctionSummary &S, const CallArgs &A,
                    const clang::FunctionDecl *FD, const clang::Stmt *Where,
                    Death FreeDeath);
  clang::QualType summaryValueType(const FunctionSummary &S,
                                   const SummaryTerm &Sink,
                                   const clang::FunctionDecl *FD);
  LoanSet flowsInto(const FunctionSummary &S, const SummaryTerm &Sink,
                    const CallArgs &A, const clang::FunctionDecl *FD);
  /// The object a constructor call initialises: the variable declared with
  /// it, or the temporary it makes (empty when it cannot be told).
  LoanSet constructedObject(const clang::CXXConstructExpr *CE);
  /// The summary of the written constructor \p Init calls, if any: the
  /// variable it initialises is set member by member when it runs.
  const FunctionSummary *memberwiseConstructor(const clang::Expr *Init);
  /// Writes what \p Ctor, called with \p A, puts into each member of
  /// \p Var.
  void initializeFields(StorageID Var, CallArgs A,
                        const clang::CXXConstructorDecl *Ctor,
                        const FunctionSummary *S);
  void applyStdMember(const clang::CXXMethodDecl *MD, const CallArgs &A,
                      const clang::Expr *Call);
  void clearPlaces(const LoanSet &Places);
  bool isOutliving(StorageID S) const;
  void noteCallUses(const clang::Expr *Call, const clang::FunctionDecl *FD,
                    const CallArgs &A);
  void noteFormatUses(const clang::Expr *Call, const clang::FunctionDecl *FD,
                      const CallArgs &A);
  /// The element buffer of the container at \p From now belongs to the one
  /// at \p To (a move, a splice): handles into it follow. An unknown \p To
  /// makes them unknown.
  void moveElements(const LoanSet &From, const LoanSet &To);
  void swapElements(const LoanSet &A, const LoanSet &B);
  /// A user's object moved by its implicit move operation: each container
  /// member's elements go with it.
  void moveMemberBuffers(const clang::Expr *Source, const LoanSet &To);

  // --- The dataflow (Dataflow.cpp) -----------------------------------------
  void transfer(const clang::CFGElement &E);
  void transferStmt(const clang::Stmt *S);
  void transferVar(const clang::VarDecl *VD);
  void writePlace(Place P, const LoanSet &V, bool Strong);
  /// Another thread may take what the places outside the frame of the
  /// storages \p Reaches accepts hold out of them: they hold it on some
  /// paths only.
  void mayBeTakenOutElsewhere(llvm::function_ref<bool(StorageID)> Reaches);
  /// Cell \p P, when it outlives the frame, may have lost \p Held on the
  /// paths to here: it holds it on some paths only (see State::Removed).
  void mayBeTakenOut(Place P, const LoanSet &Held);
  /// Cell \p P holds \p V on this path: none of it is removed any more.
  void putBack(Place P, const LoanSet &V);
  void join(State &Into, const State &From, bool &Changed);
  /// Joins \p Previous, the entry state of a block's last visit, into
  /// \p S, and sets every place whose content is not what it was then to
  /// Unknown: the widening that makes a long fixpoint converge.
  void widen(State &S, const State &Previous);
  /// The condition `h == &x` (or `h != &x`) ending \p Pred when the edge to
  /// \p Succ is the one on which its operands differ; null otherwise.
  static const clang::BinaryOperator *
  unequalAddressOnEdge(const clang::CFGBlock &Pred,
                       const clang::CFGBlock &Succ);
  /// Removes, in \p S, the local's address from the place the other operand
  /// of \p Cond names: they differ.
  void forgetComparedAddress(State &S, const clang::BinaryOperator *Cond);
  /// The loop (a for or range-for) that ends \p Pred when \p Succ is its
  /// exit and its condition holds the first time it is tested; null
  /// otherwise.
  const clang::Stmt *exitOfLoopRunningOnce(const clang::CFGBlock &Pred,
                                           const clang::CFGBlock &Succ);
  /// The pointer or smart pointer variable `p` whose test ends \p Pred
  /// (`if (p)`, `if (!p)`, `p == nullptr`, `p != nullptr`, and a condition
  /// variable: `if (auto h = make())`) when the edge to \p Succ is the one
  /// on which it is null; null otherwise.
  const clang::Expr *nullPointerOnEdge(const clang::CFGBlock &Pred,
                                       const clang::CFGBlock &Succ);
  /// The standard container `c` whose `c.empty()` (or `!c.empty()`) ends
  /// \p Pred when the edge to \p Succ is the one on which it is empty;
  /// null otherwise.
  const clang::Expr *emptyContainerOnEdge(const clang::CFGBlock &Pred,
                                          const clang::CFGBlock &Succ);

  static constexpr unsigned StaleBit = 0x100;
  static constexpr unsigned DepthShift = 9;
  /// The levels of handles behind a global or a parameter that are told
  /// apart (`***g` and `***p` are the deepest); what lies deeper is not
  /// tracked.
  static constexpr uint8_t MaxContentDepth = 3;

  /// Drops the events recorded so far (a pass that turned out not to be the
  /// last).
  void forgetEvents();

  LifetimeEngine &Engine;
  LifetimeModel &Model;
  clang::ASTContext &Ctx;
  FunctionAnalysis &R;
  unsigned Depth;
  State *Cur = nullptr;
  bool Recording = false;
  bool OverBudget = false;
  llvm::DenseMap<std::pair<unsigned, const void *>, StorageID> StorageIDs;
  /// The temporaries of each full-expression, by the statement that ends it.
  llvm::DenseMap<const clang::Stmt *, llvm::SmallVector<StorageID, 2>>
      TempsByRoot;
  /// The temporaries bound to each variable, which end with it.
  llvm::DenseMap<const clang::VarDecl *, llvm::SmallVector<StorageID, 1>>
      TempsByExtender;
  llvm::DenseMap<const clang::Stmt *, const clang::Stmt *> RootCache;
  /// The full-expressions of the default member initializers a constructor
  /// uses. The CFG lists their elements before the member's initializer,
  /// which reads the value again: they end at the initializer, not at their
  /// last element (`const string_view_t reset = "\033[m";` in C++11
  /// constructs a temporary view and copies it into the member there).
  llvm::DenseSet<const clang::Stmt *> DeferredRoots;
  llvm::DenseSet<StorageID> BornAgain;
  llvm::DenseMap<const clang::ValueDecl *, clang::FieldDecl *> CaptureFields;
  bool CaptureFieldsKnown = false;
  /// CFG-made single-variable DeclStmts, to the DeclStmt in the source.
  llvm::DenseMap<const clang::Stmt *, const clang::Stmt *> SyntheticDecls;
  llvm::DenseMap<std::tuple<StorageID, SubObject, const clang::Expr *,
                            const clang::FieldDecl *>,
                 LoanID>
      LoanIDs;
  llvm::DenseMap<const clang::VarDecl *, bool> ChangedIterators;
};

} // namespace lifeguard

#endif // LIFEGUARD_FUNCTIONANALYZER_H
