//===-- StackAddressEscapeCheck.h - lifeguard-stack-address-escape --------===//

#ifndef LIFEGUARD_CHECKS_STACKADDRESSESCAPECHECK_H
#define LIFEGUARD_CHECKS_STACKADDRESSESCAPECHECK_H

#include "LifetimeCheckBase.h"

namespace clang::tidy::lifeguard {

/// Finds the address of a local variable (or a view, iterator or by-reference
/// capture of it) reaching a place that outlives the function's frame.
///
/// For the user-facing documentation see:
/// docs/checks/stack-address-escape.rst
class StackAddressEscapeCheck : public LifetimeCheckBase {
public:
  using LifetimeCheckBase::LifetimeCheckBase;

protected:
  void reportFunction(const ::lifeguard::FunctionAnalysis &A) override;
};

} // namespace clang::tidy::lifeguard

#endif // LIFEGUARD_CHECKS_STACKADDRESSESCAPECHECK_H
