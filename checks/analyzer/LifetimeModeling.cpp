//===-- LifetimeModeling.cpp - lifeguard.LifetimeModeling -----------------===//
//
// Records, per analyzer path, the ends that the analyzer's own model does
// not keep: heap objects deleted or freed, objects destroyed by the
// unique_ptr or the container of unique_ptrs that owned them, and buffers
// of owners (strings, containers, and the views made from them) that a
// handle was taken into and that the owner then gave up. It also corrects
// the analyzer where its conservative view of standard calls would open
// paths that cannot happen (a push_back does not change what the pointer it
// stores points to). Scope and full-expression ends are decided at the
// point of use from the AST (see endingOf), since the analyzer keeps every
// stack frame's locals until the frame returns.
//
//===----------------------------------------------------------------------===//

#include "LifetimeModeling.h"
#include "CheckerOptions.h"
#include "ContainerContents.h"
#include "ElementSweeps.h"
#include "LifetimeModel.h"
#include "SharedOwnership.h"
#include "WidenedLoops.h"
#include "clang/AST/DynamicRecursiveASTVisitor.h"
#include "clang/AST/ParentMap.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CallEvent.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramStateTrait.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

using namespace clang;
using namespace clang::ento;

namespace {

/// A heap object that ended on this path, and how.
struct EndedObject {
  lifeguard::csa::Ending::Kind K;
  const Stmt *Where;
  /// For a pointer to a loop variable's previous instance: that variable.
  const MemRegion *Was = nullptr;
  /// For an object ended through a pointer read out of a container that
  /// held it alone: that container (see storedPointerEnding).
  const MemRegion *ThroughReadOf = nullptr;
  bool operator==(const EndedObject &O) const {
    return K == O.K && Where == O.Where && Was == O.Was &&
           ThroughReadOf == O.ThroughReadOf;
  }
  // NOLINTNEXTLINE(readability-identifier-naming): FoldingSet's interface
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddInteger(K);
    ID.AddPointer(Where);
    ID.AddPointer(Was);
    ID.AddPointer(ThroughReadOf);
  }
};

/// A handle into an owner's buffer made by a call the analyzer did not
/// inline (`s.c_str()`), keyed by the symbol of its result.
struct InnerHandle {
  const MemRegion *Owner;
  const Expr *Issue;
  /// The call that reassigned, cleared or reset the owner since; null while
  /// the buffer is the one the handle was taken into.
  const Stmt *ChangedAt;
  /// The owner is a standard container and ChangedAt invalidated the
  /// handle by its rules (a reallocating growth, clear, erase).
  bool Invalidated = false;
  /// For a map's element looked up by key (`m[k]`, `m.find(k)`): the key,
  /// when it is a scalar the analyzer can compare.
  SVal Key = UnknownVal();
  /// The handle designates the owner's first or last element, or its only
  /// one (both): front(), begin() or back(), and since then nothing added
  /// or removed but at the other end. The pop at its end ends it.
  enum End : uint8_t { Neither = 0, First = 1, Last = 2, Only = 3 };
  uint8_t At = Neither;
  /// The handle is an iterator, which an insertion that keeps references
  /// (an unordered container's, a deque's at an end) invalidates; not the
  /// element read through it (`&it->second`).
  bool Iterator = false;
  /// For an element read through an iterator (`it->second`): the pointer
  /// inside that iterator, which erase(it) is given. (Iterators found by
  /// one call share Issue however far they were advanced since.)
  SymbolRef Through = nullptr;
  bool operator==(const InnerHandle &O) const {
    return Owner == O.Owner && Issue == O.Issue && ChangedAt == O.ChangedAt &&
           Invalidated == O.Invalidated && Key == O.Key && At == O.At &&
           Iterator == O.Iterator && Through == O.Through;
  }
  // NOLINTNEXTLINE(readability-identifier-naming): FoldingSet's interface
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddPointer(Owner);
    ID.AddPointer(Issue);
    ID.AddPointer(ChangedAt);
    ID.AddBoolean(Invalidated);
    Key.Profile(ID);
    ID.AddInteger(At);
    ID.AddBoolean(Iterator);
    ID.AddPointer(Through);
  }
};

/// What a container's accessor returned: an element a subscript returned
/// (`v[i]`, `v.at(i)`: the container and the index), the start of the
/// buffer, or the iterator a search by key or `end()` returned.
struct ElementAccess {
  enum Kind { Element, WholeBuffer, Found, End };
  const MemRegion *Container;
  /// The index of an Element, the key of a Found.
  SVal Index;
  Kind K = Element;
  bool operator==(const ElementAccess &O) const {
    return Container == O.Container && Index == O.Index && K == O.K;
  }
  // NOLINTNEXTLINE(readability-identifier-naming): FoldingSet's interface
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddPointer(Container);
    Index.Profile(ID);
    ID.AddInteger(K);
  }
};

/// A key an insertion put into a map or a set with unique keys on this
/// path, the container changed since by insertions only.
struct InsertedKey {
  const MemRegion *Container;
  SVal Key;
  bool operator==(const InsertedKey &O) const {
    return Container == O.Container && Key == O.Key;
  }
  // NOLINTNEXTLINE(readability-identifier-naming): FoldingSet's interface
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddPointer(Container);
    Key.Profile(ID);
  }
};

} // namespace

REGISTER_MAP_WITH_PROGRAMSTATE(EndedObjects, const MemRegion *, EndedObject)
REGISTER_MAP_WITH_PROGRAMSTATE(InnerHandles, SymbolRef, InnerHandle)
/// The object a unique_ptr owned when its reset, assignment or destructor
/// began, ended when the call returns (not before: the object's own
/// destructor runs inside the call).
REGISTER_MAP_WITH_PROGRAMSTATE(PendingRelease, const MemRegion *,
                               const MemRegion *)
/// The heap objects a container of unique_ptrs (`std::deque<std::unique_ptr<
/// Job>>`) is known to own, front first, since they were inserted on this
/// path. A container whose elements may have been moved out or reordered
/// in ways not modelled is forgotten, never guessed.
REGISTER_LIST_FACTORY_WITH_PROGRAMSTATE(OwnedObjects, const MemRegion *)
REGISTER_MAP_WITH_PROGRAMSTATE(OwnedByContainer, const MemRegion *,
                               OwnedObjects)
/// Values a standard call cannot change but that the analyzer, when it does
/// not inline the call, takes to be changed: what the objects a container
/// insertion's pointer arguments point to hold (a push_back of a pointer
/// never changes them), and the other members of the object whose member
/// the call is on (the analyzer invalidates the whole object, so that
/// `owners_.clear()` would forget `primary_`). Put back when the call
/// returns.
REGISTER_MAP_WITH_PROGRAMSTATE(KeptValues, const MemRegion *, SVal)
/// Locals of frames on the stack whose address was stored somewhere: when
/// such a local's declaration runs again (the next loop iteration), the
/// pointers to its previous instance are stale.
REGISTER_SET_WITH_PROGRAMSTATE(AddressTaken, const MemRegion *)
/// The containers whose list above is all they own (they were seen empty):
/// only for those does pop_front or pop_back say which object ends.
REGISTER_SET_WITH_PROGRAMSTATE(CompletelyOwned, const MemRegion *)
/// The key under which a map of unique_ptrs (`std::map<int, std::unique_ptr<
/// Session>>`) owns a heap object, when it is a scalar: an erase by the
/// same key, or through an iterator found by it, ends that object.
REGISTER_MAP_WITH_PROGRAMSTATE(OwnedKeys, const MemRegion *, SVal)
/// The key a call on a map names (see keyArgument), read before the call
/// for when it returns: a call the analyzer does not inline may change what
/// its arguments refer to (a temporary key passed by rvalue reference).
REGISTER_MAP_WITH_PROGRAMSTATE(KeysInFlight, const Expr *, SVal)
/// Iterators into a container's buffer that a call the analyzer does not
/// inline is about to move (`++it`, `it += n`): the handle they were, put
/// back on the new value when the call returns, since the call conjures
/// it afresh.
REGISTER_MAP_WITH_PROGRAMSTATE(MovingIterators, const MemRegion *, InnerHandle)
/// The vectors and strings whose capacity the path reserved or looked at:
/// their growth may stay within it, which moves nothing.
REGISTER_SET_WITH_PROGRAMSTATE(CapacityMinded, const MemRegion *)
/// The sequence containers whose size the path knows: constructed empty on
/// it, and changed since only by calls whose step LifetimeModel::sizeStep
/// knows.
REGISTER_MAP_WITH_PROGRAMSTATE(KnownSizes, const MemRegion *, unsigned)
/// The sequence containers whose size the path does not know but has added
/// to since, by steps it knows: how many elements they hold at least (a
/// caller's vector after `push_back`, which `empty()` then does not find
/// empty).
REGISTER_MAP_WITH_PROGRAMSTATE(SizesAtLeast, const MemRegion *, unsigned)
/// The objects a pool's acquire handed out on the path and not given back
/// since.
REGISTER_SET_WITH_PROGRAMSTATE(HandedOut, const MemRegion *)
/// The blocks of memory a std::pmr::memory_resource handed out on the path
/// (the region of each, known by a symbol), and the resource.
REGISTER_MAP_WITH_PROGRAMSTATE(ResourceBlocks, const MemRegion *,
                               const MemRegion *)
/// Of those, the ones whose capacity a `reserve(n)` set on the path: how
/// many more elements fit before the next growth reallocates.
REGISTER_MAP_WITH_PROGRAMSTATE(ReservedRoom, const MemRegion *, unsigned)
/// The pmr containers and strings constructed on the path with a memory
/// resource (`std::pmr::vector<int> v(&arena)`, a member given one by its
/// class's constructor, one moved from such a container), and the resource.
REGISTER_MAP_WITH_PROGRAMSTATE(ContainerResources, const MemRegion *,
                               const MemRegion *)
/// Of those, the ones whose resource gave back all its memory since (its
/// release() or its end), and where: what they hold is gone.
REGISTER_MAP_WITH_PROGRAMSTATE(ReleasedBuffers, const MemRegion *, const Stmt *)
/// The elements subscripts returned (the symbol of each), the buffer
/// `data()` and `c_str()` returned, and the pointer inside the iterator
/// `find(k)` or `end()` returned, while their container is not changed:
/// the analyzer does not inline them, so `v[0]` or `s.c_str()` twice would
/// otherwise be two objects, and `m.find(k)` found on a path could be
/// `m.end()` the next time.
REGISTER_MAP_WITH_PROGRAMSTATE(ElementsAccessed, SymbolRef, ElementAccess)
/// What `size()` of a standard container returned, or the size
/// `resize(n)` gave it, the container changed by nothing else since: the
/// analyzer does not inline size(), and would otherwise take two calls for
/// two sizes (a memo that recurses would resize again what its caller
/// just resized).
REGISTER_MAP_WITH_PROGRAMSTATE(SizesSeen, const MemRegion *, SVal)
/// The keys known to be in their container (see InsertedKey): inserting
/// one again inserts nothing, and rehashes nothing (a memo that recurses
/// into a run with the key its caller inserted).
REGISTER_LIST_WITH_PROGRAMSTATE(InsertedKeys, InsertedKey)
/// The std::strings made or assigned from a string literal on the path,
/// changed by nothing since: the literal (one region per spelling), by
/// which such a string is compared as a map's key (`find("ACC-2")` and
/// `erase("ACC-2")` name one element).
REGISTER_MAP_WITH_PROGRAMSTATE(LiteralStrings, const MemRegion *, SVal)
/// A value that lives inside a std::optional or std::variant, where the
/// accessors (the optional's, std::get, std::get_if) returned it on the
/// path (the analyzer inlines them): its holder, and its type.
struct HeldValue {
  const MemRegion *Holder;
  QualType Type;
  bool operator==(const HeldValue &O) const {
    return Holder == O.Holder && Type == O.Type;
  }
  // NOLINTNEXTLINE(readability-identifier-naming): FoldingSet's interface
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddPointer(Holder);
    Type.Profile(ID);
  }
};
REGISTER_MAP_WITH_PROGRAMSTATE(HeldValues, const MemRegion *, HeldValue)

namespace lifeguard::csa {

bool isLifeguardReport(const PathSensitiveBugReport &BR) {
  return BR.getBugType().getCheckerName().starts_with("lifeguard.");
}

std::string quotedName(const MemRegion *R, StringRef Otherwise) {
  std::string Name = R->canPrintPretty() ? R->getDescriptiveName(false) : "";
  return Name.empty() ? Otherwise.str() : "'" + Name + "'";
}

const MemRegion *namedRegion(const Expr *E, const ProgramStateRef &State,
                             const LocationContext *LC) {
  E = E->IgnoreParenImpCasts();
  SVal Place;
  QualType Declared;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD)
      return nullptr;
    Place = State->getLValue(VD, LC);
    Declared = VD->getType();
  } else if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!FD)
      return nullptr;
    const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
    SVal Object;
    if (isa<CXXThisExpr>(Base)) {
      // (In a lambda, `this` is the enclosing object's, captured.)
      const auto *MD = dyn_cast<CXXMethodDecl>(LC->getDecl());
      if (!MD || MD->getParent()->isLambda())
        return nullptr;
      Object =
          State->getSVal(State->getStateManager().getSValBuilder().getCXXThis(
              MD, LC->getStackFrame()));
    } else if (const MemRegion *Outer = namedRegion(Base, State, LC)) {
      Object = ME->isArrow() ? State->getSVal(Outer, Base->getType())
                             : loc::MemRegionVal(Outer);
    }
    if (!isa<Loc>(Object))
      return nullptr;
    Place = State->getLValue(FD, Object);
    Declared = FD->getType();
  } else {
    return nullptr;
  }
  const MemRegion *R = Place.getAsRegion();
  if (R && Declared->isReferenceType())
    return State->getSVal(R, Declared).getAsRegion();
  return R;
}

std::string sourceName(const Expr *E) {
  if (!E)
    return "";
  E = E->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return DRE->getDecl()->getName().str();
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    std::string Base = isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts())
                           ? ""
                           : sourceName(ME->getBase());
    std::string Member = ME->getMemberDecl()->getName().str();
    return Base.empty() ? Member : Base + "." + Member;
  }
  // `*p`, and `p++` of `*p++`: the pointer is p.
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && (UO->getOpcode() == UO_Deref || UO->isIncrementDecrementOp()))
    return sourceName(UO->getSubExpr());
  // An iterator's `*it`, `it->m`, the standard library does not inline.
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
      OC && OC->getNumArgs() > 0 &&
      (OC->getOperator() == OO_Star || OC->getOperator() == OO_Arrow))
    return sourceName(OC->getArg(0));
  // A container's element, `postings[term]`.
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
      OC && OC->getOperator() == OO_Subscript && OC->getNumArgs() == 2) {
    std::string Base = sourceName(OC->getArg(0));
    if (Base.empty())
      return "";
    std::string Index;
    llvm::raw_string_ostream OS(Index);
    OC->getArg(1)->IgnoreImplicit()->printPretty(OS, nullptr,
                                                 PrintingPolicy(LangOptions()));
    return Base + "[" + Index + "]";
  }
  return "";
}

std::string quoted(const std::string &Name, StringRef Otherwise) {
  return Name.empty() ? Otherwise.str() : "'" + Name + "'";
}

std::pair<ProgramStateRef, ProgramStateRef>
compareKeys(const ProgramStateRef &State, SVal A, SVal B) {
  SValBuilder &SVB = State->getStateManager().getSValBuilder();
  auto Equal = SVB.evalBinOp(State, BO_EQ, A, B, SVB.getConditionType())
                   .getAs<DefinedOrUnknownSVal>();
  if (!Equal)
    return {State, State};
  return State->assume(*Equal);
}

bool sameKey(const ProgramStateRef &State, SVal A, SVal B) {
  auto [Equal, NotEqual] = compareKeys(State, A, B);
  return Equal && !NotEqual;
}

std::pair<Store, const MemRegion *> contentsOf(const ProgramStateRef &State,
                                               SVal Object) {
  if (auto Copy = Object.getAs<nonloc::LazyCompoundVal>())
    return {Copy->getStore(), Copy->getRegion()};
  return {State->getStore(), Object.getAsRegion()};
}

SVal memberValue(const ProgramStateRef &State, SVal Object,
                 const FieldDecl *FD) {
  auto [S, Region] = contentsOf(State, Object);
  const auto *Sub = dyn_cast_or_null<SubRegion>(Region);
  if (!Sub)
    return UnknownVal();
  ProgramStateManager &Mgr = State->getStateManager();
  return Mgr.getStoreManager().getBinding(
      S, loc::MemRegionVal(Mgr.getRegionManager().getFieldRegion(FD, Sub)));
}

SVal objectOf(const CallEvent &Call) {
  if (const auto *IC = dyn_cast<CXXInstanceCall>(&Call))
    return IC->getCXXThisVal();
  if (const auto *CC = dyn_cast<CXXConstructorCall>(&Call))
    return CC->getCXXThisVal();
  return UnknownVal();
}

SVal keyArgument(const CallEvent &Call, const CXXMethodDecl *MD,
                 const ProgramStateRef &State) {
  QualType KeyT = LifetimeModel::memberTypedef(MD->getParent(), "key_type");
  if (KeyT.isNull() || Call.getNumArgs() == 0 || MD->getNumParams() == 0)
    return UnknownVal();
  QualType ParamT = MD->getParamDecl(0)->getType();
  SVal Arg = Call.getArgSVal(0);
  bool Scalar = KeyT->isScalarType();
  // insert(std::make_pair(k, v)), insert({k, v}): the pair's first.
  const CXXRecordDecl *Pair =
      Call.getArgExpr(0)->getType()->getAsCXXRecordDecl();
  if (Scalar && Pair && LifetimeModel::isStd(Pair) &&
      Pair->getName() == "pair" && Pair->hasDefinition() &&
      MD->getIdentifier() && MD->getName() == "insert") {
    const FieldDecl *First = *Pair->getDefinition()->field_begin();
    if (First->getType().getCanonicalType().getUnqualifiedType() !=
        KeyT.getUnqualifiedType())
      return UnknownVal();
    return memberValue(State, Arg, First);
  }
  if (ParamT.getNonReferenceType().getCanonicalType().getUnqualifiedType() !=
      KeyT.getUnqualifiedType())
    return UnknownVal();
  if (!Scalar) {
    const MemRegion *Str =
        ParamT->isReferenceType() ? Arg.getAsRegion() : nullptr;
    const SVal *Literal =
        Str ? State->get<LiteralStrings>(Str->StripCasts()) : nullptr;
    return Literal ? *Literal : UnknownVal();
  }
  if (!ParamT->isReferenceType())
    return Arg;
  if (std::optional<Loc> L = Arg.getAs<Loc>())
    return State->getSVal(*L, KeyT);
  return UnknownVal();
}

namespace {

/// The handle into an owner's buffer that \p Sym is, if any: made by an
/// accessor (`s.c_str()`), or derived from a view such a call returned
/// whole (`std::string_view v = s;`, whose members read as symbols derived
/// from the conjured view).
const InnerHandle *handleOf(const ProgramStateRef &State, SymbolRef Sym) {
  if (!Sym)
    return nullptr;
  if (const InnerHandle *H = State->get<InnerHandles>(Sym))
    return H;
  if (const auto *Derived = dyn_cast<SymbolDerived>(Sym))
    return State->get<InnerHandles>(Derived->getParentSymbol());
  return nullptr;
}

/// For the handle \p H into the buffer of an element of another container
/// (`v[0].c_str()`), the handle that element is.
const InnerHandle *elementHandleOf(const ProgramStateRef &State,
                                   const InnerHandle &H) {
  const auto *Element =
      H.Owner ? dyn_cast<SymbolicRegion>(H.Owner->getBaseRegion()) : nullptr;
  return Element ? State->get<InnerHandles>(Element->getSymbol()) : nullptr;
}

/// True when \p H points into the buffer of an element (`v[0].data()`)
/// that its container moved into a new buffer of its own (growth,
/// reserve), and keeps its buffer when moved (see
/// LifetimeModel::keepsBufferWhenMoved); an element whose type is not
/// known is taken to keep it.
bool survivesElementMove(const ProgramStateRef &State, const InnerHandle &H,
                         LifetimeModel &Model) {
  const InnerHandle *Element = elementHandleOf(State, H);
  const auto *Call =
      Element ? dyn_cast_or_null<CallExpr>(Element->ChangedAt) : nullptr;
  const auto *MD =
      Call ? dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee()) : nullptr;
  const Expr *Container = LifetimeModel::objectOfCall(Call);
  if (!MD || !Container)
    return false;
  const Expr *ElementExpr = LifetimeModel::objectOfCall(H.Issue);
  return Model.relocates(MD, Model.objectType(Container)) &&
         (!ElementExpr ||
                   Model.keepsBufferWhenMoved(Model.objectType(ElementExpr)));
}

/// The same for the value \p V: a pointer whose region is symbolic, or a
/// view held as a symbol.
const InnerHandle *handleOf(const ProgramStateRef &State, SVal V) {
  if (const MemRegion *R = V.getAsRegion()) {
    const auto *SR = dyn_cast<SymbolicRegion>(R->getBaseRegion());
    return SR ? handleOf(State, SR->getSymbol()) : nullptr;
  }
  return handleOf(State, V.getAsSymbol());
}

/// \p R without the casts the analyzer wraps around it (a first element of
/// another type, a base class's part), but still a true first element of
/// an array (`&Slots[0]`), which StripCasts would take for a cast.
const MemRegion *withoutCasts(const MemRegion *R) {
  while (true) {
    if (const auto *ER = dyn_cast<ElementRegion>(R)) {
      const auto *Array = dyn_cast<TypedValueRegion>(ER->getSuperRegion());
      if (!ER->getIndex().isZeroConstant() ||
          (Array && Array->getValueType()->isArrayType()))
        return R;
      R = ER->getSuperRegion();
    } else if (isa<CXXBaseObjectRegion, CXXDerivedObjectRegion>(R)) {
      R = cast<SubRegion>(R)->getSuperRegion();
    } else {
      return R;
    }
  }
}

/// True when \p A and \p B start at the same known byte of the same
/// object, whatever types they are seen as.
bool sameStart(const MemRegion *A, const MemRegion *B) {
  RegionOffset OA = A->getAsOffset(), OB = B->getAsOffset();
  return OA.isValid() && OB.isValid() && !OA.hasSymbolicOffset() &&
         !OB.hasSymbolicOffset() && OA.getRegion() == OB.getRegion() &&
         OA.getOffset() == OB.getOffset();
}

/// The region a pointer symbol was read from: an element's value, or a
/// member of it.
const MemRegion *readFrom(SymbolRef Sym) {
  if (const auto *Value = dyn_cast_or_null<SymbolRegionValue>(Sym))
    return Value->getRegion();
  if (const auto *Derived = dyn_cast_or_null<SymbolDerived>(Sym))
    return Derived->getRegion();
  return nullptr;
}

/// The element handle the pointer \p Sym was read out of, if any.
const InnerHandle *elementReadFrom(const ProgramStateRef &State,
                                   SymbolRef Sym) {
  const MemRegion *From = readFrom(Sym);
  return From ? handleOf(State, loc::MemRegionVal(From)) : nullptr;
}

/// The container whose element the pointer \p Sym was read out of, if
/// any.
const MemRegion *elementOwnerOf(const ProgramStateRef &State, SymbolRef Sym) {
  const InnerHandle *Element = elementReadFrom(State, Sym);
  return Element ? Element->Owner : nullptr;
}

/// Calls \p F with each direct binding of the store \p S (its region is the
/// base region of its cluster). \p F only looks: the store must not change
/// while it is walked.
void forEachBinding(const ProgramStateRef &State, Store S,
                    llvm::function_ref<void(const MemRegion *, SVal)> F) {
  class Handler : public StoreManager::BindingsHandler {
  public:
    explicit Handler(llvm::function_ref<void(const MemRegion *, SVal)> F)
        : F(F) {}
    bool HandleBinding(StoreManager &, Store, const MemRegion *Region,
                       SVal Val) override {
      F(Region, Val);
      return true;
    }
    llvm::function_ref<void(const MemRegion *, SVal)> F;
  } H(F);
  State->getStateManager().getStoreManager().iterBindings(S, H);
}

/// What \p Container is known to own, front first.
llvm::SmallVector<const MemRegion *, 8>
ownedBy(const ProgramStateRef &State, const MemRegion *Container) {
  llvm::SmallVector<const MemRegion *, 8> Objects;
  if (const OwnedObjects *L = State->get<OwnedByContainer>(Container))
    for (const MemRegion *R : *L)
      Objects.push_back(R);
  return Objects;
}

/// Records that \p Container owns \p Objects, front first.
ProgramStateRef storeOwned(const ProgramStateRef &State,
                           const MemRegion *Container,
                           llvm::ArrayRef<const MemRegion *> Objects) {
  OwnedObjects::Factory &Factory = State->get_context<OwnedObjects>();
  OwnedObjects L = Factory.getEmptyList();
  for (const MemRegion *R : llvm::reverse(Objects))
    L = Factory.add(R, L);
  return State->set<OwnedByContainer>(Container, L);
}

/// The key \p Call names, as it was when the call began.
SVal keyInFlight(const ProgramStateRef &State, const CallEvent &Call) {
  const auto *Origin = dyn_cast_or_null<Expr>(Call.getOriginExpr());
  const SVal *Key = Origin ? State->get<KeysInFlight>(Origin) : nullptr;
  return Key ? *Key : UnknownVal();
}

/// True for a count written in the source: a constant (`3`), or a size
/// plus or minus a constant (`v.size() + 1`).
bool isWrittenCount(const Expr *E, ASTContext &Ctx) {
  E = E->IgnoreParenImpCasts();
  if (E->isIntegerConstantExpr(Ctx))
    return true;
  if (const auto *Sum = dyn_cast<BinaryOperator>(E);
      Sum && Sum->isAdditiveOp()) {
    const auto *Size =
        dyn_cast<CXXMemberCallExpr>(Sum->getLHS()->IgnoreParenImpCasts());
    const CXXMethodDecl *MD = Size ? Size->getMethodDecl() : nullptr;
    return MD && MD->getIdentifier() && MD->getName() == "size" &&
           Sum->getRHS()->isIntegerConstantExpr(Ctx);
  }
  return false;
}

/// True for a member of a standard container that may change which
/// elements it holds, or where: not a search, not an accessor other than
/// a map's `operator[]` (which inserts the key it does not find).
bool mayChangeElements(const CXXMethodDecl *MD) {
  if (MD->isConst())
    return false;
  if (MD->getOverloadedOperator() == OO_Subscript)
    return LifetimeModel::declaresMember(MD->getParent(), "mapped_type");
  if (LifetimeModel::accessesElements(MD))
    return false;
  return !MD->getIdentifier() ||
         !llvm::is_contained({"find", "lower_bound", "upper_bound",
                              "equal_range"},
                             MD->getName());
}

/// True when the pointers \p A and \p B are one on this path: the same
/// symbol, or two the path took to be equal.
bool samePointer(const ProgramStateRef &State, SymbolRef A, SymbolRef B) {
  if (!A || !B || A == B)
    return A && A == B;
  if (!Loc::isLocType(A->getType()) || !Loc::isLocType(B->getType()))
    return false;
  MemRegionManager &MRM = State->getStateManager().getRegionManager();
  return State
      ->areEqual(loc::MemRegionVal(MRM.getSymbolicRegion(A)),
                 loc::MemRegionVal(MRM.getSymbolicRegion(B)))
      .isConstrainedTrue();
}

/// The element handle \p Found, for the pointer \p Sym read through a
/// valid iterator, was read before through an equal one, and is still
/// valid: the earlier pointer.
SymbolRef elementReadBefore(const ProgramStateRef &State,
                            const InnerHandle &Found, SymbolRef Sym) {
  if (!Found.Through || Found.ChangedAt)
    return nullptr;
  for (const auto &[Earlier, H] : State->get<InnerHandles>())
    if (Earlier != Sym && H.Owner == Found.Owner && !H.Iterator &&
        !H.ChangedAt && Earlier->getType() == Sym->getType() &&
        samePointer(State, H.Through, Found.Through))
      return Earlier;
  return nullptr;
}

/// A handle taken to the element at the end \p At of \p Owner: at both
/// ends when the path counted one element.
uint8_t atEnd(const ProgramStateRef &State, const MemRegion *Owner,
              uint8_t At) {
  const unsigned *Size = Owner ? State->get<KnownSizes>(Owner) : nullptr;
  return At != InnerHandle::Neither && Size && *Size == 1
             ? uint8_t(InnerHandle::Only)
             : At;
}

/// For a map \p Owner whose entries are all known, and are some: the
/// iterators its begin() returned are not its end(). (A loop over it that
/// runs no iteration would keep what the loop's body changes.)
ProgramStateRef beginIsNotEnd(ProgramStateRef State, const MemRegion *Owner) {
  std::optional<unsigned> Entries = keyedCount(State, Owner);
  if (!Entries || *Entries == 0)
    return State;
  const MemRegion *Container = Owner->StripCasts();
  SymbolRef End = nullptr;
  for (const auto &[Sym, Access] : State->get<ElementsAccessed>())
    if (Access.Container == Container && Access.K == ElementAccess::End)
      End = Sym;
  if (!End)
    return State;
  ProgramStateManager &Mgr = State->getStateManager();
  SValBuilder &SVB = Mgr.getSValBuilder();
  auto At = [&](SymbolRef Sym) {
    return loc::MemRegionVal(Mgr.getRegionManager().getSymbolicRegion(Sym));
  };
  for (const auto &[Sym, H] : State->get<InnerHandles>()) {
    if (!H.Owner || H.Owner->StripCasts() != Container || !H.Iterator ||
        !(H.At & InnerHandle::First) || H.ChangedAt)
      continue;
    auto NotEnd = SVB.evalBinOp(State, BO_NE, At(Sym), At(End),
                                SVB.getConditionType())
                      .getAs<DefinedOrUnknownSVal>();
    if (ProgramStateRef Assumed = NotEnd ? State->assume(*NotEnd, true) : nullptr)
      State = Assumed;
  }
  return State;
}

/// Forgets what `find(k)` and `end()` of \p Container returned.
ProgramStateRef forgetLookups(ProgramStateRef State,
                              const MemRegion *Container) {
  for (const auto &[Sym, Access] : State->get<ElementsAccessed>())
    if (Access.Container == Container &&
        (Access.K == ElementAccess::Found || Access.K == ElementAccess::End))
      State = State->remove<ElementsAccessed>(Sym);
  return State;
}

/// For \p Call of \p MD on \p Container: what `size()` and `empty()`
/// return when the path counted the size; else what `size()` returned is
/// the size seen before, the container unchanged since (or the size to see
/// again); `resize(n)` makes the size n.
ProgramStateRef seeSize(ProgramStateRef State, const CallEvent &Call,
                        const CXXMethodDecl *MD, const MemRegion *Container) {
  if (!MD->getIdentifier() || Call.getNumArgs() != MD->getNumParams())
    return State;
  const auto *Origin = dyn_cast_or_null<Expr>(Call.getOriginExpr());
  SValBuilder &SVB = State->getStateManager().getSValBuilder();
  QualType T = MD->getReturnType();
  if (const unsigned *Counted = State->get<KnownSizes>(Container);
      Counted && Origin && Call.getNumArgs() == 0 &&
      (MD->getName() == "size" || MD->getName() == "empty")) {
    return State->BindExpr(Origin, Call.getLocationContext(),
                           MD->getName() == "size"
                               ? SVB.makeIntVal(*Counted, T)
                               : SVB.makeTruthVal(*Counted == 0, T));
  }
  if (State->get<SizesAtLeast>(Container) && Origin && Call.getNumArgs() == 0 &&
      MD->getName() == "empty")
    return State->BindExpr(Origin, Call.getLocationContext(),
                           SVB.makeTruthVal(false, T));
  if (MD->getName() == "resize" && Call.getNumArgs() > 0)
    return State->set<SizesSeen>(Container, Call.getArgSVal(0));
  if (MD->getName() != "size" || Call.getNumArgs() != 0)
    return State;
  const SVal *Seen = State->get<SizesSeen>(Container);
  if (!Seen) {
    SVal Size = Call.getReturnValue();
    if (const unsigned *Least = State->get<SizesAtLeast>(Container))
      if (auto AtLeast =
              SVB.evalBinOp(State, BO_GE, Size, SVB.makeIntVal(*Least, T),
                            SVB.getConditionType())
                  .getAs<DefinedOrUnknownSVal>())
        if (ProgramStateRef Bounded = State->assume(*AtLeast, true))
          State = Bounded;
    return State->set<SizesSeen>(Container, Size);
  }
  // The same value, not one assumed equal: the constraints on it hold.
  return Origin ? State->BindExpr(Origin, Call.getLocationContext(), *Seen)
                : State;
}

/// Forgets which keys insertions put into the containers \p Forgotten
/// holds for.
template <class Pred>
ProgramStateRef forgetInsertedKeys(const ProgramStateRef &State,
                                   Pred Forgotten) {
  InsertedKeysTy Kept = State->get_context<InsertedKeys>().getEmptyList();
  bool Changed = false;
  for (const InsertedKey &Inserted : State->get<InsertedKeys>()) {
    if (Forgotten(Inserted.Container))
      Changed = true;
    else
      Kept = State->get_context<InsertedKeys>().add(Inserted, Kept);
  }
  return Changed ? State->set<InsertedKeys>(Kept) : State;
}

/// True when the path took `m.find(Key)` unequal to `m.end()` on
/// \p Container: the key is there.
bool foundOnPath(const ProgramStateRef &State, const MemRegion *Container,
                 SVal Key) {
  SValBuilder &SVB = State->getStateManager().getSValBuilder();
  MemRegionManager &MRM = SVB.getRegionManager();
  for (const auto &[Found, Access] : State->get<ElementsAccessed>()) {
    if (Access.Container != Container || Access.K != ElementAccess::Found ||
        !sameKey(State, Key, Access.Index))
      continue;
    for (const auto &[End, EndAccess] : State->get<ElementsAccessed>()) {
      if (EndAccess.Container != Container || EndAccess.K != ElementAccess::End)
        continue;
      auto Equal =
          SVB.evalBinOp(State, BO_EQ,
                        loc::MemRegionVal(MRM.getSymbolicRegion(Found)),
                        loc::MemRegionVal(MRM.getSymbolicRegion(End)),
                        SVB.getConditionType())
              .getAs<DefinedOrUnknownSVal>();
      if (Equal && !State->assume(*Equal, true))
        return true;
    }
  }
  return false;
}

/// For an insertion of \p Key into \p Container, a map or a set with
/// unique keys: true when the key is one an insertion put there before,
/// and so inserts nothing; otherwise remembers the key as inserted.
bool insertsNothing(ProgramStateRef &State, const CXXMethodDecl *MD,
                    const MemRegion *Container, SVal Key) {
  if (Key.isUnknown() || MD->getParent()->getName().contains("multi"))
    return false;
  for (const InsertedKey &Inserted : State->get<InsertedKeys>())
    if (Inserted.Container == Container && sameKey(State, Key, Inserted.Key))
      return true;
  State = State->add<InsertedKeys>({Container, Key});
  return false;
}

/// For the iterator \p MD (`find(k)`, `end()`) returned on \p Owner, whose
/// pointer is \p Held: the pointer an equal call on the container
/// unchanged since returned, which this one returns too; null when this
/// call is the first (it is remembered). (A search found on a path is found
/// again; the analyzer, which does not inline the search, would take it as
/// not found the next time, and see an insertion there.)
SymbolRef rememberLookup(ProgramStateRef &State, const CXXMethodDecl *MD,
                         const MemRegion *Owner, SVal Key, SVal Held) {
  SymbolRef Sym = Held.getAsLocSymbol();
  if (!Sym || !MD->getIdentifier())
    return nullptr;
  ElementAccess Access{Owner, UnknownVal(), ElementAccess::End};
  if (MD->getName() == "find" && !Key.isUnknown())
    Access = {Owner, Key, ElementAccess::Found};
  else if (!llvm::is_contained({"end", "cend"}, MD->getName()) ||
           MD->getNumParams() != 0)
    return nullptr;
  for (const auto &[Earlier, A] : State->get<ElementsAccessed>())
    if (A == Access)
      return Earlier;
  State = State->set<ElementsAccessed>(Sym, Access);
  return nullptr;
}

/// The iterator \p View a call returned, whose pointer member is \p F,
/// made to hold \p Pointer: the same pointer, not one assumed equal, so
/// that what is read through the two iterators is one object.
ProgramStateRef holdPointer(ProgramStateRef State, SVal View,
                            const FieldRegion *F, SymbolRef Pointer,
                            const CallEvent &Call) {
  ProgramStateManager &Mgr = State->getStateManager();
  const LocationContext *LC = Call.getLocationContext();
  State = State->bindLoc(
      loc::MemRegionVal(F),
      loc::MemRegionVal(Mgr.getRegionManager().getSymbolicRegion(Pointer)), LC);
  // A value returned whole: its own store, taken again with the pointer.
  const auto *Origin = dyn_cast_or_null<Expr>(Call.getOriginExpr());
  if (auto LCV = View.getAs<nonloc::LazyCompoundVal>(); LCV && Origin)
    State = State->BindExpr(
        Origin, LC,
        Mgr.getSValBuilder().makeLazyCompoundVal(
            StoreRef(State->getStore(), Mgr.getStoreManager()),
            LCV->getRegion()));
  return State;
}

/// True when the key \p Arg of a call, whose value is \p Key, may be
/// one the container already holds because it was read through a pointer
/// or a reference: the key object, or the object its value was read from,
/// is somewhere the analyzer does not see (`m[it->first]`, `m[kv.first]`,
/// `int k = e->id; m[k]`), perhaps in the container itself.
bool keyReadThroughPointer(SVal Arg, SVal Key) {
  auto ThroughPointer = [](const MemRegion *R) {
    return R && isa<SymbolicRegion>(R->getBaseRegion());
  };
  if (ThroughPointer(Arg.getAsRegion()))
    return true;
  SymbolRef Sym = Key.getAsSymbol();
  if (const auto *Read = dyn_cast_or_null<SymbolRegionValue>(Sym))
    return ThroughPointer(Read->getRegion());
  if (const auto *Derived = dyn_cast_or_null<SymbolDerived>(Sym))
    return ThroughPointer(Derived->getRegion());
  return false;
}

/// For the key argument \p Arg of erase(k), whose value is \p Key: the
/// element of \p Container that the key object lies in, or that the key's
/// value was read from, as the pointer to the element or, for an element
/// read through an iterator, the pointer inside that iterator (see
/// InnerHandle::Through); null when the key comes from elsewhere.
SymbolRef elementHoldingKey(const ProgramStateRef &State, SVal Arg, SVal Key,
                            const MemRegion *Container) {
  const MemRegion *Place = Arg.getAsRegion();
  if (const auto *Read = dyn_cast_or_null<SymbolRegionValue>(Key.getAsSymbol()))
    Place = Read->getRegion();
  else if (const auto *Derived =
               dyn_cast_or_null<SymbolDerived>(Key.getAsSymbol()))
    Place = Derived->getRegion();
  const auto *Element =
      Place ? dyn_cast<SymbolicRegion>(Place->getBaseRegion()) : nullptr;
  const InnerHandle *H =
      Element ? handleOf(State, Element->getSymbol()) : nullptr;
  if (!H || H->Owner != Container)
    return nullptr;
  return H->Through ? H->Through : Element->getSymbol();
}

/// Records where each local of a function body is declared: its DeclStmt.
void collectDeclarations(const Stmt *S,
                         llvm::DenseMap<const VarDecl *, const DeclStmt *> &Map) {
  if (const auto *DS = dyn_cast<DeclStmt>(S))
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        Map[VD] = DS;
  for (const Stmt *Child : S->children())
    if (Child)
      collectDeclarations(Child, Map);
}

} // namespace

std::optional<unsigned> releasedArgumentIndex(const CallEvent &Call,
                                              const FunctionDecl *FD) {
  llvm::SmallVector<const Expr *, 4> Args;
  for (unsigned I = 0, N = Call.getNumArgs(); I != N; ++I)
    Args.push_back(Call.getArgExpr(I));
  const Expr *Released = LifetimeModel::releasedArgument(FD, Args);
  for (unsigned I = 0; I < Args.size(); ++I)
    if (Args[I] == Released)
      return I;
  return std::nullopt;
}


/// The type of the object a member call is on: the container `v` of
/// `v.push_back(x)`, also when the member is a base's (see
/// LifetimeModel::objectType).
QualType objectTypeOf(const CallEvent &Call, const CXXMethodDecl *MD,
                      LifetimeModel &Model) {
  if (const Expr *Object = LifetimeModel::objectOfCall(Call.getOriginExpr()))
    return Model.objectType(Object);
  return MD->getThisType()->getPointeeType();
}

class LifetimeModelingChecker
    : public Checker<
          check::PostStmt<CXXDeleteExpr>, check::PostStmt<DeclStmt>,
          check::PreStmt<MaterializeTemporaryExpr>,
          check::PostStmt<ImplicitCastExpr>, check::PostStmt<BinaryOperator>,
          check::PostStmt<CXXRewrittenBinaryOperator>, check::Bind,
          check::PreCall, check::PostCall, eval::Call, check::RegionChanges,
          check::LiveSymbols, check::DeadSymbols, check::BlockEntrance> {
public:
  void checkPostStmt(const CXXDeleteExpr *DE, CheckerContext &C) const;
  void checkPostStmt(const DeclStmt *DS, CheckerContext &C) const;
  void checkPreStmt(const MaterializeTemporaryExpr *Array,
                    CheckerContext &C) const {
    ProgramStateRef State =
        rememberList(C.getState(), Array, C.getLocationContext(), Model);
    if (State != C.getState())
      C.addTransition(State);
  }
  void checkPostStmt(const ImplicitCastExpr *ICE, CheckerContext &C) const;
  void checkPostStmt(const BinaryOperator *BO, CheckerContext &C) const;
  /// For `p == q` (or `!=`) where p was read out of a container whose
  /// contents are known and q points to one of the objects it holds: splits
  /// the path into the one where p is that object and the one where it is
  /// another. (The analyzer, which sees a pointer read out of memory it
  /// does not know and a fresh allocation, takes them to differ: the
  /// element std::find found, or a loop's `if (n == target)`, would never
  /// be the object searched for.) False when it is no such comparison.
  bool compareWithRead(const BinaryOperator *BO, CheckerContext &C) const;
  void checkPostStmt(const CXXRewrittenBinaryOperator *RBO,
                     CheckerContext &C) const;
  /// \p State with what is known of the containers an aggregate's
  /// initializer \p V constructed in temporaries moved to the members of
  /// \p L they are copied into.
  ProgramStateRef moveMemberTemporaries(ProgramStateRef State, SVal L,
                                        SVal V) const;
  void keepMemberTemporariesLive(const ProgramStateRef &State,
                                 SymbolReaper &SR) const;
  void checkBind(SVal L, SVal V, const Stmt *S, bool AtDeclInit,
                 CheckerContext &C) const;
  void checkPreCall(const CallEvent &Call, CheckerContext &C) const;
  void checkPostCall(const CallEvent &Call, CheckerContext &C) const;
  bool evalCall(const CallEvent &Call, CheckerContext &C) const;
  ProgramStateRef
  checkRegionChanges(ProgramStateRef State, const InvalidatedSymbols *,
                     ArrayRef<const MemRegion *> ExplicitRegions,
                     ArrayRef<const MemRegion *> Regions,
                     const LocationContext *LCtx, const CallEvent *Call) const;
  void checkLiveSymbols(const ProgramStateRef &State, SymbolReaper &SR) const;
  void checkDeadSymbols(SymbolReaper &SR, CheckerContext &C) const;
  void checkBlockEntrance(const BlockEntrance &Entrance,
                          CheckerContext &C) const {
    const NoteTag *Note = nullptr;
    if (Widening.backToExhaustedLoop(Entrance.getBlock(), C))
      C.generateSink(C.getState(), C.getPredecessor());
    else if (ProgramStateRef Kept =
                 Widening.keepUnchangedLocals(Entrance.getBlock(), C))
      C.addTransition(Kept);
    else if (ProgramStateRef Widened =
                 Widening.widenAtConditionHead(Entrance.getBlock(), C))
      C.addTransition(Widened);
    else if (ProgramStateRef Widened =
                 Widening.widenHelperLoop(Entrance.getBlock(), C))
      C.addTransition(Widened);
    else if (ProgramStateRef Swept = Sweeps.atEntrance(Entrance, C, Note))
      C.addTransition(Swept, Note);
  }

  /// The DeclStmt that declares the local \p VD of \p Frame's function.
  const DeclStmt *declarationOf(const VarDecl *VD,
                                const StackFrameContext *Frame) const;
  /// True while the declaration of \p Var runs its initializer at \p S
  /// (in the current location context, or a call it made: the
  /// constructor).
  bool isBeingDeclared(const NonParamVarRegion *Var, const Stmt *S,
                       CheckerContext &C) const;

  /// The member where a unique_ptr (or an iterator) at \p Owner keeps its
  /// pointer.
  const FieldRegion *ownedPointer(const MemRegion *Owner,
                                  QualType OwnerType) const;

  /// The standard-library tables the clang-tidy checks read too.
  mutable LifetimeModel Model;

private:
  /// The literal a std::string constructor or assignment \p Call copies
  /// whole (`std::string("id")`, `s = "id"`, a copy of such a string), as
  /// the region of the first literal of that spelling; UnknownVal for any
  /// other.
  SVal literalOf(const CallEvent &Call, const ProgramStateRef &State) const;
  /// The first string literal of each spelling seen (see literalOf).
  mutable llvm::StringMap<const StringLiteral *> LiteralsBySpelling;
  /// Counts the size of a vector or string constructed on the path and the
  /// room a `reserve(n)` left, for \p Call of \p MD on \p Owner; clears
  /// \p How for a growth that stays within a reserved capacity.
  ProgramStateRef countCapacity(ProgramStateRef State, const CallEvent &Call,
                                const CXXMethodDecl *MD, QualType ObjT,
                                const MemRegion *Owner, bool Growth,
                                Invalidation &How) const;
  /// True when \p DE is the last release of a reference count: the then
  /// branch of an `if` whose condition counts a member down.
  static bool releasesLastReference(const CXXDeleteExpr *DE,
                                    const ParentMap &PM);
  /// True for \p Call of \p FD, a memory resource's `release()` or its
  /// destructor: all the memory it handed out goes back.
  static bool releasesResourceMemory(const CXXInstanceCall &Call,
                                     const FunctionDecl *FD);
  /// What \p Call of \p FD does to a pmr container's resource: a
  /// constructor given one allocates from it (ContainerResources); an
  /// assignment or swap gives the container elements that are not gone.
  ProgramStateRef followContainerResource(ProgramStateRef State,
                                          const CallEvent &Call,
                                          const FunctionDecl *FD,
                                          CheckerContext &C) const;
  /// Ends, in \p State, the blocks \p Resource handed out on the path and
  /// the buffers of the pmr containers that allocate from it, with a note
  /// at \p Where, and moves the path on to the resulting state.
  void releaseResourceBlocks(ProgramStateRef State, const MemRegion *Resource,
                             const Stmt *Where, CheckerContext &C) const;
  /// Ends, in \p State, the heap object \p Handle points to, with a note at
  /// \p Where, and moves the path on to the resulting state.
  void endHeapObject(ProgramStateRef State, SVal Handle, Ending::Kind K,
                     const Stmt *Where, CheckerContext &C) const;
  /// What the iterator or view object \p Object of type \p T holds in its
  /// pointer member (the object itself when it has none); \p Object may be
  /// the copy a call was given.
  SVal heldValue(const ProgramStateRef &State, SVal Object, QualType T) const;
  /// The handle into an owner's buffer that the iterator or view object
  /// \p Object of type \p T holds (through its pointer member), if any.
  const InnerHandle *heldHandle(const ProgramStateRef &State, SVal Object,
                                QualType T) const {
    return handleOf(State, heldValue(State, Object, T));
  }
  /// For erase(it): what the iterator argument holds, read from the copy
  /// the call was given, or else from the variable it was copied from (a
  /// variable no longer read after the call is gone from the state by then).
  SVal erasedIterator(const CallEvent &Call,
                      const ProgramStateRef &State) const;
  /// The object a unique_ptr at \p Owner currently owns.
  SVal ownedObject(const ProgramStateRef &State, const MemRegion *Owner,
                   QualType OwnerType) const;
  /// Remembers what the objects a container insertion's pointer arguments
  /// point to hold (see KeptValues).
  ProgramStateRef keepPointees(const CallEvent &Call, const CXXMethodDecl *MD,
                               ProgramStateRef State) const;
  /// Remembers the members beside the one \p Call is on, up to the whole
  /// object (see KeptValues).
  ProgramStateRef keepSiblingMembers(const CallEvent &Call,
                                     ProgramStateRef State) const;
  /// True for the calls that destroy what a unique_ptr owns: reset,
  /// assignment, destruction.
  bool releasesOwnedObject(const CallEvent &Call,
                           const CXXMethodDecl *MD) const;
  /// What a call on a container of unique_ptrs does to the objects it owns.
  void modelOwningContainer(const CallEvent &Call, const CXXMethodDecl *MD,
                            const MemRegion *Container, ProgramStateRef State,
                            CheckerContext &C) const;
  /// Moves the path on past \p Call on \p Container, with a note where it
  /// ended the objects \p Ended.
  void addOwnerNote(const CallEvent &Call, const MemRegion *Container,
                    const ProgramStateRef &State,
                    llvm::ArrayRef<const MemRegion *> Ended,
                    CheckerContext &C) const;
  /// The key a map's erase names: its argument \p Key, or the key the
  /// iterator it is given was found by; UnknownVal when not known.
  SVal erasedKey(const CallEvent &Call, SVal Key, const MemRegion *Container,
                 const ProgramStateRef &State) const;
  /// A map of unique_ptrs' erase of \p Key: ends the object owned under it.
  void eraseByKey(const CallEvent &Call, const MemRegion *Container, SVal Key,
                  ProgramStateRef State, CheckerContext &C) const;
  /// What a call the analyzer did not inline does with views (string_view,
  /// span): a view made from an owner (`std::string_view v = s;`) or from a
  /// pointer (`std::string_view(s.data(), n)`) points where its source
  /// does, and an element of a view (`v[0]`, `v.data()`) points into what
  /// the view points into.
  ProgramStateRef modelView(const CallEvent &Call, const CXXMethodDecl *MD,
                            SVal Key, ProgramStateRef State) const;
  /// The object a map of unique_ptrs owns under a key that is \p Key on
  /// this path, or the object made shared that a map of shared_ptrs holds
  /// under it, if any.
  const MemRegion *objectUnderKey(const ProgramStateRef &State,
                                  const MemRegion *Container, SVal Key) const;
  /// The pointer member of the unique_ptr or shared_ptr that the element
  /// \p Element of type \p ElementT (one, or a map's pair) is, if any.
  const FieldRegion *elementPointer(const MemRegion *Element,
                                    QualType ElementT) const;
  /// Binds the smart pointer that the element \p Element of type
  /// \p ElementT (one, or a map's pair) is to \p Object.
  ProgramStateRef bindElementObject(ProgramStateRef State,
                                    const MemRegion *Element, QualType ElementT,
                                    const MemRegion *Object,
                                    const LocationContext *LC) const;
  /// For `m.find(k)->second`: the element \p Element (the region \p Call
  /// returns a pointer to) that the handle \p Found, an iterator found by
  /// key, designates owns the object its map owns under that key.
  ProgramStateRef bindFoundElement(const ProgramStateRef &State,
                                   const InnerHandle &Found,
                                   const CallEvent &Call,
                                   const MemRegion *Element) const;
  /// For `q.front()`, `q.back()`, `v[0]` of a container of unique_ptrs whose
  /// contents are all known, and `m[k]` of a map whose object under k is
  /// known: the element returned owns that object.
  ProgramStateRef bindKnownElement(const CallEvent &Call,
                                   const CXXMethodDecl *MD,
                                   const MemRegion *Container, SVal Key,
                                   ProgramStateRef State,
                                   CheckerContext &C) const;
  /// `a.swap(b)` of two containers: the handles into each buffer now
  /// point into the other container, which may die first (the swap with
  /// an empty temporary that frees a buffer). \p Note tells the exchange
  /// in the reports about the other container.
  ProgramStateRef swapHandles(ProgramStateRef State, const CallEvent &Call,
                              QualType ObjT, const MemRegion *Owner,
                              const NoteTag *&Note, CheckerContext &C) const;
  /// Forgets what the containers that \p Call may take elements out of
  /// own: a unique_ptr moved or released from one of their elements, a
  /// container passed whole to another call.
  ProgramStateRef forgetTakenElements(const CallEvent &Call,
                                      ProgramStateRef State) const;

  mutable llvm::DenseMap<const Decl *,
                         llvm::DenseMap<const VarDecl *, const DeclStmt *>>
      DeclsByFunction;
  WidenedLoops Widening;
  ElementSweeps Sweeps;
};

namespace {
/// The object that ends when \p R ends as \p K says. A pool's object may
/// be a part of another (`&Slots_[I]` of the pool itself, or of an array
/// it was given): that part goes back. Anything else ends whole, and only
/// when the analyzer knows it by a symbol (see withHeapObjectEnded):
/// deleting a local is another bug, which the default checkers report.
const MemRegion *endingPart(const MemRegion *R, Ending::Kind K) {
  return K == Ending::ReturnedToPool ? R : R->getBaseRegion();
}
} // namespace

namespace {
/// The call of a pool's release, in the frames of the current path, that
/// gives back the object \p R: a delete or free of \p R inside it is the
/// release (a pool that hands its objects back to the heap). Null if none.
const Expr *releaseGivingBack(const MemRegion *R, CheckerContext &C) {
  const ProgramStateRef &State = C.getState();
  LifetimeModel &Model = lifetimeModel(C);
  for (const StackFrameContext *SF = C.getStackFrame(); !SF->inTopFrame();
       SF = SF->getParent()->getStackFrame()) {
    const auto *FD = dyn_cast_or_null<FunctionDecl>(SF->getDecl());
    const auto *Site = dyn_cast_or_null<Expr>(SF->getCallSite());
    if (!FD || !Site || Model.poolRole(FD, Site) != PoolRole::Release)
      continue;
    CallEventRef<> Call =
        State->getStateManager().getCallEventManager().getCaller(SF, State);
    std::optional<unsigned> I = releasedArgumentIndex(*Call, FD);
    const MemRegion *Given = I ? Call->getArgSVal(*I).getAsRegion() : nullptr;
    if (Given && withoutCasts(Given) == R)
      return Site;
  }
  return nullptr;
}
} // namespace

void LifetimeModelingChecker::endHeapObject(ProgramStateRef State,
                                            SVal Handle, Ending::Kind K,
                                            const Stmt *Where,
                                            CheckerContext &C) const {
  const MemRegion *R = Handle.getAsRegion();
  R = R ? withoutCasts(R) : nullptr;
  if (K == Ending::Delete || K == Ending::Free)
    if (const Expr *Release = R ? releaseGivingBack(R, C) : nullptr) {
      K = Ending::ReturnedToPool;
      Where = Release;
    }
  // A pointer read out of a container that holds one object: that object
  // (`for (Particle *p : live) pool.free(p);`, `delete owned.back()`).
  const MemRegion *ReadFrom = nullptr;
  if (const auto *Read = dyn_cast_or_null<SymbolicRegion>(R)) {
    State = ElementSweeps::elementEnded(State, Read->getSymbol(), K, Where);
    if (std::optional<ContainerRead> Stored =
            containerReadOf(State, Read->getSymbol());
        Stored && Stored->Pointees.size() == 1) {
      R = withoutCasts(Stored->Pointees.front());
      ReadFrom = Stored->Container;
    }
  }
  if (R)
    R = endingPart(R, K);
  ProgramStateRef Ended = withHeapObjectEnded(State, R, K, Where, ReadFrom);
  if (Ended == State) {
    C.addTransition(State);
    return;
  }
  State = Ended;
  const char *Verb = heapEndingVerb(K);
  C.addTransition(State, C.getNoteTag([R, Verb](PathSensitiveBugReport &BR) {
    return isLifeguardReport(BR) && BR.isInteresting(R)
               ? (llvm::Twine("Object ") + Verb + " here").str()
               : std::string();
  }));
}

bool LifetimeModelingChecker::releasesLastReference(const CXXDeleteExpr *DE,
                                                    const ParentMap &PM) {
  // A member counted down in the condition: `--refs_`, `refs_ -= 1`,
  // `refs_.fetch_sub(1)`.
  class CountDown : public ConstDynamicRecursiveASTVisitor {
  public:
    bool Found = false;
    bool VisitUnaryOperator(const UnaryOperator *UO) override {
      Found |= UO->isDecrementOp() &&
               isa<MemberExpr>(UO->getSubExpr()->IgnoreParenImpCasts());
      return !Found;
    }
    bool VisitBinaryOperator(const BinaryOperator *BO) override {
      Found |= BO->getOpcode() == BO_SubAssign &&
               isa<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts());
      return !Found;
    }
    bool VisitCXXMemberCallExpr(const CXXMemberCallExpr *Call) override {
      const CXXMethodDecl *MD = Call->getMethodDecl();
      Found |= MD && MD->getIdentifier() && MD->getName() == "fetch_sub";
      return !Found;
    }
  };
  const Stmt *Child = DE;
  for (const Stmt *S = PM.getParent(DE); S; Child = S, S = PM.getParent(S)) {
    const auto *If = dyn_cast<IfStmt>(S);
    if (!If || If->getThen() != Child)
      continue;
    CountDown Finder;
    Finder.TraverseStmt(If->getCond());
    return Finder.Found;
  }
  return false;
}

bool LifetimeModelingChecker::releasesResourceMemory(
    const CXXInstanceCall &Call, const FunctionDecl *FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD || !LifetimeModel::isMemoryResource(MD->getParent()))
    return false;
  return isa<CXXDestructorCall>(Call) || LifetimeModel::releasesAllMemory(MD);
}

namespace {
/// The memory resource the argument \p Arg of \p Call gives a pmr
/// container: a pointer to one, or a polymorphic_allocator's; null if
/// neither.
const MemRegion *resourceGiven(const CallEvent &Call, unsigned Arg,
                               CheckerContext &C) {
  QualType T = Call.getArgExpr(Arg)->getType();
  SVal V = Call.getArgSVal(Arg);
  if (T->isPointerType() &&
      LifetimeModel::isMemoryResource(T->getPointeeType()))
    return V.getAsRegion() ? V.getAsRegion()->StripCasts() : nullptr;
  if (!LifetimeModel::isStdClass(T, "polymorphic_allocator"))
    return nullptr;
  const MemRegion *Allocator = V.getAsRegion();
  if (auto Copy = V.getAs<nonloc::LazyCompoundVal>())
    Allocator = Copy->getRegion();
  const MemRegion *Resource =
      Allocator
          ? heldPointer(C, Allocator, T.getNonReferenceType()).getAsRegion()
          : nullptr;
  return Resource ? Resource->StripCasts() : nullptr;
}
} // namespace

ProgramStateRef LifetimeModelingChecker::followContainerResource(
    ProgramStateRef State, const CallEvent &Call, const FunctionDecl *FD,
    CheckerContext &C) const {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  const MemRegion *Container = objectOf(Call).getAsRegion();
  if (Container)
    Container = Container->StripCasts();
  if (!Container || !MD || !LifetimeModel::isStd(MD) ||
      !LifetimeModel::allocatesFromResource(
          MD->getFunctionObjectParameterType()))
    return State;
  // Given a new value or another's buffer, it holds what that one holds.
  if (MD->isCopyAssignmentOperator() || MD->isMoveAssignmentOperator() ||
      (MD->getIdentifier() && MD->getName() == "swap"))
    return State->remove<ReleasedBuffers>(Container);
  if (!isa<CXXConstructorDecl>(MD))
    return State;
  // (A moved container keeps its source's allocator; a copy takes the
  // default resource, unless given one.)
  const MemRegion *Resource = nullptr;
  if (cast<CXXConstructorDecl>(MD)->isMoveConstructor() &&
      Call.getNumArgs() == 1)
    if (const MemRegion *From = Call.getArgSVal(0).getAsRegion())
      if (const MemRegion *const *Of =
              State->get<ContainerResources>(From->StripCasts()))
        Resource = *Of;
  for (unsigned I = Call.getNumArgs(); I-- > 0 && !Resource;)
    Resource = resourceGiven(Call, I, C);
  State = State->remove<ReleasedBuffers>(Container);
  return Resource ? State->set<ContainerResources>(Container, Resource)
                  : State->remove<ContainerResources>(Container);
}

void LifetimeModelingChecker::releaseResourceBlocks(ProgramStateRef State,
                                                    const MemRegion *Resource,
                                                    const Stmt *Where,
                                                    CheckerContext &C) const {
  llvm::SmallVector<const MemRegion *, 4> Released;
  for (const auto &[Block, From] : State->get<ResourceBlocks>())
    if (From == Resource) {
      Released.push_back(Block);
      State = withHeapObjectEnded(State->remove<ResourceBlocks>(Block), Block,
                                  Ending::ResourceReleased, Where);
    }
  for (const auto &[Container, From] : State->get<ContainerResources>())
    if (From == Resource && !State->get<ReleasedBuffers>(Container)) {
      Released.push_back(Container);
      State = State->set<ReleasedBuffers>(Container, Where);
    }
  if (Released.empty()) {
    C.addTransition(State);
    return;
  }
  C.addTransition(State, C.getNoteTag([Released](PathSensitiveBugReport &BR) {
    return isLifeguardReport(BR) && llvm::any_of(Released,
                                                 [&](const MemRegion *R) {
                                                   return BR.isInteresting(R);
                                                 })
               ? std::string("Memory released by its memory resource here")
               : std::string();
  }));
}

void LifetimeModelingChecker::checkPostStmt(const CXXDeleteExpr *DE,
                                            CheckerContext &C) const {
  // After the delete: the object's destructor still uses it. A delete
  // inside the standard library is its owner's (unique_ptr's), told at the
  // user's call that made the owner let go (see PendingRelease).
  if (AnalysisDeclContext::isInStdNamespace(C.getLocationContext()->getDecl()))
    return;
  // A reference count's last release (`if (--refs == 0) delete this;`): the
  // count the path reached may be one it made up, once a call it does not
  // see (a container's copy of the holder) took the object. Not followed.
  if (releasesLastReference(DE, C.getLocationContext()->getParentMap()))
    return;
  endHeapObject(C.getState(), C.getSVal(DE->getArgument()), Ending::Delete,
                DE, C);
}

SVal LifetimeModelingChecker::heldValue(const ProgramStateRef &State,
                                        SVal Object, QualType T) const {
  auto [S, R] = contentsOf(State, Object);
  const FieldRegion *F = R ? ownedPointer(R, T) : nullptr;
  if (!F)
    return Object;
  return State->getStateManager().getStoreManager().getBinding(
      S, loc::MemRegionVal(F));
}

SVal LifetimeModelingChecker::literalOf(const CallEvent &Call,
                                        const ProgramStateRef &State) const {
  // Only the whole literal: not `std::string("id", 1)`, not a range.
  for (unsigned I = 1; I < Call.getNumArgs(); ++I)
    if (!isa_and_nonnull<CXXDefaultArgExpr>(Call.getArgExpr(I)))
      return UnknownVal();
  const Expr *Arg = Call.getArgExpr(0);
  if (!Arg)
    return UnknownVal();
  Arg = Arg->IgnoreParenImpCasts();
  // A literal, or a pointer to a literal's first character (`const char
  // *name = "db";`, an array of names looped over).
  const auto *SL = dyn_cast<StringLiteral>(Arg);
  if (const MemRegion *Pointee = Call.getArgSVal(0).getAsRegion();
      !SL && Pointee && Arg->getType()->isPointerType())
    if (const auto *Str = dyn_cast<StringRegion>(Pointee->StripCasts()))
      SL = Str->getStringLiteral();
  if (SL) {
    if (!SL->isOrdinary() && !SL->isUTF8())
      return UnknownVal();
    const StringLiteral *First =
        LiteralsBySpelling.try_emplace(SL->getBytes(), SL).first->second;
    return loc::MemRegionVal(State->getStateManager()
                                 .getRegionManager()
                                 .getStringRegion(First));
  }
  const MemRegion *Copied = Call.getArgSVal(0).getAsRegion();
  const SVal *Literal =
      Copied && Arg->getType()->getAsCXXRecordDecl() ==
                    cast<CXXMethodDecl>(Call.getDecl())->getParent()
          ? State->get<LiteralStrings>(Copied->StripCasts())
          : nullptr;
  return Literal ? *Literal : UnknownVal();
}

SVal LifetimeModelingChecker::erasedIterator(const CallEvent &Call,
                                             const ProgramStateRef &State) const {
  const Expr *Arg = Call.getNumArgs() > 0 ? Call.getArgExpr(0) : nullptr;
  if (!Arg || !Model.isIterator(Arg->getType()))
    return UnknownVal();
  SVal Held = heldValue(State, Call.getArgSVal(0), Arg->getType());
  if (handleOf(State, Held))
    return Held;
  const VarDecl *It = LifetimeModel::iteratorVariable(Arg);
  const auto *Place = It ? dyn_cast_or_null<TypedValueRegion>(
                               State->getLValue(It, Call.getLocationContext())
                                   .getAsRegion())
                         : nullptr;
  if (!Place)
    return UnknownVal();
  QualType ItT = It->getType().getNonReferenceType();
  // The variable as the copy given to the call saw it (`it` converted to a
  // const_iterator): gone from the state once no longer read.
  if (auto Copy = Call.getArgSVal(0).getAs<nonloc::LazyCompoundVal>()) {
    ProgramStateManager &Mgr = State->getStateManager();
    SVal Then = heldValue(
        State,
        Mgr.getSValBuilder().makeLazyCompoundVal(
            StoreRef(Copy->getStore(), Mgr.getStoreManager()), Place),
        ItT);
    if (handleOf(State, Then))
      return Then;
  }
  return heldValue(State, loc::MemRegionVal(Place), ItT);
}

const FieldRegion *
LifetimeModelingChecker::ownedPointer(const MemRegion *Owner,
                                      QualType OwnerType) const {
  // unique_ptr keeps its pointer in a member of a member (libstdc++:
  // _M_t._M_t._M_head_impl): the first pointer found depth first.
  std::function<const FieldRegion *(const SubRegion *, const CXXRecordDecl *,
                                     unsigned)>
      Find = [&](const SubRegion *R, const CXXRecordDecl *RD,
                 unsigned Depth) -> const FieldRegion * {
    if (!RD || !RD->hasDefinition() || Depth > 6)
      return nullptr;
    MemRegionManager &MRM = R->getMemRegionManager();
    for (const CXXBaseSpecifier &B : RD->bases()) {
      const CXXRecordDecl *BD = B.getType()->getAsCXXRecordDecl();
      if (!BD || B.isVirtual())
        continue;
      if (const FieldRegion *F =
              Find(MRM.getCXXBaseObjectRegion(BD, R, false), BD, Depth + 1))
        return F;
    }
    for (const FieldDecl *FD : RD->fields()) {
      const FieldRegion *FR = MRM.getFieldRegion(FD, R);
      if (FD->getType()->isPointerType())
        return FR;
      if (const FieldRegion *F =
              Find(FR, FD->getType()->getAsCXXRecordDecl(), Depth + 1))
        return F;
    }
    return nullptr;
  };
  const auto *Sub = dyn_cast<SubRegion>(Owner);
  return Sub ? Find(Sub, OwnerType->getAsCXXRecordDecl(), 0) : nullptr;
}

void LifetimeModelingChecker::checkBind(SVal L, SVal V, const Stmt *S,
                                        bool AtDeclInit,
                                        CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  const MemRegion *Holder = L.getAsRegion();
  // An aggregate initialized member by member (`Sched s{pool, {}}`, or a
  // member left out): clang constructs each member that has a constructor
  // in a temporary and copies it in. What is known of a container so
  // constructed (empty) is known of the member.
  if (ProgramStateRef Moved = moveMemberTemporaries(State, L, V);
      Moved != State) {
    C.addTransition(Moved);
    return;
  }
  // `index[k] = p;`, `*it = p;`: the container now holds p too.
  if (const InnerHandle *H =
          Holder ? handleOf(State, loc::MemRegionVal(Holder)) : nullptr) {
    QualType T;
    if (const auto *TR = dyn_cast<TypedValueRegion>(Holder))
      T = TR->getValueType();
    else if (const auto *SR = dyn_cast<SymbolicRegion>(Holder))
      T = SR->getPointeeStaticType().getNonReferenceType();
    llvm::SmallVector<const MemRegion *, 2> Stored;
    State = ElementSweeps::elementStored(State, H->Owner);
    if (ProgramStateRef Given =
            storeIntoElement(State, H->Owner, H->Key, T, V, Model, Stored);
        Given != State) {
      C.addTransition(Given, Stored.empty() ? nullptr
                                            : storedNote(C, H->Owner, Stored));
      return;
    }
  }
  // `prev = &cur;`: remember that cur's address is held elsewhere. (Not
  // when cur's own declaration publishes it, `Guard() { current = this; }`:
  // that is the instance being made.)
  const auto *Local =
      dyn_cast_or_null<NonParamVarRegion>(V.getAsRegion()
                                              ? V.getAsRegion()->getBaseRegion()
                                              : nullptr);
  if (Local && Holder && Holder->getBaseRegion() != Local &&
      Local->getDecl()->hasLocalStorage() &&
      !State->contains<AddressTaken>(Local) && !isBeingDeclared(Local, S, C))
    State = State->add<AddressTaken>(Local);
  C.addTransition(State);
}

void LifetimeModelingChecker::keepMemberTemporariesLive(
    const ProgramStateRef &State, SymbolReaper &SR) const {
  // A temporary an aggregate's initializer constructed lives on in the
  // value of its constructor until the aggregate is bound (clang takes it
  // for dead as soon as it is constructed).
  llvm::SmallPtrSet<const MemRegion *, 2> Temporaries;
  for (const auto &[Container, Size] : State->get<KnownSizes>())
    if (isa<CXXTempObjectRegion>(Container))
      Temporaries.insert(Container);
  if (Temporaries.empty())
    return;
  for (const auto &[Expr, Value] : State->getEnvironment())
    if (auto Copy = Value.getAs<nonloc::LazyCompoundVal>();
        Copy && Temporaries.contains(Copy->getRegion()))
      SR.markLive(Copy->getRegion());
}

ProgramStateRef
LifetimeModelingChecker::moveMemberTemporaries(ProgramStateRef State, SVal L,
                                               SVal V) const {
  auto Members = V.getAs<nonloc::CompoundVal>();
  const auto *Aggregate = dyn_cast_or_null<TypedValueRegion>(L.getAsRegion());
  const CXXRecordDecl *RD =
      Aggregate ? Aggregate->getValueType()->getAsCXXRecordDecl() : nullptr;
  // (The values are the bases' first, then the members', in order.)
  if (!Members || !RD || !RD->hasDefinition() || RD->getNumBases() != 0)
    return State;
  MemRegionManager &MRM = State->getStateManager().getRegionManager();
  auto Value = Members->begin();
  for (const FieldDecl *FD : RD->fields()) {
    if (Value == Members->end())
      break;
    auto Copy = Value->getAs<nonloc::LazyCompoundVal>();
    ++Value;
    const auto *Temporary =
        Copy ? dyn_cast<CXXTempObjectRegion>(Copy->getRegion()) : nullptr;
    if (!Temporary)
      continue;
    const MemRegion *Member = MRM.getFieldRegion(FD, Aggregate);
    State = moveContents(State, Temporary, Member);
    if (const unsigned *Size = State->get<KnownSizes>(Temporary))
      State =
          State->set<KnownSizes>(Member, *Size)->remove<KnownSizes>(Temporary);
  }
  return State;
}

void LifetimeModelingChecker::checkPostStmt(const DeclStmt *DS,
                                            CheckerContext &C) const {
  if (ProgramStateRef Swept = Sweeps.afterDeclaration(DS, C)) {
    C.addTransition(Swept);
    return;
  }
  // A declaration that runs again while its variable's address is held
  // elsewhere begins a new instance (the next iteration): pointer
  // variables still holding the old one now hold a stale pointer.
  ProgramStateRef State = C.getState();
  if (State->get<AddressTaken>().isEmpty())
    return;
  const LocationContext *LC = C.getLocationContext();
  for (const Decl *D : DS->decls()) {
    const auto *VD = dyn_cast<VarDecl>(D);
    if (!VD || !VD->hasLocalStorage())
      continue;
    const MemRegion *Var = State->getRegion(VD, LC);
    if (!State->contains<AddressTaken>(Var))
      continue;
    State = State->remove<AddressTaken>(Var);
    llvm::SmallVector<const TypedValueRegion *, 2> Holders;
    forEachBinding(State, State->getStore(),
                   [&](const MemRegion *Region, SVal Val) {
                     const MemRegion *R = Val.getAsRegion();
                     const auto *TR = dyn_cast<TypedValueRegion>(Region);
                     if (R && R->getBaseRegion() == Var &&
                         Region->getBaseRegion() != Var && TR &&
                         TR->getValueType()->isPointerType())
                       Holders.push_back(TR);
                   });
    for (const TypedValueRegion *Holder : Holders) {
      // A distinct symbol per holder: the tag tells them apart.
      SVal Stale = C.getSValBuilder().conjureSymbolVal(
          Holder, C.getCFGElementRef(), LC, Holder->getValueType(),
          C.blockCount());
      const MemRegion *StaleObject = Stale.getAsRegion();
      if (!StaleObject)
        continue;
      // It was the address of a variable: never null.
      if (ProgramStateRef NonNull =
              State->assume(Stale.castAs<DefinedOrUnknownSVal>(), true))
        State = NonNull;
      State = State->bindLoc(loc::MemRegionVal(Holder), Stale, LC);
      State = State->set<EndedObjects>(
          StaleObject->getBaseRegion(),
          EndedObject{Ending::ScopeEnd, DS, Var});
    }
  }
  C.addTransition(State);
}

void LifetimeModelingChecker::checkPostStmt(const ImplicitCastExpr *ICE,
                                            CheckerContext &C) const {
  // A pointer read out of an element of a container whose contents are
  // followed (`Task *t = q.front();`): what it may point to is fixed now,
  // whatever the container does next (`q.pop();`).
  if (ICE->getCastKind() != CK_LValueToRValue ||
      !ICE->getType()->isPointerType())
    return;
  SymbolRef Read = C.getSVal(ICE).getAsLocSymbol();
  const InnerHandle *Element = elementReadFrom(C.getState(), Read);
  if (!Element)
    return;
  // What a map holds under the key the element was found by (`m[k]`,
  // `m.find(k)->second`; not the key, `first`), when known.
  const auto *Field = dyn_cast<FieldRegion>(readFrom(Read));
  if (!Element->Key.isUnknown() &&
      (!Field || Field->getDecl()->getName() == "second"))
    if (SVal Held = pointerUnderKey(C.getState(), Element->Owner, Element->Key);
        !Held.isUnknownOrUndef()) {
      // A report about what it points to tells where it was stored.
      const MemRegion *Object =
          Held.getAsRegion() ? Held.getAsRegion()->getBaseRegion() : nullptr;
      const MemRegion *Container = Element->Owner;
      C.addTransition(
          C.getState()->BindExpr(ICE, C.getLocationContext(), Held),
          C.getNoteTag([Object, Container](PathSensitiveBugReport &BR) {
            if (Object && isLifeguardReport(BR) && BR.isInteresting(Object))
              BR.markInteresting(Container);
            return std::string();
          }));
      return;
    }
  ProgramStateRef State = rememberRead(C.getState(), Read, Element->Owner);
  if (State != C.getState())
    C.addTransition(State);
}

SVal LifetimeModelingChecker::ownedObject(const ProgramStateRef &State,
                                          const MemRegion *Owner,
                                          QualType OwnerType) const {
  if (const FieldRegion *F = ownedPointer(Owner, OwnerType))
    return State->getSVal(F);
  return UnknownVal();
}

namespace {
/// The by-value parameter of a call that has already returned that \p Call
/// destroys, or null. clang 22 destroys such a parameter twice, at the end
/// of the callee and again at the end of the caller's full-expression
/// (cplusplus.NewDelete then reports a double delete of a moved-from RAII
/// handle); the second time is not the program's.
const MemRegion *returnedParameterDestroyed(const CallEvent &Call,
                                            CheckerContext &C) {
  const auto *Dtor = dyn_cast<CXXDestructorCall>(&Call);
  const MemRegion *Object =
      Dtor ? Dtor->getCXXThisVal().getAsRegion() : nullptr;
  if (!Object)
    return nullptr;
  const MemRegion *Base = Object->getBaseRegion();
  const StackFrameContext *Frame = nullptr;
  if (const auto *PR = dyn_cast<ParamVarRegion>(Base))
    Frame = PR->getStackFrame();
  else if (const auto *VR = dyn_cast<VarRegion>(Base);
           VR && isa<ParmVarDecl>(VR->getDecl()))
    Frame = VR->getStackFrame();
  const StackFrameContext *Current = C.getStackFrame();
  return Frame && Frame != Current && !Frame->isParentOf(Current) ? Object
                                                                  : nullptr;
}
/// The values held by \p Holder that \p Ends says end, ended by the call
/// \p Where with the handles into their own buffers (an optional string's
/// characters).
ProgramStateRef
endHeldValues(ProgramStateRef State, const MemRegion *Holder, const Stmt *Where,
              llvm::function_ref<bool(const HeldValue &)> Ends) {
  for (const auto &[Value, Held] : State->get<HeldValues>()) {
    if (Held.Holder != Holder || !Ends(Held))
      continue;
    State = State->set<EndedObjects>(
        Value, EndedObject{Ending::Invalidated, Where, nullptr, nullptr});
    for (const auto &[Sym, H] : State->get<InnerHandles>())
      if (!H.ChangedAt && H.Owner &&
          (H.Owner == Value || H.Owner->isSubRegionOf(Value))) {
        InnerHandle Ended = H;
        Ended.ChangedAt = Where;
        Ended.Invalidated = true;
        State = State->set<InnerHandles>(Sym, Ended);
      }
  }
  return State;
}

/// Follows the values that std::optional and std::variant hold in
/// themselves: where their accessors say each lives, and its end, after
/// the call (\p AfterCall): an optional's by reset() or `= std::nullopt`, a
/// variant's alternative's by a value of another alternative. Before a call
/// that puts a new value where an ended one was (an optional's emplace or
/// assignment, a variant's of the same alternative), the handles to the
/// old one designate the new one ([basic.life]): also for what the call
/// itself does to it (the value's own assignment operator).
ProgramStateRef followHeldValues(ProgramStateRef State, const CallEvent &Call,
                                 const FunctionDecl *FD, bool AfterCall) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  bool Optional = MD && LifetimeModel::isStdMemberOf(MD, "optional");
  bool Variant = MD && LifetimeModel::isStdMemberOf(MD, "variant");
  // std::get<T>(v), std::get_if<T>(&v).
  const Expr *Arg = Call.getNumArgs() == 1 ? Call.getArgExpr(0) : nullptr;
  bool VariantAccess =
      !MD && Arg && LifetimeModel::accessesVariant(FD, Arg->getType());
  if (!Optional && !Variant && !VariantAccess)
    return State;
  const MemRegion *Holder = nullptr;
  if (const auto *IC = dyn_cast<CXXInstanceCall>(&Call))
    Holder = IC->getCXXThisVal().getAsRegion();
  else if (VariantAccess)
    Holder = Call.getArgSVal(0).getAsRegion();
  if (!Holder)
    return State;
  Holder = Holder->StripCasts();
  // A member that the holder's own member calls, through the library
  // (a variant's `operator=` calling its `emplace` from a visitor), is part
  // of the call the user wrote, which says what ends: the path tells of
  // that one.
  for (const LocationContext *Frame = Call.getLocationContext(); Frame;
       Frame = Frame->getParent()) {
    const auto *Caller = dyn_cast<StackFrameContext>(Frame);
    if (!Caller)
      continue;
    const auto *Outer = dyn_cast_or_null<FunctionDecl>(Caller->getDecl());
    if (!Outer || !LifetimeModel::isStd(Outer))
      break;
    const auto *OuterMember = dyn_cast<CXXMethodDecl>(Outer);
    if (!OuterMember || OuterMember->isStatic())
      continue;
    const MemRegion *OuterHolder =
        State
            ->getSVal(State->getStateManager().getSValBuilder().getCXXThis(
                OuterMember, Caller))
            .getAsRegion();
    if (OuterHolder && OuterHolder->StripCasts() == Holder)
      return State;
  }
  QualType Made = Variant ? LifetimeModel::alternativeMadeBy(MD) : QualType();
  const Expr *Given = Call.getNumArgs() > 0 ? Call.getArgExpr(0) : nullptr;
  auto OfMade = [&](const HeldValue &Held) {
    return Held.Type.getCanonicalType() == Made.getCanonicalType();
  };
  if (!AfterCall) {
    bool PutsValue = Optional && LifetimeModel::putsOptionalValue(MD, Given);
    if (PutsValue || !Made.isNull())
      for (const auto &[Value, Held] : State->get<HeldValues>())
        if (Held.Holder == Holder && (PutsValue || OfMade(Held)))
          State = State->remove<EndedObjects>(Value);
    return State;
  }
  const Stmt *Where = Call.getOriginExpr();
  if (Optional && LifetimeModel::emptiesOptional(MD, Given))
    return endHeldValues(State, Holder, Where,
                         [](const HeldValue &) { return true; });
  if (Variant)
    return Made.isNull() ? State
                         : endHeldValues(State, Holder, Where,
                                         [&](const HeldValue &Held) {
                                           return !OfMade(Held);
                                         });
  QualType Ret = FD->getReturnType();
  const MemRegion *Returned = Call.getReturnValue().getAsRegion();
  // An access that returns finds a value there: a new one where an ended
  // one was (`std::get<int>(v)` on a path that gave the variant an int,
  // which the analyzer may not see). (Not the holder itself, which its
  // assignment returns, seen through its base class.)
  const MemRegion *Value = Returned ? Returned->StripCasts() : nullptr;
  if ((Ret->isReferenceType() || Ret->isPointerType()) && Value &&
      Value != Holder && Value->isSubRegionOf(Holder))
    State = State->remove<EndedObjects>(Value)->set<HeldValues>(
        Value, HeldValue{Holder, Ret->getPointeeType().getUnqualifiedType()});
  return State;
}

} // namespace

void LifetimeModelingChecker::checkPreCall(const CallEvent &Call,
                                           CheckerContext &C) const {
  ProgramStateRef State = forgetTakenElements(Call, C.getState());
  if (const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl()))
    State = followHeldValues(State, Call, FD, /*AfterCall=*/false);
  // Run the duplicate destruction on an object whose contents are unknown,
  // so that nothing it releases or reads is one of the path's objects.
  if (const MemRegion *Object = returnedParameterDestroyed(Call, C)) {
    C.addTransition(State->invalidateRegions(
        {Object}, C.getCFGElementRef(), C.blockCount(),
        C.getLocationContext(), /*CausesPointerEscape=*/false));
    return;
  }
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call.getDecl());
  const MemRegion *Object = MD && LifetimeModel::isStd(MD)
                                ? objectOf(Call).getAsRegion()
                                : nullptr;
  if (!Object) {
    C.addTransition(State);
    return;
  }
  QualType ObjT = MD->getThisType()->getPointeeType();
  State = keepSiblingMembers(Call, State);
  if (Model.classKind(ObjT) == ClassKind::Owner && mayChangeElements(MD)) {
    // `m[k]` after `m.find(k) != m.end()`: the key is there, and stays
    // there through the insertions that follow.
    if (Model.stdMemberEffect(MD) == StdEffect::Insert)
      if (SVal Key = keyArgument(Call, MD, State);
          !Key.isUnknown() && foundOnPath(State, Object->StripCasts(), Key))
        State = State->add<InsertedKeys>({Object->StripCasts(), Key});
    State = forgetLookups(State, Object->StripCasts());
    if (Model.stdMemberEffect(MD) != StdEffect::Insert)
      State = forgetInsertedKeys(State, [Object](const MemRegion *Container) {
        return Container == Object->StripCasts();
      });
    State = State->remove<SizesSeen>(Object->StripCasts());
  }
  SVal Key = keyArgument(Call, MD, State);
  if (const auto *Origin = dyn_cast_or_null<Expr>(Call.getOriginExpr());
      Origin && !Key.isUnknown())
    State = State->set<KeysInFlight>(Origin, Key);
  // An iterator moved by a call that conjures its new value keeps pointing
  // into the same buffer. (One assigned takes the value of the other.)
  if (Model.isIterator(ObjT) &&
      !isa<CXXConstructorCall, CXXDestructorCall>(Call) &&
      !MD->isCopyAssignmentOperator() && !MD->isMoveAssignmentOperator())
    if (const InnerHandle *H =
            heldHandle(State, loc::MemRegionVal(Object), ObjT))
      State = State->set<MovingIterators>(Object, *H);
  const NoteTag *Stored = nullptr;
  if (holdsPointers(ObjT, Model)) {
    // A pointer given that was read out of another container
    // (`retired.push_back(active[2])`) is one of that one's.
    for (const auto &[T, V] : argumentValues(Call, MD, State))
      if (SymbolRef Read = V.getAsLocSymbol())
        if (const InnerHandle *Element = elementReadFrom(State, Read))
          State = rememberRead(State, Read, Element->Owner);
    llvm::SmallVector<const MemRegion *, 2> Pointees;
    State = modelContents(Call, MD, Object, Key, State, Model, Pointees);
    if (!Pointees.empty())
      Stored = storedNote(C, Object, Pointees);
  }
  if (Model.classKind(ObjT) == ClassKind::Owner) {
    State = keepPointees(Call, MD, State);
    if (Model.ownsExclusively(ObjT)) {
      modelOwningContainer(Call, MD, Object, State, C);
      return;
    }
  }
  // A unique_ptr's reset, assignment or destruction destroys what it owned
  // (when the call returns: see PendingRelease).
  if (releasesOwnedObject(Call, MD))
    if (const MemRegion *Owned = ownedObject(State, Object, ObjT).getAsRegion();
        Owned && isa<SymbolicRegion>(Owned->getBaseRegion()))
      State = State->set<PendingRelease>(Object, Owned->getBaseRegion());
  C.addTransition(State, Stored);
}

ProgramStateRef
LifetimeModelingChecker::keepPointees(const CallEvent &Call,
                                      const CXXMethodDecl *MD,
                                      ProgramStateRef State) const {
  // An lvalue given by reference is copied from or read, not changed
  // (`m.emplace(key, p)`, `v.push_back(p)`, `m.find(key)` leave it as it
  // was; clang forgets a pointer given as `const T *const &`, the key of a
  // map of pointers).
  bool Insert = Model.stdMemberEffect(MD) == StdEffect::Insert;
  for (unsigned I = 0,
                N = std::min<unsigned>(Call.getNumArgs(), MD->getNumParams());
       I != N; ++I) {
    const auto *Arg = dyn_cast_or_null<TypedValueRegion>(
        Call.getArgSVal(I).getAsRegion());
    QualType ParamT = MD->getParamDecl(I)->getType();
    if (Arg && ParamT->isLValueReferenceType() &&
        (Insert || ParamT.getNonReferenceType().isConstQualified()))
      State = State->set<KeptValues>(Arg, State->getSVal(Arg));
  }
  if (!Insert)
    return State;
  for (const auto &[ParamT, Arg] : argumentValues(Call, MD, State)) {
    // The pointer inserted, or the handles inside what is inserted (a
    // std::function's captures).
    llvm::SmallVector<SVal, 4> Handles;
    if (ParamT->isPointerType())
      Handles.push_back(Arg);
    else
      collectValuesInside(State, Arg, Handles, Model);
    for (SVal Handle : Handles) {
      const auto *Pointee =
          dyn_cast_or_null<TypedValueRegion>(Handle.getAsRegion());
      if (!Pointee || Pointee->getValueType().isConstQualified() ||
          !isa<StackSpaceRegion, HeapSpaceRegion>(
              Pointee->getMemorySpace(State)))
        continue;
      State = State->set<KeptValues>(Pointee, State->getSVal(Pointee));
    }
  }
  return State;
}

ProgramStateRef
LifetimeModelingChecker::keepSiblingMembers(const CallEvent &Call,
                                            ProgramStateRef State) const {
  // Constructors and destructors of members run while their object is
  // built or torn down, and const members change nothing the analyzer
  // would invalidate.
  const auto *IC = dyn_cast<CXXInstanceCall>(&Call);
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call.getDecl());
  const MemRegion *Member = IC ? IC->getCXXThisVal().getAsRegion() : nullptr;
  if (!Member || !isa<FieldRegion>(Member) || MD->isConst() ||
      isa<CXXDestructorCall>(Call))
    return State;
  // What the call is given is the call's to change: a sibling passed by
  // reference (`v.swap(other_)`), or what a callable or another argument
  // refers to (`l.remove_if([this] ...)`, `[&count_]`).
  llvm::SmallVector<SVal, 8> Given;
  for (unsigned I = 0, N = Call.getNumArgs(); I != N; ++I) {
    SVal Arg = Call.getArgSVal(I);
    Given.push_back(Arg);
    if (Call.getArgExpr(I)->getType()->isRecordType())
      collectValuesInside(State, Arg, Given, Model);
  }
  MemRegionManager &MRM = Member->getMemRegionManager();
  auto Keep = [&](const SubRegion *Sibling) {
    if (llvm::any_of(Given, [&](SVal V) {
          const MemRegion *R = V.getAsRegion();
          return R && (R == Sibling || R->isSubRegionOf(Sibling) ||
                       Sibling->isSubRegionOf(R));
        }))
      return;
    SVal V = State->getSVal(Sibling);
    if (!V.isUnknownOrUndef())
      State = State->set<KeptValues>(Sibling, V);
  };
  for (const MemRegion *Cur = Member; isa<FieldRegion, CXXBaseObjectRegion>(Cur);
       Cur = cast<SubRegion>(Cur)->getSuperRegion()) {
    const auto *Parent =
        dyn_cast<TypedValueRegion>(cast<SubRegion>(Cur)->getSuperRegion());
    const CXXRecordDecl *RD =
        Parent ? Parent->getValueType()->getAsCXXRecordDecl() : nullptr;
    if (!RD || !RD->hasDefinition())
      break;
    for (const CXXBaseSpecifier &B : RD->bases())
      if (const CXXRecordDecl *BD = B.getType()->getAsCXXRecordDecl();
          BD && !B.isVirtual())
        if (const auto *BR = MRM.getCXXBaseObjectRegion(BD, Parent, false);
            BR != Cur)
          Keep(BR);
    for (const FieldDecl *FD : RD->fields())
      if (const FieldRegion *FR = MRM.getFieldRegion(FD, Parent); FR != Cur)
        Keep(FR);
  }
  return State;
}

bool LifetimeModelingChecker::releasesOwnedObject(
    const CallEvent &Call, const CXXMethodDecl *MD) const {
  if (!Model.isUniquePtr(MD->getThisType()->getPointeeType()))
    return false;
  StdEffect Effect = Model.stdMemberEffect(MD);
  return Effect == StdEffect::Reset || Effect == StdEffect::Assign ||
         isa<CXXDestructorCall>(Call);
}

ProgramStateRef
LifetimeModelingChecker::forgetTakenElements(const CallEvent &Call,
                                             ProgramStateRef State) const {
  if (State->get<OwnedByContainer>().isEmpty())
    return State;
  const auto *IC = dyn_cast<CXXInstanceCall>(&Call);
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call.getDecl());
  bool OnUniquePtr = MD && Model.isUniquePtr(MD->getThisType()->getPointeeType());
  // \p V is an element of a container (\p TakesElement: the call moves or
  // releases it), or a container or an object holding one, passed whole.
  auto Forget = [&](SVal V, bool TakesElement) {
    const MemRegion *Target = V.getAsRegion();
    if (!Target)
      return;
    if (const auto *SR = dyn_cast<SymbolicRegion>(Target->getBaseRegion())) {
      const InnerHandle *H = State->get<InnerHandles>(SR->getSymbol());
      if (!TakesElement || !H)
        return;
      Target = H->Owner;
    }
    for (const auto &[Container, Objects] : State->get<OwnedByContainer>())
      if (Container == Target || Container->isSubRegionOf(Target)) {
        State = State->remove<OwnedByContainer>(Container);
        State = State->remove<CompletelyOwned>(Container);
      }
  };
  // `q.front().release()`, `q.front().swap(p)`; not the accessors
  // (`q.front()->run()`), and not `q.front() = ...` or `reset()`, which end
  // the element's object (PendingRelease) and leave the container owning
  // what replaces it.
  if (OnUniquePtr && IC &&
      llvm::is_contained({StdEffect::Release, StdEffect::Swap},
                         Model.stdMemberEffect(MD)))
    Forget(IC->getCXXThisVal(), /*TakesElement=*/true);
  // `std::unique_ptr<Job> j = std::move(q.front())`,
  // `done.push_back(std::move(q.back()))`; `take(q)`.
  for (unsigned I = 0, N = Call.getNumArgs(); I != N; ++I) {
    const Expr *Arg = Call.getArgExpr(I);
    Forget(Call.getArgSVal(I),
           /*TakesElement=*/OnUniquePtr ||
               (Arg && Arg->isXValue() && Model.isUniquePtr(Arg->getType())));
  }
  return State;
}

ProgramStateRef LifetimeModelingChecker::modelView(const CallEvent &Call,
                                                   const CXXMethodDecl *MD,
                                                   SVal Key,
                                                   ProgramStateRef State) const {
  const auto *Issue = dyn_cast_or_null<Expr>(Call.getOriginExpr());
  // The handle a view holds: its pointer member, in the store or, for a
  // view returned by value, in the value's own store.
  auto PointerOf = [&](SVal View, QualType T) -> std::pair<const FieldRegion *, SVal> {
    const MemRegion *R = contentsOf(State, View).second;
    const FieldRegion *F = R ? ownedPointer(R, T) : nullptr;
    if (!F)
      return {nullptr, UnknownVal()};
    return {F, heldValue(State, View, T)};
  };
  // A pointer, or a view returned as a conjured value: what is read from
  // its members derives from that symbol (see handleOf).
  auto Register = [&](SVal Handle, InnerHandle H) {
    SymbolRef Sym = Handle.getAsLocSymbol();
    if (!Sym)
      Sym = Handle.getAsSymbol();
    if (Sym && H.Owner && !State->contains<InnerHandles>(Sym))
      State = State->set<InnerHandles>(Sym, H);
  };
  QualType ObjT = MD->getThisType()->getPointeeType();
  QualType Ret = MD->getReturnType();
  ClassKind Kind = Model.classKind(ObjT);
  if (const auto *CC = dyn_cast<CXXConstructorCall>(&Call);
      CC && Kind == ClassKind::View && Call.getNumArgs() > 0) {
    // string_view(p, n), span(first, last): the view points where p does.
    auto [F, Held] = PointerOf(CC->getCXXThisVal(), ObjT);
    SVal Source = Call.getArgSVal(0);
    if (F && Call.getArgExpr(0)->getType()->isPointerType() &&
        Source.getAsRegion())
      return State->bindLoc(loc::MemRegionVal(F), Source,
                            Call.getLocationContext());
    // span(v): into the container's buffer.
    if (F && Model.classKind(Call.getArgExpr(0)->getType()) == ClassKind::Owner)
      Register(Held, {Call.getArgSVal(0).getAsRegion(), Issue, nullptr});
    return State;
  }
  const auto *IC = dyn_cast<CXXInstanceCall>(&Call);
  if (!IC)
    return State;
  if (Kind == ClassKind::Owner &&
      (Model.classKind(Ret) == ClassKind::View || Model.isIteratorAndFlag(Ret)) &&
      !Ret->isReferenceType()) {
    // `std::string_view v = s;`: the view points into the owner's buffer.
    // The iterator `insert` returns in a pair is the pair's first pointer.
    SVal View = Call.getReturnValue();
    InnerHandle H{IC->getCXXThisVal().getAsRegion(), Issue, nullptr};
    H.Iterator = Model.isIterator(Ret) || Model.isIteratorAndFlag(Ret);
    if (MD->getIdentifier() && MD->getName() == "find")
      H.Key = Key;
    if (MD->getIdentifier() && llvm::is_contained({"begin", "cbegin"},
                                                  MD->getName()))
      H.At = atEnd(State, H.Owner, InnerHandle::First);
    if (View.getAsSymbol()) {
      Register(View, H);
    } else if (auto [F, Held] = PointerOf(View, Ret); F) {
      SymbolRef Earlier =
          H.Owner ? rememberLookup(State, MD, H.Owner->StripCasts(), Key, Held)
                  : nullptr;
      if (Earlier)
        State = holdPointer(State, View, F, Earlier, Call);
      else
        Register(Held, H);
    }
    return H.Owner ? beginIsNotEnd(State, H.Owner) : State;
  }
  if (Kind == ClassKind::View && LifetimeModel::accessesElements(MD) &&
      (Ret->isPointerType() || Ret->isReferenceType())) {
    // `v[0]`, `v.data()`: into what the view points into.
    auto [F, Held] = PointerOf(IC->getCXXThisVal(), ObjT);
    if (const InnerHandle *H = handleOf(State, Held)) {
      InnerHandle Found = *H;
      Found.Iterator = false;
      Found.Through = Held.getAsLocSymbol();
      // Read before through an equal iterator (`find(k)` twice), the
      // element unchanged since: the same object, whose members the path
      // knows.
      SymbolRef Sym = Call.getReturnValue().getAsLocSymbol();
      if (SymbolRef Earlier =
              Sym && Issue ? elementReadBefore(State, Found, Sym) : nullptr) {
        const MemRegion *Element =
            State->getStateManager().getRegionManager().getSymbolicRegion(
                Earlier);
        // (The call, not inlined, made what the element owns unknown.)
        return bindFoundElement(State->BindExpr(Issue,
                                                Call.getLocationContext(),
                                                loc::MemRegionVal(Element)),
                                Found, Call, Element);
      }
      Register(Call.getReturnValue(), Found);
      State = bindFoundElement(State, Found, Call,
                               Call.getReturnValue().getAsRegion());
    }
  }
  return State;
}

const MemRegion *
LifetimeModelingChecker::objectUnderKey(const ProgramStateRef &State,
                                        const MemRegion *Container,
                                        SVal Key) const {
  for (const MemRegion *Object : ownedBy(State, Container))
    if (const SVal *ObjectKey = State->get<OwnedKeys>(Object);
        ObjectKey && sameKey(State, Key, *ObjectKey) &&
        !State->contains<EndedObjects>(Object))
      return Object;
  return sharedObjectUnderKey(State, Container, Key);
}

const FieldRegion *
LifetimeModelingChecker::elementPointer(const MemRegion *Element,
                                        QualType ElementT) const {
  // A map's element is a pair: its smart pointer is `second`.
  auto IsSmartPointer = [&](QualType T) {
    return Model.isUniquePtr(T) || LifetimeModel::isSharedPtr(T);
  };
  if (const auto *Pair = ElementT->getAsCXXRecordDecl();
      Pair && !IsSmartPointer(ElementT) && Pair->hasDefinition())
    for (const FieldDecl *FD : Pair->fields())
      if (FD->getName() == "second" && IsSmartPointer(FD->getType())) {
        Element = Element->getMemRegionManager().getFieldRegion(
            FD, cast<SubRegion>(Element));
        ElementT = FD->getType();
      }
  return IsSmartPointer(ElementT) ? ownedPointer(Element, ElementT) : nullptr;
}

ProgramStateRef LifetimeModelingChecker::bindElementObject(
    ProgramStateRef State, const MemRegion *Element, QualType ElementT,
    const MemRegion *Object, const LocationContext *LC) const {
  const FieldRegion *Pointer = elementPointer(Element, ElementT);
  if (!Pointer)
    return State;
  return State->bindLoc(loc::MemRegionVal(Pointer), loc::MemRegionVal(Object),
                        LC);
}

ProgramStateRef LifetimeModelingChecker::bindFoundElement(
    const ProgramStateRef &State, const InnerHandle &Found,
    const CallEvent &Call, const MemRegion *Element) const {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  if (Found.Key.isUnknown() || !Element || !FD)
    return State;
  QualType ElementT = FD->getReturnType()->getPointeeType();
  // The element as the program reads it through the returned pointer.
  if (const auto *SR = dyn_cast<SymbolicRegion>(Element)) {
    SValBuilder &SVB = State->getStateManager().getSValBuilder();
    Element = SVB.getRegionManager().getElementRegion(
        ElementT, SVB.makeArrayIndex(0), SR, SVB.getContext());
  }
  if (const MemRegion *Object = objectUnderKey(State, Found.Owner, Found.Key))
    return bindElementObject(State, Element, ElementT, Object,
                             Call.getLocationContext());
  // An object the map was not seen to own: it owns it under that key from
  // here on, so that an erase by the key ends it.
  const FieldRegion *Pointer = elementPointer(Element, ElementT);
  const MemRegion *Object =
      Pointer ? State->getSVal(Pointer).getAsRegion() : nullptr;
  const auto *Owned =
      Object ? dyn_cast<SymbolicRegion>(Object->getBaseRegion()) : nullptr;
  const auto *Map = dyn_cast<TypedValueRegion>(Found.Owner->StripCasts());
  if (!Owned || !Map || State->get<OwnedKeys>(Owned) ||
      !Model.ownsExclusively(Map->getValueType()))
    return State;
  llvm::SmallVector<const MemRegion *, 8> Objects = ownedBy(State, Found.Owner);
  Objects.push_back(Owned);
  return storeOwned(State, Found.Owner, Objects)
      ->set<OwnedKeys>(Owned, Found.Key);
}

ProgramStateRef LifetimeModelingChecker::bindKnownElement(
    const CallEvent &Call, const CXXMethodDecl *MD, const MemRegion *Container,
    SVal Key, ProgramStateRef State, CheckerContext &C) const {
  const MemRegion *Element = Call.getReturnValue().getAsRegion();
  if (!MD->getReturnType()->isReferenceType() || !Element)
    return State;
  const MemRegion *Known = nullptr;
  if (!Key.isUnknown()) {
    // `m[k]`, `m.at(k)`: the object owned under a key equal to k.
    Known = objectUnderKey(State, Container, Key);
  } else if (State->contains<CompletelyOwned>(Container)) {
    llvm::SmallVector<const MemRegion *, 8> Objects =
        ownedBy(State, Container);
    std::optional<size_t> Index;
    StringRef Name = MD->getIdentifier() ? MD->getName() : "";
    if (Name == "front")
      Index = 0;
    else if (Name == "back" && !Objects.empty())
      Index = Objects.size() - 1;
    else if (LifetimeModel::subscripts(MD) && Call.getNumArgs() == 1)
      if (auto I = Call.getArgSVal(0).getAs<nonloc::ConcreteInt>())
        Index = I->getValue()->getZExtValue();
    if (Index && *Index < Objects.size())
      Known = Objects[*Index];
  }
  return Known ? bindElementObject(State, Element,
                                   MD->getReturnType()->getPointeeType(), Known,
                                   C.getLocationContext())
               : State;
}

void LifetimeModelingChecker::modelOwningContainer(const CallEvent &Call,
                                                   const CXXMethodDecl *MD,
                                                   const MemRegion *Container,
                                                   ProgramStateRef State,
                                                   CheckerContext &C) const {
  llvm::SmallVector<const MemRegion *, 8> Owned = ownedBy(State, Container);
  bool Complete = State->contains<CompletelyOwned>(Container);
  // The key a map's call names (checkPreCall read it).
  SVal Key = keyInFlight(State, Call);
  auto Store = [&](llvm::ArrayRef<const MemRegion *> Objects) {
    State = storeOwned(State, Container, Objects);
  };
  auto Forget = [&] {
    State = State->remove<OwnedByContainer>(Container);
    State = State->remove<CompletelyOwned>(Container);
  };
  llvm::SmallVector<const MemRegion *, 4> Ended;
  auto EndAll = [&](llvm::ArrayRef<const MemRegion *> Objects) {
    for (const MemRegion *R : Objects)
      if (!State->contains<EndedObjects>(R)) {
        State = State->set<EndedObjects>(
            R, EndedObject{Ending::OwnerReleased, Call.getOriginExpr()});
        Ended.push_back(R);
      }
  };
  StringRef Name = MD->getIdentifier() ? MD->getName() : "";
  if (isa<CXXDestructorCall>(Call)) {
    EndAll(Owned);
    Forget();
  } else if (isa<CXXConstructorCall>(Call)) {
    // A new container owns nothing yet, unless it takes another's elements.
    Forget();
    if (Call.getNumArgs() == 0) {
      Store({});
      State = State->add<CompletelyOwned>(Container);
    }
  } else {
    switch (Model.stdMemberEffect(MD)) {
    case StdEffect::Insert:
      // The unique_ptrs given, by value or by reference. (Inside a pair, a
      // map's key may hold pointers of its own: not taken.)
      for (unsigned I = 0, N = Call.getNumArgs(); I != N; ++I) {
        QualType T = Call.getArgExpr(I)->getType();
        const MemRegion *Arg = Call.getArgSVal(I).getAsRegion();
        if (!Arg || !Model.isUniquePtr(T))
          continue;
        const MemRegion *R = ownedObject(State, Arg, T).getAsRegion();
        if (!R || !isa<SymbolicRegion>(R->getBaseRegion()))
          continue;
        if (Name.ends_with("front"))
          Owned.insert(Owned.begin(), R->getBaseRegion());
        else
          Owned.push_back(R->getBaseRegion());
        if (!Key.isUnknown())
          State = State->set<OwnedKeys>(R->getBaseRegion(), Key);
      }
      Store(Owned);
      break;
    case StdEffect::RemoveAll:
      EndAll(Owned);
      Store({});
      State = State->add<CompletelyOwned>(Container);
      break;
    case StdEffect::RemoveOne:
      if (Complete && !Owned.empty() && (Name == "pop_front" || Name == "pop")) {
        EndAll(Owned.front());
        Store(llvm::ArrayRef(Owned).drop_front());
      } else if (Complete && !Owned.empty() && Name == "pop_back") {
        EndAll(Owned.back());
        Store(llvm::ArrayRef(Owned).drop_back());
      } else if (SVal Erased = erasedKey(Call, Key, Container, State);
                 Name == "erase" && !Erased.isUnknown()) {
        eraseByKey(Call, Container, Erased, State, C);
        return;
      } else {
        Forget(); // erase: which element is not known here
      }
      break;
    case StdEffect::None:
      // Element references are followed (forgetTakenElements); iterators
      // are not, so a container iterated for writing is forgotten. Not for
      // end(), which designates no element, nor for a map's find by key:
      // what its iterator reaches is the object under that key.
      if (!MD->isConst() && MD->getReturnType()->isRecordType() &&
          Name != "end" &&
          !(Name == "find" && !Key.isUnknown()))
        Forget();
      break;
    default:
      Forget();
      break;
    }
  }
  addOwnerNote(Call, Container, State, Ended, C);
}

void LifetimeModelingChecker::addOwnerNote(
    const CallEvent &Call, const MemRegion *Container,
    const ProgramStateRef &State,
    llvm::ArrayRef<const MemRegion *> Ended, CheckerContext &C) const {
  if (Ended.empty()) {
    C.addTransition(State);
    return;
  }
  std::string Owner = quotedName(Container, "its container");
  llvm::SmallVector<const MemRegion *, 4> Objects(Ended);
  C.addTransition(State, C.getNoteTag([Objects, Owner](PathSensitiveBugReport &BR) {
    for (const MemRegion *R : Objects)
      if (isLifeguardReport(BR) && BR.isInteresting(R))
        return "Object destroyed here by " + Owner + ", which owned it";
    return std::string();
  }));
}

SVal LifetimeModelingChecker::erasedKey(const CallEvent &Call, SVal Key,
                                        const MemRegion *Container,
                                        const ProgramStateRef &State) const {
  if (!Key.isUnknown() || Call.getNumArgs() != 1)
    return Key;
  // erase(it), `it` found by key.
  const InnerHandle *H = handleOf(State, erasedIterator(Call, State));
  return H && H->Owner == Container ? H->Key : UnknownVal();
}

void LifetimeModelingChecker::eraseByKey(const CallEvent &Call,
                                         const MemRegion *Container, SVal Key,
                                         ProgramStateRef State,
                                         CheckerContext &C) const {
  // The objects owned under a key equal to the one given end. When the
  // path does not decide whether an object's key is that one (or the key
  // of an object is not known), which objects end is not known: the map is
  // forgotten rather than a path assumed.
  llvm::SmallVector<const MemRegion *, 8> Kept, Ended;
  for (const MemRegion *Object : ownedBy(State, Container)) {
    if (State->contains<EndedObjects>(Object))
      continue; // replaced under its key before (`m[k] = ...`)
    const SVal *ObjectKey = State->get<OwnedKeys>(Object);
    auto [IsKey, IsNotKey] =
        ObjectKey ? compareKeys(State, Key, *ObjectKey)
                  : std::pair<ProgramStateRef, ProgramStateRef>(State, State);
    if (IsKey && IsNotKey) {
      State = State->remove<OwnedByContainer>(Container);
      C.addTransition(State->remove<CompletelyOwned>(Container));
      return;
    }
    (IsKey ? Ended : Kept).push_back(Object);
  }
  for (const MemRegion *Object : Ended)
    State = State->set<EndedObjects>(
        Object, EndedObject{Ending::OwnerReleased, Call.getOriginExpr()});
  addOwnerNote(Call, Container, storeOwned(State, Container, Kept), Ended, C);
}

bool LifetimeModelingChecker::evalCall(const CallEvent &Call,
                                       CheckerContext &C) const {
  // A member of a user's container is modelled as the standard's are
  // (checkPostCall), not inlined: its body would show the buffer it
  // manages, not the handles the standard's rules invalidate. So is an
  // arena's allocation and its reset: each allocation is a block of its
  // own, not a place in the arena's buffer that the next allocation after
  // a reset hands out again.
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call.getDecl());
  const auto *Origin = dyn_cast_or_null<Expr>(Call.getOriginExpr());
  // (Not those that return an object by value, an iterator class: its
  // construction is the analyzer's.)
  if (!MD || !Origin || !isa<CXXInstanceCall>(Call) ||
      MD->getReturnType()->isRecordType() ||
      !(Model.isUserContainerMember(MD, objectTypeOf(Call, MD, Model)) ||
        LifetimeModel::isModelledArenaMember(MD)))
    return false;
  // What a call the analyzer cannot see into does: it may change what the
  // object and the arguments refer to, and returns an unknown value.
  ProgramStateRef State = Call.invalidateRegions(C.blockCount(), C.getState());
  const LocationContext *LC = C.getLocationContext();
  SVal Result = C.getSValBuilder().conjureSymbolVal(Call, C.blockCount());
  C.addTransition(State->BindExpr(Origin, LC, Result));
  return true;
}

void LifetimeModelingChecker::checkPostCall(const CallEvent &Call,
                                            CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  // Put back, not changed.
  for (const auto &[Kept, Before] : State->get<KeptValues>())
    State = State->bindLoc(loc::MemRegionVal(Kept), Before,
                           C.getLocationContext(), /*notifyChanges=*/false)
                ->remove<KeptValues>(Kept);
  SVal Key = keyInFlight(State, Call);
  if (const auto *Origin = dyn_cast_or_null<Expr>(Call.getOriginExpr());
      Origin && State->contains<KeysInFlight>(Origin))
    State = State->remove<KeysInFlight>(Origin);
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  if (!FD) {
    C.addTransition(State);
    return;
  }
  State = followHeldValues(State, Call, FD, /*AfterCall=*/true);
  // A sequence container constructed empty, or with a count the path
  // knows (`std::vector<int> v(10)`, `(n, value)`): its size is known from
  // here on.
  if (const auto *Ctor = dyn_cast<CXXConstructorCall>(&Call);
      Ctor && LifetimeModel::isStd(FD))
    if (const MemRegion *Made = Ctor->getCXXThisVal().getAsRegion();
        Made &&
        Model.countsSize(Ctor->getDecl(),
                         Ctor->getDecl()->getFunctionObjectParameterType())) {
      std::optional<uint64_t> Count;
      if (Ctor->getNumArgs() == 0)
        Count = 0;
      else if (FD->getParamDecl(0)->getType()->isUnsignedIntegerType())
        if (const llvm::APSInt *N =
                C.getSValBuilder().getKnownValue(State, Call.getArgSVal(0)))
          Count = N->getLimitedValue();
      if (Count)
        State =
            State->set<KnownSizes>(Made, *Count)->remove<SizesAtLeast>(Made);
    }
  // A std::string made or assigned from a literal, or from such a string.
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      MD && Call.getNumArgs() > 0 && LifetimeModel::isStd(MD) &&
      MD->getParent()->getName() == "basic_string" &&
      (isa<CXXConstructorDecl>(MD) || MD->getOverloadedOperator() == OO_Equal))
    if (const MemRegion *Made = objectOf(Call).getAsRegion()) {
      SVal Literal = literalOf(Call, State);
      State = Literal.isUnknown()
                  ? State->remove<LiteralStrings>(Made->StripCasts())
                  : State->set<LiteralStrings>(Made->StripCasts(), Literal);
    }
  State = followContainerResource(State, Call, FD, C);
  if (const auto *IC = dyn_cast<CXXInstanceCall>(&Call))
    if (const MemRegion *Resource = IC->getCXXThisVal().getAsRegion()) {
      Resource = Resource->StripCasts();
      // Memory a memory resource hands out (also through a
      // polymorphic_allocator, whose allocate calls the resource's) lives
      // until the resource gives it all back.
      if (LifetimeModel::resourceAllocation(FD) ==
          LifetimeModel::ResourceAllocation::FromObject)
        if (const MemRegion *Block = Call.getReturnValue().getAsRegion();
            Block && isa<SymbolicRegion>(Block->getBaseRegion()))
          State = State->set<ResourceBlocks>(Block->getBaseRegion(), Resource);
      if (releasesResourceMemory(*IC, FD)) {
        releaseResourceBlocks(State, Resource, Call.getOriginExpr(), C);
        return;
      }
    }
  // A standard iterator copied by a copy constructor its class writes out
  // (deque's), which the analyzer does not inline (it takes an iterator
  // class for a container): the copy holds what the original does, as a
  // copy of a vector's iterator does.
  if (const auto *Ctor = dyn_cast<CXXConstructorCall>(&Call);
      Ctor && !C.wasInlined && Ctor->getDecl()->isCopyOrMoveConstructor() &&
      LifetimeModel::isStd(FD))
    if (QualType ItT = Ctor->getDecl()->getFunctionObjectParameterType();
        Model.isIterator(ItT))
      if (const MemRegion *Made = Ctor->getCXXThisVal().getAsRegion()) {
        SVal Source = Call.getArgSVal(0);
        if (auto From = Source.getAs<Loc>())
          Source = State->getSVal(*From, ItT);
        State = State->bindLoc(loc::MemRegionVal(Made), Source,
                               C.getLocationContext());
      }
  if (const MemRegion *Moved = objectOf(Call).getAsRegion())
    if (const InnerHandle *H = State->get<MovingIterators>(Moved)) {
      // Into the same buffer, no longer at its first element.
      InnerHandle Kept = *H;
      Kept.At = InnerHandle::Neither;
      State = State->remove<MovingIterators>(Moved);
      if (const FieldRegion *F = ownedPointer(
              Moved, cast<CXXMethodDecl>(FD)->getFunctionObjectParameterType()))
        if (const MemRegion *New = State->getSVal(F).getAsRegion())
          if (const auto *SR = dyn_cast<SymbolicRegion>(New->getBaseRegion());
              SR && !State->contains<InnerHandles>(SR->getSymbol()))
            State = State->set<InnerHandles>(SR->getSymbol(), Kept);
    }
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      MD && LifetimeModel::isStd(MD) && releasesOwnedObject(Call, MD)) {
    const MemRegion *Object = objectOf(Call).getAsRegion();
    // `m[key] = std::make_unique<T>()`: the element's container owns the
    // new object too.
    if (const InnerHandle *Element =
            Object ? handleOf(State, loc::MemRegionVal(Object)) : nullptr;
        Element && !isa<CXXDestructorCall>(Call) &&
        State->get<OwnedByContainer>(Element->Owner)) {
      QualType ObjT = MD->getThisType()->getPointeeType();
      if (const MemRegion *New = ownedObject(State, Object, ObjT).getAsRegion();
          New && isa<SymbolicRegion>(New->getBaseRegion())) {
        llvm::SmallVector<const MemRegion *, 8> Objects =
            ownedBy(State, Element->Owner);
        Objects.push_back(New->getBaseRegion());
        State = storeOwned(State, Element->Owner, Objects);
        if (!Element->Key.isUnknown())
          State = State->set<OwnedKeys>(New->getBaseRegion(), Element->Key);
        // Where in the container it went is not known.
        State = State->remove<CompletelyOwned>(Element->Owner);
      }
    }
    if (const MemRegion *const *Owned =
            Object ? State->get<PendingRelease>(Object) : nullptr) {
      endHeapObject(State->remove<PendingRelease>(Object),
                    loc::MemRegionVal(*Owned), Ending::OwnerReleased,
                    Call.getOriginExpr(), C);
      return;
    }
    C.addTransition(State);
    return;
  }
  if (LifetimeModel::isDeallocation(FD) && Call.getNumArgs() > 0) {
    endHeapObject(State, Call.getArgSVal(0), Ending::Free,
                  Call.getOriginExpr(), C);
    return;
  }
  // An object a pool hands out again (the head of its free list, or one
  // read back out of the container of objects given back) is the caller's
  // now.
  const auto *Origin = dyn_cast_or_null<Expr>(Call.getOriginExpr());
  if (Model.poolRole(FD, Origin) == PoolRole::Acquire)
    if (const MemRegion *Object = Call.getReturnValue().getAsRegion()) {
      // A pool hands out only what it holds: an object handed out and not
      // given back since, coming out again, is a path the analyzer made up
      // (a widened loop forgot which slots are in use).
      if (State->contains<HandedOut>(withoutCasts(Object))) {
        C.generateSink(State, C.getPredecessor());
        return;
      }
      State = State->add<HandedOut>(withoutCasts(Object));
      llvm::SmallVector<const MemRegion *, 4> Candidates{Object};
      if (const auto *SR = dyn_cast<SymbolicRegion>(Object->getBaseRegion()))
        if (std::optional<ContainerRead> Read =
                containerReadOf(State, SR->getSymbol()))
          Candidates.append(Read->Pointees);
      ProgramStateRef Reacquired = State;
      for (const MemRegion *Candidate : Candidates) {
        for (const MemRegion *Key :
             {withoutCasts(Candidate), Candidate->getBaseRegion()})
          if (const EndedObject *E = State->get<EndedObjects>(Key);
              E && E->K == Ending::ReturnedToPool)
            Reacquired = Reacquired->remove<EndedObjects>(Key);
        // The same storage seen as another type: an arena's `buf_ + top_`
        // handed out as raw bytes, given back as the PickResult* it became;
        // a free list's slot, a union, handed out as its other member.
        for (const auto &[Key, E] : State->get<EndedObjects>())
          if (E.K == Ending::ReturnedToPool &&
              (sameStart(Key, Candidate) || Candidate->isSubRegionOf(Key) ||
               Key->isSubRegionOf(Candidate)))
            Reacquired = Reacquired->remove<EndedObjects>(Key);
      }
      if (Reacquired != State) {
        C.addTransition(Reacquired);
        return;
      }
    }
  // An object given back to its pool: when the release returns, so that
  // the pool's own body may still touch it.
  if (Model.poolRole(FD, Origin) == PoolRole::Release)
    if (std::optional<unsigned> I = releasedArgumentIndex(Call, FD)) {
      if (const MemRegion *Given = Call.getArgSVal(*I).getAsRegion())
        State = State->remove<HandedOut>(withoutCasts(Given));
      endHeapObject(State, Call.getArgSVal(*I), Ending::ReturnedToPool,
                    Call.getOriginExpr(), C);
      return;
    }
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  const auto *IC = dyn_cast<CXXInstanceCall>(&Call);
  ProgramStateRef Viewed = MD && LifetimeModel::isStd(MD) && !C.wasInlined
                               ? modelView(Call, MD, Key, State)
                               : State;
  QualType ObjT = MD ? objectTypeOf(Call, MD, Model) : QualType();
  bool UserContainer = MD && IC && Model.isUserContainerMember(MD, ObjT);
  // The container itself, not the base a user's container inherits the
  // member from.
  const MemRegion *Owner =
      IC && IC->getCXXThisVal().getAsRegion()
          ? IC->getCXXThisVal().getAsRegion()->StripCasts()
          : nullptr;
  // A container's members that return an iterator (insert, erase) go on
  // to invalidate the handles taken before.
  bool OwnerCall = MD && (LifetimeModel::isStd(MD) || UserContainer) &&
                   Owner && Model.classKind(ObjT) == ClassKind::Owner;
  bool Growth = false;
  Invalidation How = OwnerCall ? Model.invalidation(MD, ObjT, Growth)
                               : Invalidation::None;
  // `m[k]` inserts only the key it does not find: taken to find one read
  // through a pointer, which may be one of its own (`m[it->first]`).
  if (How != Invalidation::None &&
      MD->getOverloadedOperator() == OO_Subscript &&
      keyReadThroughPointer(Call.getArgSVal(0), Key))
    How = Invalidation::None;
  // resize(n) to no more than the size the path counted erases the tail in
  // place. (Handles to the tail are not told apart.)
  if (const auto *CE = dyn_cast_or_null<CallExpr>(Call.getOriginExpr());
      CE && How != Invalidation::None &&
      LifetimeModel::mayShrinkByResize(MD, {CE->getArgs(), CE->getNumArgs()}))
    if (const unsigned *Size = State->get<KnownSizes>(Owner))
      if (const llvm::APSInt *N =
              C.getSValBuilder().getKnownValue(State, Call.getArgSVal(0));
          N && N->getLimitedValue() <= *Size)
        How = Invalidation::None;
  bool ViewChanged = Viewed != State;
  if (OwnerCall)
    Viewed = seeSize(Viewed, Call, MD, Owner);
  if (!OwnerCall || (ViewChanged && How == Invalidation::None)) {
    C.addTransition(Viewed);
    return;
  }
  State = Viewed;
  if (How != Invalidation::None &&
      Model.stdMemberEffect(MD) == StdEffect::Insert &&
      insertsNothing(State, MD, Owner, Key))
    How = Invalidation::None;

  // A unique_ptr moved into the container (push_back(std::move(p))) is
  // left null, as the analyzer does not see inside the container's call.
  if (Model.ownsExclusively(ObjT) &&
      Model.stdMemberEffect(MD) == StdEffect::Insert) {
    for (unsigned I = 0, N = Call.getNumArgs(); I != N; ++I) {
      const Expr *Arg = Call.getArgExpr(I);
      const MemRegion *R = Call.getArgSVal(I).getAsRegion();
      if (!R || !Arg->isXValue() || !Model.isUniquePtr(Arg->getType()))
        continue;
      if (const FieldRegion *F = ownedPointer(R, Arg->getType()))
        State = State->bindLoc(loc::MemRegionVal(F),
                               C.getSValBuilder().makeNullWithType(
                                   F->getValueType()),
                               C.getLocationContext());
    }
  }

  // An accessor the analyzer did not inline: its result points into the
  // owner's buffer.
  QualType Ret = MD->getReturnType();
  const auto *Issue = cast_or_null<Expr>(Call.getOriginExpr());
  auto Register = [&](SymbolRef Sym, const InnerHandle &H) {
    if (!State->contains<InnerHandles>(Sym))
      State = State->set<InnerHandles>(Sym, H);
  };
  if ((Ret->isPointerType() || Ret->isReferenceType()) &&
      LifetimeModel::accessesElements(MD)) {
    if (SymbolRef Sym = Call.getReturnValue().getAsLocSymbol()) {
      // The element a subscript by an equal index (a map's: key) returned
      // before, or the buffer `data()` or `c_str()` returned, the container
      // unchanged since (but for insertions into a node container), is the
      // same object.
      // (A map of pointers or of unique_ptrs is read key by key by what it
      // is known to hold: see ContainerContents and OwnedKeys.)
      bool Map = LifetimeModel::declaresMember(MD->getParent(), "mapped_type");
      SVal Index = Map || Call.getNumArgs() != 1 ? Key : Call.getArgSVal(0);
      if (Map && (holdsPointers(ObjT, Model) || Model.ownsExclusively(ObjT)))
        Index = UnknownVal();
      bool Subscript = Ret->isReferenceType() && Call.getNumArgs() == 1 &&
                       LifetimeModel::subscripts(MD) && !Index.isUnknown();
      bool WholeBuffer = Ret->isPointerType() && Call.getNumArgs() == 0 &&
                         MD->getIdentifier() &&
                         (MD->getName() == "data" || MD->getName() == "c_str");
      if (Subscript || WholeBuffer) {
        ElementAccess Access{
            Owner, Subscript ? Index : UnknownVal(),
            Subscript ? ElementAccess::Element : ElementAccess::WholeBuffer};
        for (const auto &[Earlier, A] : State->get<ElementsAccessed>())
          if (A == Access && Earlier->getType() == Sym->getType()) {
            C.addTransition(State->BindExpr(
                Call.getOriginExpr(), C.getLocationContext(),
                loc::MemRegionVal(
                    C.getSValBuilder().getRegionManager().getSymbolicRegion(
                        Earlier))));
            return;
          }
        State = State->set<ElementsAccessed>(Sym, Access);
      }
      InnerHandle H{Owner, Issue, nullptr};
      H.Key = Key;
      if (MD->getIdentifier())
        H.At = atEnd(State, Owner,
                     MD->getName() == "front"  ? InnerHandle::First
                     : MD->getName() == "back" ? InnerHandle::Last
                                               : InnerHandle::Neither);
      Register(Sym, H);
      // A string's characters are never at null (a vector's may be).
      bool StringBuffer = WholeBuffer && (MD->getName() == "c_str" ||
                                          MD->getParent()->getName() ==
                                              "basic_string");
      std::optional<DefinedOrUnknownSVal> Result =
          Call.getReturnValue().getAs<DefinedOrUnknownSVal>();
      if (StringBuffer && Result)
        if (ProgramStateRef NonNull = State->assume(*Result, true))
          State = NonNull;
      State = bindKnownElement(Call, MD, Owner, Key, State, C);
      // An unordered map's `m[k]` inserts the key it does not find, and may
      // rehash: on to what that invalidates.
      if (How == Invalidation::None) {
        C.addTransition(State);
        return;
      }
    }
  }
  // A member of an element that returns a pointer or reference into it,
  // not inlined (the node's `_M_valptr()` behind a map iterator's
  // `it->second`): into the element's owner.
  if (Ret->isPointerType() || Ret->isReferenceType())
    if (const InnerHandle *Element = handleOf(State, loc::MemRegionVal(Owner)))
      if (SymbolRef Sym = Call.getReturnValue().getAsLocSymbol()) {
        InnerHandle Found = *Element;
        Found.Iterator = false;
        if (const auto *Node = dyn_cast<SymbolicRegion>(Owner->getBaseRegion()))
          Found.Through = Node->getSymbol();
        Register(Sym, Found);
        State = bindFoundElement(State, Found, Call,
                                 Call.getReturnValue().getAsRegion());
      }

  // Reassigning, clearing or resetting the owner ends the buffer that the
  // handles taken before point into; so does what the standard says
  // invalidates a container's handles.
  StdEffect Effect = Model.stdMemberEffect(MD);
  State = countCapacity(State, Call, MD, ObjT, Owner, Growth, How);
  const NoteTag *Exchanged = nullptr;
  if (Effect == StdEffect::Swap)
    State = swapHandles(State, Call, ObjT, Owner, Exchanged, C);
  bool EndsBuffer = How == Invalidation::All || Effect == StdEffect::Assign ||
                    Effect == StdEffect::RemoveAll ||
                    Effect == StdEffect::Reset;
  // erase(it): the handle the iterator argument is, and the pointer inside
  // it: its copies hold it too, while the iterators advanced from it
  // (`std::next(it)`) hold another.
  bool Erases =
      How == Invalidation::Erased || How == Invalidation::ErasedAndAfter;
  SVal ErasedHeld = Erases ? erasedIterator(Call, State) : UnknownVal();
  const InnerHandle *Erased = handleOf(State, ErasedHeld);
  SymbolRef ErasedAt = Erased ? ErasedHeld.getAsLocSymbol() : nullptr;
  // erase(k) given the key inside an element (`m.erase(kv.first)`,
  // `s.erase(*it)`, `auto k = it->first; m.erase(k);`): that element.
  if (!Erased && How == Invalidation::Erased && Call.getNumArgs() == 1)
    ErasedAt = elementHoldingKey(State, Call.getArgSVal(0), Key, Owner);
  // pop_front, pop_back: the handles taken to the element at that end.
  InnerHandle::End Popped =
      How != Invalidation::Popped  ? InnerHandle::Neither
      : MD->getName() == "pop_front" ? InnerHandle::First
                                     : InnerHandle::Last;
  // What the call adds or removes at one end leaves the element at the
  // other end there (`l.push_front(x)`: the last element stays the last);
  // any other change may make another element the first or the last.
  uint8_t EndKept = InnerHandle::Neither;
  if (MD->getIdentifier())
    EndKept = llvm::StringSwitch<uint8_t>(MD->getName())
                  .Cases({"push_front", "emplace_front", "pop_front"},
                         InnerHandle::Last)
                  .Cases({"push_back", "emplace_back", "pop_back"},
                         InnerHandle::First)
                  .Default(InnerHandle::Neither);
  for (const auto &[Sym, H] : State->get<InnerHandles>()) {
    if (H.Owner != Owner || H.ChangedAt)
      continue;
    // Not the handle this call returns (`it = v.erase(it)`); but the one
    // an outer run of the same call returned, in a recursion, is taken
    // before the call.
    if (H.Issue == Call.getOriginExpr() &&
        !C.getState()->contains<InnerHandles>(Sym))
      continue;
    if (H.At != InnerHandle::Neither && !(H.At & Popped) && !MD->isConst() &&
        (H.At & EndKept) != H.At) {
      InnerHandle Inside = H;
      Inside.At = H.At & EndKept;
      State = State->set<InnerHandles>(Sym, Inside);
    }
    // erase(k), and erase(it) of an iterator found by key k: the handles
    // found by a key equal to k (`m.at(k)`, `s.find(k)`).
    SVal ErasedKeyValue = Erased ? Erased->Key : Key;
    bool ErasedKey = How == Invalidation::Erased &&
                     !ErasedKeyValue.isUnknown() && !H.Key.isUnknown() &&
                     sameKey(State, ErasedKeyValue, H.Key);
    bool Ends = EndsBuffer || (How == Invalidation::Iterators && H.Iterator) ||
                (ErasedAt ? samePointer(State, Sym, ErasedAt) ||
                                samePointer(State, H.Through, ErasedAt)
                          : Erased && H.Issue == Erased->Issue) ||
                ErasedKey || (H.At & Popped) ||
                // A vector's erase moves the later elements down: its last
                // element and its end, whichever element went.
                (How == Invalidation::ErasedAndAfter &&
                 LifetimeModel::designatesLastOrEnd(H.Issue));
    if (!Ends)
      continue;
    InnerHandle Ended = H;
    Ended.ChangedAt = Call.getOriginExpr();
    Ended.Invalidated = How != Invalidation::None;
    State = State->set<InnerHandles>(Sym, Ended);
  }
  C.addTransition(State, Exchanged);
}

namespace {
/// Forgets what the accessors of \p Container returned.
ProgramStateRef forgetElementsAccessed(ProgramStateRef State,
                                       const MemRegion *Container) {
  for (const auto &[Sym, Access] : State->get<ElementsAccessed>())
    if (Access.Container == Container)
      State = State->remove<ElementsAccessed>(Sym);
  return State;
}
} // namespace

void LifetimeModelingChecker::checkPostStmt(
    const CXXRewrittenBinaryOperator *RBO, CheckerContext &C) const {
  // C++20's `a != b` rewritten as `!(a == b)` (the iterators of the
  // standard containers compare so): clang's engine evaluates the rewritten
  // form but leaves the operator without a value, so that a loop over a
  // container the path knows to be empty, or not, could run or stop either
  // way. Its value is its rewritten form's.
  SVal Rewritten = C.getSVal(RBO->getSemanticForm());
  if (!Rewritten.isUnknown() && C.getSVal(RBO).isUnknown())
    C.addTransition(
        C.getState()->BindExpr(RBO, C.getLocationContext(), Rewritten));
}

void LifetimeModelingChecker::checkPostStmt(const BinaryOperator *BO,
                                            CheckerContext &C) const {
  // Pointers into the buffers of two different owners are never equal; the
  // analyzer, which sees two unknown pointers, would take a path where
  // `value == other.c_str()` holds for a value taken from another string.
  if (!BO->isEqualityOp() || !BO->getLHS()->getType()->isPointerType() ||
      !BO->getRHS()->getType()->isPointerType())
    return;
  if (compareWithRead(BO, C))
    return;
  ProgramStateRef State = C.getState();
  if (C.getSVal(BO).getAs<nonloc::ConcreteInt>())
    return;
  const InnerHandle *L = handleOf(State, C.getSVal(BO->getLHS()));
  const InnerHandle *R = handleOf(State, C.getSVal(BO->getRHS()));
  if (!L || !R || L->ChangedAt || R->ChangedAt || L->Owner == R->Owner ||
      L->Owner->isSubRegionOf(R->Owner) || R->Owner->isSubRegionOf(L->Owner))
    return;
  C.addTransition(State->BindExpr(
      BO, C.getLocationContext(),
      C.getSValBuilder().makeTruthVal(BO->getOpcode() == BO_NE, BO->getType())));
}

bool LifetimeModelingChecker::compareWithRead(const BinaryOperator *BO,
                                              CheckerContext &C) const {
  const ProgramStateRef &State = C.getState();
  SVal L = C.getSVal(BO->getLHS());
  SVal R = C.getSVal(BO->getRHS());
  for (auto [ReadV, OtherV] : {std::pair(L, R), std::pair(R, L)}) {
    SymbolRef Read = ReadV.getAsLocSymbol();
    const MemRegion *Other = OtherV.getAsRegion();
    std::optional<ContainerRead> Held =
        Read && Other ? containerReadOf(State, Read) : std::nullopt;
    if (!Held)
      continue;
    Other = withoutCasts(Other);
    llvm::SmallVector<const MemRegion *, 4> Others;
    for (const MemRegion *P : Held->Pointees)
      if (withoutCasts(P) != Other)
        Others.push_back(P);
    if (Others.size() == Held->Pointees.size())
      return false;
    const LocationContext *LC = C.getLocationContext();
    auto Outcome = [&](bool Same) {
      return C.getSValBuilder().makeTruthVal(Same == (BO->getOpcode() == BO_EQ),
                                             BO->getType());
    };
    C.addTransition(narrowRead(State, Read, Held->Container, {Other})
                        ->BindExpr(BO, LC, Outcome(true)));
    if (!Others.empty())
      C.addTransition(narrowRead(State, Read, Held->Container, Others)
                          ->BindExpr(BO, LC, Outcome(false)));
    return true;
  }
  return false;
}

ProgramStateRef LifetimeModelingChecker::swapHandles(
    ProgramStateRef State, const CallEvent &Call, QualType ObjT,
    const MemRegion *Owner, const NoteTag *&Note, CheckerContext &C) const {
  const CXXRecordDecl *OtherClass =
      Call.getNumArgs() == 1 ? Call.getArgExpr(0)->getType()->getAsCXXRecordDecl()
                             : nullptr;
  const CXXRecordDecl *OwnClass = ObjT->getAsCXXRecordDecl();
  if (!OtherClass || !OwnClass ||
      OtherClass->getCanonicalDecl() != OwnClass->getCanonicalDecl())
    return State;
  const MemRegion *Other = Call.getArgSVal(0).getAsRegion();
  Other = Other ? Other->StripCasts() : nullptr;
  if (!Other || Other == Owner)
    return State;
  for (const auto &[Sym, H] : State->get<InnerHandles>()) {
    if (H.ChangedAt || (H.Owner != Owner && H.Owner != Other))
      continue;
    InnerHandle Swapped = H;
    Swapped.Owner = H.Owner == Owner ? Other : Owner;
    State = State->set<InnerHandles>(Sym, Swapped);
  }
  const Expr *OwnerExpr = LifetimeModel::objectOfCall(Call.getOriginExpr());
  const Expr *OtherExpr = Call.getArgExpr(0);
  Note = C.getNoteTag([=](PathSensitiveBugReport &BR) {
    if (!isLifeguardReport(BR) || (!BR.isInteresting(Owner->getBaseRegion()) &&
                                   !BR.isInteresting(Other->getBaseRegion())))
      return std::string();
    return "the buffers of " +
           quoted(sourceName(OwnerExpr), describeObject(Owner)) + " and " +
           quoted(sourceName(OtherExpr), describeObject(Other)) +
           " were exchanged";
  });
  return State;
}

ProgramStateRef LifetimeModelingChecker::countCapacity(
    ProgramStateRef State, const CallEvent &Call, const CXXMethodDecl *MD,
    QualType ObjT, const MemRegion *Owner, bool Growth,
    Invalidation &How) const {
  // Another call that may change the container: its elements may move,
  // unless they are nodes, which an insertion or a map's `m[k]` leaves
  // where they are. (An iterator may write any element.)
  ContainerLayout Layout = Model.layout(MD, ObjT);
  bool KeepsNodes =
      (Layout == ContainerLayout::Node || Layout == ContainerLayout::Hashed) &&
      (Model.stdMemberEffect(MD) == StdEffect::Insert ||
       LifetimeModel::subscripts(MD));
  if (!MD->isConst() && !KeepsNodes)
    State = forgetElementsAccessed(State, Owner);
  std::optional<int> Step = Model.sizeStep(MD, ObjT);
  const unsigned *Size = State->get<KnownSizes>(Owner);
  std::optional<unsigned> NewSize;
  if (Size && Step && (*Step >= 0 || *Size > 0))
    NewSize = *Size + *Step;
  // resize(n) makes the size n, when the path knows n.
  if (MD->getIdentifier() && MD->getName() == "resize" &&
      Call.getNumArgs() > 0 && Model.countsSize(MD, ObjT))
    if (const llvm::APSInt *N =
            State->getStateManager().getSValBuilder().getKnownValue(
                State, Call.getArgSVal(0)))
      NewSize = N->getLimitedValue();
  // Growth after the path reserved or looked at the capacity stays within
  // it, unless the path counted the room `reserve(n)` left and this growth
  // is past it: then it reallocates, to a capacity no longer known.
  if (Growth && State->contains<CapacityMinded>(Owner)) {
    const unsigned *Room = State->get<ReservedRoom>(Owner);
    if (Room && Step && *Step > 0 && *Room == 0)
      State = State->remove<CapacityMinded>(Owner)->remove<ReservedRoom>(Owner);
    else if (Room && Step && *Step > 0)
      State = State->set<ReservedRoom>(Owner, *Room - 1);
    else
      State = State->remove<ReservedRoom>(Owner);
    if (State->contains<CapacityMinded>(Owner))
      How = Invalidation::None;
  } else if (!Step || *Step < 0) {
    const unsigned *Room = State->get<ReservedRoom>(Owner);
    // A contiguous container that shrinks keeps the capacity that held its
    // size: room for what was taken out (a pop's one, the difference of
    // two sizes the path knows), on top of room counted before. (Room the
    // path did not count, after a look at the capacity, stays uncounted.)
    std::optional<unsigned> Freed;
    if (Step)
      Freed = -*Step;
    else if (Size && NewSize && *NewSize < *Size)
      Freed = *Size - *NewSize;
    bool Minded = State->contains<CapacityMinded>(Owner);
    if (Freed && Layout == ContainerLayout::Contiguous) {
      if (!Minded || Room)
        State = State->add<CapacityMinded>(Owner)->set<ReservedRoom>(
            Owner, (Room ? *Room : 0) + *Freed);
    } else if (Room && Step) {
      // A pop gives room back only within a capacity the path counted.
      State = State->set<ReservedRoom>(Owner, *Room + 1);
    } else {
      State = State->remove<ReservedRoom>(Owner);
    }
  }
  State = NewSize ? State->set<KnownSizes>(Owner, *NewSize)
                  : State->remove<KnownSizes>(Owner);
  // (A pop from an empty container is undefined: the bound does not go
  // below zero.)
  const unsigned *Least = State->get<SizesAtLeast>(Owner);
  int NewLeast = !Size && Step ? int(Least ? *Least : 0) + *Step : 0;
  State = NewLeast > 0 ? State->set<SizesAtLeast>(Owner, NewLeast)
                       : State->remove<SizesAtLeast>(Owner);
  if (!Model.mindsCapacity(MD, ObjT))
    return State;
  State = State->add<CapacityMinded>(Owner)->remove<ReservedRoom>(Owner);
  // reserve(n) beyond the known size: room for the difference, when n is
  // a count written in the source (`reserve(3)`, `reserve(v.size() + 1)`).
  // A count a loop made on this path is left uncounted: a later loop over
  // the same input, which the analyzer takes apart from the first, may run
  // more times than it counted.
  if (MD->getName() == "reserve" && Size && Call.getNumArgs() == 1 &&
      isWrittenCount(Call.getArgExpr(0), MD->getASTContext()))
    if (const llvm::APSInt *N =
            State->getStateManager().getSValBuilder().getKnownValue(
                State, Call.getArgSVal(0));
        N && N->getZExtValue() > *Size)
      State = State->set<ReservedRoom>(
          Owner, static_cast<unsigned>(N->getZExtValue() - *Size));
  return State;
}

ProgramStateRef LifetimeModelingChecker::checkRegionChanges(
    ProgramStateRef State, const InvalidatedSymbols *,
    ArrayRef<const MemRegion *> ExplicitRegions, ArrayRef<const MemRegion *>,
    const LocationContext *, const CallEvent *Call) const {
  // A string changed in any way no longer holds its literal. (A call
  // lists what it only reads too: the object of a const member, what a
  // parameter to const refers to.)
  auto OnlyRead = [Call](const MemRegion *R) {
    if (!Call)
      return false;
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Call->getDecl());
    if (MD && MD->isConst() && objectOf(*Call).getAsRegion() == R)
      return true;
    const auto *FD = dyn_cast_or_null<FunctionDecl>(Call->getDecl());
    for (unsigned I = 0, N = FD ? std::min(Call->getNumArgs(),
                                           FD->getNumParams())
                                : 0;
         I != N; ++I)
      if (QualType Pointee = FD->getParamDecl(I)->getType()->getPointeeType();
          !Pointee.isNull() && Pointee.isConstQualified() &&
          Call->getArgSVal(I).getAsRegion() == R)
        return true;
    return false;
  };
  for (const auto &[Str, Literal] : State->get<LiteralStrings>())
    if (llvm::any_of(ExplicitRegions, [&, Str = Str](const MemRegion *Changed) {
          return (Str == Changed || Str->isSubRegionOf(Changed)) &&
                 !OnlyRead(Changed);
        }))
      State = State->remove<LiteralStrings>(Str);
  const MemRegion *Callee = Call && LifetimeModel::isStd(Call->getDecl())
                                ? objectOf(*Call).getAsRegion()
                                : nullptr;
  // A size or room counted on the path, and the elements subscripts
  // returned, are not known after any other change to the container (also
  // a widened loop's).
  auto ChangedOtherwise = [&](const MemRegion *Container) {
    return Container != Callee &&
           llvm::any_of(ExplicitRegions, [&](const MemRegion *Changed) {
             return Container == Changed || Container->isSubRegionOf(Changed);
           });
  };
  for (const auto &[Container, Size] : State->get<KnownSizes>())
    if (ChangedOtherwise(Container))
      State = State->remove<KnownSizes>(Container)
                  ->remove<ReservedRoom>(Container);
  for (const auto &[Container, Least] : State->get<SizesAtLeast>())
    if (ChangedOtherwise(Container))
      State = State->remove<SizesAtLeast>(Container);
  for (const auto &[Sym, Access] : State->get<ElementsAccessed>())
    if (ChangedOtherwise(Access.Container))
      State = State->remove<ElementsAccessed>(Sym);
  State = forgetInsertedKeys(State, ChangedOtherwise);
  for (const auto &[Container, Size] : State->get<SizesSeen>())
    if (ChangedOtherwise(Container))
      State = State->remove<SizesSeen>(Container);
  // A container handed to a call that is not its own modelled member (a
  // helper that fills it, `std::swap`), or one of its elements handed to
  // one, may now hold anything. (Without a call, the change is a store:
  // into an element, seen by checkBind, or what KeptValues puts back.)
  if (!Call)
    return State;
  // (Not an element only read: `retired.push_back(active[1])`.)
  for (const MemRegion *Changed : ExplicitRegions) {
    if (Changed == Callee || OnlyRead(Changed))
      continue;
    if (const InnerHandle *H = handleOf(State, loc::MemRegionVal(Changed)))
      State = forgetContents(State, H->Owner);
    else
      State = forgetContentsWithin(State, Changed);
  }
  return State;
}

void LifetimeModelingChecker::checkLiveSymbols(const ProgramStateRef &State,
                                               SymbolReaper &SR) const {
  keepMemberTemporariesLive(State, SR);
  // What a container holds stays known while the container lives, with
  // what LifetimeModeling knows of it (ended, a handle into an owner).
  keepContentsLive(State, SR);
  // A map's objects, and their keys, which are compared with the key an
  // erase names, live as long as the map does.
  auto KeepKey = [&SR](SVal Key) {
    // (Most keys are unknown or constants: no range of symbols to build.)
    if (SymbolRef Symbolic = Key.getAsSymbol(/*IncludeBaseRegions=*/true))
      for (SymbolRef Sym : Symbolic->symbols())
        SR.markLive(Sym);
  };
  for (const auto &[Object, Key] : State->get<OwnedKeys>()) {
    SR.markLive(cast<SymbolicRegion>(Object)->getSymbol());
    KeepKey(Key);
  }
  for (const InsertedKey &Inserted : State->get<InsertedKeys>())
    KeepKey(Inserted.Key);
  for (const auto &[Container, Size] : State->get<SizesSeen>())
    KeepKey(Size);
  for (const auto &[Sym, H] : State->get<InnerHandles>()) {
    KeepKey(H.Key);
    // The element a handle points into the buffer of, while the handle
    // lives: what ends the element ends the handle.
    if (elementHandleOf(State, H))
      SR.markLive(cast<SymbolicRegion>(H.Owner->getBaseRegion())->getSymbol());
  }
  // An element a subscript returned lives while its container does: the
  // next subscript by the same index returns it again.
  for (const auto &[Sym, Access] : State->get<ElementsAccessed>())
    SR.markLive(Sym);
}

namespace {
/// \p State without the entries of program-state traits left empty: a map
/// or a set whose last element was removed keeps its entry, with no data.
/// Every trait reads an absent entry as an empty one (and any other trait
/// as its default), so nothing changes but the cost: each entry adds to
/// every later change of the state, as the engine compares whole entry
/// maps to find equal states, and to every lookup. (The checkers of the
/// plugin each keep several traits; without this, most states of a
/// function carry all of them.)
ProgramStateRef withoutEmptyTraits(ProgramStateRef State) {
  llvm::SmallVector<void *, 16> Empty;
  for (const auto &[Key, Data] : State->getGDM())
    if (!Data)
      Empty.push_back(Key);
  ProgramStateManager &Mgr = State->getStateManager();
  for (void *Key : Empty)
    State = Mgr.removeGDM(State, Key);
  return State;
}
} // namespace

void LifetimeModelingChecker::checkDeadSymbols(SymbolReaper &SR,
                                               CheckerContext &C) const {
  ProgramStateRef State = reapContents(C.getState(), SR);
  // A view returned whole is a symbol of class type whose members are read
  // as symbols derived from it: those can outlive it, so it stays. So does
  // a handle into a container whose contents are followed: the pointers
  // read through it (`it->second`) are symbols of its region. So does an
  // element read through an iterator while the iterator's pointer lives:
  // a key copied out of the element names it (`int k = it->first;
  // m.erase(k);`).
  for (const auto &[Sym, H] : State->get<InnerHandles>())
    if (SR.isDead(Sym) && !Sym->getType()->isRecordType() &&
        !storedPointees(State, H.Owner) &&
        (!H.Through || SR.isDead(H.Through)))
      State = State->remove<InnerHandles>(Sym);
  for (const auto &[Sym, Access] : State->get<ElementsAccessed>())
    if (!SR.isLiveRegion(Access.Container))
      State = State->remove<ElementsAccessed>(Sym);
  State = forgetInsertedKeys(State, [&SR](const MemRegion *Container) {
    return !SR.isLiveRegion(Container);
  });
  State = withoutDeadRegions<SizesSeen>(State, SR);
  for (const auto &[R, E] : State->get<EndedObjects>()) {
    const auto *Object = dyn_cast<SymbolicRegion>(R->getBaseRegion());
    if (Object ? SR.isDead(Object->getSymbol()) : !SR.isLiveRegion(R))
      State = State->remove<EndedObjects>(R);
  }
  // Objects owned by a container live as long as it does; a container that
  // is gone took its objects with it (its destructor ended them).
  for (const auto &[Container, Objects] : State->get<OwnedByContainer>())
    if (!SR.isLiveRegion(Container)) {
      State = State->remove<OwnedByContainer>(Container);
      for (const MemRegion *Object : Objects)
        State = State->remove<OwnedKeys>(Object);
    }
  State = withoutDeadRegions<CompletelyOwned>(State, SR);
  State = withoutDeadRegions<CapacityMinded>(State, SR);
  State = withoutDeadRegions<ReservedRoom>(State, SR);
  State = withoutDeadRegions<KnownSizes>(State, SR);
  State = withoutDeadRegions<SizesAtLeast>(State, SR);
  State = withoutDeadRegions<ResourceBlocks>(State, SR);
  State = withoutDeadRegions<ContainerResources>(State, SR);
  State = withoutDeadRegions<ReleasedBuffers>(State, SR);
  State = withoutDeadRegions<HandedOut>(State, SR);
  State = withoutDeadRegions<AddressTaken>(State, SR);
  State = withoutDeadRegions<PendingRelease>(State, SR);
  State = withoutDeadRegions<LiteralStrings>(State, SR);
  State = withoutDeadRegions<HeldValues>(State, SR);
  C.addTransition(withoutEmptyTraits(State));
}

const DeclStmt *
LifetimeModelingChecker::declarationOf(const VarDecl *VD,
                                       const StackFrameContext *Frame) const {
  const Decl *D = Frame->getDecl();
  auto [It, New] = DeclsByFunction.try_emplace(D);
  if (New)
    if (const Stmt *Body = D->getBody())
      collectDeclarations(Body, It->second);
  return It->second.lookup(VD);
}

namespace {

LifetimeModelingChecker &modeling(CheckerContext &C) {
  return *C.getAnalysisManager()
              .getCheckerManager()
              ->getChecker<LifetimeModelingChecker>();
}

/// \p S as seen from \p Frame: \p S itself when \p S is in \p Frame's
/// function, otherwise the call site in \p Frame through which the current
/// location context was reached (null for an implicit call, a destructor
/// run at a scope's end, which has none). False when \p Frame is not on the
/// stack: it has returned.
bool statementIn(const StackFrameContext *Frame, const LocationContext *LC,
                 const Stmt *&S) {
  while (LC && LC->getStackFrame() != Frame) {
    const StackFrameContext *SF = LC->getStackFrame();
    S = SF->getCallSite();
    LC = SF->getParent();
  }
  return LC != nullptr;
}

/// The child of \p Ancestor on the parent chain of \p S in \p Frame's
/// function, or null when \p S is not below \p Ancestor. \p ReachedRoot
/// tells whether the chain ended at the function's body (and not in code
/// the parent map does not cover: a structured binding's expression).
const Stmt *childTowards(const StackFrameContext *Frame, const Stmt *S,
                         const Stmt *Ancestor, bool &ReachedRoot) {
  const ParentMap &PM = Frame->getParentMap();
  const Stmt *Child = nullptr;
  const Stmt *Last = nullptr;
  for (const Stmt *Cur = S; Cur; Child = Cur, Cur = PM.getParent(Cur)) {
    if (Cur == Ancestor)
      return Child ? Child : Cur;
    Last = Cur;
  }
  ReachedRoot = Last && Last == Frame->getDecl()->getBody();
  return nullptr;
}

/// Whether the local declared by \p DS is alive at \p S, both in \p Frame:
/// \p S is inside the scope that declares it and, in a block, after the
/// declaration (before it, in a loop, is the previous iteration's instance).
/// The statement whose end ends the locals \p DS declares: the enclosing
/// block, or the for, if, while, switch or range-for that declares them.
/// \p DeclChild is set to the child of that statement holding \p DS.
const Stmt *scopeOf(const DeclStmt *DS, const ParentMap &PM,
                    const Stmt *&DeclChild) {
  const Stmt *Scope = PM.getParent(DS);
  DeclChild = DS;
  while (Scope && !isa<CompoundStmt, ForStmt, IfStmt, WhileStmt, SwitchStmt,
                       CXXForRangeStmt>(Scope)) {
    DeclChild = Scope;
    Scope = PM.getParent(Scope);
  }
  return Scope;
}

std::optional<Ending> scopeEnding(const DeclStmt *DS, const Stmt *S,
                                  const StackFrameContext *Frame,
                                  const MemRegion *Object) {
  const ParentMap &PM = Frame->getParentMap();
  const Stmt *DeclChild = nullptr;
  const Stmt *Scope = scopeOf(DS, PM, DeclChild);
  if (!Scope)
    return std::nullopt;
  bool ReachedRoot = false;
  const Stmt *UseChild = childTowards(Frame, S, Scope, ReachedRoot);
  SourceLocation End = Scope->getEndLoc();
  if (!UseChild)
    return ReachedRoot ? std::optional<Ending>(
                             Ending{Ending::ScopeEnd, Object, Scope, End})
                       : std::nullopt;
  const auto *Block = dyn_cast<CompoundStmt>(Scope);
  if (!Block || UseChild == Scope)
    return std::nullopt;
  for (const Stmt *Child : Block->body()) {
    if (Child == DeclChild)
      return std::nullopt; // declared first: the use sees this instance
    if (Child == UseChild)
      return Ending{Ending::ScopeEnd, Object, Scope, End};
  }
  return std::nullopt;
}

/// Whether the temporary created by \p E is alive at \p S, both in \p Frame:
/// \p S is inside the full-expression that created it.
std::optional<Ending> fullExpressionEnding(const Expr *E, const Stmt *S,
                                           const StackFrameContext *Frame,
                                           const MemRegion *Object) {
  const ParentMap &PM = Frame->getParentMap();
  const Stmt *Full = E;
  while (const auto *Parent = dyn_cast_or_null<Expr>(PM.getParent(Full)))
    Full = Parent;
  bool ReachedRoot = false;
  if (childTowards(Frame, S, Full, ReachedRoot) || !ReachedRoot)
    return std::nullopt;
  // Default arguments and member initializers are not in the parent map:
  // their temporaries' ends are not decided here.
  if (!PM.getParent(Full))
    return std::nullopt;
  return Ending{Ending::FullExpressionEnd, Object, Full, Full->getEndLoc()};
}

std::optional<Ending> endingAt(CheckerContext &C, const MemRegion *R,
                               const Stmt *At, unsigned Depth);

/// For a pointer \p Sym read out of an element of a container whose
/// contents are known: ended when each pointer the container holds points
/// to an object that ended. \p Depth counts the containers read through
/// (a container may hold a pointer read out of itself).
std::optional<Ending> storedPointerEnding(CheckerContext &C, SymbolRef Sym,
                                          const Stmt *At, unsigned Depth) {
  if (Depth > 2)
    return std::nullopt;
  std::optional<ContainerRead> Read = containerReadOf(C.getState(), Sym);
  if (!Read || Read->Pointees.empty())
    return std::nullopt;
  std::optional<Ending> First;
  for (const MemRegion *Pointee : Read->Pointees) {
    std::optional<Ending> E = endingAt(C, Pointee, At, Depth + 1);
    if (!E)
      return std::nullopt;
    // Ended through another read out of the same container, which held it
    // alone: this read may be of another element (a loop's next turn, past
    // the size the path does not know), not the object ended.
    for (const MemRegion *Key :
         {withoutCasts(Pointee), Pointee->getBaseRegion()})
      if (const EndedObject *Through = C.getState()->get<EndedObjects>(Key);
          Through && Through->ThroughReadOf == Read->Container)
        return std::nullopt;
    if (!First) {
      First = E;
      First->ReadFrom = Read->Container;
      First->Stored = Pointee;
    }
  }
  return First;
}

} // namespace

void collectValuesInside(const ProgramStateRef &State, SVal Object,
                         llvm::SmallVectorImpl<SVal> &Values,
                         LifetimeModel &Model, unsigned Depth) {
  if (auto CV = Object.getAs<nonloc::CompoundVal>()) {
    for (SVal Element : llvm::make_range(CV->begin(), CV->end())) {
      if (Element.getAsRegion() || Element.getAsSymbol())
        Values.push_back(Element);
      else
        collectValuesInside(State, Element, Values, Model, Depth + 1);
    }
    return;
  }
  // (Not a structured binding: the lambdas below capture both.)
  std::pair<Store, const MemRegion *> Contents = contentsOf(State, Object);
  Store S = Contents.first;
  const MemRegion *R = Contents.second;
  const auto *TR = dyn_cast_or_null<TypedValueRegion>(R);
  if (!TR || Depth > 2)
    return;
  QualType T = TR->getValueType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return;
  bool Untyped = RD->isUnion() ||
                 Model.classKind(T) == ClassKind::Holder;
  if (!Untyped && !Model.canHoldHandle(T))
    return;
  StoreManager &SM = State->getStateManager().getStoreManager();
  if (Untyped) {
    // std::function keeps its closure in untyped storage (a union): every
    // binding of the object. The store keys bindings by base region (and
    // offset).
    const MemRegion *Base = R->getBaseRegion();
    forEachBinding(State, S, [&](const MemRegion *Region, SVal Val) {
      if ((Val.getAsRegion() || Val.getAsSymbol()) &&
          Region->getBaseRegion() == Base)
        Values.push_back(Val);
    });
    return;
  }
  MemRegionManager &MRM = R->getMemRegionManager();
  auto Visit = [&](const SubRegion *Part, QualType PartT) {
    SVal V = SM.getBinding(S, loc::MemRegionVal(Part), PartT);
    if (PartT->isPointerType() || PartT->isReferenceType()) {
      if (V.getAsRegion() || V.getAsSymbol())
        Values.push_back(V);
    } else if (PartT->isRecordType()) {
      collectValuesInside(State, V, Values, Model, Depth + 1);
    }
  };
  for (const CXXBaseSpecifier &B : RD->getDefinition()->bases())
    if (const CXXRecordDecl *BD = B.getType()->getAsCXXRecordDecl();
        BD && !B.isVirtual())
      Visit(MRM.getCXXBaseObjectRegion(BD, TR, false), B.getType());
  for (const FieldDecl *FD : RD->getDefinition()->fields())
    Visit(MRM.getFieldRegion(FD, TR), FD->getType());
}

llvm::SmallVector<std::pair<QualType, SVal>, 4>
argumentValues(const CallEvent &Call, const CXXMethodDecl *MD,
               const ProgramStateRef &State) {
  llvm::SmallVector<std::pair<QualType, SVal>, 4> Values;
  for (unsigned I = 0,
                N = std::min<unsigned>(Call.getNumArgs(), MD->getNumParams());
       I != N; ++I) {
    QualType ParamT = MD->getParamDecl(I)->getType();
    SVal Arg = Call.getArgSVal(I);
    if (const MemRegion *R = Arg.getAsRegion(); R && ParamT->isReferenceType())
      Arg = State->getSVal(R, ParamT.getNonReferenceType());
    Values.push_back({ParamT.getNonReferenceType(), Arg});
  }
  return Values;
}

const StackFrameContext *stackFrameOf(const ProgramStateRef &State,
                                      const MemRegion *R) {
  if (const auto *SS = R->getMemorySpaceAs<StackSpaceRegion>(State))
    return SS->getStackFrame();
  return nullptr;
}

bool LifetimeModelingChecker::isBeingDeclared(const NonParamVarRegion *Var,
                                              const Stmt *S,
                                              CheckerContext &C) const {
  const StackFrameContext *Frame = stackFrameOf(C.getState(), Var);
  if (!Frame || !S || !statementIn(Frame, C.getLocationContext(), S))
    return false;
  // (S is now the statement of Frame's function: null when reached through
  // an implicit call.)
  const DeclStmt *DS = S ? declarationOf(Var->getDecl(), Frame) : nullptr;
  bool ReachedRoot = false;
  return DS && childTowards(Frame, S, DS, ReachedRoot);
}

std::optional<InnerHandleInfo> innerOwnerOf(const ProgramStateRef &State,
                                            SVal V) {
  const InnerHandle *H = handleOf(State, V);
  if (!H)
    return std::nullopt;
  return InnerHandleInfo{H->Owner, H->Issue};
}

namespace {

std::optional<Ending> endingAt(CheckerContext &C, const MemRegion *R,
                               const Stmt *At, unsigned Depth) {
  ProgramStateRef State = C.getState();
  const MemRegion *Base = R->getBaseRegion();
  // The buffer of a pmr container whose memory resource gave it back.
  if (const Stmt *const *Released =
          State->get<ReleasedBuffers>(R->StripCasts()))
    return Ending{Ending::ResourceReleased, R, *Released,
                  *Released ? (*Released)->getBeginLoc() : SourceLocation()};
  // A part of an object given back to its pool on its own (a slot of the
  // pool's array), or inside one.
  for (const MemRegion *Part = withoutCasts(R); Part != Base;
       Part = withoutCasts(cast<SubRegion>(Part)->getSuperRegion()))
    if (const EndedObject *E = State->get<EndedObjects>(Part))
      return Ending{E->K, Part, E->Where,
                    E->Where ? E->Where->getBeginLoc() : SourceLocation()};
  if (const auto *SR = dyn_cast<SymbolicRegion>(Base)) {
    if (const EndedObject *E = State->get<EndedObjects>(Base)) {
      // A loop variable's previous instance: it ended with its block.
      if (E->Was)
        if (const auto *VR = dyn_cast<NonParamVarRegion>(E->Was))
          if (const StackFrameContext *Frame = stackFrameOf(State, VR))
            if (const DeclStmt *DS =
                    modeling(C).declarationOf(VR->getDecl(), Frame)) {
              const Stmt *DeclChild = nullptr;
              if (const Stmt *Scope =
                      scopeOf(DS, Frame->getParentMap(), DeclChild))
                return Ending{Ending::ScopeEnd, E->Was, Scope,
                              Scope->getEndLoc()};
            }
      return Ending{E->K, Base, E->Where,
                    E->Where ? E->Where->getBeginLoc() : SourceLocation()};
    }
    if (const InnerHandle *H = handleOf(State, SR->getSymbol())) {
      if (H->ChangedAt)
        return Ending{H->Invalidated ? Ending::Invalidated
                                     : Ending::OwnerChanged,
                      H->Owner, H->ChangedAt, H->ChangedAt->getBeginLoc()};
      if (survivesElementMove(State, *H, modeling(C).Model))
        return std::nullopt;
      return endingAt(C, H->Owner, At, Depth);
    }
    if (std::optional<Ending> Stored =
            storedPointerEnding(C, SR->getSymbol(), At, Depth))
      return Stored;
    // Read by a loop that uses each element of a container that holds an
    // object already ended: some turn reads that one.
    if (std::optional<ElementSweeps::StaleRead> Stale =
            ElementSweeps::staleElement(State, SR->getSymbol());
        Stale && Depth <= 2)
      if (std::optional<Ending> E = endingAt(C, Stale->Object, At, Depth + 1)) {
        E->ReadFrom = Stale->Container;
        E->Stored = Stale->Object;
        return E;
      }
    return std::nullopt;
  }
  const StackFrameContext *Frame = stackFrameOf(State, Base);
  if (!Frame)
    return std::nullopt;
  const Stmt *S = At;
  if (!statementIn(Frame, C.getLocationContext(), S)) {
    // A parameter object outlives its frame: the caller destroys it at the
    // end of the full-expression of the call, a point not modelled here.
    if (isa<ParamVarRegion>(Base))
      return std::nullopt;
    const Stmt *Call = Frame->getCallSite();
    return Ending{Ending::FrameEnd, Base, Call,
                  Call ? Call->getEndLoc() : SourceLocation()};
  }
  if (!S)
    return std::nullopt;
  if (const auto *VR = dyn_cast<NonParamVarRegion>(Base)) {
    const VarDecl *VD = VR->getDecl();
    if (!VD->hasLocalStorage())
      return std::nullopt;
    if (const DeclStmt *DS = modeling(C).declarationOf(VD, Frame))
      return scopeEnding(DS, S, Frame, Base);
    return std::nullopt;
  }
  if (const auto *TR = dyn_cast<CXXTempObjectRegion>(Base))
    return fullExpressionEnding(TR->getExpr(), S, Frame, Base);
  if (const auto *LR = dyn_cast<CXXLifetimeExtendedObjectRegion>(Base)) {
    const auto *VD = dyn_cast_or_null<VarDecl>(LR->getExtendingDecl());
    if (VD && VD->hasLocalStorage())
      if (const DeclStmt *DS = modeling(C).declarationOf(VD, Frame))
        return scopeEnding(DS, S, Frame, Base);
  }
  return std::nullopt;
}

} // namespace

std::optional<Ending> endingOf(CheckerContext &C, const MemRegion *R,
                               const Stmt *At) {
  return endingAt(C, R, At, 0);
}

std::optional<ContainerRead> containerReadOf(const ProgramStateRef &State,
                                             SymbolRef Sym) {
  return pointeesOfRead(State, Sym, elementOwnerOf(State, Sym));
}

std::string describeObject(const MemRegion *R, const MemRegion *Through) {
  // (Not the storage inside the standard library's classes that an object
  // lives in: make_shared's.)
  if (const auto *FR = dyn_cast<FieldRegion>(R);
      FR && !LifetimeModel::isStd(FR->getDecl()->getParent()))
    return "member '" + FR->getDecl()->getName().str() + "'";
  R = R->getBaseRegion();
  if (const auto *VR = dyn_cast<VarRegion>(R))
    return (isa<ParamVarRegion>(VR) ? "parameter '" : "local variable '") +
           VR->getDecl()->getName().str() + "'";
  if (isa<CXXTempObjectRegion, CXXLifetimeExtendedObjectRegion>(R))
    return "a temporary of type '" +
           cast<TypedValueRegion>(R)->getValueType().getAsString(
               PrintingPolicy(LangOptions())) +
           "'";
  if (isa<HeapSpaceRegion>(R->getRawMemorySpace()))
    return "a heap object";
  if (Through && Through->canPrintPretty())
    return "the object '" + Through->getDescriptiveName(false) + "' points to";
  return "the object";
}

std::optional<std::pair<const MemRegion *, SVal>>
keyedElementOf(const ProgramStateRef &State, const MemRegion *Element) {
  const InnerHandle *H = handleOf(State, loc::MemRegionVal(Element));
  if (!H || H->Key.isUnknown() || !H->Owner)
    return std::nullopt;
  return std::make_pair(H->Owner, H->Key);
}

ProgramStateRef withHeapObjectEnded(ProgramStateRef State,
                                    const MemRegion *Object, Ending::Kind K,
                                    const Stmt *Where,
                                    const MemRegion *ThroughReadOf) {
  if (!Object ||
      (Object == Object->getBaseRegion() && !isa<SymbolicRegion>(Object)) ||
      State->contains<EndedObjects>(Object))
    return State;
  return State->set<EndedObjects>(
      Object, EndedObject{K, Where, nullptr, ThroughReadOf});
}

const char *heapEndingVerb(Ending::Kind K) {
  return K == Ending::Delete           ? "deleted"
         : K == Ending::Free           ? "freed"
         : K == Ending::ReturnedToPool ? "released to its pool"
                                       : "destroyed by its owner";
}

ProgramStateRef withEveryElementEnded(ProgramStateRef State,
                                      const MemRegion *Container,
                                      Ending::Kind K, const Stmt *Where) {
  std::optional<llvm::SmallVector<const MemRegion *, 4>> Pointees =
      storedPointees(State, Container);
  if (!Pointees)
    return State;
  for (const MemRegion *Pointee : *Pointees) {
    const MemRegion *Object = endingPart(withoutCasts(Pointee), K);
    // Ended through a read out of this container, which held it alone: it
    // is no longer only the element read that ended.
    if (const EndedObject *E = State->get<EndedObjects>(Object);
        E && E->ThroughReadOf == Container)
      State = State->set<EndedObjects>(Object, EndedObject{E->K, E->Where});
    else
      State = withHeapObjectEnded(State, Object, K, Where);
  }
  return State;
}

LifetimeModel &lifetimeModel(CheckerContext &C) {
  return modeling(C).Model;
}

SVal heldPointer(CheckerContext &C, const MemRegion *Object, QualType T) {
  const FieldRegion *F = modeling(C).ownedPointer(Object, T);
  return F ? C.getState()->getSVal(F) : UnknownVal();
}

} // namespace lifeguard::csa

void registerLifetimeModeling(CheckerManager &Mgr) {
  lifeguard::csa::reportUnknownOptions(Mgr);
  auto *Modeling = Mgr.registerChecker<lifeguard::csa::LifetimeModelingChecker>();
  // What the user named (pool functions, containers), for every checker
  // that models them.
  const auto &Config = Mgr.getAnalyzerOptions().Config;
  DiagnosticsEngine &Diags = Mgr.getDiagnostics();
  auto Names = [&](llvm::StringRef Option, llvm::StringRef Expected) {
    std::vector<std::string> Invalid;
    std::vector<std::string> Result =
        lifeguard::parseQualifiedNames(Config.lookup(Option), Invalid);
    for (const std::string &Name : Invalid)
      Diags.Report(Diags.getCustomDiagID(
          DiagnosticsEngine::Error,
          "invalid name '%0' in option '%1': expected %2"))
          << Name << Option << Expected;
    return Result;
  };
  using lifeguard::ExpectedClassName;
  using lifeguard::ExpectedFunctionName;
  lifeguard::UserModel User;
  User.Pools.Acquire =
      Names("lifeguard.PoolMisuse:AcquireFunctions", ExpectedFunctionName);
  User.Pools.Release =
      Names("lifeguard.PoolMisuse:ReleaseFunctions", ExpectedFunctionName);
  User.Containers.VectorLike = Names(
      "lifeguard.ContainerInvalidation:VectorLikeContainers", ExpectedClassName);
  User.Containers.NodeLike = Names(
      "lifeguard.ContainerInvalidation:NodeLikeContainers", ExpectedClassName);
  Modeling->Model = lifeguard::LifetimeModel(std::move(User));
}
