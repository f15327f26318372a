//===-- LifetimeAnalysis.cpp - The flow-sensitive lifetime engine ---------===//
//
// The public face of the engine (LifetimeAnalysis.h): FunctionAnalysis's
// queries over a finished run, and LifetimeEngine, which builds each
// function's CFG, runs a FunctionAnalyzer over it and keeps the callees'
// summaries. The analyzer itself is declared in FunctionAnalyzer.h and
// defined by phase: Evaluation.cpp, CallEffects.cpp, Lifetimes.cpp and
// Dataflow.cpp.
//
//===----------------------------------------------------------------------===//

#include "LifetimeAnalysis.h"
#include "FunctionAnalyzer.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/CFGStmtMap.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/thread.h"
#include <functional>

using namespace clang;

namespace lifeguard {

SubObject elementsTag() {
  // Even, so that the tag bit of fieldElements() never matches it.
  alignas(2) static const char Tag = 0;
  return &Tag;
}

// === FunctionAnalysis =======================================================

const Stmt *FunctionAnalysis::issueContext(LoanID L, const Stmt *&Child) const {
  Child = loan(L).Issue;
  if (!Child)
    return nullptr;
  const Stmt *Parent = parents().getParent(Child);
  // Look through the parts of an lvalue: `&x.f`, `&x[i]`, `&(x)`.
  while (Parent && (isa<ParenExpr, ImplicitCastExpr, MemberExpr>(Parent) ||
                    (isa<ArraySubscriptExpr>(Parent) &&
                     cast<ArraySubscriptExpr>(Parent)->getBase() == Child))) {
    Child = Parent;
    Parent = parents().getParent(Parent);
  }
  return Parent;
}

SourceLocation FunctionAnalysis::issueLocation(LoanID L) const {
  const Stmt *Child = nullptr;
  const auto *LE = dyn_cast_or_null<LambdaExpr>(issueContext(L, Child));
  if (!LE || !Child)
    return loan(L).Issue ? loan(L).Issue->getExprLoc() : SourceLocation();
  auto Init = LE->capture_init_begin();
  for (const LambdaCapture &C : LE->captures()) {
    if (*Init++ != Child || !C.isImplicit() || !C.capturesVariable())
      continue;
    // `[&]` has no spelling for the variable: show its first use.
    const ValueDecl *Var = C.getCapturedVar();
    std::function<const DeclRefExpr *(const Stmt *)> FirstUse =
        [&](const Stmt *S) -> const DeclRefExpr * {
      if (!S)
        return nullptr;
      if (const auto *DRE = dyn_cast<DeclRefExpr>(S);
          DRE && DRE->getDecl() == Var)
        return DRE;
      for (const Stmt *Sub : S->children())
        if (const DeclRefExpr *Found = FirstUse(Sub))
          return Found;
      return nullptr;
    };
    if (const DeclRefExpr *Use = FirstUse(LE->getBody()))
      return Use->getLocation();
  }
  return cast<Expr>(Child)->getExprLoc();
}

HandleOrigin FunctionAnalysis::originOf(LoanID L) const {
  if (isElements(loan(L).Target.Sub))
    return HandleOrigin::Element;
  if (isa_and_nonnull<CXXConstructExpr>(loan(L).Issue))
    return HandleOrigin::ThisArgument;
  // An array used as a pointer points into it.
  if (const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(
          parents().getParent(loan(L).Issue));
      Cast && Cast->getCastKind() == CK_ArrayToPointerDecay)
    return HandleOrigin::Element;
  const Stmt *Child = nullptr;
  const Stmt *Parent = issueContext(L, Child);
  // `v.reg()`: v is the object the method runs on.
  if (const auto *ME = dyn_cast_or_null<MemberExpr>(Child);
      ME && isa<CXXMethodDecl>(ME->getMemberDecl()))
    return HandleOrigin::ThisArgument;
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(Parent);
      UO && UO->getOpcode() == UO_AddrOf)
    return HandleOrigin::AddressOf;
  if (isa_and_nonnull<LambdaExpr>(Parent))
    return HandleOrigin::Capture;
  return HandleOrigin::Reference;
}

bool FunctionAnalysis::isFrameLocal(LoanID ID) const {
  return !isPseudoLoan(ID) && storageOf(ID).Kind == StorageKind::Local;
}

LoanSet FunctionAnalysis::contentAtExit(Place P) const {
  P = cellOf(P);
  if (auto It = ExitCells.find(P); It != ExitCells.end())
    return It->second;
  if (P.Sub)
    if (auto It = ExitCells.find({P.Storage, nullptr}); It != ExitCells.end())
      return It->second;
  return {};
}

LoanSet FunctionAnalysis::keptAtExit(Place P) const {
  LoanSet Kept = contentAtExit(P);
  P = cellOf(P);
  for (Place Cell : {P, Place{P.Storage, nullptr}})
    if (auto It = ExitRemoved.find(Cell); It != ExitRemoved.end())
      Kept.intersectWithComplement(It->second);
  return Kept;
}

ParentMap &FunctionAnalysis::parents() const { return ADC->getParentMap(); }

std::vector<const UseEvent *> FunctionAnalysis::usesInSourceOrder() const {
  const SourceManager &SM = Function->getASTContext().getSourceManager();
  std::vector<const UseEvent *> Sorted;
  Sorted.reserve(Uses.size());
  for (const UseEvent &U : Uses)
    Sorted.push_back(&U);
  llvm::sort(Sorted, [&](const UseEvent *L, const UseEvent *R) {
    SourceLocation LL = L->Where->getBeginLoc(), RL = R->Where->getBeginLoc();
    if (LL != RL)
      return SM.isBeforeInTranslationUnit(LL, RL);
    return L < R; // the order the analysis met them
  });
  return Sorted;
}

bool FunctionAnalysis::alwaysReaches(const Stmt *From, const Stmt *To) const {
  const CFGStmtMap *Blocks = ADC->getCFGStmtMap();
  const CFGBlock *FromBlock = Blocks ? Blocks->getBlock(From) : nullptr;
  const CFGBlock *ToBlock = Blocks ? Blocks->getBlock(To) : nullptr;
  if (!FromBlock || !ToBlock)
    return false;
  if (FromBlock == ToBlock) {
    // Within one block: To comes after From.
    bool SeenFrom = false;
    for (const CFGElement &E : *FromBlock)
      if (std::optional<CFGStmt> S = E.getAs<CFGStmt>()) {
        SeenFrom |= S->getStmt() == From;
        if (S->getStmt() == To)
          return SeenFrom;
      }
    return false;
  }
  if (!PostDominators) {
    PostDominators = std::make_unique<CFGPostDomTree>();
    PostDominators->buildDominatorTree(ADC->getCFG());
  }
  return PostDominators->dominates(ToBlock, FromBlock);
}

// === LifetimeEngine =========================================================

LifetimeEngine::LifetimeEngine(ASTContext &Ctx, AnalysisBudget Budget,
                               UserModel User)
    : Ctx(Ctx), Budget(Budget), Model(std::move(User)) {
  ADCManager = std::make_unique<AnalysisDeclContextManager>(Ctx);
  CFG::BuildOptions &Opts = ADCManager->getCFGBuildOptions();
  Opts.setAllAlwaysAdd();
  Opts.AddInitializers = true;
  Opts.AddCXXDefaultInitExprInCtors = true;
  Opts.AddLifetime = true;
}

LifetimeEngine::~LifetimeEngine() = default;

const FunctionAnalysis &LifetimeEngine::analyze(const FunctionDecl *FD) {
  if (!Last || Last->function() != FD) {
    // The CFGs of earlier functions and of their callees are needed no
    // more (their summaries keep what later functions use), except when a
    // check comes back to a function a moment later (a lambda's and its
    // enclosing function's turns interleave): memory stays what a few call
    // trees need, not what the translation unit has.
    Last.reset();
    if (++FunctionsSinceClear > FunctionsKept) {
      ADCManager->clear();
      FunctionsSinceClear = 0;
    }
    Last = analyzeAtDepth(FD, 0);
    // Its summary, for the calls the functions after it make: an analysis
    // at a depth would see no more of its callees than this one did.
    if (Last->succeeded() && !LifetimeModel::isStd(FD) &&
        !Summaries.count(FD) && !EmptySummaries.count(FD))
      keepSummary(FD, FunctionSummary::fromAnalysis(*Last));
  }
  return *Last;
}

namespace {

/// Bodies nested deeper than this are analysed on a thread of their own.
constexpr unsigned DeepNesting = 1000;
/// Bodies nested deeper than this are not analysed: a budget.
constexpr unsigned MaxNesting = 200000;
/// The stack of that thread: room for MaxNesting levels of clang's CFG
/// builder and of lifeguard's evaluation (reserved, not committed, until
/// used).
constexpr unsigned LargeStackBytes = 1u << 30;

/// The deepest nesting of statements and expressions in \p Body, or a value
/// past \p Limit as soon as it is known to exceed it.
unsigned nestingDepth(const Stmt *Body, unsigned Limit) {
  // Iterative: the bodies this measures are too deep to recurse into.
  llvm::SmallVector<std::pair<const Stmt *, unsigned>, 64> Work{{Body, 1}};
  unsigned Max = 0;
  while (!Work.empty()) {
    auto [S, Depth] = Work.pop_back_val();
    Max = std::max(Max, Depth);
    if (Max > Limit)
      break;
    for (const Stmt *Child : S->children())
      if (Child)
        Work.emplace_back(Child, Depth + 1);
  }
  return Max;
}

} // namespace

std::unique_ptr<FunctionAnalysis>
LifetimeEngine::analyzeAtDepth(const FunctionDecl *FD, unsigned Depth) {
  auto Result = std::make_unique<FunctionAnalysis>();
  Result->Function = FD;
  if (!FD || !FD->hasBody() || FD->isDependentContext() ||
      FD->isInvalidDecl())
    return Result;
  // Coroutine frames outlive their calls: leave them to a model of their own.
  if (isa_and_nonnull<CoroutineBodyStmt>(FD->getBody()))
    return Result;
  withStackFor(FD, [&] {
    Result->ADC = ADCManager->getContext(FD);
    if (const CFG *G = Result->ADC->getCFG()) {
      FunctionAnalyzer Analyzer(*this, *Result, Depth);
      Result->Succeeded = Analyzer.run(*G);
    }
  });
  return Result;
}

bool LifetimeEngine::withStackFor(const FunctionDecl *FD,
                                  llvm::function_ref<void()> Work) {
  // Measured once per function: every check asks before its report, and
  // the analysis asks again.
  auto [It, Inserted] = Nesting.try_emplace(FD, 0);
  if (Inserted && FD->getBody())
    It->second = nestingDepth(FD->getBody(), MaxNesting);
  unsigned Depth = It->second;
  if (Depth > MaxNesting)
    return false;
  if (OnLargeStack || Depth <= DeepNesting) {
    Work();
    return true;
  }
  OnLargeStack = true;
  llvm::thread Thread(std::optional<unsigned>(LargeStackBytes), [&] { Work(); });
  Thread.join();
  OnLargeStack = false;
  return true;
}

namespace {

/// Types whose values refer to nothing and own nothing: numbers,
/// enumerations, void.
bool isNumber(QualType T) {
  T = T.getCanonicalType();
  return T->isVoidType() || T->isArithmeticType() || T->isEnumeralType();
}

/// A free or static function that takes and returns numbers only (by value).
bool hasNumberSignature(const FunctionDecl *FD) {
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && MD->isInstance())
    return false;
  return isNumber(FD->getReturnType()) &&
         llvm::all_of(FD->parameters(), [](const ParmVarDecl *P) {
           return isNumber(P->getType());
         });
}

} // namespace

bool LifetimeEngine::isHandleFree(const FunctionDecl *FD, unsigned Depth) {
  if (auto Known = HandleFree.find(FD); Known != HandleFree.end())
    return Known->second;
  if (!FD->getBody() || !hasNumberSignature(FD))
    return HandleFree[FD] = false;
  // Past the summary depth the answer would depend on where the question
  // came from: no answer is kept, and the engine analyses the function.
  if (Depth > Budget.MaxSummaryDepth)
    return false;
  HandleFree[FD] = false;
  // Iterative: bodies nest too deep to recurse into.
  llvm::SmallVector<const Stmt *, 32> Work{FD->getBody()};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls()) {
        const auto *VD = dyn_cast<VarDecl>(D);
        if (VD ? isa<DecompositionDecl>(VD) || !VD->hasLocalStorage() ||
                     !isNumber(VD->getType())
               : !isa<TypeDecl, StaticAssertDecl>(D))
          return false;
      }
    } else if (const auto *Call = dyn_cast<CallExpr>(S)) {
      // A direct call of a function of numbers, which is handle-free too
      // (or recursive, or one whose body no summary reads). Its callee
      // expression is the function's name, not a pointer to follow.
      const FunctionDecl *Callee = Call->getDirectCallee();
      if (!Callee || !hasNumberSignature(Callee) ||
          !isa<DeclRefExpr>(Call->getCallee()->IgnoreParenImpCasts()))
        return false;
      const FunctionDecl *Def = readableDefinition(Callee);
      if (Def && Def != FD && !isHandleFree(Def, Depth + 1))
        return false;
      Work.append(Call->arg_begin(), Call->arg_end());
      continue;
    } else if (const auto *E = dyn_cast<Expr>(S)) {
      if (!isNumber(E->getType()))
        return false;
      // A local's or a parameter's value, or an enumerator: a global's or
      // a static's would be storage the callers share.
      if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
        const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
        if (VD ? !VD->hasLocalStorage()
               : !isa<EnumConstantDecl>(DRE->getDecl()))
          return false;
      }
      if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E))
        Work.push_back(Default->getExpr());
    } else if (!isa<CompoundStmt, ValueStmt, IfStmt, WhileStmt, DoStmt, ForStmt,
                    SwitchStmt, SwitchCase, BreakStmt, ContinueStmt, ReturnStmt,
                    GotoStmt, NullStmt>(S)) {
      // try and catch, range-for, asm, coroutines: not numbers only.
      return false;
    }
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
  return HandleFree[FD] = true;
}

const FunctionDecl *LifetimeEngine::readableDefinition(const FunctionDecl *FD) {
  const FunctionDecl *Def = nullptr;
  if (!FD || !FD->hasBody(Def) || !Def || LifetimeModel::isStd(Def) ||
      Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return nullptr;
  return Def;
}

const FunctionSummary *LifetimeEngine::summary(const FunctionDecl *FD,
                                               unsigned Depth,
                                               bool StaticallyBound) {
  const FunctionDecl *Def = readableDefinition(FD);
  if (!Def)
    return nullptr;
  // A virtual call may run an overrider we cannot see (unless the object's
  // type is known: a local's destructor).
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Def))
    if (!StaticallyBound && MD->isVirtual() && !MD->hasAttr<FinalAttr>() &&
        !MD->getParent()->hasAttr<FinalAttr>())
      return nullptr;
  if (EmptySummaries.count(Def) || isHandleFree(Def, Depth))
    return &NoEffects;
  if (auto It = Summaries.find(Def); It != Summaries.end())
    return It->second.get();
  if (Depth >= Budget.MaxSummaryDepth)
    return nullptr;
  Summaries[Def] = nullptr; // in progress: recursive calls see none
  std::unique_ptr<FunctionAnalysis> A = analyzeAtDepth(Def, Depth + 1);
  if (!A->succeeded())
    return nullptr;
  Summaries.erase(Def);
  return keepSummary(Def, FunctionSummary::fromAnalysis(*A));
}

const FunctionSummary *LifetimeEngine::keepSummary(const FunctionDecl *FD,
                                                   FunctionSummary S) {
  if (S.empty()) {
    EmptySummaries.insert(FD);
    return &NoEffects;
  }
  auto &Slot = Summaries[FD];
  Slot = std::make_unique<FunctionSummary>(std::move(S));
  return Slot.get();
}

} // namespace lifeguard
