//===-- CheckerRegistration.h - adds lifeguard's checkers to a registry ---===//
//
// One registration for both ways in: the plugin's clang_registerCheckers
// (clang --analyze -Xclang -load) and the lifeguard command, which links the
// checkers and hands this function to its AnalysisASTConsumer.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_CHECKS_ANALYZER_CHECKERREGISTRATION_H
#define LIFEGUARD_CHECKS_ANALYZER_CHECKERREGISTRATION_H

namespace clang::ento {
class CheckerRegistry;
} // namespace clang::ento

namespace lifeguard::csa {

/// Adds every checker of Checkers.def as "lifeguard.<Name>", each depending
/// on the hidden modeling checkers (lifeguard.LifetimeModeling,
/// lifeguard.Budget), with its options.
void registerCheckers(clang::ento::CheckerRegistry &Registry);

} // namespace lifeguard::csa

#endif // LIFEGUARD_CHECKS_ANALYZER_CHECKERREGISTRATION_H
