//===-- LifetimeAnalysis.h - The flow-sensitive lifetime engine -----------===//
//
// One forward dataflow over clang's CFG of one function. Its state maps each
// place to the loans the handles stored there may hold; expressions are
// evaluated to the places they designate (glvalues) or the loans they carry
// (prvalues). Calls go through the standard-library tables of
// LifetimeModel and through summaries of the callees whose bodies are in
// the translation unit. What the families need from a run is recorded as
// events (a handle returned, stored into a place, handed to a detached
// thread) plus the state at the function's exit; each check turns those
// into reports. See docs/design.md.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_LIFETIMEANALYSIS_H
#define LIFEGUARD_LIFETIMEANALYSIS_H

#include "FunctionSummary.h"
#include "LifetimeModel.h"
#include "Loans.h"
#include "clang/AST/ASTContext.h"
#include "clang/Analysis/AnalysisDeclContext.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "clang/Analysis/Analyses/Dominators.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <vector>

namespace lifeguard {

/// Limits that keep one function's analysis bounded. When one is exceeded
/// the analysis gives up on that function and reports nothing for it.
struct AnalysisBudget {
  unsigned MaxBlocks = 50000;
  unsigned MaxLoans = 4096;
  /// Block visits allowed per block before the fixpoint is abandoned.
  unsigned MaxVisitsPerBlock = 24;
  /// How many callees deep summaries are computed from bodies.
  unsigned MaxSummaryDepth = 3;

  bool operator==(const AnalysisBudget &O) const {
    return MaxBlocks == O.MaxBlocks && MaxLoans == O.MaxLoans &&
           MaxVisitsPerBlock == O.MaxVisitsPerBlock &&
           MaxSummaryDepth == O.MaxSummaryDepth;
  }
};

/// A handle that leaves the reach of the analysed function's frame.
struct EscapeEvent {
  enum Kind {
    /// The function returns the handle.
    Return,
    /// The handle is stored into a place that outlives the frame.
    Store,
    /// A std::thread holding the handle is detached.
    Detach,
  };
  Kind K;
  /// The return statement, the store or the detach call.
  const clang::Stmt *Where;
  /// The loans of the escaping value.
  LoanSet Value;
  /// For Store: the place written.
  Place Target;
  /// For Store and Return: what the heap objects the value points to hold,
  /// at the store or return (`g = new Holder{&local}` makes the Holder
  /// reachable from g, `return new Holder{&local};` from the caller).
  LoanSet Reachable;
  /// The value holds several handles (a closure's captures, a struct's
  /// fields, a container's elements): each of its loans belongs to one of
  /// them, rather than being one of the targets a single handle may have.
  bool Aggregate = false;
};

/// Where and how a storage ended.
struct Death {
  enum Kind {
    /// A local went out of scope.
    ScopeEnd,
    /// A temporary was destroyed at the end of its full-expression.
    FullExpressionEnd,
    /// `delete`.
    Delete,
    /// `free` (or realloc).
    Free,
    /// The unique_ptr or container that owned it was reset, reassigned,
    /// cleared or destroyed.
    OwnerReleased,
    /// A call to a function that frees it (per the callee's summary).
    FreedByCall,
    /// A container's elements moved or were destroyed by a call (a
    /// reallocating push_back, clear, erase, an assignment, or a callee
    /// that does one of these): the storage is the MovedBuffer it left.
    Invalidated,
    /// It went back to the pool that handed it out (pool.release(p), or a
    /// callee that does it).
    ReturnedToPool,
  };
  Kind K;
  const clang::Stmt *Where;
  /// For ScopeEnd and FullExpressionEnd: where the scope or expression ends.
  clang::SourceLocation Loc;
  /// For Invalidated: which of the container's handles the call invalidated
  /// (a callee that grows a deque: its iterators).
  Invalidation Handles = Invalidation::None;
  /// For Invalidated by a callee: the container's own member call that did
  /// it, inside the callee (`user_.reset()` in `logout()`), which says how.
  const clang::Stmt *Cause = nullptr;

  bool operator==(const Death &O) const {
    return K == O.K && Where == O.Where && Loc == O.Loc &&
           Handles == O.Handles && Cause == O.Cause;
  }
  bool operator!=(const Death &O) const { return !(*this == O); }
};

/// How a container's element buffer changed on every path to a point: it
/// moved (All: growth past the capacity, clear, assignment), its iterators
/// were invalidated (Iterators: a deque's growth at an end), or elements
/// were erased from it, which invalidates the handles to its last element
/// and its end (ErasedAndAfter: a vector's erase).
struct BufferChange {
  Death D;
  Invalidation How = Invalidation::All;
  bool operator==(const BufferChange &O) const {
    return D == O.D && How == O.How;
  }
  bool operator!=(const BufferChange &O) const { return !(*this == O); }
};

/// A handle used (dereferenced, read through, called through) when every
/// storage it may refer to has ended.
struct UseEvent {
  const clang::Stmt *Where;
  /// The full-expression (or declaration, or return) the use is part of.
  const clang::Stmt *FullExpression;
  /// Each loan of the handle with the death of its storage.
  llvm::SmallVector<std::pair<LoanID, Death>, 1> Loans;
  /// The handle is invalid on the paths through the calls that invalidated
  /// Loans only: on the others it still holds the same handle, valid.
  /// Container invalidation reports it when the use follows such a call on
  /// every path from it (a range-for whose body may grow the container).
  bool OnSomePaths = false;
};

/// A variable bound, at its declaration, to temporaries that are destroyed
/// at the end of that declaration: `std::string_view v = makeString();`.
struct DanglingBinding {
  const clang::VarDecl *Var;
  const clang::Stmt *Where;
  /// The variable's place, to ask whether it still holds the temporaries
  /// at the function's exit or was given another value first.
  Place VarPlace;
  llvm::SmallVector<std::pair<LoanID, Death>, 1> Loans;
};

/// A call that gave an object back to its pool, with what the released
/// handle held.
struct PoolRelease {
  const clang::Expr *Call;
  LoanSet Released;
};

/// How a handle was made from its target; it words the notes.
enum class HandleOrigin { AddressOf, Capture, Element, Reference, ThisArgument };

class LifetimeEngine;

/// The result of analysing one function.
class FunctionAnalysis {
public:
  /// False when the function could not be analysed within the budget (or
  /// has no body); nothing else may be asked then.
  bool succeeded() const { return Succeeded; }
  const clang::FunctionDecl *function() const { return Function; }

  const std::vector<EscapeEvent> &escapes() const { return Escapes; }
  const std::vector<UseEvent> &uses() const { return Uses; }
  /// The uses by their place in the source (then in the order the analysis
  /// met them): reports go at a handle's first use in the source.
  std::vector<const UseEvent *> usesInSourceOrder() const;
  const std::vector<DanglingBinding> &danglingBindings() const {
    return Bindings;
  }
  /// The calls that gave an object back to its pool.
  const std::vector<PoolRelease> &poolReleases() const { return Releases; }
  /// The storages that have ended on every path to the function's exit.
  const llvm::DenseMap<StorageID, Death> &deadAtExit() const {
    return ExitDead;
  }
  /// The caller's storages (what parameters, members and globals refer to)
  /// that the function reads or writes through.
  const llvm::SmallVector<StorageID, 4> &readThrough() const {
    return ReadThrough;
  }
  /// The storages that have ended on some path to the function's exit.
  const llvm::DenseMap<StorageID, Death> &mayBeDeadAtExit() const {
    return ExitMayDead;
  }
  /// The element buffers that have moved, or been erased from, on every
  /// path to the function's exit (`items_.push_back(x)` moves
  /// This.items_'s elements).
  const llvm::DenseMap<Place, BufferChange> &movedAtExit() const {
    return ExitMoved;
  }
  /// The element buffers whose capacity some path to the exit reserved or
  /// looked at (`Arena(size_t n) { nodes_.reserve(n); }`).
  const llvm::DenseSet<Place> &reservedAtExit() const { return ExitReserved; }
  /// For a MovedBuffer storage: the elements place of the container whose
  /// buffer it was.
  Place movedFrom(StorageID ID) const { return MovedFrom.lookup(ID); }

  const Loan &loan(LoanID ID) const { return Loans[ID]; }
  const Storage &storage(StorageID ID) const { return Storages[ID]; }
  const Storage &storageOf(LoanID ID) const {
    return Storages[Loans[ID].Target.Storage];
  }
  /// How the handle behind loan \p ID was made, read off the expression
  /// that made it: `&x`, `[&x]`, `x.data()`, or a reference bound to `x`.
  HandleOrigin originOf(LoanID ID) const;
  /// Where to show that the handle behind loan \p ID was made: the issue
  /// expression, or for an implicit lambda capture, the capture's first use.
  clang::SourceLocation issueLocation(LoanID ID) const;

  /// True when \p ID refers to a local of this function's own frame.
  bool isFrameLocal(LoanID ID) const;

  /// The loans \p P may hold when the function returns (empty when no exit
  /// is reachable).
  LoanSet contentAtExit(Place P) const;
  /// The loans \p P holds on every path to the function's return: those it
  /// may hold less those a path removed (a pop in a loop that may not run).
  LoanSet keptAtExit(Place P) const;
  /// The places some path removed handles from, and those handles.
  const llvm::DenseMap<Place, LoanSet> &exitRemoved() const {
    return ExitRemoved;
  }
  /// Every place with a known content at exit, and that content.
  const llvm::DenseMap<Place, LoanSet> &exitCells() const { return ExitCells; }
  bool exitReachable() const { return ExitReachable; }

  clang::ParentMap &parents() const;

  /// True when every path from \p From (a statement of the function's CFG)
  /// goes on to \p To.
  bool alwaysReaches(const clang::Stmt *From, const clang::Stmt *To) const;

private:
  friend class LifetimeEngine;
  friend class FunctionAnalyzer;

  /// The expression that consumes loan \p ID's issue expression, past the
  /// parts of an lvalue (`&x.f`, `&x[i]`); Child is set to its operand.
  const clang::Stmt *issueContext(LoanID ID, const clang::Stmt *&Child) const;

  const clang::FunctionDecl *Function = nullptr;
  clang::AnalysisDeclContext *ADC = nullptr;
  bool Succeeded = false;
  bool ExitReachable = false;
  std::vector<Storage> Storages;
  std::vector<Loan> Loans;
  std::vector<EscapeEvent> Escapes;
  std::vector<UseEvent> Uses;
  std::vector<DanglingBinding> Bindings;
  std::vector<PoolRelease> Releases;
  llvm::DenseMap<Place, LoanSet> ExitCells;
  llvm::DenseMap<Place, LoanSet> ExitRemoved;
  llvm::DenseMap<StorageID, Death> ExitDead;
  llvm::DenseMap<StorageID, Death> ExitMayDead;
  llvm::DenseMap<Place, BufferChange> ExitMoved;
  llvm::DenseSet<Place> ExitReserved;
  llvm::DenseMap<StorageID, Place> MovedFrom;
  llvm::SmallVector<StorageID, 4> ReadThrough;
  /// Built on the first alwaysReaches() question.
  mutable std::unique_ptr<clang::CFGPostDomTree> PostDominators;
};

/// Per translation unit: the model, the CFGs and the summaries, shared by
/// every function analysed in it.
class LifetimeEngine {
public:
  explicit LifetimeEngine(clang::ASTContext &Ctx, AnalysisBudget Budget = {},
                          UserModel User = {});
  ~LifetimeEngine();

  /// The analysis of \p FD (a definition). The last one is kept, so that
  /// the checks that ask about the same function in turn (as clang-tidy
  /// calls them) share one run.
  const FunctionAnalysis &analyze(const clang::FunctionDecl *FD);

  LifetimeModel &model() { return Model; }
  clang::ASTContext &context() { return Ctx; }
  const AnalysisBudget &budget() const { return Budget; }

  /// The summary of \p FD, computed from its body on first use; null when
  /// it has no usable body (declared only, virtual and not \p StaticallyBound,
  /// in the standard library, recursive, or beyond the summary depth).
  const FunctionSummary *summary(const clang::FunctionDecl *FD,
                                 unsigned Depth, bool StaticallyBound = false);

  /// True when \p FD (a definition) deals in numbers only: its parameters,
  /// result and locals, and every expression of its body, are numbers,
  /// enumerations or void; it reads no global and no object through
  /// `this`; and every function it calls is such a function too, or one
  /// whose body the engine does not read. Such a function holds no handle,
  /// so it has nothing to report and its summary is empty: the engine says
  /// so without building its CFG. (Most of the cost on code of many small
  /// arithmetic functions was their CFGs and dataflow.)
  bool isHandleFree(const clang::FunctionDecl *FD, unsigned Depth = 0);

  /// Runs \p Work, which analyses or reports on \p FD, on a stack that fits
  /// FD's body. clang builds CFGs, and lifeguard evaluates expressions,
  /// recursively: a body nested thousands deep (one `os << a << b ...` of
  /// 28,000 operands) would overflow a thread's stack, so it runs on a
  /// thread of its own with a stack to match. A body nested past the budget
  /// is not run at all (false). What Work asks of the engine (callees'
  /// summaries) runs on the same stack.
  bool withStackFor(const clang::FunctionDecl *FD,
                    llvm::function_ref<void()> Work);

private:
  /// Analyses \p FD as a callee \p Depth calls deep (0: the function a
  /// check asked about).
  std::unique_ptr<FunctionAnalysis> analyzeAtDepth(const clang::FunctionDecl *FD,
                                                   unsigned Depth);

  clang::ASTContext &Ctx;
  AnalysisBudget Budget;
  LifetimeModel Model;
  std::unique_ptr<clang::AnalysisDeclContextManager> ADCManager;
  /// Null while the summary is being computed (so recursion sees none) and
  /// for functions that have none. Owned through pointers because callers
  /// keep a summary while computing others, which grows the map.
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FunctionSummary>>
      Summaries;
  /// isHandleFree's answers. A function is false while its answer is being
  /// computed, so that recursion through callees ends.
  llvm::DenseMap<const clang::FunctionDecl *, bool> HandleFree;
  /// \p FD's definition when the engine reads its body for a summary, else
  /// null: declared only, in the standard library or a system header.
  const clang::FunctionDecl *readableDefinition(const clang::FunctionDecl *FD);
  /// The functions whose summary is empty, which most are: they share one
  /// rather than each holding its own in Summaries.
  llvm::DenseSet<const clang::FunctionDecl *> EmptySummaries;
  const FunctionSummary NoEffects{};
  /// Keeps \p S as \p FD's summary, and returns where it is kept.
  const FunctionSummary *keepSummary(const clang::FunctionDecl *FD,
                                     FunctionSummary S);
  std::unique_ptr<FunctionAnalysis> Last;
  /// How many functions' CFGs (with their callees') are kept before they
  /// are all dropped, and how many were analysed since.
  static constexpr unsigned FunctionsKept = 64;
  unsigned FunctionsSinceClear = 0;
  /// How deep each function's body nests (capped just past the budget).
  llvm::DenseMap<const clang::FunctionDecl *, unsigned> Nesting;
  /// True on withStackFor's own thread, whose stack fits any body within
  /// the nesting budget.
  bool OnLargeStack = false;
};

} // namespace lifeguard

#endif // LIFEGUARD_LIFETIMEANALYSIS_H
