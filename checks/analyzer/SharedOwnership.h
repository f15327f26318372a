//===-- SharedOwnership.h - Who owns an object made shared ----------------===//
//
// Part of lifeguard's modeling: the owners of each object a std::shared_ptr
// was made to own on the path (see SharedOwnership.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_CHECKS_ANALYZER_SHAREDOWNERSHIP_H
#define LIFEGUARD_CHECKS_ANALYZER_SHAREDOWNERSHIP_H

#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramState.h"

namespace lifeguard::csa {

/// The object made shared that the map \p Container holds the only
/// shared_ptr under a key equal to \p Key to, on every path through
/// \p State; null when there is none or more than one.
const clang::ento::MemRegion *
sharedObjectUnderKey(const clang::ento::ProgramStateRef &State,
                     const clang::ento::MemRegion *Container,
                     clang::ento::SVal Key);

} // namespace lifeguard::csa

#endif // LIFEGUARD_CHECKS_ANALYZER_SHAREDOWNERSHIP_H
