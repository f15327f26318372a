//===-- ContainerInvalidationCheck.h - lifeguard-container-invalidation ---===//

#ifndef LIFEGUARD_CHECKS_CONTAINERINVALIDATIONCHECK_H
#define LIFEGUARD_CHECKS_CONTAINERINVALIDATIONCHECK_H

#include "LifetimeCheckBase.h"

namespace clang::tidy::lifeguard {

/// Finds pointers, references, iterators and views into a container's
/// elements used after a call invalidated them by the standard's rules.
///
/// For the user-facing documentation see:
/// docs/checks/container-invalidation.rst
class ContainerInvalidationCheck : public LifetimeCheckBase {
public:
  ContainerInvalidationCheck(StringRef Name, ClangTidyContext *Context);

protected:
  void reportFunction(const ::lifeguard::FunctionAnalysis &A) override;
};

} // namespace clang::tidy::lifeguard

#endif // LIFEGUARD_CHECKS_CONTAINERINVALIDATIONCHECK_H
