//===-- HandleUses.cpp - Where a handle is used, for the reporting checkers ===//

#include "HandleUses.h"
#include "LifetimeModel.h"

using namespace clang;
using namespace clang::ento;

namespace lifeguard::csa {

namespace {

/// True when \p S names the variable \p R is the region of (`x`, `x.f`,
/// `x[i]` of an array): the language keeps such a use inside the scope.
bool namesVariable(const Stmt *S, const MemRegion *R) {
  const auto *VR = dyn_cast<VarRegion>(R->getBaseRegion());
  const auto *E = dyn_cast_or_null<Expr>(S);
  if (!VR || !E)
    return false;
  while (true) {
    E = E->IgnoreParenImpCasts();
    if (const auto *ME = dyn_cast<MemberExpr>(E); ME && !ME->isArrow())
      E = ME->getBase();
    else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E);
             AS && AS->getBase()->IgnoreParenImpCasts()->getType()->isArrayType())
      E = AS->getBase();
    else
      break;
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  return DRE && DRE->getDecl() == VR->getDecl();
}

/// The expression holding the handle that \p S accesses through: `p` of
/// `*p`, `p->f`, `p[i]`; the reference variable itself otherwise.
const Expr *handleOf(const Stmt *S) {
  const auto *E = dyn_cast_or_null<Expr>(S);
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_Deref)
      return UO->getSubExpr();
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
      return AS->getBase();
    const auto *ME = dyn_cast<MemberExpr>(E);
    if (!ME)
      return E;
    if (ME->isArrow())
      return ME->getBase();
    E = ME->getBase();
  }
  return nullptr;
}

} // namespace

void visitLocationUse(SVal Loc, const Stmt *S, UseVisitor Visit) {
  const MemRegion *R = Loc.getAsRegion();
  if (!R || namesVariable(S, R))
    return;
  Visit(R, S, handleOf(S));
}

void visitCallUses(const CallEvent &Call, UseVisitor Visit) {
  const Expr *Origin = dyn_cast_or_null<Expr>(Call.getOriginExpr());
  if (!Origin || isa<CXXDestructorCall>(Call))
    return; // implicit destructors run where their object ends
  if (const auto *IC = dyn_cast<CXXInstanceCall>(&Call))
    if (const MemRegion *R = IC->getCXXThisVal().getAsRegion())
      if (!namesVariable(IC->getCXXThisExpr(), R) &&
          Visit(R, Origin, IC->getCXXThisExpr()))
        return;
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  if (!FD)
    return;
  bool CLibrary = LifetimeModel::accessesPointerArguments(FD);
  bool Std = LifetimeModel::isStd(FD) &&
             !llvm::is_contained({StdFunction::Forward, StdFunction::Wrap},
                                 LifetimeModel::stdFunction(FD));
  if (!CLibrary && !Std)
    return;
  for (unsigned I = 0, N = Call.getNumArgs(); I != N; ++I) {
    const Expr *Arg = Call.getArgExpr(I);
    QualType ParamT = I < FD->getNumParams()
                          ? FD->getParamDecl(I)->getType()
                          : Arg->getType();
    bool Reads = CLibrary ? Arg->getType()->isPointerType()
                          : ParamT->isReferenceType() ||
                                LifetimeModel::readsCString(FD, ParamT);
    const MemRegion *R = Call.getArgSVal(I).getAsRegion();
    if (Reads && R && !namesVariable(Arg, R) && Visit(R, Origin, Arg))
      return;
  }
}

} // namespace lifeguard::csa
