//===-- FunctionSummary.h - What a call does to the handles it is given ---===//
//
// A summary says, in terms of a function's own parameters and *this, what
// its result may refer to (the inferred form of [[clang::lifetimebound]])
// and which of the handles it is given it keeps in places that outlive the
// call (*this, a global, what another parameter refers to). It is computed
// once per function from its body by the lifetime engine and applied at
// every call site by substituting the arguments.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_FUNCTIONSUMMARY_H
#define LIFEGUARD_FUNCTIONSUMMARY_H

#include "LifetimeModel.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/SmallVector.h"

namespace lifeguard {

class FunctionAnalysis;
class LifetimeModel;

/// Something a summary speaks of, in the callee's terms.
struct SummaryTerm {
  enum Kind : uint8_t {
    /// What parameter ParamIndex refers to (its referent or pointee).
    Param,
    /// What the handles in that referent refer to (Field: those in one
    /// member of it; Depth handles deeper: what the handles there refer
    /// to).
    ParamContent,
    /// The object the method is called on (Field: one member of it).
    This,
    /// What member Field of the object refers to.
    ThisContent,
    /// A global or static variable (Global).
    Static,
    /// What that global refers to (Depth handles deeper: what the handles
    /// there refer to).
    StaticContent,
    /// The null pointer.
    Null,
    /// A heap object the call allocates (one per call site in the caller).
    Fresh,
  };
  Kind K;
  unsigned ParamIndex = 0;
  const clang::FieldDecl *Field = nullptr;
  const clang::VarDecl *Global = nullptr;
  /// For Param, This and Static: the elements of that container (or of
  /// that member container), not the object.
  bool Elements = false;
  /// For StaticContent and ParamContent: as Storage::Depth.
  uint8_t Depth = 0;

  bool operator==(const SummaryTerm &O) const {
    return K == O.K && ParamIndex == O.ParamIndex && Field == O.Field &&
           Global == O.Global && Elements == O.Elements && Depth == O.Depth;
  }
};

struct FunctionSummary {
  /// What the result may designate (reference results) or refer to.
  llvm::SmallVector<SummaryTerm, 1> Returns;
  /// The result may also refer to something the caller cannot name.
  bool ReturnsUnknown = false;

  /// "The call stores Source into Sink": e.g. `void add(T *p) {
  /// items_.push_back(p); }` keeps Param 0 in This.items_.
  struct Retain {
    SummaryTerm Source;
    SummaryTerm Sink;
  };
  llvm::SmallVector<Retain, 0> Retains;

  /// "The call replaces what Sink held, on every path": `g = saved_;`,
  /// `items_.clear();`, `*out = nullptr;`. Sink then holds exactly what the
  /// Retains put into it, plus something unknown when AddsUnknown.
  struct Overwrite {
    SummaryTerm Sink;
    bool AddsUnknown;
  };
  llvm::SmallVector<Overwrite, 0> Overwrites;
  /// The places the call takes what they held out of on some paths only
  /// (`while (n-- > 0 && !v.empty()) v.pop_back();`): after it, the
  /// caller's handles are there on some paths only.
  llvm::SmallVector<SummaryTerm, 0> MayEmpty;

  /// What the call ends on every path: `void destroy(T *p) { delete p; }`
  /// frees Param 0 (at Where, the delete).
  struct Free {
    SummaryTerm Term;
    const clang::Stmt *Where;
    /// It goes back to its pool rather than to the allocator.
    bool ToPool = false;
    /// For Moves: which handles into the buffer the call invalidates (All
    /// when it moves; ErasedAndAfter for a vector's erase; Iterators for a
    /// deque's growth at an end).
    Invalidation How = Invalidation::All;
  };
  llvm::SmallVector<Free, 0> Frees;
  /// What the call ends on some path: `if (p_) delete p_;` in a destructor.
  llvm::SmallVector<Free, 0> MayFrees;

  /// The element buffers the call moves, or erases from, on every path:
  /// `void add(T x) { items_.push_back(x); }` moves This.items_'s elements
  /// (at Where, the push_back). Terms with Elements set.
  llvm::SmallVector<Free, 0> Moves;
  /// The memory resources the call releases on every path (`void reset()
  /// { arena_.release(); }`): what was allocated from them goes back.
  llvm::SmallVector<Free, 0> ResourceReleases;
  /// The element buffers whose capacity the call reserves or looks at: a
  /// constructor's `nodes_.reserve(n)`. Growth after it, in the caller or
  /// through the object's methods, may stay within it. Terms with Elements
  /// set.
  llvm::SmallVector<SummaryTerm, 0> Reserves;

  /// What the call hands to a thread it detaches: `template <class F> void
  /// startDetached(F f) { std::thread(std::move(f)).detach(); }` detaches
  /// ParamContent 0, what the callable refers to.
  llvm::SmallVector<SummaryTerm, 0> Detaches;

  /// What the call reads or writes through: `void print() { puts(s_); }`
  /// reads ThisContent s_, so calling it when s_'s buffer is freed is a use.
  llvm::SmallVector<SummaryTerm, 0> Reads;

  /// Builds the summary from the callee's finished analysis.
  static FunctionSummary fromAnalysis(const FunctionAnalysis &A);

  /// True when the call does nothing the caller's analysis follows.
  bool empty() const {
    return Returns.empty() && !ReturnsUnknown && Retains.empty() &&
           Overwrites.empty() && MayEmpty.empty() && Frees.empty() &&
           MayFrees.empty() && Moves.empty() && ResourceReleases.empty() &&
           Reserves.empty() && Detaches.empty() && Reads.empty();
  }
};

} // namespace lifeguard

#endif // LIFEGUARD_FUNCTIONSUMMARY_H
