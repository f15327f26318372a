//===-- FunctionSummary.cpp - What a call does to the handles it is given -===//

#include "FunctionSummary.h"
#include "LifetimeAnalysis.h"
#include "clang/Analysis/Analyses/LifetimeSafety/LifetimeAnnotations.h"

using namespace clang;

namespace lifeguard {

namespace {

std::optional<unsigned> paramIndex(const FunctionDecl *FD, const VarDecl *VD) {
  for (unsigned I = 0; I < FD->getNumParams(); ++I)
    if (FD->getParamDecl(I) == VD)
      return I;
  return std::nullopt;
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
    T.Field = St.Kind == StorageKind::Param ? fieldOfSub(P.Sub) : nullptr;
    T.Elements = St.Kind == StorageKind::Param && isElements(P.Sub);
    T.Depth = St.Depth;
    return T;
  }
  case StorageKind::This:
    T.K = SummaryTerm::This;
    T.Field = fieldOfSub(P.Sub);
    T.Elements = isElements(P.Sub);
    return T;
  case StorageKind::ThisContent:
    T.K = SummaryTerm::ThisContent;
    T.Field = static_cast<const FieldDecl *>(St.Key);
    return T;
  case StorageKind::Static:
    T.Global = St.var();
    T.Field = fieldOfSub(P.Sub);
    T.Elements = isElements(P.Sub);
    return T;
  case StorageKind::StaticContent:
    T.K = SummaryTerm::StaticContent;
    T.Global = St.var();
    T.Depth = St.Depth;
    return T;
  case StorageKind::Null:
    T.K = SummaryTerm::Null;
    return T;
  case StorageKind::Heap:
    if (St.Stale)
      return std::nullopt;
    T.K = SummaryTerm::Fresh;
    return T;
  default:
    return std::nullopt;
  }
}

/// The caller-visible meaning of what loan \p L designates, if it has one:
/// the place's, and for what a parameter's referent holds, the member it
/// was read from.
std::optional<SummaryTerm> termOfLoan(const FunctionAnalysis &A, LoanID L) {
  if (L == UnknownLoan)
    return std::nullopt;
  std::optional<SummaryTerm> T = termOf(A, A.loan(L).Target);
  if (T && T->K == SummaryTerm::ParamContent)
    T->Field = A.loan(L).ReadFrom;
  return T;
}

/// True when Source is what Sink holds before the call: no flow at all.
bool isInitialContent(const SummaryTerm &Source, const SummaryTerm &Sink) {
  switch (Sink.K) {
  case SummaryTerm::This:
    return Source.K == SummaryTerm::ThisContent && Source.Field == Sink.Field;
  case SummaryTerm::Param:
    // (Only what one member held, put into another, has flowed.)
    return Source.K == SummaryTerm::ParamContent &&
           Source.ParamIndex == Sink.ParamIndex && Source.Depth == 0 &&
           (!Source.Field || !Sink.Field || Source.Field == Sink.Field);
  case SummaryTerm::ParamContent:
    return Source.K == SummaryTerm::ParamContent &&
           Source.ParamIndex == Sink.ParamIndex &&
           Source.Depth == Sink.Depth + 1;
  case SummaryTerm::Static:
    return Source.K == SummaryTerm::StaticContent &&
           Source.Global == Sink.Global && Source.Depth == 0;
  case SummaryTerm::StaticContent:
    return Source.K == SummaryTerm::StaticContent &&
           Source.Global == Sink.Global && Source.Depth == Sink.Depth + 1;
  default:
    return false;
  }
}

} // namespace

FunctionSummary FunctionSummary::fromAnalysis(const FunctionAnalysis &A) {
  FunctionSummary S;
  auto AddReturn = [&](const SummaryTerm &T) {
    if (llvm::none_of(S.Returns,
                      [&](const SummaryTerm &O) { return O == T; }))
      S.Returns.push_back(T);
  };
  for (const EscapeEvent &E : A.escapes()) {
    if (E.K == EscapeEvent::Detach)
      for (LoanID L : E.Value)
        if (std::optional<SummaryTerm> T = termOfLoan(A, L);
            T && T->K != SummaryTerm::Fresh && T->K != SummaryTerm::Null &&
            llvm::find(S.Detaches, *T) == S.Detaches.end())
          S.Detaches.push_back(*T);
    if (E.K != EscapeEvent::Return)
      continue;
    for (LoanID L : E.Value) {
      std::optional<SummaryTerm> T = termOfLoan(A, L);
      if (T)
        AddReturn(*T);
      else
        S.ReturnsUnknown = true;
    }
  }

  for (const auto *Cell : inStableOrder(A.exitCells())) {
    const auto &[P, Content] = *Cell;
    std::optional<SummaryTerm> Sink = termOf(A, P);
    if (!Sink || Sink->K == SummaryTerm::Null || Sink->K == SummaryTerm::Fresh)
      continue;
    bool KeepsInitial = false;
    bool Untranslatable = false;
    for (LoanID L : Content) {
      std::optional<SummaryTerm> Source = termOfLoan(A, L);
      if (!Source) {
        Untranslatable = true;
        continue;
      }
      if (isInitialContent(*Source, *Sink)) {
        KeepsInitial = true;
        continue;
      }
      bool Known = llvm::any_of(S.Retains, [&](const Retain &R) {
        return R.Source == *Source && R.Sink == *Sink;
      });
      if (!Known)
        S.Retains.push_back({*Source, *Sink});
    }
    if (!KeepsInitial)
      S.Overwrites.push_back({*Sink, Untranslatable});
  }
  for (const auto *Cell : inStableOrder(A.exitRemoved())) {
    const auto &[P, Removed] = *Cell;
    std::optional<SummaryTerm> Sink = termOf(A, P);
    if (!Sink || llvm::any_of(S.Overwrites, [&](const Overwrite &O) {
          return O.Sink == *Sink;
        }))
      continue;
    for (LoanID L : Removed) {
      std::optional<SummaryTerm> Source = termOfLoan(A, L);
      if (Source && isInitialContent(*Source, *Sink)) {
        S.MayEmpty.push_back(*Sink);
        break;
      }
    }
  }
  // A parameter passed by value as an object is the callee's own copy:
  // what that copy frees is not the caller's (a shallow copy that shares it
  // is the two-owners bug, reported where the copy is made).
  auto OwnCopy = [&](const SummaryTerm &T) {
    if (T.K != SummaryTerm::Param && T.K != SummaryTerm::ParamContent)
      return false;
    QualType PT = A.function()->getParamDecl(T.ParamIndex)->getType();
    return PT->isRecordType() && !lifetimes::isGslPointerType(PT);
  };
  auto AddFrees = [&](const llvm::DenseMap<StorageID, Death> &Dead,
                      llvm::SmallVectorImpl<Free> &Out) {
    for (const auto &Entry : Dead)
      if (std::optional<SummaryTerm> T = termOf(A, Place{Entry.first, nullptr});
          T && T->K != SummaryTerm::Static && T->K != SummaryTerm::Fresh &&
          !A.storage(Entry.first).Stale && !OwnCopy(*T))
        Out.push_back({*T, Entry.second.Where,
                       Entry.second.K == Death::ReturnedToPool});
  };
  AddFrees(A.deadAtExit(), S.Frees);
  AddFrees(A.mayBeDeadAtExit(), S.MayFrees);
  for (const auto *Moved : inStableOrder(A.movedAtExit()))
    if (std::optional<SummaryTerm> T = termOf(A, Moved->first);
        T && T->Elements && !OwnCopy(*T))
      S.Moves.push_back({*T,
                         Moved->second.D.Cause ? Moved->second.D.Cause
                                               : Moved->second.D.Where,
                         /*ToPool=*/false, Moved->second.How});
  // (A release() leaves what the resource handed out in a dead buffer
  // moved from the resource.)
  for (const auto &[ID, D] : A.deadAtExit()) {
    if (A.storage(ID).Kind != StorageKind::MovedBuffer ||
        D.K != Death::ReturnedToPool)
      continue;
    Place Resource = A.movedFrom(ID);
    const ValueDecl *Decl =
        declarationOf(A.storage(Resource.Storage), Resource);
    if (!Decl || !LifetimeModel::isMemoryResource(Decl->getType()))
      continue;
    if (std::optional<SummaryTerm> T = termOf(A, Resource);
        T && T->K != SummaryTerm::Static && T->K != SummaryTerm::Fresh &&
        !OwnCopy(*T))
      S.ResourceReleases.push_back({*T, D.Where, /*ToPool=*/true});
  }
  for (Place Reserved : placesInStableOrder(A.reservedAtExit()))
    if (std::optional<SummaryTerm> T = termOf(A, Reserved);
        T && T->Elements && !OwnCopy(*T) &&
        llvm::find(S.Reserves, *T) == S.Reserves.end())
      S.Reserves.push_back(*T);
  for (StorageID Read : A.readThrough())
    if (std::optional<SummaryTerm> T = termOf(A, Place{Read, nullptr});
        T && T->K != SummaryTerm::Static && T->K != SummaryTerm::Fresh &&
        llvm::find(S.Reads, *T) == S.Reads.end())
      S.Reads.push_back(*T);
  return S;
}

} // namespace lifeguard
