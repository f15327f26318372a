//===-- HandleNotes.h - Path notes that tell where a handle came from -----===//
//
// The reporting half shared by lifeguard's analyzer checkers: a bug visitor
// that walks the reported path back to the point where a variable (or
// member, or global) started to hold a handle to the object that ended, and
// says so there: "'p' now points to local variable 'inner'"; and one that
// drops a path that reached the use through a branch a widened loop left
// undecided. clang's own
// value tracking (trackExpressionValue) is not used for this: it suppresses
// reports whose value came back from an inlined standard-library call
// (`conn_.get()`), which is where a cached handle usually comes from.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_CHECKS_ANALYZER_HANDLENOTES_H
#define LIFEGUARD_CHECKS_ANALYZER_HANDLENOTES_H

#include "LifetimeModeling.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"

namespace lifeguard::csa {

/// Adds to \p Report a note where \p Holder (the region of a variable or
/// member) was last made to refer to \p Target (a base region), found by
/// walking the path back from the error node: "'p' now points to \p What".
/// Nothing when \p Holder is null.
void noteWhereHandleWasMade(clang::ento::PathSensitiveBugReport &Report,
                            const clang::ento::MemRegion *Holder,
                            const clang::ento::MemRegion *Target,
                            std::string What);

/// Drops \p Report when, between the statement that ended the object (a
/// delete, a free, a release, an invalidating call, a return) and the use,
/// the path took a branch of an `if`, `?:` or `switch` on a value a
/// widened loop forgot (`if (req == 4)` in a loop after clang widened
/// `req`): the path may then run a branch twice that the program runs
/// once. Nothing for the end of a scope or a full-expression.
void dropPathsThroughWidenedBranches(clang::ento::PathSensitiveBugReport &Report,
                                     const Ending &E);

/// The region of the variable or member \p Handle names (`p`, `this->p_`,
/// `s.p`), evaluated in \p N's state; null for other expressions.
const clang::ento::MemRegion *holderOf(const clang::Expr *Handle,
                                       const clang::ento::ExplodedNode *N);

} // namespace lifeguard::csa

#endif // LIFEGUARD_CHECKS_ANALYZER_HANDLENOTES_H
