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
  /// The container the iterations read their pointers out of, once one
  /// did.
  const MemRegion *Container = nullptr;
  /// The pointer this iteration read, and the element it was read out of
  /// when the loop variable is a reference to it (a store there replaces
  /// the pointer).
  SymbolRef Element = nullptr;
  const MemRegion *ElementAt = nullptr;
  /// True while every iteration before this one ended its pointer.
  bool EveryEnded = true;
  /// True when this iteration's pointer ended.
  bool ElementEnded = false;
  /// How and where the first iteration's pointer ended.
  lifeguard::csa::Ending::Kind K = lifeguard::csa::Ending::Delete;
  const Stmt *Where = nullptr;
  /// For a loop that uses each element: an object that had ended when the
  /// loop began, which the container surely holds a pointer to.
  const MemRegion *Stale = nullptr;

  bool operator==(const Sweep &O) const {
    return Frame == O.Frame && Container == O.Container &&
           Element == O.Element && ElementAt == O.ElementAt &&
           EveryEnded == O.EveryEnded && ElementEnded == O.ElementEnded &&
           K == O.K && Where == O.Where && Stale == O.Stale;
  }
  // NOLINTNEXTLINE(readability-identifier-naming): FoldingSet's interface
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddPointer(Frame);
    ID.AddPointer(Container);
    ID.AddPointer(Element);
    ID.AddPointer(ElementAt);
    ID.AddBoolean(EveryEnded);
    ID.AddBoolean(ElementEnded);
    ID.AddInteger(K);
    ID.AddPointer(Where);
    ID.AddPointer(Stale);
  }
};

} // namespace

/// The followed loops the path is in, by loop statement.
REGISTER_MAP_WITH_PROGRAMSTATE(FollowedSweeps, const Stmt *, Sweep)

namespace lifeguard::csa {

namespace {

/// True when \p E names the variable \p Var.
bool names(const Expr *E, const VarDecl *Var) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  return Ref && Ref->getDecl() == Var;
}

/// True when the statement \p S gives \p Var to a delete or a call.
bool handsOver(const Stmt *S, const VarDecl *Var) {
  const auto *E = dyn_cast<Expr>(S);
  if (!E)
    return false;
  E = E->IgnoreParenImpCasts();
  if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
    E = Cleanups->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *Delete = dyn_cast<CXXDeleteExpr>(E))
    return names(Delete->getArgument(), Var);
  const auto *Call = dyn_cast<CallExpr>(E);
  return Call && llvm::any_of(Call->arguments(),
                              [&](const Expr *Arg) { return names(Arg, Var); });
}

/// True when evaluating \p S surely reads or writes through the pointer
/// \p Var (`p->x`, `*p`, `p[i]`): not in an operand evaluated only under a
/// condition (of `&&`, `||`, `?:`), nor in a statement nested in \p S
/// other than the condition of an `if` or `switch`, nor in a lambda.
bool dereferences(const Stmt *S, const VarDecl *Var) {
  if (!S || isa<LambdaExpr>(S))
    return false;
  if (const auto *If = dyn_cast<IfStmt>(S))
    return dereferences(If->getInit(), Var) || dereferences(If->getCond(), Var);
  if (const auto *Switch = dyn_cast<SwitchStmt>(S))
    return dereferences(Switch->getInit(), Var) ||
           dereferences(Switch->getCond(), Var);
  if (!isa<Expr, DeclStmt>(S))
    return false;
  if (const auto *Member = dyn_cast<MemberExpr>(S);
      Member && Member->isArrow() && names(Member->getBase(), Var))
    return true;
  if (const auto *Unary = dyn_cast<UnaryOperator>(S);
      Unary && Unary->getOpcode() == UO_Deref &&
      names(Unary->getSubExpr(), Var))
    return true;
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(S);
      Subscript && names(Subscript->getBase(), Var))
    return true;
  if (const auto *Logical = dyn_cast<BinaryOperator>(S);
      Logical && Logical->isLogicalOp())
    return dereferences(Logical->getLHS(), Var);
  if (const auto *Choice = dyn_cast<AbstractConditionalOperator>(S))
    return dereferences(Choice->getCond(), Var);
  return llvm::any_of(S->children(), [&](const Stmt *Child) {
    return dereferences(Child, Var);
  });
}

/// True when \p S may leave the iteration before its end (a jump, a
/// throw), or assigns \p Var; lambdas' bodies are not the loop's.
bool mayLeaveOrReplace(const Stmt *S, const VarDecl *Var) {
  if (!S || isa<LambdaExpr>(S))
    return false;
  if (isa<BreakStmt, ContinueStmt, ReturnStmt, GotoStmt, IndirectGotoStmt,
          CXXThrowExpr, CoreturnStmt>(S))
    return true;
  if (const auto *Assign = dyn_cast<BinaryOperator>(S);
      Assign && Assign->isAssignmentOp() && names(Assign->getLHS(), Var))
    return true;
  return llvm::any_of(S->children(), [&](const Stmt *Child) {
    return mayLeaveOrReplace(Child, Var);
  });
}

} // namespace

ElementSweeps::Shape ElementSweeps::shapeOf(const CXXForRangeStmt *Loop) const {
  auto [It, Inserted] = Shapes.try_emplace(Loop);
  if (!Inserted)
    return It->second;
  const VarDecl *Var = Loop->getLoopVariable();
  const Stmt *Body = Loop->getBody();
  if (!Var->getType().getNonReferenceType()->isPointerType() ||
      mayLeaveOrReplace(Body, Var))
    return It->second;
  llvm::SmallVector<const Stmt *, 8> Statements;
  if (const auto *Block = dyn_cast<CompoundStmt>(Body))
    Statements.append(Block->body_begin(), Block->body_end());
  else
    Statements.push_back(Body);
  for (const Stmt *S : Statements) {
    It->second.HandsOverEach |= handsOver(S, Var);
    It->second.UsesEach |= dereferences(S, Var);
  }
  return It->second;
}

ProgramStateRef ElementSweeps::afterDeclaration(const DeclStmt *DS,
                                                CheckerContext &C) const {
  const auto *Loop = dyn_cast_or_null<CXXForRangeStmt>(
      C.getLocationContext()->getParentMap().getParent(DS));
  if (!Loop)
    return nullptr;
  Shape Followed = shapeOf(Loop);
  if (!Followed.HandsOverEach && !Followed.UsesEach)
    return nullptr;
  const ProgramStateRef &State = C.getState();
  const StackFrameContext *Frame = C.getStackFrame();
  if (DS == Loop->getRangeStmt()) {
    Sweep Start{Frame};
    if (Followed.UsesEach)
      Start.Stale = endedBefore(DS, C);
    return State->set<FollowedSweeps>(Loop, Start);
  }
  const Sweep *Before = State->get<FollowedSweeps>(Loop);
  if (DS != Loop->getLoopVarStmt() || !Before || Before->Frame != Frame)
    return nullptr;
  Sweep Now = *Before;
  // The iteration before kept its pointer.
  if (Now.Element && !Now.ElementEnded)
    Now.EveryEnded = false;
  const VarDecl *Var = Loop->getLoopVariable();
  SVal Value = State->getSVal(State->getLValue(Var, C.getLocationContext()));
  Now.ElementAt = nullptr;
  if (Var->getType()->isReferenceType()) {
    Now.ElementAt = Value.getAsRegion();
    Value = Now.ElementAt ? State->getSVal(Now.ElementAt,
                                           Var->getType().getNonReferenceType())
                          : UnknownVal();
  }
  Now.Element = Value.getAsSymbol();
  Now.ElementEnded = false;
  std::optional<ContainerRead> Read =
      Now.Element ? containerReadOf(State, Now.Element) : std::nullopt;
  if (!Read || (Now.Container && Now.Container != Read->Container))
    Now.EveryEnded = false;
  else
    Now.Container = Read->Container;
  return State->set<FollowedSweeps>(Loop, Now);
}

const MemRegion *ElementSweeps::endedBefore(const DeclStmt *RangeStmt,
                                            CheckerContext &C) {
  // The container the range variable was just bound to.
  const auto *Range = dyn_cast_or_null<VarDecl>(RangeStmt->getSingleDecl());
  if (!Range)
    return nullptr;
  const ProgramStateRef &State = C.getState();
  const MemRegion *Container =
      State->getSVal(State->getLValue(Range, C.getLocationContext()))
          .getAsRegion();
  if (!Container)
    return nullptr;
  for (const MemRegion *Object : surelyHeld(State, Container->StripCasts()))
    if (endingOf(C, Object, RangeStmt))
      return Object;
  return nullptr;
}

std::optional<ElementSweeps::StaleRead>
ElementSweeps::staleElement(const ProgramStateRef &State, SymbolRef Sym) {
  for (const auto &[Loop, Now] : State->get<FollowedSweeps>())
    if (Now.Element == Sym && Now.Stale && Now.Container)
      return StaleRead{Now.Container, Now.Stale};
  return std::nullopt;
}

ProgramStateRef ElementSweeps::atEntrance(const BlockEntrance &Entrance,
                                          CheckerContext &C,
                                          const NoteTag *&Note) const {
  const CFGBlock *Head = Entrance.getPreviousBlock();
  const auto *Loop =
      Head ? dyn_cast_or_null<CXXForRangeStmt>(Head->getTerminatorStmt())
           : nullptr;
  // The exit is the condition's second successor.
  if (!Loop || Head->succ_size() != 2 ||
      *std::next(Head->succ_begin()) != Entrance.getBlock())
    return nullptr;
  ProgramStateRef State = C.getState();
  const Sweep *Done = State->get<FollowedSweeps>(Loop);
  if (!Done || Done->Frame != C.getStackFrame())
    return nullptr;
  Sweep Last = *Done;
  State = State->remove<FollowedSweeps>(Loop);
  if (!shapeOf(Loop).HandsOverEach || !Last.Element || !Last.ElementEnded ||
      !Last.EveryEnded)
    return State;
  std::optional<llvm::SmallVector<const MemRegion *, 4>> Ended =
      storedPointees(State, Last.Container);
  if (!Ended || Ended->empty())
    return State;
  State = withEveryElementEnded(State, Last.Container, Last.K, Last.Where);
  // The note is told where the path enters the block after the loop: at its
  // first statement, or its terminator. (clang cannot place one at other
  // elements, or in a block with neither: the end of a function.)
  const CFGBlock *After = Entrance.getBlock();
  std::optional<CFGElement> First = Entrance.getFirstElement();
  if (First ? !First->getAs<CFGStmt>() : !After->getTerminatorStmt())
    return State;
  // (Told at the first statement after the loop, where the path leaves it.)
  std::string Text = "Every element of " +
                     quotedName(Last.Container, "the container") + " was " +
                     heapEndingVerb(Last.K) + " by the loop above";
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
  for (const auto &[Loop, Now] : State->get<FollowedSweeps>()) {
    if (Now.Element != Sym || Now.ElementEnded)
      continue;
    Sweep Ended = Now;
    Ended.ElementEnded = true;
    if (!Ended.Where) {
      Ended.K = K;
      Ended.Where = Where;
    }
    State = State->set<FollowedSweeps>(Loop, Ended);
  }
  return State;
}

ProgramStateRef ElementSweeps::elementStored(ProgramStateRef State,
                                             const MemRegion *At) {
  for (const auto &[Loop, Now] : State->get<FollowedSweeps>()) {
    if (!Now.ElementAt || !Now.EveryEnded ||
        At->getBaseRegion() != Now.ElementAt->getBaseRegion())
      continue;
    Sweep Replaced = Now;
    Replaced.EveryEnded = false;
    State = State->set<FollowedSweeps>(Loop, Replaced);
  }
  return State;
}

} // namespace lifeguard::csa
