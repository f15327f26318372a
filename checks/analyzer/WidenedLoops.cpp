//===-- WidenedLoops.cpp - What a widened loop cannot have changed --------===//
//
// See WidenedLoops.h. Which locals a loop cannot change is decided from the
// AST alone, by how each mention of a local is used: a local is kept when
// every mention inside the loop only reads it, and no mention anywhere in
// the function lets another name reach it (its address taken, a reference
// to non-const bound to it, a capture by reference, a non-const member
// function called on it). Assignments outside the loop do not matter.
//
//===----------------------------------------------------------------------===//

#include "WidenedLoops.h"
#include "clang/AST/DynamicRecursiveASTVisitor.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/AnalysisDeclContext.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ExprEngine.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"

using namespace clang;
using namespace clang::ento;

namespace lifeguard::csa {

namespace {

/// How an expression that designates a local, or a part of it, is used.
/// Advance: a pointer local moved by `++`, `--`, `+=` or `-=`, which keeps
/// it in the buffer it pointed into.
enum class Use { Read, Advance, Write, Escape };

bool designates(const Expr *Child, const Expr *E) {
  return Child && Child->IgnoreParens() == E;
}

/// The use of \p E as an argument of \p Callee, whose arguments are
/// \p Args (the object first when \p ObjectFirst: a member operator's).
Use argumentUse(const FunctionDecl *Callee, llvm::ArrayRef<const Expr *> Args,
                const Expr *E, bool ObjectFirst = false) {
  if (!Callee)
    return Use::Escape;
  unsigned Shift = ObjectFirst ? 1 : 0;
  for (unsigned I = Shift; I < Args.size(); ++I) {
    if (!designates(Args[I], E))
      continue;
    if (I - Shift >= Callee->getNumParams())
      return Use::Escape;
    QualType T = Callee->getParamDecl(I - Shift)->getType();
    return T->isReferenceType() && !T.getNonReferenceType().isConstQualified()
               ? Use::Escape
               : Use::Read;
  }
  return Use::Escape;
}

/// How the context of \p E, a glvalue designating a local or a part of it,
/// uses it.
Use useOf(const Expr *E, const ParentMap &PM) {
  const Stmt *P = PM.getParentIgnoreParens(E);
  if (const auto *ICE = dyn_cast_or_null<ImplicitCastExpr>(P)) {
    switch (ICE->getCastKind()) {
    case CK_LValueToRValue:
      return Use::Read;
    case CK_NoOp:
    case CK_DerivedToBase:
    case CK_UncheckedDerivedToBase:
      return useOf(ICE, PM);
    default:
      // An array decayed to a pointer to its elements.
      return Use::Escape;
    }
  }
  if (const auto *ME = dyn_cast_or_null<MemberExpr>(P)) {
    if (ME->isArrow())
      return Use::Escape;
    if (isa<FieldDecl>(ME->getMemberDecl()))
      return useOf(ME, PM);
    const auto *MD = dyn_cast<CXXMethodDecl>(ME->getMemberDecl());
    return MD && MD->isConst() ? Use::Read : Use::Escape;
  }
  bool PointerLocal = isa<DeclRefExpr>(E) && E->getType()->isPointerType();
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(P)) {
    if (!UO->isIncrementDecrementOp())
      return Use::Escape;
    return PointerLocal ? Use::Advance : Use::Write;
  }
  if (const auto *BO = dyn_cast_or_null<BinaryOperator>(P)) {
    if (!BO->isAssignmentOp() || !designates(BO->getLHS(), E))
      return Use::Escape;
    bool Moves = BO->getOpcode() == BO_AddAssign ||
                 BO->getOpcode() == BO_SubAssign;
    return PointerLocal && Moves ? Use::Advance : Use::Write;
  }
  if (const auto *OC = dyn_cast_or_null<CXXOperatorCallExpr>(P)) {
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(OC->getCalleeDecl());
    if (MD && OC->getNumArgs() > 0 && designates(OC->getArg(0), E)) {
      if (MD->isConst())
        return Use::Read;
      switch (OC->getOperator()) {
      case OO_Equal:
      case OO_PlusPlus:
      case OO_MinusMinus:
      case OO_PlusEqual:
      case OO_MinusEqual:
        return Use::Write;
      default:
        return Use::Escape;
      }
    }
    return argumentUse(OC->getDirectCallee(),
                       {OC->getArgs(), OC->getNumArgs()}, E,
                       /*ObjectFirst=*/MD != nullptr);
  }
  if (const auto *CE = dyn_cast_or_null<CallExpr>(P))
    return argumentUse(CE->getDirectCallee(), {CE->getArgs(), CE->getNumArgs()},
                       E);
  if (const auto *CCE = dyn_cast_or_null<CXXConstructExpr>(P))
    return argumentUse(CCE->getConstructor(),
                       {CCE->getArgs(), CCE->getNumArgs()}, E);
  if (const auto *DS = dyn_cast_or_null<DeclStmt>(P))
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D);
          VD && designates(VD->getInit(), E))
        return VD->getType()->isReferenceType() &&
                       !VD->getType().getNonReferenceType().isConstQualified()
                   ? Use::Escape
                   : Use::Read;
  // A capture by reference, a return by reference, an unevaluated operand.
  return Use::Escape;
}

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
    if (!VD || !VD->hasLocalStorage() || VD->getType()->isReferenceType())
      return true;
    Use U = useOf(DRE, PM);
    // A change inside a lambda may run in the loop, wherever the lambda
    // was written.
    bool InLambda = DRE->refersToEnclosingVariableOrCapture();
    if (U == Use::Escape || (U == Use::Write && (InLoop || InLambda)) ||
        (U == Use::Advance && InLambda))
      Changeable.insert(VD);
    else
      Mentioned.insert(VD);
    if (U == Use::Advance && InLoop)
      AdvancedInLoop.insert(VD);
    return true;
  }

  const Stmt *Loop;
  const ParentMap &PM;
  bool InLoop = false;
  llvm::DenseSet<const VarDecl *> DeclaredInLoop, Changeable, AdvancedInLoop;
  llvm::SetVector<const VarDecl *> Mentioned;
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
  for (const VarDecl *VD : Finder.Mentioned) {
    if (Finder.Changeable.contains(VD) || Finder.DeclaredInLoop.contains(VD))
      continue;
    if (Finder.AdvancedInLoop.contains(VD))
      It->second.Advanced.push_back(VD);
    else
      It->second.Unchanged.push_back(VD);
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
  const LocationContext *LCtx = C.getLocationContext();
  ProgramStateRef State = C.getState();
  const LoopLocals &Locals = localsOf(Loop, LCtx);
  // Put back, not changed: the callbacks of the widening already ran.
  auto PutBack = [&](Loc Where, SVal Value) {
    if (Value != State->getSVal(Where))
      State = State->bindLoc(Where, Value, LCtx, /*notifyChanges=*/false);
  };
  // The value of \p VD before the widening, when the paths that widened
  // to this node agree on it.
  auto ValueBefore = [&](const VarDecl *VD, Loc Where) -> std::optional<SVal> {
    SVal Value = Before->getState()->getSVal(Where, VD->getType());
    if (llvm::any_of(Entered->preds(), [&](const ExplodedNode *Pred) {
          return Pred->getState()->getSVal(Where, VD->getType()) != Value;
        }))
      return std::nullopt;
    return Value;
  };
  for (const VarDecl *VD : Locals.Unchanged) {
    Loc Where = State->getLValue(VD, LCtx);
    if (std::optional<SVal> Value = ValueBefore(VD, Where))
      PutBack(Where, *Value);
  }
  // An advanced pointer is somewhere in the buffer it pointed into: the
  // same region, at an offset not known.
  SValBuilder &SVB = C.getSValBuilder();
  QualType IndexT = SVB.getArrayIndexType();
  for (const VarDecl *VD : Locals.Advanced) {
    QualType ElementT = VD->getType()->getPointeeType();
    Loc Where = State->getLValue(VD, LCtx);
    std::optional<SVal> Value = ValueBefore(VD, Where);
    const MemRegion *Pointee = Value ? Value->getAsRegion() : nullptr;
    if (!Pointee || Block->empty() || ElementT->isIncompleteType() ||
        ElementT->isFunctionType())
      continue;
    if (const auto *ER = dyn_cast<ElementRegion>(Pointee))
      Pointee = ER->getSuperRegion();
    std::optional<NonLoc> Offset =
        SVB.conjureSymbolVal(this, CFGBlock::ConstCFGElementRef(Block, 0),
                             LCtx, IndexT, C.blockCount())
            .getAs<NonLoc>();
    if (!Offset)
      continue;
    PutBack(Where, loc::MemRegionVal(SVB.getRegionManager().getElementRegion(
                       ElementT, *Offset, cast<SubRegion>(Pointee),
                       C.getASTContext())));
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
  const CFGBlock *Head = *Block->succ_begin();
  return C.getStateManager()
             .getOwningEngine()
             .getCoreEngine()
             .getWorkList()
             ->getBlockCounter()
             .getNumVisited(C.getStackFrame(), Head->getBlockID()) >=
         Options.maxBlockVisitOnPath;
}

} // namespace lifeguard::csa
