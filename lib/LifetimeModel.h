//===-- LifetimeModel.h - What lifeguard knows about C++ types and calls --===//
//
// All knowledge of the language and of the standard library that the
// analyses need lives here, behind small queries: which types can hold a
// handle (a pointer, reference, view, iterator or a closure that refers to
// storage), how a handle-holding class derives its accessors' results, and
// what a call to a standard function does to the handles it is given.
// Both the clang-tidy checks and the analyzer checkers read these tables.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_LIFETIMEMODEL_H
#define LIFEGUARD_LIFETIMEMODEL_H

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include <optional>
#include <string>
#include <vector>

namespace clang {
class CXXForRangeStmt;
} // namespace clang

namespace lifeguard {

/// How a class relates to the storage its handles refer to.
enum class ClassKind {
  /// Holds no handle and owns nothing we track (int, std::string of chars).
  Plain,
  /// Owns storage; accessors (data, begin, operator[], value, c_str) return
  /// handles into the object itself: containers, strings, optional, arrays.
  Owner,
  /// Refers to storage elsewhere; accessors return handles into what it
  /// refers to: iterators, string_view, span, reference_wrapper.
  View,
  /// Owns a heap object: accessors return the heap object, not the owner.
  SmartPointer,
  /// Keeps copies of callables or values that may hold handles and never
  /// hands out handles into itself: std::function, std::thread, futures.
  Holder,
};

/// What a call to a standard-library function does, beyond its result.
enum class StdEffect {
  None,
  /// Stores its element arguments into the object (push_back, insert, push).
  Insert,
  /// Removes every element, destroying what it owns (clear).
  RemoveAll,
  /// Removes one element, destroying what it owns (erase, pop_back, pop).
  RemoveOne,
  /// Destroys what the object owns and holds its argument, if any, instead
  /// (reset).
  Reset,
  /// Gives up ownership without destroying anything (release, extract).
  Release,
  /// Replaces the whole value of the object (assign, operator=).
  Assign,
  /// Exchanges the contents of the object and its argument (swap).
  Swap,
  /// Lets a thread run past the lifetime of its std::thread (detach).
  Detach,
  /// Waits for a thread or a future to finish (join, get, wait).
  Join,
};

/// Which handles into a container's elements a call to one of its members
/// invalidates, by the standard's rules for that container.
enum class Invalidation {
  None,
  /// Its iterators, not pointers and references to elements: a deque's
  /// insertion at either end, an unordered container's insertion (which
  /// may rehash).
  Iterators,
  /// The element its iterator argument designates: erase(it).
  Erased,
  /// The element at the end it removes, in a container whose other handles
  /// stay valid: a deque's or list's pop_front or pop_back. Which handles
  /// designate that element depends on what the path added at that end
  /// since they were taken, so only the analyzer follows it.
  Popped,
  /// That element and those after it: a vector's or string's erase, which
  /// moves the later elements down (so the last element's handles and the
  /// end iterator, wherever the erased one was).
  ErasedAndAfter,
  /// Every handle into its elements: a vector's or string's growth, clear,
  /// assignment, a deque's insertion in the middle.
  All,
};

/// How a container lays out its elements, which decides what its
/// modifications invalidate ([container.reqmts] and each container's
/// modifiers clause).
enum class ContainerLayout { NotAContainer, Contiguous, Deque, Node, Hashed };

/// What a function does in an object pool's protocol.
enum class PoolRole {
  None,
  /// Hands out an object of the pool: its result (pool.acquire()).
  Acquire,
  /// Takes an object back: its pointer or reference argument
  /// (pool.release(p)); the object is the pool's again.
  Release,
};

/// The functions a user names as a pool's, by qualified name
/// ("ConnectionPool::borrow", "::ns::pool_take"), besides those recognised
/// by their names and annotations.
struct PoolFunctions {
  std::vector<std::string> Acquire;
  std::vector<std::string> Release;
  bool operator==(const PoolFunctions &O) const {
    return Acquire == O.Acquire && Release == O.Release;
  }

};

/// The classes a user names as containers, by qualified name
/// ("::mylib::SmallVec"), besides the standard's and those lifeguard knows
/// (absl::InlinedVector, llvm::SmallVector, boost::container::small_vector
/// and the others of DefaultVectorLike). Their members follow the standard's
/// rules for std::vector (vector-like) or std::list (node-like); a class
/// derived from one is one too.
struct ContainerClasses {
  std::vector<std::string> VectorLike;
  std::vector<std::string> NodeLike;
  bool operator==(const ContainerClasses &O) const {
    return VectorLike == O.VectorLike && NodeLike == O.NodeLike;
  }
};

/// What the user teaches the model through the engines' options.
struct UserModel {
  PoolFunctions Pools;
  ContainerClasses Containers;
  bool operator==(const UserModel &O) const {
    return Pools == O.Pools && Containers == O.Containers;
  }
};

/// The names in a semicolon-separated list of qualified names, the value of
/// the engines' options that name functions or classes
/// ("::ns::Class;Other::member"); those that are not go to \p Invalid.
std::vector<std::string> parseQualifiedNames(llvm::StringRef List,
                                             std::vector<std::string> &Invalid);
/// What the engines' configuration errors say a name in such an option
/// should be.
inline constexpr llvm::StringLiteral ExpectedFunctionName =
    "a qualified function name such as '::ConnectionPool::borrow'";
inline constexpr llvm::StringLiteral ExpectedClassName =
    "a qualified class name such as '::mylib::SmallVec'";

/// What a standard-library free function does with its arguments.
enum class StdFunction {
  /// Keeps copies of the handles it is given: algorithms, factories and
  /// launchers (find, next, make_pair, bind, async).
  Other,
  /// Returns its argument itself: move, forward, as_const, addressof.
  Forward,
  /// Refers to its arguments: ref, cref, tie, forward_as_tuple.
  Wrap,
  /// Returns one of its arguments: min, max, clamp.
  Select,
  /// An accessor of its argument: begin, end, data, get.
  Access,
  /// Replaces its first argument and returns the old value: exchange.
  Exchange,
  /// Exchanges its two arguments: swap.
  Swap,
};

class LifetimeModel {
public:
  explicit LifetimeModel(UserModel User = {}) : User(std::move(User)) {}

  /// True when a value of type \p T may refer to storage: pointers,
  /// references, views, iterators, closures with captures, and classes that
  /// can hold any of these (std::vector<int*>, a struct with a pointer).
  bool canHoldHandle(clang::QualType T);

  /// The kind of a class type (Plain for non-class types).
  ClassKind classKind(clang::QualType T);

  /// True for types that behave like a pointer when accessed: raw pointers
  /// and View and SmartPointer classes.
  bool isPointerLike(clang::QualType T);

  /// True for iterator classes (a View that designates one element).
  bool isIterator(clang::QualType T);

  /// True when \p MD, called on a container of type \p ObjT, may move its
  /// elements to new storage (a growth past the capacity, reserve,
  /// shrink_to_fit) or rehash them (an unordered container's insertion):
  /// the elements live on, and so does a buffer each keeps when moved.
  bool relocates(const clang::CXXMethodDecl *MD, clang::QualType ObjT);

  /// The type the member typedef \p Name of \p RD (`value_type`,
  /// `key_type`) names, canonical; a null type when \p RD declares none.
  static clang::QualType memberTypedef(const clang::CXXRecordDecl *RD,
                                       llvm::StringRef Name);
  /// True when the class \p RD declares a member named \p Name.
  static bool declaresMember(const clang::CXXRecordDecl *RD,
                             llvm::StringRef Name);
  /// The type of the elements of the container \p T: its first template
  /// type argument (`std::vector<T>`, `llvm::SmallVector<T, N>`),
  /// canonical and unqualified; a null type when it has none.
  static clang::QualType elementType(clang::QualType T);

  /// True for an owner whose buffer stays where it is when the owner is
  /// moved (a vector, a map): handles into it then refer into the new
  /// owner. Not a string, whose short characters move with it.
  bool keepsBufferWhenMoved(clang::QualType T);

  /// True for what a set's or map's `insert` and `emplace` return: a
  /// std::pair of the iterator and whether they inserted.
  bool isIteratorAndFlag(clang::QualType T);

  /// True when \p ArgT, given to a constructor or member of the container
  /// \p ContainerT, is a pointer to its element type, which the standard
  /// takes as an iterator: `std::vector<T>(first, last)` with `T *first`
  /// copies the elements the range holds and keeps no pointer.
  static bool isElementPointer(clang::QualType ContainerT, clang::QualType ArgT);

  /// True when a standard container or wrapper of type \p T whose element
  /// is a view (std::vector<std::string_view>, std::optional<std::span<int>>,
  /// a map keyed by std::string_view) makes that view from an argument of
  /// type \p ArgT, an owner: `views.emplace_back(std::string(...))` views
  /// the string's characters.
  bool makesViewOf(clang::QualType T, clang::QualType ArgT);

  /// True when class \p RD says it borrows what it is made from or hands
  /// out: a constructor with a [[clang::lifetimebound]] parameter, or a
  /// member function whose object is lifetimebound (`std::string_view
  /// data() const [[clang::lifetimebound]]`).
  static bool declaresBorrow(const clang::CXXRecordDecl *RD);
  /// True when a constructor of class \p RD has a [[clang::lifetimebound]]
  /// parameter: the object borrows what it is made from.
  static bool keepsConstructorArgument(const clang::CXXRecordDecl *RD);
  /// True when a member function of class \p RD (not a standard one) keeps
  /// an argument in the object:
  /// `void add(std::string_view s [[clang::lifetime_capture_by(this)]])`.
  static bool capturesIntoObject(const clang::CXXRecordDecl *RD);

  /// True for values that hold several handles, each on its own: closures
  /// (their captures), structs (their fields), containers (their elements).
  /// Not views, iterators or smart pointers, which are one handle each.
  bool holdsSeveralHandles(clang::QualType T);

  /// True for types that alone own heap objects and destroy them with
  /// themselves: std::unique_ptr, and standard containers of such
  /// (std::vector<std::unique_ptr<T>>). Not shared_ptr: another owner may
  /// keep the object alive.
  bool ownsExclusively(clang::QualType T);
  /// The type of the objects an owner of type \p T (see ownsExclusively)
  /// destroys: `Widget` for std::unique_ptr<Widget> and for
  /// std::map<int, std::unique_ptr<Widget>>.
  clang::QualType ownedObjectType(clang::QualType T);
  /// The destructor \p T's class has written, if any.
  static const clang::CXXDestructorDecl *writtenDestructor(clang::QualType T);
  /// True for std::unique_ptr.
  bool isUniquePtr(clang::QualType T);
  /// True for std::shared_ptr and the base it keeps its pointer in.
  static bool isSharedPtr(clang::QualType T);
  /// True for std::weak_ptr and its base.
  static bool isWeakPtr(clang::QualType T);

  /// True for the members of an Owner that hand out a pointer or reference
  /// into the storage it owns: data, c_str, front, back, at, operator[],
  /// operator*, operator->, value, and begin and end where the iterators
  /// are pointers (`llvm::SmallVector`). (An allocator's allocate, also a member
  /// returning a pointer, hands out storage it does not own.)
  static bool accessesElements(const clang::CXXMethodDecl *MD);

  /// True for `std::get` of an element of a tuple or pair of type \p ArgT
  /// that is itself a reference (`std::get<0>(std::forward_as_tuple(x))`,
  /// `std::tuple<int &, bool>`): it hands out what that element refers to,
  /// not a place in the tuple.
  static bool getsReferenceElement(const clang::FunctionDecl *FD,
                                   clang::QualType ArgT);

  /// True for the View methods that read what the view refers to (all but
  /// size/empty/data/begin/end-style queries and assignments).
  static bool readsThroughView(const clang::CXXMethodDecl *MD);

  /// Functions that return fresh heap memory (malloc, strdup,
  /// std::make_unique, an allocator's allocate) and that free their first
  /// argument (free).
  static bool isAllocation(const clang::FunctionDecl *FD);
  /// For std::make_unique<T>: the written constructor of T it runs (on the
  /// object it allocates, with the arguments it forwards); null otherwise.
  static const clang::CXXConstructorDecl *
  constructorMadeBy(const clang::FunctionDecl *FD);
  /// For `c.emplace_back(args...)` (emplace_front, emplace) of a container
  /// of a class of the program's own: the written constructor of that class
  /// it runs, when only one of them takes that many arguments (the
  /// library's construct() does not say which it is); null otherwise.
  static const clang::CXXConstructorDecl *
  constructorEmplacedBy(const clang::CXXMethodDecl *MD, unsigned NumArgs);
  /// True for `c.emplace_back(args...)` (emplace_front, emplace) of a
  /// container of std::strings: the string's constructor reads the C
  /// string among the arguments (`lines.emplace_back(start, len)`).
  static bool emplacesString(const clang::CXXMethodDecl *MD);
  static bool isDeallocation(const clang::FunctionDecl *FD);
  /// True for a standard function that runs its callable on another thread
  /// (std::thread's and std::jthread's constructors, std::async).
  static bool startsThread(const clang::FunctionDecl *FD);
  /// True for a standard function that blocks until another thread acts: a
  /// condition variable's wait, a future's get or wait, a latch's or a
  /// barrier's wait.
  static bool waitsForOtherThreads(const clang::FunctionDecl *FD);
  /// C library functions (puts, strlen, memcpy, printf) read or write
  /// through the pointers they are given.
  static bool accessesPointerArguments(const clang::FunctionDecl *FD);

  /// True when the standard-library function \p FD reads the C string its
  /// parameter of type \p ParamT is given (`std::string(p)`, `s.append(p)`).
  static bool readsCString(const clang::FunctionDecl *FD,
                           clang::QualType ParamT);

  /// The effect of a call to the standard-library member \p MD.
  StdEffect stdMemberEffect(const clang::CXXMethodDecl *MD);
  /// The same for a call on an object of type \p ObjT, which may be a
  /// user's container: its insertions, removals, assignment and swap.
  StdEffect memberEffect(const clang::CXXMethodDecl *MD, clang::QualType ObjT);

  /// Which handles into the elements of the container \p ObjT a call to its
  /// member \p MD invalidates, by the standard's rules for its kind of
  /// container. \p Growth is set for insertions into contiguous storage,
  /// which move it only past its capacity: a reserve() before them may keep
  /// the handles valid.
  Invalidation invalidation(const clang::CXXMethodDecl *MD,
                            clang::QualType ObjT, bool &Growth);

  /// True for a contiguous container's reserve(n) and capacity(), and an
  /// unordered one's reserve(n), rehash(n) and bucket_count(): code that
  /// reserves room, or compares the size with the capacity, may grow it
  /// within its capacity, which moves (or rehashes) nothing.
  bool mindsCapacity(const clang::CXXMethodDecl *MD, clang::QualType ObjT);
  /// True for a contiguous container's pop_back, erase, clear and resize,
  /// which may shrink it and keep its capacity: growth after them may stay
  /// within the room they left (`v.resize(5); v.push_back(7);` on a vector
  /// of ten moves nothing). Whether it does is for the analyzer to count.
  bool mayLeaveRoom(const clang::CXXMethodDecl *MD, clang::QualType ObjT);

  /// The object a member call runs on: `v` of `v.push_back(x)`, `s` of
  /// `s += t`; null for other calls.
  static const clang::Expr *objectOfCall(const clang::Stmt *Call);

  /// The type of the object \p Object of a member call (or what it points
  /// to): a user's container, even when the member is inherited and the
  /// object converted to the base (`llvm::SmallVector`, not
  /// `SmallVectorTemplateCommon`), else the type of \p Object.
  clang::QualType objectType(const clang::Expr *Object);

  /// True for a call of \p FD on an object of type \p ObjT that the model
  /// answers for, as it does for the standard library, instead of the
  /// callee's body: a member (maybe inherited) of a user's container.
  bool isUserContainerMember(const clang::FunctionDecl *FD,
                             clang::QualType ObjT);

  /// True for a class of the program's own whose copy constructor is
  /// written: a copy holds what that constructor makes (a deep copy's own
  /// buffer), not the handles of the object copied.
  static bool copiesWithOwnCode(clang::QualType T);

  /// True for std::pmr::memory_resource and the classes derived from it,
  /// and for an arena of the program's own: a class whose name says arena
  /// (`Arena`, `FrameArena`, `arena_t`; not an allocator in the standard's
  /// sense), which gives back all it handed out at once.
  static bool isMemoryResource(clang::QualType T);
  static bool isMemoryResource(const clang::CXXRecordDecl *RD);

  /// True for a member function of a memory resource that gives back all
  /// the memory it handed out, besides its destructor: a
  /// std::pmr::memory_resource's `release()`; an arena's `release()`,
  /// `reset()`, `clear()` or `free_all()`, taking no argument.
  static bool releasesAllMemory(const clang::CXXMethodDecl *MD);

  /// True for an element access by index or key: `c[i]`, `c.at(i)`.
  static bool subscripts(const clang::CXXMethodDecl *MD);

  /// True for a std::optional's member that destroys the value it holds
  /// and leaves it empty: `reset()`, `= std::nullopt`, and, given \p Given
  /// (the call's argument), `= {}`. (`emplace` and the assignment of a value
  /// put a new value where the old one was, which the references to it
  /// then designate ([basic.life]).)
  static bool emptiesOptional(const clang::CXXMethodDecl *MD,
                              const clang::Expr *Given = nullptr);
  /// True for a std::optional's member that puts a value in it: emplace,
  /// an assignment of anything but std::nullopt.
  static bool putsOptionalValue(const clang::CXXMethodDecl *MD,
                                const clang::Expr *Given);
  /// For a std::variant's member that makes a value of one of its
  /// alternatives, destroying the one it held when that was of another
  /// (emplace, the assignment of a value of an alternative's type): that
  /// alternative's type. Null for the others, and for an assignment whose
  /// alternative is not the type given (`V = "text"`).
  static clang::QualType alternativeMadeBy(const clang::CXXMethodDecl *MD);
  /// True for a std::get or std::get_if of the std::variant (or pointer to
  /// one) of type \p ArgT: its result designates an alternative.
  static bool accessesVariant(const clang::FunctionDecl *FD,
                              clang::QualType ArgT);
  /// True when \p T (or what it refers to) is a specialisation of the
  /// standard class template \p Class.
  static bool isStdClass(clang::QualType T, llvm::StringRef Class);
  /// True for a member of the standard class template \p Class.
  static bool isStdMemberOf(const clang::CXXMethodDecl *MD,
                            llvm::StringRef Class);

  /// True for a member of an arena of the program's own that the model, not
  /// its body, says what it does: one that allocates or gives all back.
  static bool isModelledArenaMember(const clang::CXXMethodDecl *MD);

  /// What a call allocates from a memory resource: the resource itself
  /// (`r.allocate(n)`, `r->do_allocate(n, a)` of a std::pmr::memory_resource
  /// or a class derived from it, an arena's member whose name says
  /// allocate: `alloc`, `Allocate`, `allocate_bytes`), the resource the
  /// object refers to
  /// (`alloc.allocate(n)`, `allocate_bytes`, `allocate_object`, `new_object`
  /// of a std::pmr::polymorphic_allocator), or neither.
  enum class ResourceAllocation { None, FromObject, FromReferent };
  static ResourceAllocation resourceAllocation(const clang::FunctionDecl *FD);
  /// True for a member call that allocates from a memory resource.
  static bool isResourceAllocation(const clang::Expr *Call);

  /// True for the standard containers and strings that allocate through a
  /// std::pmr::polymorphic_allocator: what they hold lives in its resource.
  static bool allocatesFromResource(clang::QualType T);

  /// True for the standard's unordered containers, whose insertions may
  /// rehash.
  static bool isUnordered(const clang::CXXRecordDecl *RD);

  /// The variable an iterator argument names, through the conversion to a
  /// const_iterator that `v.erase(it)` makes: `it`; null for any other
  /// expression (`it++`, `v.begin() + 2`).
  static const clang::VarDecl *iteratorVariable(const clang::Expr *Arg);

  /// The iterator variable when \p E is the element it points to, a member
  /// of it, or their address: `it` of `*it`, `it->second`,
  /// `&it->second.name`; not of what a pointer member points to
  /// (`it->second->name`).
  static const clang::VarDecl *iteratorReadThrough(const clang::Expr *E);

  /// The loop variable of \p Loop when \p Key is it or a member of it (a
  /// structured binding of it included): `kv.first`, `name` of
  /// `auto &[name, qty]`; null otherwise.
  static const clang::VarDecl *
  loopVariableNamed(const clang::Expr *Key, const clang::CXXForRangeStmt *Loop);

  /// True when \p Init is (a copy of) a handle to a container's last
  /// element or its end: `v.end()`, `v.back()`, `&v.back()`, `v.rbegin()`,
  /// `std::end(v)`.
  static bool designatesLastOrEnd(const clang::Expr *Init);

  /// True when \p Lookup is (a copy of) a lookup by key (find, at, operator[],
  /// lower_bound, upper_bound, equal_range) whose key is written as \p Key
  /// is: the same variable, member or literal.
  static bool looksUpKey(const clang::Expr *Lookup, const clang::Expr *Key);

  /// The key of \p Lookup, (a copy of) a lookup by key as looksUpKey takes
  /// it, or of a find only when \p FindOnly (the element an iterator from it
  /// designates has that key); null for anything else.
  static const clang::Expr *lookedUpKey(const clang::Expr *Lookup,
                                        bool FindOnly = false);

  /// The part \p FD plays in an object pool's protocol: the user's lists,
  /// `[[clang::annotate("lifeguard::acquire")]]` and
  /// `[[clang::annotate("lifeguard::release")]]`, and by default the pairs
  /// acquire/release, get/put, alloc/free, allocate/deallocate,
  /// borrow/give_back, checkout/checkin, take/give of a class whose name
  /// has a word that says pool (pool, mempool, arena, allocator, slab,
  /// freelist, free_list; not spool) outside std (both of the pair
  /// declared), and free functions whose name has such a word ending in
  /// "pool" and an acquiring or releasing word (pool_alloc/pool_free,
  /// mempool_get/mempool_put). A release that may return before taking its
  /// object back, for a reason other than a null object (a reference
  /// count), has no part: it releases on some paths only.
  PoolRole poolRole(const clang::FunctionDecl *FD) const;
  /// True for the acquire \p FD of a pool recognised by its name that takes
  /// its objects back as a whole (an arena): not giving one back on its
  /// own is no leak.
  bool takesBackAsAWhole(const clang::FunctionDecl *FD) const;
  /// The same at the call \p Call, which may be on a pool that inherits
  /// the pair from a base whose name does not say pool.
  PoolRole poolRole(const clang::FunctionDecl *FD,
                    const clang::Expr *Call) const;

  /// True for a pool's own code, which reads and links the objects given
  /// back to it (an intrusive free list): functions with a part in the
  /// protocol (poolRole), the other members of a class that has some, and
  /// free functions whose name contains "pool" and that are given a pool
  /// (`pool_destroy(struct mempool *)`). What they do with a released object
  /// is no use of it. (Other functions given a pool are its clients, and so
  /// are functions only named after one, `runPoolDemo()`.) \p Call, when given,
  /// is the call of \p FD: a pair inherited by a pool counts there (see
  /// poolRole).
  bool isPoolCode(const clang::FunctionDecl *FD,
                  const clang::Expr *Call = nullptr) const;

  /// The argument of a release call that is the released object: the first
  /// pointer or reference that is not to a pool itself (`pool_free(pool,
  /// p)` releases p). Null when there is none.
  static const clang::Expr *releasedArgument(const clang::FunctionDecl *FD,
                                             llvm::ArrayRef<const clang::Expr *> Args);

  /// True for a pool's class: one whose name says pool, or with a member
  /// function that acquires or releases.
  bool isPoolClass(const clang::CXXRecordDecl *RD) const;

  /// True for a call of a standard container's `resize(n)` that may leave
  /// it no larger than it was (`resize(n)`, not `resize(size() + k)`):
  /// what it does to the handles depends on the size.
  static bool mayShrinkByResize(const clang::CXXMethodDecl *MD,
                                llvm::ArrayRef<const clang::Expr *> Args);

  /// The parameter of a pool's free function that is the pool: the first
  /// pointer or reference to a class whose name says pool
  /// (`task_pool_free(TaskPool *p, Task *t)`).
  static std::optional<unsigned> poolParameter(const clang::FunctionDecl *FD);

  /// What the standard-library free (or static) function \p FD does.
  static StdFunction stdFunction(const clang::FunctionDecl *FD);

  /// Inserting members whose first iterator says where (insert(pos, v)),
  /// rather than delimiting values to copy.
  static bool takesPosition(const clang::CXXMethodDecl *MD);

  /// Members that take over another container's elements (splice, merge).
  static bool takesOthersElements(const clang::CXXMethodDecl *MD);

  /// True when \p FD is a function of the standard library (whose body, if
  /// any, the analyses do not read: they use these tables instead).
  static bool isStd(const clang::Decl *D);

  /// The layout of the container whose member \p MD is called on an
  /// object of type \p ObjT: the standard's or the user's.
  ContainerLayout layout(const clang::CXXMethodDecl *MD, clang::QualType ObjT);
  /// True for a sequence container, whose size the analyzer counts: a
  /// vector, string, deque or list (the standard's or the user's), not a
  /// map or set.
  bool countsSize(const clang::CXXMethodDecl *MD, clang::QualType ObjT);
  /// How a call of \p MD changes the size of the sequence container it is
  /// called on: by 0 (const members, element accessors, reserve), +1
  /// (push_back, emplace_back, push_front, emplace_front), -1 (pop_back,
  /// pop_front); none when it is not a constant, or the object is not a
  /// sequence container.
  std::optional<int> sizeStep(const clang::CXXMethodDecl *MD,
                              clang::QualType ObjT);

private:
  /// What a standard member of \p MD's name does (stdMemberEffect without
  /// asking whether it is one).
  static StdEffect namedEffect(const clang::CXXMethodDecl *MD);
  bool computeCanHoldHandle(clang::QualType T, unsigned Depth);
  PoolRole computePoolRole(const clang::FunctionDecl *FD) const;

  /// True for the views of widely used libraries (llvm::StringRef,
  /// absl::string_view, absl::Span, ...; DefaultViews).
  static bool isWellKnownView(const clang::CXXRecordDecl *RD);
  /// The kind of container the user's class \p RD is (a class derived
  /// from one is one too); NotAContainer for the others.
  ContainerLayout userLayout(const clang::CXXRecordDecl *RD);
  UserModel User;
  llvm::DenseMap<const clang::CXXRecordDecl *, ContainerLayout> UserLayouts;
  /// poolRole's answers: asked at every call the engines evaluate.
  mutable llvm::DenseMap<const clang::FunctionDecl *, PoolRole> PoolRoles;
  /// Whether a class has members with a part in a pool's protocol.
  mutable llvm::DenseMap<const clang::CXXRecordDecl *, bool> PoolClasses;
  /// True when a member function of \p RD acquires or releases.
  bool hasPoolMethods(const clang::CXXRecordDecl *RD) const;
  ClassKind computeClassKind(const clang::CXXRecordDecl *RD);

  llvm::DenseMap<const clang::Type *, bool> HandleCache;
  llvm::DenseMap<const clang::Type *, bool> OwnsCache;
  llvm::DenseMap<const clang::CXXRecordDecl *, ClassKind> KindCache;
};

} // namespace lifeguard

#endif // LIFEGUARD_LIFETIMEMODEL_H
