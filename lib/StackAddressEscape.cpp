//===-- StackAddressEscape.cpp - Handles to the frame that outlive it -----===//

#include "StackAddressEscape.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace lifeguard {

namespace {

/// How the handle behind loan \p L was made, read off the expression that
/// made it: `&x`, `[&x]`, `x.data()`, or a reference bound to `x`.
HandleOrigin originOf(const FunctionAnalysis &A, LoanID L) {
  const Loan &Ln = A.loan(L);
  if (Ln.Target.Sub == elementsTag())
    return HandleOrigin::Element;
  const Stmt *Child = Ln.Issue;
  const Stmt *Parent = A.parents().getParent(Child);
  // Look through the parts of an lvalue: `&x.f`, `&x[i]`, `&(x)`.
  while (Parent && (isa<ParenExpr, ImplicitCastExpr, MemberExpr>(Parent) ||
                    (isa<ArraySubscriptExpr>(Parent) &&
                     cast<ArraySubscriptExpr>(Parent)->getBase() == Child))) {
    Child = Parent;
    Parent = A.parents().getParent(Parent);
  }
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(Parent);
      UO && UO->getOpcode() == UO_AddrOf)
    return HandleOrigin::AddressOf;
  if (isa_and_nonnull<LambdaExpr>(Parent))
    return HandleOrigin::Capture;
  return HandleOrigin::Reference;
}

SourceLocation escapeLocation(const Stmt *Where) {
  if (const auto *RS = dyn_cast<ReturnStmt>(Where))
    if (const Expr *RV = RS->getRetValue())
      return RV->getBeginLoc();
  return Where->getBeginLoc();
}

/// Classifies the place a Store event wrote; false for places that are not
/// known to outlive the frame.
bool classifySink(const FunctionAnalysis &A, Place P, StackEscape::SinkKind &K,
                  const NamedDecl *&D) {
  const Storage &St = A.storage(P.Storage);
  switch (St.Kind) {
  case StorageKind::Static:
    K = St.var()->isStaticLocal() ? StackEscape::StaticLocal
                                  : StackEscape::Global;
    D = St.var();
    return true;
  case StorageKind::Param:
  case StorageKind::ParamContent:
    K = StackEscape::Parameter;
    D = St.var();
    return true;
  case StorageKind::This:
    K = StackEscape::Member;
    D = P.Sub && P.Sub != elementsTag() ? static_cast<const FieldDecl *>(P.Sub)
                                        : nullptr;
    return true;
  case StorageKind::ThisContent:
    K = StackEscape::Member;
    D = static_cast<const FieldDecl *>(St.Key);
    return true;
  default:
    return false;
  }
}

} // namespace

std::vector<StackEscape> findStackEscapes(const FunctionAnalysis &A) {
  std::vector<StackEscape> Result;
  llvm::DenseSet<std::pair<const Stmt *, const VarDecl *>> Reported;
  for (const EscapeEvent &E : A.escapes()) {
    // Only a handle whose every possible target is in this frame: one that
    // may also be null or point elsewhere is left alone.
    bool AllLocal = !E.Value.empty();
    for (LoanID L : E.Value)
      AllLocal = AllLocal && A.isFrameLocal(L);
    if (!AllLocal)
      continue;
    StackEscape::SinkKind Sink = StackEscape::Return;
    const NamedDecl *SinkDecl = nullptr;
    LoanSet Escaping = E.Value;
    switch (E.K) {
    case EscapeEvent::Return:
      break;
    case EscapeEvent::Detach:
      Sink = StackEscape::Thread;
      break;
    case EscapeEvent::Store:
      if (!classifySink(A, E.Target, Sink, SinkDecl))
        continue;
      // A handle removed again before the function returns (the container
      // cleared, the member reset) did not escape.
      Escaping &= A.contentAtExit(E.Target);
      break;
    }
    for (LoanID L : Escaping) {
      const VarDecl *Local = A.storageOf(L).var();
      if (!Reported.insert({E.Where, Local}).second)
        continue;
      Result.push_back({Sink, escapeLocation(E.Where), Local,
                        A.loan(L).Issue->getExprLoc(), originOf(A, L),
                        SinkDecl});
    }
  }
  return Result;
}

} // namespace lifeguard
