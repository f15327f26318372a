//===-- Budget.cpp - ends paths clang's own budgets do not bound ----------===//
//
// clang's analyzer bounds the nodes of one top-level function (max-nodes),
// not what each node costs nor the nodes of a translation unit. Three
// shapes cost the most (docs/performance.md):
//
// - Deep inlined stacks. clang inlines a function whose CFG is tiny at any
//   depth (ipa-always-inline-size; -analyzer-inline-max-stack-depth does not
//   stop it), and each step costs more the deeper the stack: one function
//   calling a chain of 512 one-line functions takes 40 s with clang's
//   default checkers alone, 1,024 more than five minutes.
// - Many variables live at once. At every statement clang drops the
//   bindings of dead variables by asking, for each binding, whether its
//   variable is live: a loop over 2,048 live variables takes 16 s, 16,384
//   do not finish.
// - Many functions that each run out of clang's max-nodes. A googletest
//   file of a hundred gmock-heavy tests spends max-nodes (about 350,000
//   nodes, 2 to 3 s) on every test body and every fixture destructor: nine
//   minutes with clang's default checkers alone.
//
// The hidden checker lifeguard.Budget ends (sinks) a path when it enters an
// inlined call more than MaxInlinedFrames deep, and ends every path of a
// top-level function in which more than MaxLiveVariables variables are live
// at the end of one block. Once the translation unit's top-level functions
// have made MaxTranslationUnitNodes nodes between them, each later one is
// explored up to NodesPerFunctionPastBudget nodes only: every function is
// still analysed, the later ones less deeply. Nothing past a budget is
// analysed, so no checker reports there (the clang-tidy checks still
// analyse the function); the functions a deep path did not reach are
// analysed later as top-level functions of their own. The budgets count,
// not time, so the output is the same from run to run.
//
//===----------------------------------------------------------------------===//

#include "CheckerOptions.h"
#include "clang/Analysis/Analyses/LiveVariables.h"
#include "clang/Analysis/CFG.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ExprEngine.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;
using namespace clang::ento;

namespace lifeguard::csa {
namespace {

class BudgetChecker
    : public Checker<check::BeginFunction, check::BranchCondition,
                     check::EndAnalysis> {
public:
  unsigned MaxInlinedFrames = 0;
  unsigned MaxLiveVariables = 0;
  unsigned MaxTranslationUnitNodes = 0;
  unsigned NodesPerFunctionPastBudget = 0;

  void checkBeginFunction(CheckerContext &C) const {
    bool OverBudget = C.inTopFrame() ? tooManyLiveVariables(C)
                                     : inlinedFrames(C) > MaxInlinedFrames ||
                                           pastFunctionShare(C);
    if (OverBudget)
      C.generateSink(C.getState(), C.getPredecessor());
  }

  /// Paths end at their next call or branch once the function has had its
  /// share: the work left on the worklist then ends quickly.
  void checkBranchCondition(const Stmt *, CheckerContext &C) const {
    if (pastFunctionShare(C))
      C.generateSink(C.getState(), C.getPredecessor());
  }

  void checkEndAnalysis(ExplodedGraph &G, BugReporter &, ExprEngine &) const {
    TranslationUnitNodes += G.size();
  }

private:
  /// The nodes the translation unit's top-level functions analysed so far
  /// made between them.
  mutable uint64_t TranslationUnitNodes = 0;

  /// True when the translation unit is past its budget and the function
  /// being analysed has made its share of nodes.
  bool pastFunctionShare(CheckerContext &C) const {
    return TranslationUnitNodes > MaxTranslationUnitNodes &&
           C.getStateManager().getOwningEngine().getGraph().size() >
               NodesPerFunctionPastBudget;
  }

  static unsigned inlinedFrames(CheckerContext &C) {
    unsigned Frames = 0;
    for (const LocationContext *L = C.getStackFrame(); L; L = L->getParent())
      Frames += isa<StackFrameContext>(L);
    return Frames - 1; // the top-level frame is not an inlined one
  }

  /// True when more than MaxLiveVariables of the function's variables are
  /// live at the end of one of its blocks. A function with fewer variables
  /// than that is not searched.
  bool tooManyLiveVariables(CheckerContext &C) const {
    AnalysisDeclContext *ADC = C.getCurrentAnalysisDeclContext();
    const CFG *Graph = ADC->getCFG();
    if (!Graph)
      return false;
    llvm::SmallPtrSet<const VarDecl *, 32> Variables;
    for (const CFGBlock *B : *Graph)
      for (const CFGElement &E : *B)
        if (auto S = E.getAs<CFGStmt>())
          if (const auto *DS = dyn_cast<DeclStmt>(S->getStmt()))
            for (const Decl *D : DS->decls())
              if (const auto *VD = dyn_cast<VarDecl>(D))
                Variables.insert(VD);
    if (Variables.size() <= MaxLiveVariables)
      return false;
    LiveVariables *Liveness = ADC->getAnalysis<LiveVariables>();
    if (!Liveness)
      return false;
    for (const CFGBlock *B : *Graph) {
      unsigned Live = 0;
      for (const VarDecl *VD : Variables)
        if (Liveness->isLive(B, VD) && ++Live > MaxLiveVariables)
          return true;
    }
    return false;
  }
};

} // namespace
} // namespace lifeguard::csa

void registerBudget(CheckerManager &Mgr) {
  auto *Budget = Mgr.registerChecker<lifeguard::csa::BudgetChecker>();
  Budget->MaxInlinedFrames =
      lifeguard::csa::integerOption(Mgr, Budget, "MaxInlinedFrames");
  Budget->MaxLiveVariables =
      lifeguard::csa::integerOption(Mgr, Budget, "MaxLiveVariables");
  Budget->MaxTranslationUnitNodes =
      lifeguard::csa::integerOption(Mgr, Budget, "MaxTranslationUnitNodes");
  Budget->NodesPerFunctionPastBudget =
      lifeguard::csa::integerOption(Mgr, Budget, "NodesPerFunctionPastBudget");
}
