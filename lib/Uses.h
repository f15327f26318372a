//===-- Uses.h - How an expression that names a variable uses it ---------===//
//
// Read from the AST alone, by the expression's context: a read, a write, a
// pointer advanced within its buffer, or a use that lets another name reach
// the object (its address taken, a reference to non-const bound to it, a
// non-const member function called on it). Both engines ask it: the
// analyzer for the locals a widened loop cannot have changed, the clang-tidy
// checks for the iterators a function never changes.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_USES_H
#define LIFEGUARD_USES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"

namespace lifeguard {

/// How an expression that designates a variable, or a part of it, is used.
/// Advance: a pointer moved by `++`, `--`, `+=` or `-=`, which keeps it in
/// the buffer it pointed into. Escape: another name may reach it.
enum class Use { Read, Advance, Write, Escape };

/// How the context of \p E, a glvalue designating a variable or a part of
/// it, uses it.
Use useOf(const clang::Expr *E, const clang::ParentMap &PM);

/// True when a mention of \p VD inside \p Scope (whose parents \p PM
/// knows) may change it: anything but a read.
bool mayChange(const clang::VarDecl *VD, const clang::Stmt *Scope,
               const clang::ParentMap &PM);

} // namespace lifeguard

#endif // LIFEGUARD_USES_H
