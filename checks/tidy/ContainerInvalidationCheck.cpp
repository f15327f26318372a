//===-- ContainerInvalidationCheck.cpp - lifeguard-container-invalidation -===//

#include "ContainerInvalidationCheck.h"
#include "ContainerInvalidation.h"
#include "clang/AST/StmtCXX.h"

using ::lifeguard::InvalidationFinding;

namespace clang::tidy::lifeguard {

ContainerInvalidationCheck::ContainerInvalidationCheck(
    StringRef Name, ClangTidyContext *Context)
    : LifetimeCheckBase(Name, Context) {
  using ::lifeguard::ExpectedClassName;
  qualifiedNamesOption("VectorLikeContainers", User.Containers.VectorLike,
                       ExpectedClassName);
  qualifiedNamesOption("NodeLikeContainers", User.Containers.NodeLike,
                       ExpectedClassName);
}

void ContainerInvalidationCheck::reportFunction(
    const ::lifeguard::FunctionAnalysis &A) {
  ::lifeguard::LifetimeModel &Model =
      engine(A.function()->getASTContext()).model();
  for (const InvalidationFinding &F :
       ::lifeguard::findInvalidatedUses(A, Model)) {
    std::string Container =
        F.Container.empty() ? "the container" : "'" + F.Container + "'";
    std::string Callee =
        F.Callee ? "'" + F.Callee->getNameAsString() + "'" : "a call";
    if (F.Loop) {
      diag(F.Call->getBeginLoc(), "%0 invalidates the iterator of the "
                                  "range-for loop over %1 that runs it")
          << Callee << Container;
      diag(F.Loop->getColonLoc(), "the loop over %0 continues with its "
                                  "invalidated iterator here",
           DiagnosticIDs::Note)
          << Container;
      continue;
    }
    std::string Handle =
        !F.Handle              ? "the handle"
        : F.Handle->isImplicit() ? "the iterator of the range-for loop"
                                 : "'" + F.Handle->getName().str() + "'";
    diag(F.Where, "%0 points into %1, whose %2 by %3")
        << Handle << Container << ::lifeguard::describeCause(F.How) << Callee;
    if (F.Obtained.isValid()) {
      QualType T = F.Handle ? F.Handle->getType() : QualType();
      unsigned Kind = T.isNull() || T->isPointerType() ? 0
                      : T->isReferenceType()           ? 1
                      : Model.isIterator(T)            ? 2
                                                       : 3;
      diag(F.Obtained, "%select{pointer to an element of %1 obtained|"
                       "reference to an element of %1 bound|iterator into %1 "
                       "obtained|view of %1 made}0 here",
           DiagnosticIDs::Note)
          << Kind << Container;
    }
    diag(F.Call->getBeginLoc(), "%0 %1 here", DiagnosticIDs::Note)
        << Container << ::lifeguard::describeCauseBriefly(F.How);
  }
}

} // namespace clang::tidy::lifeguard
