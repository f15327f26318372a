//===-- StackAddressEscape.cpp - Handles to the frame that outlive it -----===//

#include "StackAddressEscape.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace lifeguard {

namespace {

/// The local object a return statement returns as the function's own
/// result object (by value, of the same type: moved or elided), if it does.
const VarDecl *returnedLocal(const FunctionAnalysis &A, const EscapeEvent &E) {
  QualType Ret = A.function()->getReturnType();
  const auto *RS = dyn_cast<ReturnStmt>(E.Where);
  const Expr *RV = RS && E.K == EscapeEvent::Return ? RS->getRetValue() : nullptr;
  if (!RV)
    return nullptr;
  RV = RV->IgnoreImplicit();
  if (const auto *CE = dyn_cast<CXXConstructExpr>(RV); CE && CE->getNumArgs() == 1)
    RV = CE->getArg(0)->IgnoreImplicit();
  const auto *DRE = dyn_cast<DeclRefExpr>(RV);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->hasLocalStorage() || Ret->isReferenceType() ||
      !VD->getType()->isRecordType() ||
      VD->getType().getCanonicalType().getUnqualifiedType() !=
          Ret.getCanonicalType().getUnqualifiedType())
    return nullptr;
  return VD;
}

SourceLocation escapeLocation(const Stmt *Where) {
  if (const auto *RS = dyn_cast<ReturnStmt>(Where))
    if (const Expr *RV = RS->getRetValue())
      return RV->getBeginLoc();
  return Where->getBeginLoc();
}

} // namespace

bool classifySink(const FunctionAnalysis &A, Place P, StackEscape::SinkKind &K,
                  const NamedDecl *&D) {
  const Storage &St = A.storage(P.Storage);
  switch (St.Kind) {
  case StorageKind::Static:
  case StorageKind::StaticContent:
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
  case StorageKind::ThisContent: {
    const FieldDecl *F = St.Kind == StorageKind::This
                             ? fieldOfSub(P.Sub)
                             : static_cast<const FieldDecl *>(St.Key);
    K = StackEscape::Member;
    D = F;
    // In a lambda, a member is a capture: named by the variable captured,
    // and a parameter's is that parameter's.
    if (const auto *Closure =
            F ? dyn_cast<CXXRecordDecl>(F->getParent()) : nullptr;
        Closure && Closure->isLambda()) {
      llvm::DenseMap<const ValueDecl *, FieldDecl *> Captures;
      FieldDecl *ThisCapture = nullptr;
      Closure->getCaptureFields(Captures, ThisCapture);
      for (const auto &[Captured, Field] : Captures)
        if (Field == F) {
          D = Captured;
          if (isa<ParmVarDecl>(Captured))
            K = StackEscape::Parameter;
        }
    }
    return true;
  }
  default:
    return false;
  }
}

std::vector<StackEscape> findStackEscapes(const FunctionAnalysis &A) {
  std::vector<StackEscape> Result;
  llvm::DenseSet<std::pair<const Stmt *, const VarDecl *>> Reported;
  for (const EscapeEvent &E : A.escapes()) {
    // Only a handle whose every possible target is in this frame: one that
    // may also be null or point elsewhere is left alone.
    auto AllLocal = [&](const LoanSet &Loans) {
      bool Result = !Loans.empty();
      for (LoanID L : Loans)
        Result = Result && A.isFrameLocal(L);
      return Result;
    };
    // Stored or returned directly, or held by a heap object the stored or
    // returned pointer makes reachable (`return new Node{&local};`).
    LoanSet Value = E.Value;
    // `return r;` hands r itself over (moved or elided): handles into r's
    // members and buffers go with it.
    if (const VarDecl *Returned = returnedLocal(A, E))
      for (LoanID L : E.Value)
        if (A.isFrameLocal(L) && A.storageOf(L).var() == Returned)
          Value.reset(L);
    bool ViaHeap = E.K != EscapeEvent::Detach && !AllLocal(Value) &&
                   AllLocal(E.Reachable);
    LoanSet Escaping = ViaHeap ? E.Reachable : Value;
    if (E.Aggregate) {
      // Each handle of an aggregate is on its own: `[&] { use(x); f(); }`
      // holds x whatever else it captures, `Header{"name", local}` views
      // local whatever its other field views.
      LoanSet Locals;
      for (LoanID L : Value)
        if (A.isFrameLocal(L))
          Locals.set(L);
      Escaping = Locals;
    } else if (!AllLocal(Value) && !ViaHeap) {
      continue;
    }
    if (Escaping.empty())
      continue;
    StackEscape::SinkKind Sink = StackEscape::Return;
    const NamedDecl *SinkDecl = nullptr;
    switch (E.K) {
    case EscapeEvent::Return:
      break;
    case EscapeEvent::Detach:
      Sink = StackEscape::Thread;
      break;
    case EscapeEvent::Store:
      // main's locals live until the program exits (static destruction
      // and std::exit are taken not to read them).
      if (!classifySink(A, E.Target, Sink, SinkDecl) ||
          ((Sink == StackEscape::Global || Sink == StackEscape::StaticLocal) &&
           A.function() && A.function()->isMain()))
        continue;
      // A handle removed again before the function returns (the container
      // cleared, the member reset), on some path, did not escape on that
      // path.
      if (ViaHeap) {
        if (!A.keptAtExit(E.Target).intersects(E.Value))
          continue;
      } else {
        Escaping &= A.keptAtExit(E.Target);
      }
      break;
    }
    for (LoanID L : Escaping) {
      const VarDecl *Local = A.storageOf(L).var();
      if (!Reported.insert({E.Where, Local}).second)
        continue;
      Result.push_back({Sink, escapeLocation(E.Where), Local,
                        A.issueLocation(L), A.originOf(L),
                        SinkDecl});
    }
  }
  return Result;
}

} // namespace lifeguard
