//===-- PoolMisuseCheck.h - lifeguard-pool-misuse -------------------------===//

#ifndef LIFEGUARD_CHECKS_POOLMISUSECHECK_H
#define LIFEGUARD_CHECKS_POOLMISUSECHECK_H

#include "LifetimeCheckBase.h"

namespace clang::tidy::lifeguard {

/// Finds objects used after they went back to the pool that handed them
/// out, released twice, or released to a pool that never handed them out,
/// and std::pmr container members that outlive their memory resource member.
///
/// For the user-facing documentation see: docs/checks/pool-misuse.rst
class PoolMisuseCheck : public LifetimeCheckBase {
public:
  PoolMisuseCheck(StringRef Name, ClangTidyContext *Context);

  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;

protected:
  void reportFunction(const ::lifeguard::FunctionAnalysis &A) override;
};

} // namespace clang::tidy::lifeguard

#endif // LIFEGUARD_CHECKS_POOLMISUSECHECK_H
