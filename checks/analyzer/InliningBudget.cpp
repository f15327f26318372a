//===-- InliningBudget.cpp - ends paths whose inlined call stack is too deep ===//
//
// clang's analyzer inlines a function whose CFG is tiny whatever the depth
// of the stack (ipa-always-inline-size; -analyzer-inline-max-stack-depth
// does not stop it), and the cost of each step grows with the depth of the
// inlined stack: with its default checkers alone, one top-level function
// calling a chain of 256 one-line functions takes 5 s, of 512 functions
// 40 s, of 1,024 more than five minutes. The node budget (max-nodes) does
// not bound that: the nodes are few and each is dear.
//
// The hidden checker lifeguard.InliningBudget ends (sinks) a path when it
// enters an inlined frame deeper than MaxInlinedFrames. Nothing past the
// budget on that path is analysed, so no checker reports there; the
// functions the path did not reach are analysed later as top-level
// functions of their own. Depth is a property of the path, not of the
// clock, so the output stays the same from run to run.
//
//===----------------------------------------------------------------------===//

#include "CheckerOptions.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"

using namespace clang;
using namespace clang::ento;

namespace lifeguard::csa {
namespace {

class InliningBudgetChecker : public Checker<check::BeginFunction> {
public:
  unsigned MaxInlinedFrames = 0;

  void checkBeginFunction(CheckerContext &C) const {
    if (C.inTopFrame())
      return;
    unsigned Frames = 0;
    for (const LocationContext *L = C.getStackFrame(); L; L = L->getParent())
      Frames += isa<StackFrameContext>(L);
    // The top-level frame is not an inlined one.
    if (Frames - 1 > MaxInlinedFrames)
      C.generateSink(C.getState(), C.getPredecessor());
  }
};

} // namespace
} // namespace lifeguard::csa

void registerInliningBudget(CheckerManager &Mgr) {
  auto *Budget = Mgr.registerChecker<lifeguard::csa::InliningBudgetChecker>();
  Budget->MaxInlinedFrames =
      lifeguard::csa::integerOption(Mgr, Budget, "MaxInlinedFrames");
}
