//===-- HandleNotes.cpp - Path notes that tell where a handle came from ---===//

#include "HandleNotes.h"
#include "LifetimeModeling.h"
#include "clang/AST/ParentMap.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporterVisitors.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ExplodedGraph.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ExprEngine.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramState.h"

using namespace clang;
using namespace clang::ento;

namespace lifeguard::csa {

namespace {

class HandleOriginVisitor : public BugReporterVisitor {
public:
  HandleOriginVisitor(const MemRegion *Holder, const MemRegion *Target,
                      std::string What)
      : Holder(Holder), Target(Target), What(std::move(What)) {}

  void Profile(llvm::FoldingSetNodeID &ID) const override {
    static int Tag = 0;
    ID.AddPointer(&Tag);
    ID.AddPointer(Holder);
    ID.AddPointer(Target);
  }

  PathDiagnosticPieceRef VisitNode(const ExplodedNode *N,
                                   BugReporterContext &BRC,
                                   PathSensitiveBugReport &BR) override {
    if (Done)
      return nullptr;
    const ExplodedNode *Pred = N->getFirstPred();
    if (!Pred || !refers(N->getState()) || refers(Pred->getState()))
      return nullptr;
    const Stmt *S = N->getStmtForDiagnostics();
    // The value put back after a call that invalidated the holder's object
    // (see KeptValues): the handle was made earlier.
    if (S && invalidatedBy(Pred->getState(), S))
      return nullptr;
    Done = true;
    if (!S)
      return nullptr;
    PathDiagnosticLocation L(S, BRC.getSourceManager(),
                             N->getLocationContext());
    return std::make_shared<PathDiagnosticEventPiece>(
        L, holderName() + " now points to " + What);
  }

private:
  /// True when the holder's value in \p State is what the call at \p Call
  /// conjured when it invalidated the holder's object.
  bool invalidatedBy(const ProgramStateRef &State, const Stmt *Call) const {
    SVal V = State->getSVal(Holder);
    SymbolRef Sym = V.getAsLocSymbol() ? V.getAsLocSymbol() : V.getAsSymbol();
    if (const auto *Derived = dyn_cast_or_null<SymbolDerived>(Sym))
      Sym = Derived->getParentSymbol();
    const auto *Conjured = dyn_cast_or_null<SymbolConjured>(Sym);
    return Conjured && Conjured->getStmt() == Call;
  }

  bool refers(const ProgramStateRef &State) const {
    const MemRegion *R = State->getSVal(Holder).getAsRegion();
    return R && R->getBaseRegion() == Target;
  }

  /// `'p'`, `'this->p_'`, or for what a parameter or a global points to,
  /// `'*out'`, `'**table'`.
  std::string holderName() const {
    if (const auto *FR = dyn_cast<FieldRegion>(Holder);
        FR && isa<SymbolicRegion>(FR->getBaseRegion()))
      return "'" + FR->getDecl()->getName().str() + "'";
    if (Holder->canPrintPretty())
      return "'" + Holder->getDescriptiveName(false) + "'";
    std::string Derefs = "*";
    for (const MemRegion *Base = Holder->getBaseRegion();
         const auto *SR = dyn_cast<SymbolicRegion>(Base); Derefs += '*') {
      const MemRegion *Origin = SR->getSymbol()->getOriginRegion();
      if (!Origin)
        break;
      if (Origin->canPrintPretty())
        return "'" + Derefs + Origin->getDescriptiveName(false) + "'";
      Base = Origin->getBaseRegion();
    }
    return "the handle";
  }

  const MemRegion *Holder;
  const MemRegion *Target;
  std::string What;
  bool Done = false;
};

/// True when \p Sym is a value clang's loop widening conjured: a symbol of
/// (a part of) a loop's condition, the first element of the block where
/// clang widens.
bool widenedByLoop(SymbolRef Sym, const LocationContext *LC) {
  const auto *Conjured = dyn_cast<SymbolConjured>(Sym);
  const Stmt *Child = Conjured ? Conjured->getStmt() : nullptr;
  if (!Child)
    return false;
  const ParentMap &PM = LC->getParentMap();
  for (const Stmt *Parent = Child; Parent;
       Child = Parent, Parent = PM.getParent(Parent)) {
    if (const auto *For = dyn_cast<ForStmt>(Parent))
      return For == Child || For->getCond() == Child;
    if (const auto *While = dyn_cast<WhileStmt>(Parent))
      return While == Child || While->getCond() == Child;
    if (const auto *Do = dyn_cast<DoStmt>(Parent))
      return Do == Child || Do->getCond() == Child;
    if (const auto *Range = dyn_cast<CXXForRangeStmt>(Parent))
      return Range == Child || Range->getCond() == Child;
    if (Parent != Child && !isa<Expr>(Parent))
      return false;
  }
  return false;
}

/// True when \p Cond is (a part of) the condition of an `if`, a `?:` or a
/// `switch`: not of a loop, whose condition widening leaves open.
bool decidesABranch(const Expr *Cond, const ParentMap &PM) {
  const Stmt *Child = Cond;
  for (const Stmt *Parent = PM.getParent(Cond); Parent;
       Child = Parent, Parent = PM.getParent(Parent)) {
    if (const auto *If = dyn_cast<IfStmt>(Parent))
      return If->getCond() == Child;
    if (const auto *CO = dyn_cast<ConditionalOperator>(Parent))
      return CO->getCond() == Child;
    if (const auto *Switch = dyn_cast<SwitchStmt>(Parent))
      return Switch->getCond() == Child;
    if (!isa<ParenExpr, ImplicitCastExpr, UnaryOperator, BinaryOperator,
             ExprWithCleanups>(Parent))
      return false;
  }
  return false;
}

class WidenedBranchFilter : public BugReporterVisitor {
public:
  explicit WidenedBranchFilter(const Stmt *Ending) : Ending(Ending) {}

  void Profile(llvm::FoldingSetNodeID &ID) const override {
    static int Tag = 0;
    ID.AddPointer(&Tag);
    ID.AddPointer(Ending);
  }

  PathDiagnosticPieceRef VisitNode(const ExplodedNode *N,
                                   BugReporterContext &BRC,
                                   PathSensitiveBugReport &BR) override {
    // The path is walked back from the use: what comes before the ending
    // does not matter.
    const ExplodedNode *Pred = N->getFirstPred();
    if (PassedEnding || !Pred)
      return nullptr;
    ProgramPoint P = N->getLocation();
    const LocationContext *LC = Pred->getLocationContext();
    // The condition the path assumed, with the value it had before: at a
    // comparison clang assumed eagerly (`req == 4`), or at a branch on a
    // value (`if (ready)`).
    const Expr *Cond = nullptr;
    if (auto SP = P.getAs<StmtPoint>()) {
      if (SP->getStmt() == Ending) {
        PassedEnding = true;
        return nullptr;
      }
      auto [True, False] = ExprEngine::getEagerlyAssumeBifurcationTags();
      if (P.getTag() == True || P.getTag() == False)
        Cond = dyn_cast<Expr>(SP->getStmt());
    } else if (auto Edge = P.getAs<BlockEdge>()) {
      Cond = dyn_cast_or_null<Expr>(
          Edge->getSrc()->getTerminatorCondition(/*StripParens=*/true));
    }
    if (!Cond || !decidesABranch(Cond, LC->getParentMap()))
      return nullptr;
    for (SymbolRef Sym : Pred->getState()->getSVal(Cond, LC).symbols())
      if (widenedByLoop(Sym, LC)) {
        BR.markInvalid(this, nullptr);
        PassedEnding = true;
        break;
      }
    return nullptr;
  }

private:
  const Stmt *Ending;
  bool PassedEnding = false;
};

} // namespace

void dropPathsThroughWidenedBranches(PathSensitiveBugReport &Report,
                                     const Ending &E) {
  if (E.Where && E.K != Ending::ScopeEnd && E.K != Ending::FullExpressionEnd)
    Report.addVisitor<WidenedBranchFilter>(E.Where);
}

void noteWhereHandleWasMade(PathSensitiveBugReport &Report,
                            const MemRegion *Holder, const MemRegion *Target,
                            std::string What) {
  if (Holder && Target)
    Report.addVisitor<HandleOriginVisitor>(Holder, Target->getBaseRegion(),
                                           std::move(What));
}

const MemRegion *holderOf(const Expr *Handle, const ExplodedNode *N) {
  if (!Handle)
    return nullptr;
  // A reference holds nothing of its own.
  const auto *DRE = dyn_cast<DeclRefExpr>(Handle->IgnoreParenImpCasts());
  const auto *ME = dyn_cast<MemberExpr>(Handle->IgnoreParenImpCasts());
  const ValueDecl *Holder = DRE  ? DRE->getDecl()
                            : ME ? ME->getMemberDecl()
                                 : nullptr;
  if (!Holder || Holder->getType()->isReferenceType())
    return nullptr;
  return namedRegion(Handle, N->getState(), N->getLocationContext());
}

} // namespace lifeguard::csa
