//===-- FunctionSummary.cpp - What a call does to the handles it is given -===//

#include "FunctionSummary.h"
#include "LifetimeAnalysis.h"

using namespace clang;

namespace lifeguard {

namespace {

std::optional<unsigned> paramIndex(const FunctionDecl *FD, const VarDecl *VD) {
  for (unsigned I = 0; I < FD->getNumParams(); ++I)
    if (FD->getParamDecl(I) == VD)
      return I;
  return std::nullopt;
}

const FieldDecl *fieldOfPlace(Place P) {
  return P.Sub && P.Sub != elementsTag()
             ? static_cast<const FieldDecl *>(P.Sub)
             : nullptr;
}

/// The caller-visible meaning of a place in the callee, if it has one.
std::optional<SummaryTerm> termOf(const FunctionAnalysis &A, Place P) {
  const Storage &St = A.storage(P.Storage);
  const FunctionDecl *FD = A.function();
  SummaryTerm T{SummaryTerm::Static};
  switch (St.Kind) {
  case StorageKind::Param:
  case StorageKind::ParamContent: {
    std::optional<unsigned> I = paramIndex(FD, St.var());
    if (!I)
      return std::nullopt;
    T.K = St.Kind == StorageKind::Param ? SummaryTerm::Param
                                        : SummaryTerm::ParamContent;
    T.ParamIndex = *I;
    T.Field = St.Kind == StorageKind::Param ? fieldOfPlace(P) : nullptr;
    return T;
  }
  case StorageKind::This:
    T.K = SummaryTerm::This;
    T.Field = fieldOfPlace(P);
    return T;
  case StorageKind::ThisContent:
    T.K = SummaryTerm::ThisContent;
    T.Field = static_cast<const FieldDecl *>(St.Key);
    return T;
  case StorageKind::Static:
    T.Global = St.var();
    T.Field = fieldOfPlace(P);
    return T;
  default:
    return std::nullopt;
  }
}

bool sameTerm(const SummaryTerm &A, const SummaryTerm &B) {
  return A.K == B.K && A.ParamIndex == B.ParamIndex && A.Field == B.Field &&
         A.Global == B.Global;
}

/// True when Source is what Sink holds before the call: no flow at all.
bool isInitialContent(const SummaryTerm &Source, const SummaryTerm &Sink) {
  if (Sink.K == SummaryTerm::This)
    return Source.K == SummaryTerm::ThisContent && Source.Field == Sink.Field;
  if (Sink.K == SummaryTerm::Param)
    return Source.K == SummaryTerm::ParamContent &&
           Source.ParamIndex == Sink.ParamIndex;
  return false;
}

} // namespace

FunctionSummary FunctionSummary::fromAnalysis(const FunctionAnalysis &A) {
  FunctionSummary S;
  auto AddReturn = [&](const SummaryTerm &T) {
    if (llvm::none_of(S.Returns,
                      [&](const SummaryTerm &O) { return sameTerm(O, T); }))
      S.Returns.push_back(T);
  };
  for (const EscapeEvent &E : A.escapes()) {
    if (E.K != EscapeEvent::Return)
      continue;
    for (LoanID L : E.Value) {
      std::optional<SummaryTerm> T =
          L == UnknownLoan ? std::nullopt : termOf(A, A.loan(L).Target);
      if (T)
        AddReturn(*T);
      else
        S.ReturnsUnknown = true;
    }
  }

  for (const auto &[P, Content] : A.exitCells()) {
    std::optional<SummaryTerm> Sink = termOf(A, P);
    if (!Sink || Sink->K == SummaryTerm::ParamContent ||
        Sink->K == SummaryTerm::ThisContent)
      continue;
    for (LoanID L : Content) {
      if (L == UnknownLoan)
        continue;
      std::optional<SummaryTerm> Source = termOf(A, A.loan(L).Target);
      if (!Source || Source->K == SummaryTerm::Static ||
          isInitialContent(*Source, *Sink))
        continue;
      bool Known = llvm::any_of(S.Retains, [&](const Retain &R) {
        return sameTerm(R.Source, *Source) && sameTerm(R.Sink, *Sink);
      });
      if (!Known)
        S.Retains.push_back({*Source, *Sink});
    }
  }
  return S;
}

} // namespace lifeguard
