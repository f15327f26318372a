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
           Turned == O.Turned && EveryEnded == O.EveryEnded &&
           TurnEnded == O.TurnEnded && K == O.K && Where == O.Where;
  }
  // NOLINTNEXTLINE(readability-identifier-naming): FoldingSet's interface
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddPointer(Frame);
    ID.AddPointer(Container);
    ID.AddPointer(Stale);
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

/// How a followed loop's body spells the pointer it reads this turn.
struct ElementSpelling {
  /// The range-for's variable, or the for loop's iterator.
  const VarDecl *Var;
  bool Iterator;

  /// True when \p E is the pointer: the variable (or a pointer it binds,
  /// `auto &[name, plugin]`), `*it`, `it->second`.
  bool matches(const Expr *E) const {
    if (!E->getType()->isPointerType())
      return false;
    if (Iterator)
      return throughIterator(E, Var);
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

/// The iterator a `for` loop runs from some `begin()` and advances by one
/// each turn (`for (auto it = jobs.begin(); it != jobs.end(); ++it)`).
const VarDecl *iteratorOf(const ForStmt *Loop) {
  const auto *Init = dyn_cast_or_null<DeclStmt>(Loop->getInit());
  const auto *It = Init && Init->isSingleDecl()
                       ? dyn_cast<VarDecl>(Init->getSingleDecl())
                       : nullptr;
  const Expr *From =
      It && It->getInit() ? It->getInit()->IgnoreImplicit() : nullptr;
  if (const auto *Copy = dyn_cast_or_null<CXXConstructExpr>(From);
      Copy && Copy->getNumArgs() == 1)
    From = Copy->getArg(0)->IgnoreImplicit();
  const auto *Call = dyn_cast_or_null<CallExpr>(From);
  const auto *Callee =
      Call ? dyn_cast_or_null<NamedDecl>(Call->getCalleeDecl()) : nullptr;
  if (!Callee || !Callee->getIdentifier() ||
      !llvm::is_contained({"begin", "cbegin"}, Callee->getName()))
    return nullptr;
  const Expr *Inc = Loop->getInc() ? Loop->getInc()->IgnoreImplicit() : nullptr;
  if (const auto *Step = dyn_cast_or_null<UnaryOperator>(Inc);
      Step && Step->isIncrementOp() && names(Step->getSubExpr(), It))
    return It;
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(Inc);
      Op && Op->getOperator() == OO_PlusPlus && names(Op->getArg(0), It))
    return It;
  return nullptr;
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

ElementSweeps::Shape ElementSweeps::shapeOf(const Stmt *Loop) const {
  auto [It, Inserted] = Shapes.try_emplace(Loop);
  if (!Inserted)
    return It->second;
  std::optional<ElementSpelling> Element;
  const Stmt *Body = nullptr;
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(Loop)) {
    Element = ElementSpelling{Range->getLoopVariable(), false};
    Body = Range->getBody();
  } else if (const auto *For = dyn_cast<ForStmt>(Loop)) {
    if (const VarDecl *Iterator = iteratorOf(For))
      Element = ElementSpelling{Iterator, true};
    Body = For->getBody();
  }
  if (!Element || Element->mayLeaveOrReplace(Body))
    return It->second;
  llvm::SmallVector<const Stmt *, 8> Statements;
  if (const auto *Block = dyn_cast<CompoundStmt>(Body))
    Statements.append(Block->body_begin(), Block->body_end());
  else
    Statements.push_back(Body);
  for (const Stmt *S : Statements) {
    It->second.HandsOverEach |= Element->handsOver(S);
    It->second.UsesEach |= Element->dereferences(S);
  }
  return It->second;
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
  // The container the iterator just made points into.
  const ProgramStateRef &State = C.getState();
  const auto *Iterator = cast<VarDecl>(DS->getSingleDecl());
  const MemRegion *At = State->getLValue(Iterator, LC).getAsRegion();
  SVal Position = Iterator->getType()->isPointerType()
                      ? State->getSVal(At, Iterator->getType())
                      : heldPointer(C, At, Iterator->getType());
  std::optional<InnerHandleInfo> Into = innerOwnerOf(State, Position);
  if (!Into || !Into->Owner)
    return State->remove<FollowedSweeps>(Loop);
  Sweep Start{C.getStackFrame(), Into->Owner};
  if (Followed.UsesEach)
    for (const MemRegion *Object : surelyHeld(State, Start.Container))
      if (endingOf(C, Object, DS)) {
        Start.Stale = Object;
        break;
      }
  return State->set<FollowedSweeps>(Loop, Start);
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
  const CFGBlock *Head = Entrance.getPreviousBlock();
  const Stmt *Loop = Head ? Head->getTerminatorStmt() : nullptr;
  if (!isa_and_nonnull<CXXForRangeStmt, ForStmt>(Loop) ||
      Head->succ_size() != 2)
    return nullptr;
  ProgramStateRef State = C.getState();
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
  if (!shapeOf(Loop).HandsOverEach || !Next.Turned || !Next.TurnEnded ||
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
                     heapEndingVerb(Next.K) + " by the loop above";
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
