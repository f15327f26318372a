//===-- ElementSweeps.cpp - Loops that end every element of a container ---===//
//
// See ElementSweeps.h.
//
//===----------------------------------------------------------------------===//

#include "ElementSweeps.h"
#include "ContainerContents.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramStateTrait.h"

using namespace clang;
using namespace clang::ento;

namespace {

/// A followed loop on the current path.
struct Sweep {
  const StackFrameContext *Frame;
  /// The container its iterator runs over.
  const MemRegion *Container;
  /// For a loop that uses each element: an object that had ended when the
  /// loop began, which the container surely holds a pointer to.
  const MemRegion *Stale = nullptr;
  /// True when its body surely gives each element to a delete or a call.
  bool HandsOverEach = false;
  /// True once a turn began.
  bool Turned = false;
  /// True while every turn before this one ended a pointer read out of the
  /// container, and no element was written over.
  bool EveryEnded = true;
  /// True when this turn ended one.
  bool TurnEnded = false;
  /// How and where the first turn's pointer ended.
  lifeguard::csa::Ending::Kind K = lifeguard::csa::Ending::Delete;
  const Stmt *Where = nullptr;

  bool operator==(const Sweep &O) const {
    return Frame == O.Frame && Container == O.Container && Stale == O.Stale &&
           HandsOverEach == O.HandsOverEach && Turned == O.Turned &&
           EveryEnded == O.EveryEnded && TurnEnded == O.TurnEnded && K == O.K &&
           Where == O.Where;
  }
  // NOLINTNEXTLINE(readability-identifier-naming): FoldingSet's interface
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddPointer(Frame);
    ID.AddPointer(Container);
    ID.AddPointer(Stale);
    ID.AddBoolean(HandsOverEach);
    ID.AddBoolean(Turned);
    ID.AddBoolean(EveryEnded);
    ID.AddBoolean(TurnEnded);
    ID.AddInteger(K);
    ID.AddPointer(Where);
  }
};

} // namespace

/// The followed loops the path is in, by loop statement.
REGISTER_MAP_WITH_PROGRAMSTATE(FollowedSweeps, const Stmt *, Sweep)

namespace lifeguard::csa {

namespace {

/// True when \p E names the variable \p Var.
bool names(const Expr *E, const ValueDecl *Var) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  return Ref && Ref->getDecl() == Var;
}

/// True when \p E is `*It` or `It->m` of the iterator \p It.
bool throughIterator(const Expr *E, const VarDecl *It) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    return Unary->getOpcode() == UO_Deref && names(Unary->getSubExpr(), It);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    return llvm::is_contained({OO_Star, OO_Arrow}, Op->getOperator()) &&
           Op->getNumArgs() == 1 && names(Op->getArg(0), It);
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return Member->isArrow() ? names(Member->getBase(), It) ||
                                   throughIterator(Member->getBase(), It)
                             : throughIterator(Member->getBase(), It);
  return false;
}

/// True when \p A and \p B name the same variable or member (`items`,
/// `this->items_`, `s.items`).
bool sameObject(const Expr *A, const Expr *B) {
  A = A->IgnoreParenImpCasts();
  B = B->IgnoreParenImpCasts();
  if (isa<CXXThisExpr>(A) && isa<CXXThisExpr>(B))
    return true;
  if (const auto *RefA = dyn_cast<DeclRefExpr>(A))
    return names(B, RefA->getDecl());
  const auto *MemberA = dyn_cast<MemberExpr>(A);
  const auto *MemberB = dyn_cast<MemberExpr>(B);
  return MemberA && MemberB &&
         MemberA->getMemberDecl() == MemberB->getMemberDecl() &&
         MemberA->isArrow() == MemberB->isArrow() &&
         sameObject(MemberA->getBase(), MemberB->getBase());
}

/// True when \p E is `Container[I]` or `Container.at(I)`.
bool atIndex(const Expr *E, const Expr *Container, const VarDecl *I) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    return Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2 &&
           sameObject(Op->getArg(0), Container) && names(Op->getArg(1), I);
  const auto *Call = dyn_cast<CXXMemberCallExpr>(E);
  const auto *Callee = Call ? Call->getMethodDecl() : nullptr;
  return Callee && Callee->getIdentifier() && Callee->getName() == "at" &&
         Call->getNumArgs() == 1 &&
         sameObject(Call->getImplicitObjectArgument(), Container) &&
         names(Call->getArg(0), I);
}

/// How a followed loop's body spells the pointer it reads this turn.
struct ElementSpelling {
  /// The range-for's variable, or the for loop's iterator or index.
  const VarDecl *Var;
  enum { Variable, Iterator, Index } Kind;
  /// For an index: the container it runs over.
  const Expr *Indexed = nullptr;

  /// True when \p E is the pointer: the variable (or a pointer it binds,
  /// `auto &[name, plugin]`), `*it`, `it->second`, `items[i]`.
  bool matches(const Expr *E) const {
    if (!E->getType()->isPointerType())
      return false;
    if (Kind == Iterator)
      return throughIterator(E, Var);
    if (Kind == Index)
      return atIndex(E, Indexed, Var);
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    if (!Ref)
      return false;
    if (const auto *Binding = dyn_cast<BindingDecl>(Ref->getDecl()))
      return Binding->getDecomposedDecl() == Var;
    return Ref->getDecl() == Var;
  }

  /// True when the statement \p S gives the pointer to a delete or a call.
  bool handsOver(const Stmt *S) const {
    const auto *E = dyn_cast<Expr>(S);
    if (!E)
      return false;
    E = E->IgnoreParenImpCasts();
    if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
      E = Cleanups->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *Delete = dyn_cast<CXXDeleteExpr>(E))
      return matches(Delete->getArgument());
    const auto *Call = dyn_cast<CallExpr>(E);
    return Call && llvm::any_of(Call->arguments(),
                                [&](const Expr *Arg) { return matches(Arg); });
  }

  /// True when evaluating \p S surely reads or writes through the pointer
  /// (`p->x`, `*p`, `p[i]`): not in an operand evaluated only under a
  /// condition (of `&&`, `||`, `?:`), nor in a statement nested in \p S
  /// other than the condition of an `if` or `switch`, nor in a lambda.
  bool dereferences(const Stmt *S) const {
    if (!S || isa<LambdaExpr>(S))
      return false;
    if (const auto *If = dyn_cast<IfStmt>(S))
      return dereferences(If->getInit()) || dereferences(If->getCond());
    if (const auto *Switch = dyn_cast<SwitchStmt>(S))
      return dereferences(Switch->getInit()) || dereferences(Switch->getCond());
    if (!isa<Expr, DeclStmt>(S))
      return false;
    if (const auto *Member = dyn_cast<MemberExpr>(S);
        Member && Member->isArrow() && matches(Member->getBase()))
      return true;
    if (const auto *Unary = dyn_cast<UnaryOperator>(S);
        Unary && Unary->getOpcode() == UO_Deref && matches(Unary->getSubExpr()))
      return true;
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(S);
        Subscript && matches(Subscript->getBase()))
      return true;
    if (const auto *Logical = dyn_cast<BinaryOperator>(S);
        Logical && Logical->isLogicalOp())
      return dereferences(Logical->getLHS());
    if (const auto *Choice = dyn_cast<AbstractConditionalOperator>(S))
      return dereferences(Choice->getCond());
    return llvm::any_of(S->children(),
                        [&](const Stmt *Child) { return dereferences(Child); });
  }

  /// True when \p S may leave the turn before its end (a jump, a throw),
  /// moves the iterator, or writes over the element; lambdas' bodies are
  /// not the loop's.
  bool mayLeaveOrReplace(const Stmt *S) const {
    if (!S || isa<LambdaExpr>(S))
      return false;
    if (isa<BreakStmt, ContinueStmt, ReturnStmt, GotoStmt, IndirectGotoStmt,
            CXXThrowExpr, CoreturnStmt>(S))
      return true;
    const Expr *Written = nullptr;
    if (const auto *Assign = dyn_cast<BinaryOperator>(S);
        Assign && Assign->isAssignmentOp())
      Written = Assign->getLHS();
    else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S);
             Op && Op->isAssignmentOp())
      Written = Op->getArg(0);
    else if (const auto *Step = dyn_cast<UnaryOperator>(S);
             Step && Step->isIncrementDecrementOp())
      Written = Step->getSubExpr();
    if (Written && (names(Written, Var) || matches(Written)))
      return true;
    return llvm::any_of(S->children(), [&](const Stmt *Child) {
      return mayLeaveOrReplace(Child);
    });
  }
};

/// The container a call to one of \p Names is made on: `X` of `X.begin()`
/// and of `std::begin(X)`; null for other expressions.
const Expr *containerOfCall(const Expr *E,
                            std::initializer_list<llvm::StringRef> Names) {
  E = E ? E->IgnoreImplicit() : nullptr;
  if (const auto *Copy = dyn_cast_or_null<CXXConstructExpr>(E);
      Copy && Copy->getNumArgs() == 1)
    E = Copy->getArg(0)->IgnoreImplicit();
  const auto *Call = dyn_cast_or_null<CallExpr>(E);
  const auto *Callee =
      Call ? dyn_cast_or_null<NamedDecl>(Call->getCalleeDecl()) : nullptr;
  if (!Callee || !Callee->getIdentifier() ||
      !llvm::is_contained(Names, Callee->getName()))
    return nullptr;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return Member->getImplicitObjectArgument();
  return Call->getNumArgs() == 1 ? Call->getArg(0) : nullptr;
}

/// The iterator a `for` loop advances by one each turn (`++it`, `it++`).
const VarDecl *advancedIterator(const ForStmt *Loop) {
  const Expr *Inc = Loop->getInc() ? Loop->getInc()->IgnoreImplicit() : nullptr;
  const Expr *Advanced = nullptr;
  if (const auto *Step = dyn_cast_or_null<UnaryOperator>(Inc);
      Step && Step->isIncrementOp())
    Advanced = Step->getSubExpr();
  else if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(Inc);
           Op && Op->getOperator() == OO_PlusPlus)
    Advanced = Op->getArg(0);
  const auto *Ref = Advanced
                        ? dyn_cast<DeclRefExpr>(Advanced->IgnoreParenImpCasts())
                        : nullptr;
  return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
}

/// The iterator a `for` loop runs from some `begin()` and advances by one
/// each turn (`for (auto it = jobs.begin(); it != jobs.end(); ++it)`).
const VarDecl *iteratorOf(const ForStmt *Loop) {
  const auto *Init = dyn_cast_or_null<DeclStmt>(Loop->getInit());
  const auto *It = Init && Init->isSingleDecl()
                       ? dyn_cast<VarDecl>(Init->getSingleDecl())
                       : nullptr;
  if (!It || !containerOfCall(It->getInit(), {"begin", "cbegin"}) ||
      advancedIterator(Loop) != It)
    return nullptr;
  return It;
}

/// `X.size()`: X.
const Expr *sizeOf(const Expr *E) {
  const auto *Call =
      dyn_cast_or_null<CXXMemberCallExpr>(E ? E->IgnoreParenCasts() : nullptr);
  const auto *Callee = Call ? Call->getMethodDecl() : nullptr;
  return Callee && Callee->getIdentifier() && Callee->getName() == "size" &&
                 Call->getNumArgs() == 0
             ? Call->getImplicitObjectArgument()
             : nullptr;
}

/// The index a `for` loop runs from 0 to the size of a container, by one
/// each turn (`for (size_t i = 0; i < tasks.size(); ++i)`, or up to a
/// constant that holds the size), and that container; nulls for any other
/// loop.
std::pair<const VarDecl *, const Expr *> indexOf(const ForStmt *Loop) {
  const auto *Init = dyn_cast_or_null<DeclStmt>(Loop->getInit());
  const auto *I = Init && Init->isSingleDecl()
                      ? dyn_cast<VarDecl>(Init->getSingleDecl())
                      : nullptr;
  const auto *Zero =
      I && I->getInit()
          ? dyn_cast<IntegerLiteral>(I->getInit()->IgnoreParenImpCasts())
          : nullptr;
  if (!Zero || !Zero->getValue().isZero() || !I->getType()->isIntegerType())
    return {};
  const Expr *Inc =
      Loop->getInc() ? Loop->getInc()->IgnoreParenImpCasts() : nullptr;
  const auto *Step = dyn_cast_or_null<UnaryOperator>(Inc);
  const auto *AddOne = dyn_cast_or_null<CompoundAssignOperator>(Inc);
  const auto *One =
      AddOne ? dyn_cast<IntegerLiteral>(AddOne->getRHS()->IgnoreParenImpCasts())
             : nullptr;
  if (!(Step && Step->isIncrementOp() && names(Step->getSubExpr(), I)) &&
      !(AddOne && AddOne->getOpcode() == BO_AddAssign && One &&
        One->getValue().isOne() && names(AddOne->getLHS(), I)))
    return {};
  const auto *Cond = dyn_cast_or_null<BinaryOperator>(
      Loop->getCond() ? Loop->getCond()->IgnoreParenImpCasts() : nullptr);
  if (!Cond || !llvm::is_contained({BO_LT, BO_NE}, Cond->getOpcode()) ||
      !names(Cond->getLHS(), I))
    return {};
  const Expr *Bound = Cond->getRHS()->IgnoreParenCasts();
  if (const Expr *Container = sizeOf(Bound))
    return {I, Container};
  // `const size_t n = tasks.size();` before the loop.
  const auto *Ref = dyn_cast<DeclRefExpr>(Bound);
  const auto *N = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (N && N->getType().isConstQualified())
    if (const Expr *Container = sizeOf(N->getInit()))
      return {I, Container};
  return {};
}

/// The callable given to the call of `std::for_each` over a whole
/// container (`std::for_each(tasks.begin(), tasks.end(), destroy)`) whose
/// frame \p Frame is; null for any other frame.
const Expr *wholeRangeCallable(const StackFrameContext *Frame) {
  const auto *Call = dyn_cast_or_null<CallExpr>(Frame->getCallSite());
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || !Callee->isInStdNamespace() || !Callee->getIdentifier() ||
      Callee->getName() != "for_each" || Call->getNumArgs() != 3)
    return nullptr;
  const Expr *First = containerOfCall(Call->getArg(0), {"begin", "cbegin"});
  const Expr *Last = containerOfCall(Call->getArg(1), {"end", "cend"});
  return First && Last && sameObject(First, Last) ? Call->getArg(2) : nullptr;
}

/// The body of the lambda or function \p Fn and the parameter it takes
/// each element by; nulls when it is neither or takes no pointer.
std::pair<const Stmt *, const ParmVarDecl *> callableBody(const Expr *Fn) {
  Fn = Fn->IgnoreImplicit();
  if (const auto *Copy = dyn_cast<CXXConstructExpr>(Fn);
      Copy && Copy->getNumArgs() == 1)
    Fn = Copy->getArg(0)->IgnoreImplicit();
  const FunctionDecl *Callee = nullptr;
  if (const auto *Lambda = dyn_cast<LambdaExpr>(Fn))
    Callee = Lambda->getCallOperator();
  else if (const auto *Ref = dyn_cast<DeclRefExpr>(Fn->IgnoreParenImpCasts()))
    Callee = dyn_cast<FunctionDecl>(Ref->getDecl());
  const FunctionDecl *Definition = nullptr;
  if (!Callee || Callee->getNumParams() != 1 || !Callee->hasBody(Definition))
    return {};
  const ParmVarDecl *Element = Definition->getParamDecl(0);
  if (!Element->getType().getNonReferenceType()->isPointerType())
    return {};
  return {Definition->getBody(), Element};
}

/// The loop statement whose `__begin` or iterator \p DS declares.
const Stmt *loopBegunBy(const DeclStmt *DS, const ParentMap &PM) {
  const Stmt *Loop = PM.getParent(DS);
  if (const auto *Range = dyn_cast_or_null<CXXForRangeStmt>(Loop))
    return Range->getBeginStmt() == DS ? Loop : nullptr;
  if (const auto *For = dyn_cast_or_null<ForStmt>(Loop))
    return For->getInit() == DS ? Loop : nullptr;
  return nullptr;
}

} // namespace

/// What a body that spells its element as \p Element surely does with it
/// each turn.
static ElementSweeps::Shape shapeOfBody(const ElementSpelling &Element,
                                        const Stmt *Body) {
  ElementSweeps::Shape Found;
  if (!Body || Element.mayLeaveOrReplace(Body))
    return Found;
  Found.Indexed = Element.Indexed;
  llvm::SmallVector<const Stmt *, 8> Statements;
  if (const auto *Block = dyn_cast<CompoundStmt>(Body))
    Statements.append(Block->body_begin(), Block->body_end());
  else
    Statements.push_back(Body);
  for (const Stmt *S : Statements) {
    Found.HandsOverEach |= Element.handsOver(S);
    Found.UsesEach |= Element.dereferences(S);
  }
  return Found;
}

ElementSweeps::Shape ElementSweeps::shapeOf(const Stmt *Loop) const {
  auto [It, Inserted] = Shapes.try_emplace(Loop);
  if (!Inserted)
    return It->second;
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Loop))
    It->second = shapeOfBody(
        ElementSpelling{Range->getLoopVariable(), ElementSpelling::Variable},
        Range->getBody());
  else if (const auto *For = dyn_cast<ForStmt>(Loop)) {
    if (const VarDecl *Iterator = iteratorOf(For))
      It->second = shapeOfBody(
          ElementSpelling{Iterator, ElementSpelling::Iterator}, For->getBody());
    else if (auto [Index, Indexed] = indexOf(For); Index)
      It->second =
          shapeOfBody(ElementSpelling{Index, ElementSpelling::Index, Indexed},
                      For->getBody());
  }
  return It->second;
}

ElementSweeps::Shape ElementSweeps::shapeOfCallable(const Expr *Fn) const {
  auto [Body, Element] = callableBody(Fn);
  if (!Body)
    return Shape();
  auto [It, Inserted] = Shapes.try_emplace(Body);
  if (Inserted)
    It->second =
        shapeOfBody(ElementSpelling{Element, ElementSpelling::Variable}, Body);
  return It->second;
}

ProgramStateRef ElementSweeps::begin(const Stmt *Loop, const Shape &Followed,
                                     const MemRegion *Container,
                                     CheckerContext &C) const {
  const ProgramStateRef &State = C.getState();
  if (!Container)
    return State->remove<FollowedSweeps>(Loop);
  Sweep Start{C.getStackFrame(), Container};
  Start.HandsOverEach = Followed.HandsOverEach;
  if (Followed.UsesEach || Followed.HandsOverEach)
    for (const MemRegion *Object : surelyHeld(State, Start.Container))
      if (endingOf(C, Object, Loop)) {
        Start.Stale = Object;
        break;
      }
  return State->set<FollowedSweeps>(Loop, Start);
}

const MemRegion *ElementSweeps::iteratedContainer(const VarDecl *Iterator,
                                                  CheckerContext &C) {
  const ProgramStateRef &State = C.getState();
  const MemRegion *At =
      State->getLValue(Iterator, C.getLocationContext()).getAsRegion();
  SVal Position = Iterator->getType()->isPointerType()
                      ? State->getSVal(At, Iterator->getType())
                      : heldPointer(C, At, Iterator->getType());
  std::optional<InnerHandleInfo> Into = innerOwnerOf(State, Position);
  return Into ? Into->Owner : nullptr;
}

ProgramStateRef ElementSweeps::afterDeclaration(const DeclStmt *DS,
                                                CheckerContext &C) const {
  const LocationContext *LC = C.getLocationContext();
  const Stmt *Loop = loopBegunBy(DS, LC->getParentMap());
  if (!Loop)
    return nullptr;
  Shape Followed = shapeOf(Loop);
  if (!Followed.HandsOverEach && !Followed.UsesEach)
    return nullptr;
  // The container the index runs over, or the iterator just made points
  // into.
  return begin(Loop, Followed,
               Followed.Indexed
                   ? namedRegion(Followed.Indexed, C.getState(), LC)
                   : iteratedContainer(cast<VarDecl>(DS->getSingleDecl()), C),
               C);
}

ProgramStateRef ElementSweeps::intoAlgorithmLoop(const ForStmt *Loop,
                                                 CheckerContext &C) const {
  const StackFrameContext *Frame = C.getStackFrame();
  const Expr *Fn = wholeRangeCallable(Frame);
  if (!Fn)
    return nullptr;
  // Its loop advances the first iterator it was given.
  const auto *Algorithm = dyn_cast<FunctionDecl>(Frame->getDecl());
  const VarDecl *Iterator = advancedIterator(Loop);
  if (!Algorithm || Algorithm->getNumParams() == 0 ||
      Iterator != Algorithm->getParamDecl(0))
    return nullptr;
  Shape Followed = shapeOfCallable(Fn);
  if (!Followed.HandsOverEach && !Followed.UsesEach)
    return nullptr;
  return begin(Loop, Followed, iteratedContainer(Iterator, C), C);
}

std::optional<ElementSweeps::StaleRead>
ElementSweeps::staleElement(const ProgramStateRef &State, SymbolRef Sym) {
  std::optional<ContainerRead> Read = containerReadOf(State, Sym);
  if (!Read)
    return std::nullopt;
  for (const auto &[Loop, Now] : State->get<FollowedSweeps>())
    if (Now.Stale && Now.Turned && Now.Container == Read->Container)
      return StaleRead{Now.Container, Now.Stale};
  return std::nullopt;
}

ProgramStateRef ElementSweeps::atEntrance(const BlockEntrance &Entrance,
                                          CheckerContext &C,
                                          const NoteTag *&Note) const {
  ProgramStateRef State = C.getState();
  // The head of a loop with no declaration to start it, entered from
  // before the loop.
  if (const auto *For =
          dyn_cast_or_null<ForStmt>(Entrance.getBlock()->getTerminatorStmt());
      For && !For->getInit() && !State->get<FollowedSweeps>(For))
    return intoAlgorithmLoop(For, C);
  const CFGBlock *Head = Entrance.getPreviousBlock();
  const Stmt *Loop = Head ? Head->getTerminatorStmt() : nullptr;
  if (!isa_and_nonnull<CXXForRangeStmt, ForStmt>(Loop) ||
      Head->succ_size() != 2)
    return nullptr;
  const Sweep *Now = State->get<FollowedSweeps>(Loop);
  if (!Now || Now->Frame != C.getStackFrame())
    return nullptr;
  Sweep Next = *Now;
  // The condition's first successor is the body: a turn begins, and the
  // one before may have kept its pointer.
  if (*Head->succ_begin() == Entrance.getBlock()) {
    if (Next.Turned && !Next.TurnEnded)
      Next.EveryEnded = false;
    Next.Turned = true;
    Next.TurnEnded = false;
    return State->set<FollowedSweeps>(Loop, Next);
  }
  if (*std::next(Head->succ_begin()) != Entrance.getBlock())
    return nullptr;
  // The second is the exit.
  State = State->remove<FollowedSweeps>(Loop);
  if (!Next.HandsOverEach || !Next.Turned || !Next.TurnEnded ||
      !Next.EveryEnded)
    return State;
  std::optional<llvm::SmallVector<const MemRegion *, 4>> Ended =
      storedPointees(State, Next.Container);
  if (!Ended || Ended->empty())
    return State;
  State = withEveryElementEnded(State, Next.Container, Next.K, Next.Where);
  // The note is told where the path enters the block after the loop: at its
  // first statement, or its terminator. (clang cannot place one at other
  // elements, or in a block with neither: the end of a function.)
  const CFGBlock *After = Entrance.getBlock();
  std::optional<CFGElement> First = Entrance.getFirstElement();
  if (First ? !First->getAs<CFGStmt>() : !After->getTerminatorStmt())
    return State;
  std::string Text = "Every element of " +
                     quotedName(Next.Container, "the container") + " was " +
                     heapEndingVerb(Next.K) + " by " +
                     (wholeRangeCallable(C.getStackFrame()) ? "'std::for_each'"
                                                            : "the loop above");
  Note = C.getNoteTag([Text, Objects = *Ended](PathSensitiveBugReport &BR) {
    return isLifeguardReport(BR) &&
                   llvm::any_of(Objects,
                                [&](const MemRegion *R) {
                                  return BR.isInteresting(R) ||
                                         BR.isInteresting(R->getBaseRegion());
                                })
               ? Text
               : std::string();
  });
  return State;
}

ProgramStateRef ElementSweeps::elementEnded(ProgramStateRef State,
                                            SymbolRef Sym, Ending::Kind K,
                                            const Stmt *Where) {
  std::optional<ContainerRead> Read = containerReadOf(State, Sym);
  if (!Read)
    return State;
  for (const auto &[Loop, Now] : State->get<FollowedSweeps>()) {
    if (Now.Container != Read->Container || !Now.Turned || Now.TurnEnded)
      continue;
    Sweep Ended = Now;
    Ended.TurnEnded = true;
    if (!Ended.Where) {
      Ended.K = K;
      Ended.Where = Where;
    }
    State = State->set<FollowedSweeps>(Loop, Ended);
  }
  return State;
}

ProgramStateRef ElementSweeps::elementStored(ProgramStateRef State,
                                             const MemRegion *Container) {
  for (const auto &[Loop, Now] : State->get<FollowedSweeps>()) {
    if (Now.Container != Container || !Now.EveryEnded)
      continue;
    Sweep Replaced = Now;
    Replaced.EveryEnded = false;
    State = State->set<FollowedSweeps>(Loop, Replaced);
  }
  return State;
}

} // namespace lifeguard::csa
