//===-- DanglingCheck.h - lifeguard-dangling ------------------------------===//

#ifndef LIFEGUARD_CHECKS_DANGLINGCHECK_H
#define LIFEGUARD_CHECKS_DANGLINGCHECK_H

#include "LifetimeCheckBase.h"

namespace clang::tidy::lifeguard {

/// Finds pointers, references and views used after the object they refer to
/// has ended, variables bound to temporaries that die at once, and copies
/// that leave two owners of one allocation.
///
/// For the user-facing documentation see: docs/checks/dangling.rst
class DanglingCheck : public LifetimeCheckBase {
public:
  using LifetimeCheckBase::LifetimeCheckBase;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

protected:
  void reportFunction(const ::lifeguard::FunctionAnalysis &A) override;

private:
  /// Reports \p Copy, made by \p Copier, when it leaves two owners of one
  /// allocation.
  void reportCopy(const Expr *Copy, const CXXMethodDecl *Copier,
                  ASTContext &Context);
};

} // namespace clang::tidy::lifeguard

#endif // LIFEGUARD_CHECKS_DANGLINGCHECK_H
