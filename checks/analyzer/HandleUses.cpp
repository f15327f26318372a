//===-- HandleUses.cpp - Where a handle is used, for the reporting checkers ===//

#include "HandleUses.h"
#include "ContainerContents.h"
#include "LifetimeModel.h"
#include "LifetimeModeling.h"

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

/// What the view \p View of type \p T (its object, or a copy of it) points
/// into: the region its pointer member holds.
const MemRegion *viewedRegion(const ProgramStateRef &State, SVal View,
                              QualType T) {
  const MemRegion *Object = View.getAsRegion();
  if (auto Copy = View.getAs<nonloc::LazyCompoundVal>())
    Object = Copy->getRegion();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!Object || !RD || !RD->hasDefinition())
    return nullptr;
  for (const FieldDecl *F : RD->fields())
    if (F->getType()->isPointerType()) {
      auto Field =
          State->getLValue(F, loc::MemRegionVal(Object)).getAs<Loc>();
      return Field ? State->getSVal(*Field).getAsRegion() : nullptr;
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

void visitCallUses(const CallEvent &Call, CheckerContext &C, UseVisitor Visit) {
  ProgramStateRef State = C.getState();
  LifetimeModel &Model = lifetimeModel(C);
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
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  // A callable read out of a container whose contents are known (a queue
  // of callbacks run later): calling it uses what it captured, which is
  // one of the objects the container's callables captured.
  if (const auto *IC = dyn_cast<CXXInstanceCall>(&Call);
      IC && MD && MD->getOverloadedOperator() == OO_Call)
    if (std::optional<InnerHandleInfo> Element =
            innerOwnerOf(State, IC->getCXXThisVal()))
      if (auto Captured = storedPointees(State, Element->Owner);
          Captured && !Captured->empty() &&
          llvm::all_of(*Captured,
                       [&](const MemRegion *R) {
                         return endingOf(C, R, Origin).has_value();
                       }) &&
          Visit(Captured->front(), Origin, IC->getCXXThisExpr()))
        return;
  // A view handed over by value, except to the view's own copy and
  // assignment and to what passes it on (std::forward, std::swap).
  bool CopiesView = isa<CXXConstructorDecl>(FD)
                        ? cast<CXXConstructorDecl>(FD)->isCopyOrMoveConstructor()
                        : MD && (MD->isCopyAssignmentOperator() ||
                                 MD->isMoveAssignmentOperator());
  // An iterator advanced or read through (`++It`, `It->X`, `*It`, the
  // operators a range-for calls), a view read through (`Sv.find(' ')`,
  // `Sv[0]`): where it points, not the variable.
  QualType ObjectT =
      MD ? MD->getFunctionObjectParameterType().getUnqualifiedType()
         : QualType();
  if (const auto *IC = dyn_cast<CXXInstanceCall>(&Call);
      IC && MD && !CopiesView && !isa<CXXConstructorDecl>(MD) &&
      (Model.isIterator(ObjectT) ||
       (Model.classKind(ObjectT) == ClassKind::View &&
        LifetimeModel::readsThroughView(MD))))
    if (const MemRegion *Viewed =
            viewedRegion(State, IC->getCXXThisVal(), ObjectT))
      if (Visit(Viewed, Origin, IC->getCXXThisExpr()))
        return;
  StdFunction Kind = LifetimeModel::stdFunction(FD);
  bool PassesOn = llvm::is_contained({StdFunction::Forward, StdFunction::Wrap,
                                      StdFunction::Swap, StdFunction::Exchange},
                                     Kind);
  for (unsigned I = 0, N = std::min(Call.getNumArgs(), FD->getNumParams());
       I != N && !CopiesView && !PassesOn; ++I) {
    QualType ParamT = FD->getParamDecl(I)->getType();
    if (Model.classKind(ParamT) != ClassKind::View)
      continue;
    // The view copied (`label` of `f(label)`) holds the handle.
    const Expr *Arg = Call.getArgExpr(I)->IgnoreImplicit();
    if (const auto *Copy = dyn_cast<CXXConstructExpr>(Arg);
        Copy && Copy->getNumArgs() == 1)
      Arg = Copy->getArg(0)->IgnoreImplicit();
    if (const MemRegion *Viewed =
            viewedRegion(State, Call.getArgSVal(I), ParamT))
      if (Visit(Viewed, Origin, Arg))
        return;
  }
  bool CLibrary = LifetimeModel::accessesPointerArguments(FD);
  bool Std = LifetimeModel::isStd(FD) &&
             !llvm::is_contained({StdFunction::Forward, StdFunction::Wrap},
                                 Kind);
  if (!CLibrary && !Std)
    return;
  bool EmplacesString = MD && LifetimeModel::emplacesString(MD);
  for (unsigned I = 0, N = Call.getNumArgs(); I != N; ++I) {
    const Expr *Arg = Call.getArgExpr(I);
    QualType ParamT = I < FD->getNumParams()
                          ? FD->getParamDecl(I)->getType()
                          : Arg->getType();
    // (The C string a forwarding reference hands to the string made.)
    if (EmplacesString && ParamT->isReferenceType() &&
        LifetimeModel::readsCString(FD, ParamT.getNonReferenceType()))
      if (auto Held = Call.getArgSVal(I).getAs<Loc>())
        if (const MemRegion *R = State->getSVal(*Held).getAsRegion();
            R && Visit(R, Origin, Arg))
          return;
    // (A `void *` given to a variadic C function is a pointer's value
    // printed or passed along, `printf("%p", (void *)p)`: not a read.)
    bool Reads = CLibrary ? Arg->getType()->isPointerType() &&
                                !(I >= FD->getNumParams() &&
                                  Arg->getType()->isVoidPointerType())
                          : ParamT->isReferenceType() ||
                                LifetimeModel::readsCString(FD, ParamT);
    const MemRegion *R = Call.getArgSVal(I).getAsRegion();
    if (Reads && R && !namesVariable(Arg, R) && Visit(R, Origin, Arg))
      return;
  }
}

} // namespace lifeguard::csa
