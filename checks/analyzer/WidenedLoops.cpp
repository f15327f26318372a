//===-- WidenedLoops.cpp - What a widened loop cannot have changed --------===//
//
// See WidenedLoops.h. Which locals a loop cannot change is decided from the
// AST alone, by how each mention of a local is used: a local is kept when
// every mention inside the loop only reads it, and no mention anywhere in
// the function lets another name reach it (its address taken, a reference
// to non-const bound to it, a capture by reference, a non-const member
// function called on it). Assignments outside the loop do not matter.
// Each member of a record local (`c.last`) is such a place of its own. A
// reference is never bound again; the members of what it refers to are
// kept when the loop changes nothing no local names (no call into the
// program's own code, no write through a pointer or a global) and no
// other reference may change the same member.
//
//===----------------------------------------------------------------------===//

#include "WidenedLoops.h"
#include "LifetimeModel.h"
#include "Uses.h"
#include "clang/AST/DynamicRecursiveASTVisitor.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/AnalysisDeclContext.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ExprEngine.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/LoopWidening.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"

using namespace clang;
using namespace clang::ento;

namespace lifeguard::csa {

namespace {

/// How many times the path entered \p Block in the current frame.
unsigned timesEntered(const CFGBlock *Block, CheckerContext &C) {
  return C.getStateManager()
      .getOwningEngine()
      .getCoreEngine()
      .getWorkList()
      ->getBlockCounter()
      .getNumVisited(C.getStackFrame(), Block->getBlockID());
}

/// True for a call of \p Callee, with the arguments \p Args, that runs no
/// code of the program's own: a function of the standard library given no
/// callable (a lambda, a std::function, a pointer to a function).
bool callsOnlyTheLibrary(const FunctionDecl *Callee,
                         llvm::ArrayRef<const Expr *> Args) {
  // (A member's context is its class: the namespace is further out.)
  if (!Callee || !AnalysisDeclContext::isInStdNamespace(Callee))
    return false;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Callee);
      MD && MD->getParent()->getName().contains("function"))
    return false;
  return llvm::none_of(Args, [](const Expr *Arg) {
    QualType T = Arg->getType().getNonReferenceType();
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    return T->isFunctionPointerType() || T->isFunctionType() ||
           (RD && (RD->isLambda() || RD->getName().contains("function")));
  });
}

/// True when \p Path begins with the members of \p Prefix, or is it.
bool startsWith(const FieldPath &Path, const FieldPath &Prefix) {
  return Path.size() >= Prefix.size() &&
         llvm::equal(Prefix, llvm::ArrayRef(Path).take_front(Prefix.size()));
}

/// Adds to \p Types the types of the members of \p T, and of theirs.
void collectMemberTypes(QualType T, llvm::SmallVectorImpl<QualType> &Types,
                        unsigned Depth = 0) {
  const RecordDecl *RD = T->getAsRecordDecl();
  if (!RD || Depth > 3)
    return;
  for (const FieldDecl *FD : RD->fields()) {
    Types.push_back(FD->getType().getCanonicalType().getUnqualifiedType());
    collectMemberTypes(FD->getType(), Types, Depth + 1);
  }
}

/// True when an object of type \p A and one of type \p B may share
/// storage: the same type, one a member of the other, or a class and its
/// base; bytes overlap anything.
bool overlap(QualType A, QualType B) {
  A = A.getCanonicalType().getUnqualifiedType();
  B = B.getCanonicalType().getUnqualifiedType();
  if (A == B || A->isCharType() || B->isCharType() || A->isVoidType() ||
      B->isVoidType())
    return true;
  const CXXRecordDecl *RA = A->getAsCXXRecordDecl();
  const CXXRecordDecl *RB = B->getAsCXXRecordDecl();
  if (RA && RB && RA->hasDefinition() && RB->hasDefinition() &&
      (RA->isDerivedFrom(RB) || RB->isDerivedFrom(RA)))
    return true;
  llvm::SmallVector<QualType, 8> InA, InB;
  collectMemberTypes(A, InA);
  collectMemberTypes(B, InB);
  return llvm::is_contained(InA, B) || llvm::is_contained(InB, A);
}

/// What a member function does to the members of its object, by their
/// path from `*this`: how each is used, in its body and in the bodies of
/// the member functions it calls on `*this`. Whole when the object itself
/// goes elsewhere (`this` passed, returned or captured) or a body is not
/// there to read.
struct MemberEffects {
  bool Whole = false;
  llvm::SmallVector<std::pair<FieldPath, Use>, 4> Uses;
  /// The bodies read so far: past 16 (a class whose members call many
  /// others), the answer is Whole rather than slow.
  unsigned BodiesRead = 0;
};

class MemberEffectsFinder : public ConstDynamicRecursiveASTVisitor {
public:
  MemberEffectsFinder(MemberEffects &Out, FieldPath Prefix, unsigned Depth)
      : Out(Out), Prefix(std::move(Prefix)), Depth(Depth) {}

  /// Adds what \p MD does to the members of its object, each path behind
  /// \p Prefix, to \p Out.
  static void collect(const CXXMethodDecl *MD, const FieldPath &Prefix,
                      unsigned Depth, MemberEffects &Out) {
    const Stmt *Body = MD ? MD->getBody() : nullptr;
    // (Three calls deep is as far as a cursor's helpers go. An override
    // may run instead of a virtual function.)
    if (!Body || Depth > 3 || ++Out.BodiesRead > 16 ||
        isa<CXXConstructorDecl, CXXDestructorDecl>(MD) ||
        (MD->isVirtual() && !MD->hasAttr<FinalAttr>() &&
         !MD->getParent()->hasAttr<FinalAttr>())) {
      Out.Whole = true;
      return;
    }
    ParentMap PM(const_cast<Stmt *>(Body));
    MemberEffectsFinder Finder(Out, Prefix, Depth);
    Finder.PM = &PM;
    Finder.TraverseStmt(Body);
  }

  bool VisitLambdaExpr(const LambdaExpr *LE) override {
    if (llvm::any_of(LE->captures(),
                     [](const LambdaCapture &C) { return C.capturesThis(); }))
      Out.Whole = true;
    return true;
  }

  bool VisitCXXThisExpr(const CXXThisExpr *This) override {
    // `this->a.b`, the members outermost first.
    const Expr *Place = This;
    FieldPath Path = Prefix;
    while (const auto *ME =
               dyn_cast_or_null<MemberExpr>(PM->getParentIgnoreParens(Place))) {
      if (ME->isArrow() != (Place == This))
        break;
      if (const auto *MD = dyn_cast<CXXMethodDecl>(ME->getMemberDecl())) {
        // A member function called on the object, or on a member of a
        // class type the analyzer inlines alike.
        if (!MD->isConst() && !LifetimeModel::isStd(MD))
          collect(MD, Path, Depth + 1, Out);
        else
          Out.Uses.push_back({Path, MD->isConst() ? Use::Read : Use::Write});
        return true;
      }
      const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
      if (!FD)
        break;
      Path.push_back(FD);
      Place = ME;
    }
    if (Place == This) {
      Out.Whole = true;
      return true;
    }
    Out.Uses.push_back({Path, useOf(Place, *PM)});
    return true;
  }

private:
  MemberEffects &Out;
  FieldPath Prefix;
  unsigned Depth;
  const ParentMap *PM = nullptr;
};

/// The mentions of the locals of a function, and whether they lie inside
/// one loop of it.
class MentionFinder : public ConstDynamicRecursiveASTVisitor {
public:
  MentionFinder(const Stmt *Loop, const ParentMap &PM) : Loop(Loop), PM(PM) {
    ShouldVisitImplicitCode = true;
  }

  bool TraverseStmt(const Stmt *S) override {
    bool Outer = InLoop;
    InLoop = InLoop || S == Loop;
    bool Continue = ConstDynamicRecursiveASTVisitor::TraverseStmt(S);
    InLoop = Outer;
    return Continue;
  }

  bool VisitVarDecl(const VarDecl *VD) override {
    if (InLoop)
      DeclaredInLoop.insert(VD);
    return true;
  }

  bool VisitDeclRefExpr(const DeclRefExpr *DRE) override {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD)
      return true;
    // A global's object may be what a reference refers to.
    if (!VD->hasLocalStorage()) {
      if (InLoop && useOf(DRE, PM) != Use::Read)
        WritesElsewhere = true;
      return true;
    }
    // The member of a record local the mention designates (`c.last`,
    // `c.pos.line`) is a place of its own: a change of one member leaves
    // the others.
    const Expr *Place = DRE;
    FieldPath Path;
    while (const auto *ME =
               dyn_cast_or_null<MemberExpr>(PM.getParentIgnoreParens(Place))) {
      const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
      if (!FD || ME->isArrow())
        break;
      Path.push_back(FD);
      Place = ME;
    }
    // A change inside a lambda may run in the loop, wherever the lambda
    // was written.
    bool InLambda = DRE->refersToEnclosingVariableOrCapture();
    Mentioned.insert(VD);
    // A member function of the program's own called on it (`lexer.next()`)
    // uses the members as its body does.
    if (const auto *Callee =
            dyn_cast_or_null<MemberExpr>(PM.getParentIgnoreParens(Place));
        Callee && !Callee->isArrow())
      if (const auto *MD = dyn_cast<CXXMethodDecl>(Callee->getMemberDecl());
          MD && !MD->isConst() && !LifetimeModel::isStd(MD)) {
        auto [It, New] = EffectsOf.try_emplace(MD);
        if (New)
          MemberEffectsFinder::collect(MD, {}, 0, It->second);
        if (!It->second.Whole) {
          for (const auto &[MemberPath, U] : It->second.Uses) {
            FieldPath Full = Path;
            Full.append(MemberPath.begin(), MemberPath.end());
            record(VD, Full, U, InLambda);
          }
          return true;
        }
      }
    record(VD, Path, useOf(Place, PM), InLambda);
    return true;
  }

  /// Records that the place \p Path of \p VD is used as \p U, at the
  /// current mention.
  void record(const VarDecl *VD, const FieldPath &Path, Use U, bool InLambda) {
    if (U == Use::Escape && !InLoop && !InLambda)
      EscapedOutside[VD].push_back(Path);
    else if (U == Use::Escape || (U == Use::Write && (InLoop || InLambda)) ||
             (U == Use::Advance && InLambda))
      Changed[VD].push_back(Path);
    else if (U == Use::Advance && InLoop)
      Advanced[VD].push_back(Path);
  }

  // What the loop may change that no local names: an object reached
  // through a pointer (`*p`, `p[i]`, `p->x`, `this->x`) or returned by a
  // call (`v[i] = x`, `*it = x`), or changed in a call that may run code
  // of the program's own (any call but one into the standard library
  // with no callable among its arguments).
  bool VisitExpr(const Expr *E) override {
    if (!InLoop || !E->isGLValue())
      return true;
    const auto *UO = dyn_cast<UnaryOperator>(E);
    const auto *ME = dyn_cast<MemberExpr>(E);
    bool Unnamed = (UO && UO->getOpcode() == UO_Deref) ||
                   isa<ArraySubscriptExpr, CallExpr>(E) ||
                   (ME && ME->isArrow() && isa<FieldDecl>(ME->getMemberDecl()));
    if (Unnamed && useOf(E, PM) != Use::Read)
      WritesElsewhere = true;
    return true;
  }
  bool VisitCallExpr(const CallExpr *CE) override {
    if (!InLoop)
      return true;
    PassesPointers =
        PassesPointers || passesPointer({CE->getArgs(), CE->getNumArgs()});
    const auto *MCE = dyn_cast<CXXMemberCallExpr>(CE);
    const auto *Member =
        MCE ? dyn_cast<MemberExpr>(MCE->getCallee()->IgnoreParens()) : nullptr;
    const CXXMethodDecl *MD = MCE ? MCE->getMethodDecl() : nullptr;
    if ((Member && Member->isArrow() && MD && !MD->isConst()) ||
        !callsOnlyTheLibrary(CE->getDirectCallee(),
                             {CE->getArgs(), CE->getNumArgs()}))
      WritesElsewhere = true;
    return true;
  }
  bool VisitCXXConstructExpr(const CXXConstructExpr *CCE) override {
    if (InLoop)
      PassesPointers =
          PassesPointers || passesPointer({CCE->getArgs(), CCE->getNumArgs()});
    if (InLoop && !CCE->getConstructor()->isTrivial() &&
        !callsOnlyTheLibrary(CCE->getConstructor(),
                             {CCE->getArgs(), CCE->getNumArgs()}))
      WritesElsewhere = true;
    return true;
  }

  const Stmt *Loop;
  const ParentMap &PM;
  /// What each member function called on a record local does to its
  /// members, from `*this`.
  llvm::DenseMap<const CXXMethodDecl *, MemberEffects> EffectsOf;
  bool InLoop = false;
  /// The loop may change objects no local of the function names.
  bool WritesElsewhere = false;
  /// A call in the loop is given a pointer to objects it may change: a
  /// function of the library may write there too (`std::fill_n(p, n, 0)`).
  bool PassesPointers = false;
  llvm::DenseSet<const VarDecl *> DeclaredInLoop;
  llvm::SetVector<const VarDecl *> Mentioned;
  /// The places of each local that the function may change, that the
  /// loop only advances, and whose address the function hands on outside
  /// the loop, by their path of members (empty: the local).
  llvm::DenseMap<const VarDecl *, llvm::SmallVector<FieldPath, 1>> Changed,
      Advanced, EscapedOutside;

private:
  static bool passesPointer(llvm::ArrayRef<const Expr *> Args) {
    return llvm::any_of(Args, [](const Expr *Arg) {
      QualType T = Arg->getType();
      return T->isPointerType() && !T->getPointeeType().isConstQualified();
    });
  }
};

} // namespace

const WidenedLoops::LoopLocals &
WidenedLoops::localsOf(const Stmt *Loop, const LocationContext *LCtx) const {
  auto [It, New] = LocalsByLoop.try_emplace(Loop);
  if (!New)
    return It->second;
  const Decl *Function = LCtx->getDecl();
  MentionFinder Finder(Loop, LCtx->getAnalysisDeclContext()->getParentMap());
  // The whole declaration: a constructor's initializers may take the
  // address of a parameter.
  Finder.TraverseDecl(Function);
  // What a reference refers to may be changed through another name: a
  // pointer, a call, another reference to an object of a type that
  // overlaps its own.
  llvm::SmallVector<QualType, 2> ChangedWhole;
  for (const VarDecl *VD : Finder.Mentioned)
    if (VD->getType()->isReferenceType())
      for (const FieldPath &Path : Finder.Changed.lookup(VD)) {
        if (Path.empty())
          ChangedWhole.push_back(VD->getType().getNonReferenceType());
        else
          It->second.ChangedThroughReferences.insert(Path.back());
      }
  // A place whose address went elsewhere before or after the loop (`&x`
  // given to a call, a method called on it, a reference bound to it) is
  // changed by the loop only through that other name: a write the loop
  // makes through a pointer, a call or a reference.
  bool WritesThroughAliases = Finder.WritesElsewhere || Finder.PassesPointers ||
                              !ChangedWhole.empty() ||
                              !It->second.ChangedThroughReferences.empty();
  for (const VarDecl *VD : Finder.Mentioned) {
    llvm::SmallVector<FieldPath, 1> Changed = Finder.Changed.lookup(VD);
    if (WritesThroughAliases)
      Changed.append(Finder.EscapedOutside.lookup(VD));
    bool Reference = VD->getType()->isReferenceType();
    if (Finder.DeclaredInLoop.contains(VD) ||
        (!Reference && llvm::is_contained(Changed, FieldPath())))
      continue;
    QualType T = VD->getType().getNonReferenceType();
    bool KeepReferent =
        Reference && !Finder.WritesElsewhere &&
        llvm::none_of(ChangedWhole,
                      [&](QualType Other) { return overlap(T, Other); });
    It->second.Locals.push_back(
        {VD, Changed, Finder.Advanced.lookup(VD), KeepReferent});
  }
  return It->second;
}

ProgramStateRef WidenedLoops::keepUnchangedLocals(const CFGBlock *Block,
                                                  CheckerContext &C) const {
  const ExplodedNode *Entered = C.getPredecessor();
  const ExplodedNode *Before = Entered->getFirstPred();
  // Entering a block keeps the store, unless clang widened the loop there.
  if (!Before ||
      Before->getState()->getStore() == Entered->getState()->getStore())
    return nullptr;
  const Stmt *Loop = Block->getTerminatorStmt();
  if (!isa_and_nonnull<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(Loop))
    return nullptr;
  // The value at \p Where before the widening, when the paths that widened
  // to this node agree on it.
  return putBack(Loop, Block, C.getState(),
                 [&](Loc Where, QualType T) -> std::optional<SVal> {
                   SVal Value = Before->getState()->getSVal(Where, T);
                   if (llvm::any_of(Entered->preds(),
                                    [&](const ExplodedNode *Pred) {
                                      return Pred->getState()->getSVal(
                                                 Where, T) != Value;
                                    }))
                     return std::nullopt;
                   return Value;
                 },
                 C);
}

ProgramStateRef WidenedLoops::widenAtConditionHead(const CFGBlock *Block,
                                                   CheckerContext &C) const {
  const AnalyzerOptions &Options = C.getAnalysisManager().getAnalyzerOptions();
  const auto *Term = dyn_cast_or_null<BinaryOperator>(Block->getTerminatorStmt());
  if (!Options.ShouldWidenLoops || !Term || !Term->isLogicalOp() ||
      Block->empty())
    return nullptr;
  // The head of a loop, whose condition it starts: a back edge leads to it.
  const Stmt *Loop = nullptr;
  for (const CFGBlock *Pred : Block->preds())
    if (Pred && isa_and_nonnull<ForStmt, WhileStmt>(Pred->getLoopTarget()))
      Loop = Pred->getLoopTarget();
  if (!Loop)
    return nullptr;
  const Expr *Cond = isa<ForStmt>(Loop) ? cast<ForStmt>(Loop)->getCond()
                                        : cast<WhileStmt>(Loop)->getCond();
  const ParentMap &PM = C.getLocationContext()->getParentMap();
  const Stmt *Part = Term;
  while (Part && Part != Cond)
    Part = PM.getParent(Part);
  if (!Part || timesEntered(Block, C) != Options.maxBlockVisitOnPath - 1)
    return nullptr;
  return widenHere(Loop, Block, C);
}

ProgramStateRef WidenedLoops::widenHere(const Stmt *Loop, const CFGBlock *Block,
                                        CheckerContext &C) const {
  ProgramStateRef Before = C.getState();
  ProgramStateRef Widened =
      getWidenedLoopState(Before, C.getLocationContext(), C.blockCount(),
                          CFGBlock::ConstCFGElementRef(Block, 0));
  return putBack(Loop, Block, Widened,
                 [&](Loc Where, QualType T) -> std::optional<SVal> {
                   return Before->getSVal(Where, T);
                 },
                 C);
}

ProgramStateRef WidenedLoops::putBack(
    const Stmt *Loop, const CFGBlock *Block, ProgramStateRef State,
    llvm::function_ref<std::optional<SVal>(Loc, QualType)> ValueBefore,
    CheckerContext &C) const {
  const LocationContext *LCtx = C.getLocationContext();
  const LoopLocals &Locals = localsOf(Loop, LCtx);
  // Put back, not changed: the callbacks of the widening already ran.
  auto PutBack = [&](Loc Where, SVal Value) {
    if (Value != State->getSVal(Where))
      State = State->bindLoc(Where, Value, LCtx, /*notifyChanges=*/false);
  };
  // An advanced pointer is somewhere in the buffer it pointed into: the
  // same region, at an offset not known.
  SValBuilder &SVB = C.getSValBuilder();
  MemRegionManager &MRM = SVB.getRegionManager();
  auto PutBackAdvanced = [&](Loc Where, QualType PointerT) {
    QualType ElementT = PointerT->getPointeeType();
    std::optional<SVal> Value = ValueBefore(Where, PointerT);
    const MemRegion *Pointee = Value ? Value->getAsRegion() : nullptr;
    if (!Pointee || Block->empty() || ElementT->isIncompleteType() ||
        ElementT->isFunctionType())
      return;
    if (const auto *ER = dyn_cast<ElementRegion>(Pointee))
      Pointee = ER->getSuperRegion();
    // Tagged with the place: two cursors advanced by one loop need not
    // meet.
    std::optional<NonLoc> Offset =
        SVB.conjureSymbolVal(Where.getAsRegion(),
                             CFGBlock::ConstCFGElementRef(Block, 0), LCtx,
                             SVB.getArrayIndexType(), C.blockCount())
            .getAs<NonLoc>();
    if (Offset)
      PutBack(Where, loc::MemRegionVal(MRM.getElementRegion(
                         ElementT, *Offset, cast<SubRegion>(Pointee),
                         C.getASTContext())));
  };
  // A member some reference may change, any referent's, and the classes
  // that declare those members.
  const auto &Pooled = Locals.ChangedThroughReferences;
  llvm::SmallVector<QualType, 4> PooledClasses;
  for (const FieldDecl *FD : Pooled)
    PooledClasses.push_back(FD->getASTContext()
                                .getCanonicalTagType(FD->getParent())
                                .getUnqualifiedType());
  // Puts back the place \p Path of \p Local, at \p Where, of type \p T:
  // whole when nothing in it changes, member by member when some do.
  std::function<void(const LoopLocal &, FieldPath &, Loc, QualType)> Keep =
      [&](const LoopLocal &Local, FieldPath &Path, Loc Where, QualType T) {
        auto Inside = [&](const FieldPath &Other) {
          return Other.size() > Path.size() && startsWith(Other, Path);
        };
        bool Referent = Local.VD->getType()->isReferenceType();
        if (llvm::any_of(Local.Changed,
                         [&](const FieldPath &Changed) {
                           return startsWith(Path, Changed);
                         }) ||
            (Referent && llvm::any_of(Path, [&](const FieldDecl *FD) {
               return Pooled.contains(FD);
             })))
          return;
        if (llvm::is_contained(Local.Advanced, Path)) {
          PutBackAdvanced(Where, T);
          return;
        }
        auto HoldsPooled = [&] {
          if (!Referent)
            return false;
          llvm::SmallVector<QualType, 8> Held{
              T.getCanonicalType().getUnqualifiedType()};
          collectMemberTypes(T, Held);
          return llvm::any_of(PooledClasses, [&](QualType Class) {
            return llvm::is_contained(Held, Class);
          });
        };
        if (!llvm::any_of(Local.Changed, Inside) &&
            !llvm::any_of(Local.Advanced, Inside) && !HoldsPooled()) {
          if (std::optional<SVal> Value = ValueBefore(Where, T))
            PutBack(Where, *Value);
          return;
        }
        // A union's members share their storage; a base's members are not
        // named here, and stay forgotten.
        const RecordDecl *RD = T->getAsRecordDecl();
        if (!RD || RD->isUnion())
          return;
        for (const FieldDecl *FD : RD->fields()) {
          Path.push_back(FD);
          Keep(Local, Path,
               loc::MemRegionVal(
                   MRM.getFieldRegion(FD, cast<SubRegion>(Where.getAsRegion()))),
               FD->getType());
          Path.pop_back();
        }
      };
  for (const LoopLocal &Local : Locals.Locals) {
    FieldPath Path;
    Loc Where = State->getLValue(Local.VD, LCtx);
    QualType T = Local.VD->getType();
    if (T->isReferenceType()) {
      // A reference is never bound again; its places are those of what it
      // refers to.
      std::optional<SVal> Bound = ValueBefore(Where, QualType());
      if (!Local.KeepReferent) {
        // The loop may change what it refers to, which clang's widening
        // forgets only when it is an object of this frame: the binding is
        // put back and the object forgotten, so that what the path knew of
        // it (a pool's objects given back, the closures a bus holds) does
        // not meet contents the loop changed, and a call after the loop
        // (`bus.clear()`) reaches the caller's object.
        // (Forgetting conjures symbols at the block's first element.)
        const MemRegion *Referent = Bound ? Bound->getAsRegion() : nullptr;
        if (!Referent || Block->empty())
          continue;
        PutBack(Where, *Bound);
        const auto *Space = Referent->getMemorySpace(State);
        if (!isa<StackSpaceRegion>(Space) ||
            cast<StackSpaceRegion>(Space)->getStackFrame() !=
                LCtx->getStackFrame())
          State = State->invalidateRegions(
              {*Bound}, CFGBlock::ConstCFGElementRef(Block, 0), C.blockCount(),
              LCtx, /*CausesPointerEscape=*/true);
        continue;
      }
      if (Bound)
        PutBack(Where, *Bound);
      if (std::optional<loc::MemRegionVal> Referent =
              State->getSVal(Where).getAs<loc::MemRegionVal>())
        Keep(Local, Path, *Referent, T.getNonReferenceType());
      continue;
    }
    Keep(Local, Path, Where, T);
  }
  return State;
}

bool WidenedLoops::backToExhaustedLoop(const CFGBlock *Block,
                                       CheckerContext &C) const {
  const AnalyzerOptions &Options = C.getAnalysisManager().getAnalyzerOptions();
  // The block that goes back to the head of its loop, its only successor.
  if (!Options.ShouldWidenLoops || !Block->getLoopTarget() ||
      Block->succ_size() != 1 || !*Block->succ_begin())
    return false;
  unsigned Entered = timesEntered(*Block->succ_begin(), C);
  const Stmt *Loop = Block->getLoopTarget();
  if (Entered >= Options.maxBlockVisitOnPath) {
    Exhausted.try_emplace(Loop, C.getStackFrame());
    return true;
  }
  // A helper's loop widened after its first iteration (widenHelperLoop)
  // has run once more, from the widened state.
  return Entered >= 2 && exhaustedInAnotherCall(Loop, C);
}

bool WidenedLoops::exhaustedInAnotherCall(const Stmt *Loop,
                                          CheckerContext &C) const {
  // (The paths of one call that reach the loop after another of them ran
  // it to the bound are still followed round it.)
  auto It = Exhausted.find(Loop);
  return !C.inTopFrame() && It != Exhausted.end() &&
         It->second != C.getStackFrame();
}

ProgramStateRef WidenedLoops::widenHelperLoop(const CFGBlock *Block,
                                              CheckerContext &C) const {
  const AnalyzerOptions &Options = C.getAnalysisManager().getAnalyzerOptions();
  const Stmt *Loop = Block->getTerminatorStmt();
  if (!Options.ShouldWidenLoops || Block->empty() ||
      !isa_and_nonnull<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(Loop) ||
      timesEntered(Block, C) != 1 || !exhaustedInAnotherCall(Loop, C))
    return nullptr;
  return widenHere(Loop, Block, C);
}

} // namespace lifeguard::csa
