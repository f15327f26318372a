//===-- HandleUses.h - Where a handle is used, for the reporting checkers -===//
//
// What counts as a use of the object a handle refers to, shared by the
// checkers that report uses (lifeguard.Dangling,
// lifeguard.ContainerInvalidation): an access through a pointer, reference
// or member (checkLocation), a member call on the object, and the arguments
// the C library reads through and the standard library reads by reference.
// Each checker then asks lifeguard.LifetimeModeling whether the object has
// ended, and words its own report.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_CHECKS_ANALYZER_HANDLEUSES_H
#define LIFEGUARD_CHECKS_ANALYZER_HANDLEUSES_H

#include "clang/StaticAnalyzer/Core/PathSensitive/CallEvent.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace lifeguard::csa {

/// Called with the region used, the statement that uses it and the
/// expression that holds the handle (`p` of `*p`); returns true when it
/// reported, which ends the search for more uses at this point.
using UseVisitor = llvm::function_ref<bool(
    const clang::ento::MemRegion *R, const clang::Stmt *S,
    const clang::Expr *Handle)>;

/// The use checkLocation sees at \p S of \p Loc, unless \p S names the
/// variable itself (which the language keeps inside its scope).
void visitLocationUse(clang::ento::SVal Loc, const clang::Stmt *S,
                      UseVisitor Visit);

/// The uses \p Call makes: of the object a member call runs on, of what
/// a callable read out of a container captured (when every object the
/// container's callables captured has ended: which one the call runs is
/// not known), of the
/// arguments the C library reads through and the standard library reads by
/// reference (`out += job->name`, `std::string(p)`; not what std::move,
/// std::ref or addressof are given), and of what a view handed over by
/// value views (as the clang-tidy checks take it: the callee reads it).
void visitCallUses(const clang::ento::CallEvent &Call,
                   clang::ento::CheckerContext &C, UseVisitor Visit);

} // namespace lifeguard::csa

#endif // LIFEGUARD_CHECKS_ANALYZER_HANDLEUSES_H
