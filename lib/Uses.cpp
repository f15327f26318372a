//===-- Uses.cpp - How an expression that names a variable uses it -------===//

#include "Uses.h"
#include "clang/AST/DynamicRecursiveASTVisitor.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace lifeguard {

namespace {

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

} // namespace

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
    case CK_ArrayToPointerDecay:
      // An element of the array: as the element is used (`a[i]`, read).
      if (const auto *ASE = dyn_cast_or_null<ArraySubscriptExpr>(
              PM.getParentIgnoreParens(ICE));
          ASE && designates(ASE->getBase(), ICE))
        return useOf(ASE, PM);
      return Use::Escape;
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
  // A pointer local, or a pointer member of a record local.
  bool PointerLocal =
      isa<DeclRefExpr, MemberExpr>(E) && E->getType()->isPointerType();
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


bool mayChange(const VarDecl *VD, const Stmt *Scope, const ParentMap &PM) {
  struct Finder : ConstDynamicRecursiveASTVisitor {
    Finder(const VarDecl *VD, const ParentMap &PM) : VD(VD), PM(PM) {
      ShouldVisitImplicitCode = true;
    }
    bool VisitDeclRefExpr(const DeclRefExpr *DRE) override {
      Changed = DRE->getDecl() == VD && useOf(DRE, PM) != Use::Read;
      return !Changed;
    }
    const VarDecl *VD;
    const ParentMap &PM;
    bool Changed = false;
  } Mentions(VD, PM);
  Mentions.TraverseStmt(Scope);
  return Mentions.Changed;
}

} // namespace lifeguard
