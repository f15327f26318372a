//===-- LifetimeModel.cpp - What lifeguard knows about C++ types and calls ===//

#include "LifetimeModel.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/DynamicRecursiveASTVisitor.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/Analyses/LifetimeSafety/LifetimeAnnotations.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include <functional>

using namespace clang;

namespace lifeguard {

namespace {

/// True for a class whose name says it is an arena (`Arena`, `FrameArena`,
/// `arena_t`), that is not an allocator in the standard's sense and that
/// gives back all it handed out at once.
bool namesArena(const clang::CXXRecordDecl *RD);

/// How deep canHoldHandle looks into fields, bases and template arguments.
/// Deeper nesting is rare, and answering "no" only makes the analyses quieter.
constexpr unsigned MaxTypeDepth = 4;

const CXXRecordDecl *recordOf(QualType T) {
  if (T.isNull())
    return nullptr;
  if (const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl())
    return RD->getDefinition() ? RD->getDefinition() : RD;
  return nullptr;
}

/// The type arguments of a class template specialisation, packs flattened
/// (std::tuple<int, int *>, std::variant<int, int *>).
llvm::SmallVector<QualType, 4> typeArguments(const CXXRecordDecl *RD) {
  llvm::SmallVector<QualType, 4> Types;
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
  if (!Spec)
    return Types;
  std::function<void(const TemplateArgument &)> Add =
      [&](const TemplateArgument &Arg) {
        if (Arg.getKind() == TemplateArgument::Type)
          Types.push_back(Arg.getAsType());
        else if (Arg.getKind() == TemplateArgument::Pack)
          for (const TemplateArgument &Element : Arg.pack_elements())
            Add(Element);
      };
  for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray())
    Add(Arg);
  return Types;
}

StringRef stdClassName(const CXXRecordDecl *RD) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    return Spec->getSpecializedTemplate()->getName();
  return RD->getIdentifier() ? RD->getName() : StringRef();
}

ClassKind stdClassKind(StringRef Name) {
  // Iterators (`_Iterator` of the ranges views too), sentinels, and the
  // ranges views over a range (filter_view, ref_view, subrange).
  if (Name.contains_insensitive("iterator") || Name.contains("_Sentinel") ||
      Name.ends_with("_view") || Name == "subrange")
    return ClassKind::View;
  return llvm::StringSwitch<ClassKind>(Name)
      // A polymorphic allocator refers to its memory resource: resource()
      // hands out that, not a pointer into the allocator.
      .Cases({"basic_string_view", "span", "reference_wrapper",
              "polymorphic_allocator"},
             ClassKind::View)
      // With the bases libstdc++ implements them in (`get()` and `->` are
      // members of __shared_ptr and __shared_ptr_access).
      .Cases({"unique_ptr", "shared_ptr", "weak_ptr", "__shared_ptr",
              "__shared_ptr_access", "__weak_ptr", "__uniq_ptr_impl",
              "__uniq_ptr_data"},
             ClassKind::SmartPointer)
      // A promise's future shares a state on the heap, not the promise.
      .Cases({"function", "move_only_function", "copyable_function", "thread",
              "jthread", "future", "shared_future", "promise", "packaged_task",
              "_Bind", "_Bind_result", "_Bind_front"},
             ClassKind::Holder)
      .Default(ClassKind::Owner);
}

} // namespace

bool LifetimeModel::isStd(const Decl *D) {
  if (!D)
    return false;
  // Members of std classes, std::chrono, inline std::__cxx11, and the
  // implementation's reserved namespaces (__gnu_cxx::__normal_iterator):
  // the outermost namespace decides. (Asked at every call the engines
  // model, so it walks the contexts once.)
  const NamespaceDecl *Outermost = nullptr;
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
    if (DC->isNamespace())
      Outermost = cast<NamespaceDecl>(DC);
  if (!Outermost || !Outermost->getIdentifier())
    return false;
  StringRef Name = Outermost->getName();
  return Name == "std" || Name.starts_with("__");
}

ClassKind LifetimeModel::computeClassKind(const CXXRecordDecl *RD) {
  if (RD->isLambda())
    return ClassKind::Holder;
  if (isStd(RD))
    return stdClassKind(stdClassName(RD));
  if (userLayout(RD) != ContainerLayout::NotAContainer)
    return ClassKind::Owner;
  // User classes annotated [[gsl::Pointer]] / [[gsl::Owner]], and the
  // well-known views.
  if (RD->hasAttr<PointerAttr>() || isWellKnownView(RD))
    return ClassKind::View;
  if (RD->hasAttr<OwnerAttr>())
    return ClassKind::Owner;
  return ClassKind::Plain;
}

ClassKind LifetimeModel::classKind(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD)
    return ClassKind::Plain;
  auto [It, Inserted] = KindCache.try_emplace(RD, ClassKind::Plain);
  if (Inserted)
    It->second = computeClassKind(RD);
  return It->second;
}

bool LifetimeModel::isPointerLike(QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    return true;
  ClassKind K = classKind(T);
  return K == ClassKind::View || K == ClassKind::SmartPointer;
}

bool LifetimeModel::isIterator(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  return RD && classKind(T) == ClassKind::View &&
         stdClassName(RD).contains("iterator");
}

bool LifetimeModel::relocates(const CXXMethodDecl *MD, QualType ObjT) {
  bool Growth = false;
  invalidation(MD, ObjT, Growth);
  return Growth || (MD->getIdentifier() &&
                    llvm::is_contained({"reserve", "shrink_to_fit"},
                                       MD->getName()));
}

QualType LifetimeModel::memberTypedef(const CXXRecordDecl *RD, StringRef Name) {
  if (!RD || !RD->hasDefinition())
    return QualType();
  IdentifierInfo &Id = RD->getASTContext().Idents.get(Name);
  const auto *TD =
      RD->getDefinition()->lookup(&Id).find_first<TypedefNameDecl>();
  return TD ? TD->getUnderlyingType().getCanonicalType() : QualType();
}

QualType LifetimeModel::elementType(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  llvm::SmallVector<QualType, 4> Args =
      RD ? typeArguments(RD) : llvm::SmallVector<QualType, 4>();
  return Args.empty() ? QualType()
                      : Args.front().getCanonicalType().getUnqualifiedType();
}

bool LifetimeModel::declaresMember(const CXXRecordDecl *RD, StringRef Name) {
  if (!RD || !RD->hasDefinition())
    return false;
  IdentifierInfo &Id = RD->getASTContext().Idents.get(Name);
  return !RD->getDefinition()->lookup(&Id).empty();
}

bool LifetimeModel::keepsBufferWhenMoved(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  return RD && classKind(T) == ClassKind::Owner &&
         !(isStd(RD) && stdClassName(RD) == "basic_string");
}

bool LifetimeModel::isIteratorAndFlag(QualType T) {
  const auto *Pair =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(recordOf(T));
  return Pair && isStd(Pair) && Pair->getName() == "pair" &&
         isIterator(Pair->getTemplateArgs()[0].getAsType());
}

bool LifetimeModel::isElementPointer(QualType ContainerT, QualType ArgT) {
  const CXXRecordDecl *RD = recordOf(ContainerT);
  if (!RD || !ArgT->isPointerType())
    return false;
  // The container's value_type, or the one it inherits
  // (llvm::SmallVectorImpl's, from SmallVectorTemplateCommon).
  std::function<QualType(const CXXRecordDecl *)> Find =
      [&](const CXXRecordDecl *C) -> QualType {
    if (QualType T = memberTypedef(C, "value_type"); !T.isNull())
      return T;
    for (const CXXBaseSpecifier &Base : C->bases())
      if (const CXXRecordDecl *B = recordOf(Base.getType()))
        if (QualType T = Find(B); !T.isNull())
          return T;
    return QualType();
  };
  QualType ValueT = Find(RD);
  return !ValueT.isNull() && RD->getASTContext().hasSameUnqualifiedType(
                                 ValueT, ArgT->getPointeeType());
}

bool LifetimeModel::holdsSeveralHandles(QualType T) {
  return !T.isNull() && T->isRecordType() && !isPointerLike(T) &&
         canHoldHandle(T);
}

bool LifetimeModel::makesViewOf(QualType T, QualType ArgT) {
  const CXXRecordDecl *RD = recordOf(T);
  const CXXRecordDecl *Arg = recordOf(ArgT);
  if (!RD || !Arg || !isStd(RD) || RD == Arg ||
      classKind(ArgT) != ClassKind::Owner)
    return false;
  llvm::SmallVector<QualType, 4> Elements = typeArguments(RD);
  if (Elements.empty() || classKind(Elements.front()) != ClassKind::View)
    return false;
  // Converted from the same template (optional<std::string> to
  // optional<std::string_view>), each view is made from the element it
  // replaces: an optional<const char *> gives its pointer, not its storage.
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
  const auto *ArgSpec = dyn_cast<ClassTemplateSpecializationDecl>(Arg);
  if (Spec && ArgSpec &&
      Spec->getSpecializedTemplate()->getCanonicalDecl() ==
          ArgSpec->getSpecializedTemplate()->getCanonicalDecl()) {
    llvm::SmallVector<QualType, 4> Held = typeArguments(Arg);
    return !Held.empty() && classKind(Held.front()) == ClassKind::Owner;
  }
  return true;
}

bool LifetimeModel::keepsConstructorArgument(const CXXRecordDecl *RD) {
  return llvm::any_of(RD->ctors(), [](const CXXConstructorDecl *Ctor) {
    return llvm::any_of(Ctor->parameters(), [](const ParmVarDecl *P) {
      return P->hasAttr<LifetimeBoundAttr>();
    });
  });
}

bool LifetimeModel::capturesIntoObject(const CXXRecordDecl *RD) {
  return !isStd(RD) && llvm::any_of(RD->methods(), [](const CXXMethodDecl *MD) {
    return llvm::any_of(MD->parameters(), [](const ParmVarDecl *P) {
      const auto *Cap = P->getAttr<LifetimeCaptureByAttr>();
      return Cap && llvm::is_contained(Cap->params(),
                                       int(LifetimeCaptureByAttr::This));
    });
  });
}

bool LifetimeModel::declaresBorrow(const CXXRecordDecl *RD) {
  return keepsConstructorArgument(RD) ||
         llvm::any_of(RD->methods(), [](const CXXMethodDecl *MD) {
           return lifetimes::implicitObjectParamIsLifetimeBound(MD);
         });
}

bool LifetimeModel::canHoldHandle(QualType T) {
  return computeCanHoldHandle(T, 0);
}

bool LifetimeModel::computeCanHoldHandle(QualType T, unsigned Depth) {
  if (T.isNull())
    return false;
  T = T.getCanonicalType();
  if (T->isReferenceType() || T->isPointerType() || T->isBlockPointerType())
    return true;
  if (const auto *AT = T->getAsArrayTypeUnsafe())
    return computeCanHoldHandle(AT->getElementType(), Depth);
  // A C struct or union, by its members (a C struct holds no struct of its
  // own type by value, so this ends).
  if (const RecordDecl *CRD = T->getAsRecordDecl();
      CRD && !isa<CXXRecordDecl>(CRD)) {
    const RecordDecl *Def = CRD->getDefinition();
    return Def && Depth <= MaxTypeDepth &&
           llvm::any_of(Def->fields(), [&](const FieldDecl *F) {
             return computeCanHoldHandle(F->getType(), Depth + 1);
           });
  }
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD || !RD->hasDefinition() || Depth > MaxTypeDepth)
    return false;

  const Type *Key = T.getTypePtr();
  if (auto It = HandleCache.find(Key); It != HandleCache.end())
    return It->second;
  // Assume "no" while computing, so that recursive types terminate.
  HandleCache[Key] = false;

  // A polymorphic allocator refers to its memory resource, and so does
  // every pmr container or string through it: they allocate from it.
  if (isStd(RD) && stdClassName(RD) == "polymorphic_allocator") {
    HandleCache[Key] = true;
    return true;
  }
  bool Result = false;
  switch (classKind(T)) {
  case ClassKind::View:
  case ClassKind::SmartPointer:
  case ClassKind::Holder:
    Result = true;
    break;
  case ClassKind::Owner:
  case ClassKind::Plain:
    for (QualType Arg : typeArguments(RD))
      Result = Result || computeCanHoldHandle(Arg, Depth + 1);
    // Standard owners are judged by their element types alone: their
    // internals (allocator pointers, node links) are not the user's handles.
    if (isStd(RD))
      break;
    for (const FieldDecl *FD : RD->fields())
      Result = Result || computeCanHoldHandle(FD->getType(), Depth + 1);
    for (const CXXBaseSpecifier &Base : RD->bases())
      Result = Result || computeCanHoldHandle(Base.getType(), Depth + 1);
    // A class that says it borrows: a constructor keeps a
    // [[clang::lifetimebound]] argument, or a member hands out what the
    // object refers to, whatever its (maybe hidden) members are.
    if (classKind(T) == ClassKind::Plain)
      Result = Result || declaresBorrow(RD);
    break;
  }
  HandleCache[Key] = Result;
  return Result;
}

bool LifetimeModel::readsCString(const FunctionDecl *FD, QualType ParamT) {
  return isStd(FD) && ParamT->isPointerType() &&
         ParamT->getPointeeType()->isAnyCharacterType();
}

StdEffect LifetimeModel::memberEffect(const CXXMethodDecl *MD, QualType ObjT) {
  if (isStd(MD->getParent()))
    return stdMemberEffect(MD);
  if (!isUserContainerMember(MD, ObjT))
    return StdEffect::None;
  // What a container's members of those names do; the names of smart
  // pointers' and threads' members mean nothing here.
  StdEffect Effect = namedEffect(MD);
  return llvm::is_contained({StdEffect::Insert, StdEffect::RemoveAll,
                             StdEffect::RemoveOne, StdEffect::Assign,
                             StdEffect::Swap},
                            Effect)
             ? Effect
             : StdEffect::None;
}

StdEffect LifetimeModel::stdMemberEffect(const CXXMethodDecl *MD) {
  return isStd(MD->getParent()) ? namedEffect(MD) : StdEffect::None;
}

StdEffect LifetimeModel::namedEffect(const CXXMethodDecl *MD) {
  if (MD->isOverloadedOperator()) {
    if (MD->getOverloadedOperator() == OO_Equal)
      return StdEffect::Assign;
    // map[key] inserts the key when it is missing.
    StringRef Class = stdClassName(MD->getParent());
    if (MD->getOverloadedOperator() == OO_Subscript &&
        (Class == "map" || Class == "unordered_map"))
      return StdEffect::Insert;
    return StdEffect::None;
  }
  if (!MD->getIdentifier())
    return StdEffect::None;
  return llvm::StringSwitch<StdEffect>(MD->getName())
      .Cases({"push_back", "push_front", "emplace_back", "emplace_front",
              "emplace", "emplace_hint", "insert", "insert_or_assign",
              "try_emplace", "push", "resize", "append"},
             StdEffect::Insert)
      .Case("clear", StdEffect::RemoveAll)
      .Cases({"erase", "pop_back", "pop_front", "pop", "remove", "remove_if"},
             StdEffect::RemoveOne)
      .Case("reset", StdEffect::Reset)
      .Cases({"release", "extract"}, StdEffect::Release)
      .Case("assign", StdEffect::Assign)
      .Case("swap", StdEffect::Swap)
      .Case("detach", StdEffect::Detach)
      .Cases({"join", "get", "wait"}, StdEffect::Join)
      .Default(StdEffect::None);
}

namespace {

ContainerLayout stdLayout(const CXXRecordDecl *RD) {
  return llvm::StringSwitch<ContainerLayout>(stdClassName(RD))
      .Cases({"vector", "basic_string"}, ContainerLayout::Contiguous)
      .Case("deque", ContainerLayout::Deque)
      .Cases({"list", "forward_list", "map", "set", "multimap", "multiset"},
             ContainerLayout::Node)
      .Cases({"unordered_map", "unordered_set", "unordered_multimap",
              "unordered_multiset"},
             ContainerLayout::Hashed)
      .Default(ContainerLayout::NotAContainer);
}

/// The containers of widely used libraries that keep their elements as
/// std::vector does, known without being named in an option
/// (llvm::SmallString, derived from llvm::SmallVector, is one too).
constexpr llvm::StringLiteral DefaultVectorLike[] = {
    "absl::InlinedVector", "llvm::SmallVector", "llvm::SmallVectorImpl",
    "boost::container::small_vector", "boost::container::vector"};
/// And as std::list does: boost's stable_vector keeps every element in a
/// node of its own.
constexpr llvm::StringLiteral DefaultNodeLike[] = {
    "boost::container::stable_vector"};

/// The views of widely used libraries, known as std::string_view and
/// std::span are: each refers to characters or elements another object
/// owns.
constexpr llvm::StringLiteral DefaultViews[] = {
    "llvm::StringRef",
    "llvm::ArrayRef",
    "llvm::MutableArrayRef",
    "absl::string_view",
    "absl::Span",
    "boost::string_view",
    "boost::string_ref",
    "boost::core::basic_string_view",
    "folly::Range",
    "gsl::span",
    "gsl::basic_string_span"};

/// True when \p Qualified is one of \p Names, which may start with "::".
bool isListed(llvm::ArrayRef<std::string> Names, StringRef Qualified) {
  return llvm::any_of(Names, [&](const std::string &N) {
    return StringRef(N).ltrim(':') == Qualified;
  });
}

} // namespace

bool LifetimeModel::isWellKnownView(const CXXRecordDecl *RD) {
  const NamedDecl *Named = RD;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    Named = Spec->getSpecializedTemplate();
  return Named->getIdentifier() &&
         llvm::is_contained(DefaultViews, Named->getQualifiedNameAsString());
}

ContainerLayout LifetimeModel::userLayout(const CXXRecordDecl *RD) {
  if (!RD || !RD->hasDefinition() || isStd(RD))
    return ContainerLayout::NotAContainer;
  RD = RD->getDefinition();
  auto [It, Inserted] =
      UserLayouts.try_emplace(RD, ContainerLayout::NotAContainer);
  if (!Inserted)
    return It->second;
  // The name of the class, or of the template it is an instance of.
  const NamedDecl *Named = RD;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    Named = Spec->getSpecializedTemplate();
  std::string Qualified = Named->getQualifiedNameAsString();
  ContainerLayout L = ContainerLayout::NotAContainer;
  if (isListed(User.Containers.VectorLike, Qualified) ||
      llvm::is_contained(DefaultVectorLike, Qualified))
    L = ContainerLayout::Contiguous;
  else if (isListed(User.Containers.NodeLike, Qualified) ||
           llvm::is_contained(DefaultNodeLike, Qualified))
    L = ContainerLayout::Node;
  else
    for (const CXXBaseSpecifier &Base : RD->bases())
      if (ContainerLayout B = userLayout(recordOf(Base.getType()));
          B != ContainerLayout::NotAContainer) {
        L = B;
        break;
      }
  // The map may have grown during the bases' lookups.
  UserLayouts[RD] = L;
  return L;
}

const Expr *LifetimeModel::objectOfCall(const Stmt *Call) {
  if (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(Call))
    return MC->getImplicitObjectArgument();
  if (const auto *OC = dyn_cast_or_null<CXXOperatorCallExpr>(Call);
      OC && OC->getNumArgs() > 0)
    return OC->getArg(0);
  return nullptr;
}

QualType LifetimeModel::objectType(const Expr *Object) {
  auto Pointee = [](QualType T) {
    return T->isPointerType() ? T->getPointeeType() : T;
  };
  QualType Derived = Pointee(Object->IgnoreParenBaseCasts()->getType());
  return userLayout(recordOf(Derived)) != ContainerLayout::NotAContainer
             ? Derived
             : Pointee(Object->getType());
}

bool LifetimeModel::isUserContainerMember(const FunctionDecl *FD,
                                          QualType ObjT) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD || !MD->isImplicitObjectMemberFunction() ||
      isa<CXXConstructorDecl, CXXDestructorDecl>(MD))
    return false;
  const CXXRecordDecl *RD = recordOf(ObjT);
  if (userLayout(RD) == ContainerLayout::NotAContainer)
    return false;
  const CXXRecordDecl *Parent = MD->getParent();
  return RD->getCanonicalDecl() == Parent->getCanonicalDecl() ||
         RD->isDerivedFrom(Parent);
}

ContainerLayout LifetimeModel::layout(const CXXMethodDecl *MD, QualType ObjT) {
  if (isStd(MD->getParent()))
    return stdLayout(MD->getParent());
  return isUserContainerMember(MD, ObjT) ? userLayout(recordOf(ObjT))
                                         : ContainerLayout::NotAContainer;
}

Invalidation LifetimeModel::invalidation(const CXXMethodDecl *MD,
                                         QualType ObjT, bool &Growth) {
  Growth = false;
  if (emptiesOptional(MD))
    return Invalidation::All;
  ContainerLayout L = layout(MD, ObjT);
  if (L == ContainerLayout::NotAContainer || MD->isConst())
    return Invalidation::None;
  StringRef Name;
  if (MD->isOverloadedOperator()) {
    // Assignment replaces every element; `s += x` appends.
    if (MD->getOverloadedOperator() == OO_Equal)
      return Invalidation::All;
    // A map's `m[k]` inserts the key it does not find.
    if (MD->getOverloadedOperator() == OO_Subscript)
      Name = "operator[]";
    else if (MD->getOverloadedOperator() == OO_PlusEqual)
      Name = "append";
    else
      return Invalidation::None;
  } else if (MD->getIdentifier()) {
    Name = MD->getName();
  } else {
    return Invalidation::None;
  }
  if (Name == "clear" || Name == "assign" || Name == "assign_range")
    return Invalidation::All;
  if (Name == "erase")
    return L == ContainerLayout::Contiguous ? Invalidation::ErasedAndAfter
                                            : Invalidation::Erased;
  // extract keeps the pointers and references to the element: they refer
  // to it in the node handle, then in the container it is inserted into
  // ([associative.reqmts.general]). (The iterators to it are invalid; not
  // modelled.)
  // A vector's pop_back destroys its last element in place, in a buffer it
  // keeps: a handle to it reaches freed memory when the destruction frees
  // something (a std::string element's own buffer), not for a trivially
  // destructible element. A deque's or list's pop frees the element's node
  // or block.
  if (Name == "pop_front" || Name == "pop_back") {
    if (L != ContainerLayout::Contiguous)
      return Invalidation::Popped;
    QualType ElementT = elementType(ObjT);
    const CXXRecordDecl *Element =
        ElementT.isNull() ? nullptr : ElementT->getAsCXXRecordDecl();
    return Element && Element->hasDefinition() &&
                   !Element->hasTrivialDestructor()
               ? Invalidation::ErasedAndAfter
               : Invalidation::None;
  }
  bool Inserts = llvm::StringSwitch<bool>(Name)
                     .Cases({"push_back", "emplace_back", "insert", "emplace",
                             "append", "append_range", "insert_range",
                             "resize", "resize_and_overwrite", "replace",
                             "push_front", "emplace_front", "prepend_range"},
                            true)
                     .Default(false);
  switch (L) {
  case ContainerLayout::Contiguous:
    if (Name == "reserve" || Name == "shrink_to_fit")
      return Invalidation::All;
    Growth = Inserts;
    return Inserts ? Invalidation::All : Invalidation::None;
  case ContainerLayout::Deque:
    // Insertion at either end keeps references, not iterators
    // ([deque.modifiers]); anywhere else it invalidates both.
    if (Name == "shrink_to_fit")
      return Invalidation::All;
    if (llvm::is_contained({"push_back", "emplace_back", "push_front",
                            "emplace_front", "append_range", "prepend_range",
                            "resize"},
                           Name))
      return Invalidation::Iterators;
    return Inserts ? Invalidation::All : Invalidation::None;
  case ContainerLayout::Hashed:
    // Insertion keeps every reference of an unordered container; it
    // rehashes when the load factor says so, which invalidates the
    // iterators ([unord.req.general]), as a vector's growth reallocates
    // when its capacity says so. Room reserved before keeps them, as it
    // does for a vector.
    if (Name == "rehash" || Name == "reserve")
      return Invalidation::Iterators;
    Growth = Inserts || Name == "try_emplace" || Name == "insert_or_assign" ||
             Name == "emplace_hint" || Name == "operator[]";
    return Growth ? Invalidation::Iterators : Invalidation::None;
  case ContainerLayout::Node:
    // Insertion keeps every handle of a node container.
  case ContainerLayout::NotAContainer:
    return Invalidation::None;
  }
  return Invalidation::None;
}

bool LifetimeModel::copiesWithOwnCode(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  return RD && RD->hasDefinition() && !isStd(RD) &&
         llvm::any_of(RD->ctors(), [](const CXXConstructorDecl *Ctor) {
           return Ctor->isCopyConstructor() && Ctor->isUserProvided();
         });
}

bool LifetimeModel::isMemoryResource(QualType T) {
  return isMemoryResource(recordOf(T));
}

bool LifetimeModel::isMemoryResource(const CXXRecordDecl *RD) {
  if (!RD || !RD->hasDefinition())
    return false;
  auto IsResource = [](const CXXRecordDecl *C) {
    return isStd(C) && stdClassName(C) == "memory_resource";
  };
  // forallBases answers whether no base is one.
  return IsResource(RD) || namesArena(RD) ||
         !RD->forallBases(
             [&](const CXXRecordDecl *B) { return !IsResource(B); });
}

bool LifetimeModel::releasesAllMemory(const CXXMethodDecl *MD) {
  if (!MD->getIdentifier() || MD->getNumParams() != 0 ||
      !isMemoryResource(MD->getParent()))
    return false;
  std::string Name = MD->getName().lower();
  llvm::erase(Name, '_');
  return Name == "release" ||
         (!isStd(MD->getParent()) &&
          llvm::is_contained({"reset", "clear", "freeall"}, Name));
}

bool LifetimeModel::subscripts(const CXXMethodDecl *MD) {
  return MD->getOverloadedOperator() == OO_Subscript ||
         (MD->getIdentifier() && MD->getName() == "at");
}

bool LifetimeModel::isStdClass(QualType T, StringRef Class) {
  const CXXRecordDecl *RD = recordOf(T);
  return RD && isStd(RD) && stdClassName(RD) == Class;
}

bool LifetimeModel::accessesVariant(const FunctionDecl *FD, QualType ArgT) {
  return FD->getIdentifier() &&
         (FD->getName() == "get" || FD->getName() == "get_if") && isStd(FD) &&
         isStdClass(ArgT->isPointerType() ? ArgT->getPointeeType() : ArgT,
                    "variant");
}

bool LifetimeModel::isStdMemberOf(const CXXMethodDecl *MD, StringRef Class) {
  return isStd(MD) && stdClassName(MD->getParent()) == Class;
}

QualType LifetimeModel::alternativeMadeBy(const CXXMethodDecl *MD) {
  if (!isStdMemberOf(MD, "variant"))
    return QualType();
  if (MD->getIdentifier() && MD->getName() == "emplace")
    return MD->getReturnType().getNonReferenceType().getUnqualifiedType();
  if (MD->getOverloadedOperator() != OO_Equal || MD->getNumParams() != 1)
    return QualType();
  QualType Given = MD->getParamDecl(0)
                       ->getType()
                       .getNonReferenceType()
                       .getCanonicalType()
                       .getUnqualifiedType();
  for (QualType Alternative : typeArguments(MD->getParent()))
    if (Alternative.getCanonicalType().getUnqualifiedType() == Given)
      return Alternative.getUnqualifiedType();
  return QualType();
}

bool LifetimeModel::putsOptionalValue(const CXXMethodDecl *MD,
                                      const Expr *Given) {
  return isStdMemberOf(MD, "optional") && !emptiesOptional(MD, Given) &&
         (MD->getOverloadedOperator() == OO_Equal ||
          (MD->getIdentifier() && MD->getName() == "emplace"));
}

bool LifetimeModel::emptiesOptional(const CXXMethodDecl *MD,
                                    const Expr *Given) {
  if (!isStdMemberOf(MD, "optional"))
    return false;
  if (MD->getOverloadedOperator() == OO_Equal) {
    const CXXRecordDecl *Param =
        recordOf(MD->getParamDecl(0)->getType().getNonReferenceType());
    if (Param && Param->getName() == "nullopt_t")
      return true;
    // `o = {}`, `o = std::optional<T>()`: an empty optional made for it.
    const auto *Made = dyn_cast_or_null<CXXConstructExpr>(
        Given ? Given->IgnoreImplicit() : nullptr);
    return (MD->isCopyAssignmentOperator() || MD->isMoveAssignmentOperator()) &&
           Made && Made->getConstructor()->isDefaultConstructor();
  }
  return MD->getIdentifier() && MD->getName() == "reset";
}

bool LifetimeModel::isModelledArenaMember(const CXXMethodDecl *MD) {
  return !isStd(MD) &&
         (releasesAllMemory(MD) ||
          resourceAllocation(MD) == ResourceAllocation::FromObject);
}

LifetimeModel::ResourceAllocation
LifetimeModel::resourceAllocation(const FunctionDecl *FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD || !MD->getIdentifier())
    return ResourceAllocation::None;
  StringRef Name = MD->getName();
  bool Allocates = Name.contains_insensitive("alloc") &&
                   !Name.contains_insensitive("dealloc");
  if (!Allocates && Name != "new_object")
    return ResourceAllocation::None;
  const CXXRecordDecl *RD = MD->getParent();
  if (isMemoryResource(RD))
    return Allocates ? ResourceAllocation::FromObject
                     : ResourceAllocation::None;
  if (isStd(RD) && stdClassName(RD) == "polymorphic_allocator" &&
      (Name == "allocate" || Name == "allocate_bytes" ||
       Name == "allocate_object" || Name == "new_object"))
    return ResourceAllocation::FromReferent;
  return ResourceAllocation::None;
}

bool LifetimeModel::isResourceAllocation(const Expr *Call) {
  const auto *MCE = dyn_cast_or_null<CXXMemberCallExpr>(Call);
  return MCE && MCE->getMethodDecl() &&
         resourceAllocation(MCE->getMethodDecl()) != ResourceAllocation::None;
}

bool LifetimeModel::allocatesFromResource(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  return RD && isStd(RD) &&
         llvm::any_of(typeArguments(RD), [](QualType Arg) {
           const CXXRecordDecl *A = recordOf(Arg);
           return A && isStd(A) && stdClassName(A) == "polymorphic_allocator";
         });
}

bool LifetimeModel::isUnordered(const CXXRecordDecl *RD) {
  return isStd(RD) && stdLayout(RD) == ContainerLayout::Hashed;
}

bool LifetimeModel::countsSize(const CXXMethodDecl *MD, QualType ObjT) {
  switch (layout(MD, ObjT)) {
  case ContainerLayout::Contiguous:
  case ContainerLayout::Deque:
    return true;
  case ContainerLayout::Node:
    return !isStd(MD->getParent()) ||
           llvm::is_contained({"list", "forward_list"},
                              stdClassName(MD->getParent()));
  default:
    return false;
  }
}

std::optional<int> LifetimeModel::sizeStep(const CXXMethodDecl *MD,
                                          QualType ObjT) {
  if (!countsSize(MD, ObjT))
    return std::nullopt;
  if (MD->isConst() || accessesElements(MD))
    return 0;
  if (!MD->getIdentifier())
    return std::nullopt;
  // One element at a position: emplace(pos, args...), insert(pos, value)
  // (not a count, a range or a list of values).
  if (MD->getName() == "emplace")
    return 1;
  if (MD->getName() == "insert" && MD->getNumParams() == 2) {
    QualType Value = memberTypedef(MD->getParent(), "value_type");
    QualType Param = MD->getParamDecl(1)->getType().getNonReferenceType();
    if (!Value.isNull() && Param.getCanonicalType().getUnqualifiedType() ==
                               Value.getCanonicalType().getUnqualifiedType())
      return 1;
  }
  return llvm::StringSwitch<std::optional<int>>(MD->getName())
      .Cases({"reserve", "capacity"}, 0)
      .Cases({"push_back", "emplace_back", "push_front", "emplace_front"}, 1)
      .Cases({"pop_back", "pop_front"}, -1)
      .Default(std::nullopt);
}

bool LifetimeModel::mindsCapacity(const CXXMethodDecl *MD, QualType ObjT) {
  if (!MD->getIdentifier())
    return false;
  StringRef Name = MD->getName();
  switch (layout(MD, ObjT)) {
  case ContainerLayout::Contiguous:
    return Name == "reserve" || Name == "capacity";
  case ContainerLayout::Hashed:
    return Name == "reserve" || Name == "rehash" || Name == "bucket_count";
  default:
    return false;
  }
}

bool LifetimeModel::mayLeaveRoom(const CXXMethodDecl *MD, QualType ObjT) {
  return MD->getIdentifier() &&
         layout(MD, ObjT) == ContainerLayout::Contiguous &&
         llvm::is_contained({"pop_back", "erase", "clear", "resize"},
                            MD->getName());
}

const VarDecl *LifetimeModel::iteratorVariable(const Expr *Arg) {
  Arg = Arg ? Arg->IgnoreImplicit() : nullptr;
  if (const auto *Conv = dyn_cast_or_null<CXXConstructExpr>(Arg);
      Conv && Conv->getNumArgs() == 1)
    Arg = Conv->getArg(0)->IgnoreImplicit();
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(Arg);
  return DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
}

const VarDecl *LifetimeModel::iteratorReadThrough(const Expr *E) {
  auto IteratorOperator = [](const Expr *X, OverloadedOperatorKind Kind) {
    const auto *Op = dyn_cast<CXXOperatorCallExpr>(X->IgnoreParenImpCasts());
    return Op && Op->getOperator() == Kind && Op->getNumArgs() == 1
               ? iteratorVariable(Op->getArg(0))
               : nullptr;
  };
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const VarDecl *It = IteratorOperator(E, OO_Star))
      return It;
    if (const auto *U = dyn_cast<UnaryOperator>(E);
        U && U->getOpcode() == UO_AddrOf) {
      E = U->getSubExpr();
    } else if (const auto *M = dyn_cast<MemberExpr>(E)) {
      if (M->isArrow())
        return IteratorOperator(M->getBase(), OO_Arrow);
      E = M->getBase();
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

const VarDecl *LifetimeModel::loopVariableNamed(const Expr *Key,
                                                const CXXForRangeStmt *Loop) {
  const VarDecl *Element = Loop->getLoopVariable();
  while (Key) {
    Key = Key->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MemberExpr>(Key); M && !M->isArrow()) {
      Key = M->getBase();
      continue;
    }
    const auto *DRE = dyn_cast<DeclRefExpr>(Key);
    const ValueDecl *D = DRE ? DRE->getDecl() : nullptr;
    if (const auto *Binding = dyn_cast_or_null<BindingDecl>(D))
      D = Binding->getDecomposedDecl();
    return D == Element ? Element : nullptr;
  }
  return nullptr;
}

namespace {

/// What an expression is written as, through the constructions that copy
/// or convert it: a lookup through the copy of the iterator it returned
/// (`auto it = s.find(k);`), a key through its conversion to the key type
/// (`std::string` from a literal, with default arguments).
const Expr *written(const Expr *E) {
  E = E->IgnoreImplicit();
  while (const auto *Conv = dyn_cast<CXXConstructExpr>(E)) {
    if (Conv->getNumArgs() == 0 ||
        !llvm::all_of(llvm::drop_begin(Conv->arguments()),
                      [](const Expr *A) { return isa<CXXDefaultArgExpr>(A); }))
      break;
    E = Conv->getArg(0)->IgnoreImplicit();
  }
  return E;
}

} // namespace

bool LifetimeModel::designatesLastOrEnd(const Expr *Init) {
  if (!Init)
    return false;
  Init = written(Init);
  if (const auto *Addr = dyn_cast<UnaryOperator>(Init);
      Addr && Addr->getOpcode() == UO_AddrOf)
    Init = Addr->getSubExpr()->IgnoreParens();
  const auto *Call = dyn_cast<CallExpr>(Init);
  const auto *Callee =
      Call ? dyn_cast_or_null<FunctionDecl>(Call->getCalleeDecl()) : nullptr;
  // A member (`v.end()`), or std::end(v).
  if (!Callee || !Callee->getIdentifier() ||
      (!isa<CXXMemberCallExpr>(Call) &&
       !(isStd(Callee) && Call->getNumArgs() == 1)))
    return false;
  return llvm::is_contained({"end", "cend", "back", "rbegin", "crbegin"},
                            Callee->getName());
}

const Expr *LifetimeModel::lookedUpKey(const Expr *Lookup, bool FindOnly) {
  if (!Lookup)
    return nullptr;
  Lookup = written(Lookup);
  const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(Lookup);
  const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(Lookup);
  const CXXMethodDecl *MD = Call ? Call->getMethodDecl() : nullptr;
  if (MD && Call->getNumArgs() == 1 && MD->getIdentifier() &&
      (FindOnly ? MD->getName() == "find"
                : llvm::is_contained({"find", "at", "lower_bound",
                                      "upper_bound", "equal_range"},
                                     MD->getName())))
    return Call->getArg(0);
  if (!FindOnly && Op && Op->getOperator() == OO_Subscript &&
      Op->getNumArgs() == 2)
    return Op->getArg(1);
  return nullptr;
}

bool LifetimeModel::looksUpKey(const Expr *Lookup, const Expr *Key) {
  const Expr *LookedUp = lookedUpKey(Lookup);
  if (!LookedUp)
    return false;
  LookedUp = written(LookedUp);
  Key = written(Key);
  // The same constant (`m.at(7)`, `m.erase(7)`; `"id"` twice).
  const ASTContext &Ctx =
      cast<CallExpr>(written(Lookup))->getCalleeDecl()->getASTContext();
  Expr::EvalResult A, B;
  if (!LookedUp->isValueDependent() && !Key->isValueDependent() &&
      LookedUp->EvaluateAsInt(A, Ctx) && Key->EvaluateAsInt(B, Ctx))
    return llvm::APSInt::isSameValue(A.Val.getInt(), B.Val.getInt());
  const auto *SA = dyn_cast<StringLiteral>(LookedUp->IgnoreParenCasts());
  const auto *SB = dyn_cast<StringLiteral>(Key->IgnoreParenCasts());
  if (SA && SB)
    return SA->getBytes() == SB->getBytes();
  return Expr::isSameComparisonOperand(LookedUp, Key);
}

namespace {

/// The pairs of a pool class's members that hand out and take back.
constexpr std::pair<llvm::StringLiteral, llvm::StringLiteral> PoolPairs[] = {
    {"acquire", "release"},   {"get", "put"},         {"alloc", "free"},
    {"allocate", "deallocate"}, {"borrow", "give_back"}, {"checkout", "checkin"},
    {"take", "give"}};

/// The words of an identifier, lowercased: `SlabAllocator` is slab and
/// allocator, `free_list` is free and list, `mempool_get` mempool and get.
llvm::SmallVector<std::string, 4> wordsOf(StringRef Name) {
  llvm::SmallVector<std::string, 4> Words;
  std::string Word;
  auto Flush = [&] {
    if (!Word.empty())
      Words.push_back(std::move(Word));
    Word.clear();
  };
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (!llvm::isAlnum(C)) {
      Flush();
      continue;
    }
    // A capital starts a word, unless it continues an acronym (`IOPool`:
    // io and pool, the last capital of the run starting the next word).
    bool Upper = llvm::isUpper(C);
    bool PrevLower = I > 0 && llvm::isLower(Name[I - 1]);
    bool NextLower = I + 1 < Name.size() && llvm::isLower(Name[I + 1]);
    bool PrevUpper = I > 0 && llvm::isUpper(Name[I - 1]);
    if (Upper && (PrevLower || (PrevUpper && NextLower)))
      Flush();
    Word += llvm::toLower(C);
  }
  Flush();
  return Words;
}

/// True for a word that names a pool: pool itself, a compound that ends in
/// it (mempool, threadpool; not spool, a queue), or a word for memory
/// handed out and taken back piece by piece.
bool endsInPool(StringRef Word) {
  return Word.ends_with("pool") && Word != "spool";
}
bool isPoolWord(StringRef Word) {
  return endsInPool(Word) ||
         llvm::is_contained({"arena", "allocator", "freelist", "slab"}, Word);
}

/// True for an allocator in the standard's sense (it declares value_type:
/// `allocator_ref<A>`, a container's allocator): it hands memory to
/// containers, which any test may mock, and is no pool.
bool allocatesForContainers(const CXXRecordDecl *RD) {
  return LifetimeModel::declaresMember(RD, "value_type");
}

bool namesArena(const CXXRecordDecl *RD) {
  // (One that declares both members of a pool's pair, `allocate` and
  // `deallocate`, takes its objects back one by one: a pool.)
  return RD->getIdentifier() && !LifetimeModel::isStd(RD) &&
         !allocatesForContainers(RD) &&
         llvm::is_contained(wordsOf(RD->getName()), "arena") &&
         llvm::none_of(PoolPairs, [&](const auto &Pair) {
           return LifetimeModel::declaresMember(RD, Pair.first) &&
                  LifetimeModel::declaresMember(RD, Pair.second);
         });
}

/// True for a class whose name says it is a pool: `ConnectionPool`,
/// `mempool`, `SlabAllocator`, `FreeList`, `free_list`, `NodeArena`; not
/// an allocator in the standard's sense, whatever its name.
bool namesPoolClass(const CXXRecordDecl *RD) {
  if (!RD || !RD->getIdentifier())
    return false;
  auto Words = wordsOf(RD->getName());
  for (size_t I = 0; I < Words.size(); ++I) {
    if (Words[I] == "allocator") {
      if (RD->hasDefinition() && !allocatesForContainers(RD))
        return true;
      continue;
    }
    if (isPoolWord(Words[I]) ||
        (Words[I] == "free" && I + 1 < Words.size() && Words[I + 1] == "list"))
      return true;
  }
  return false;
}

/// True for a free function whose name says it is a pool's (`pool_alloc`,
/// `mempool_put`): only "pool" says so, since an arena's or an allocator's
/// functions need not take back what they hand out.
bool namesPool(StringRef Name) {
  return llvm::any_of(wordsOf(Name),
                      [](const std::string &Word) { return endsInPool(Word); });
}

/// True when the release \p FD may return before it takes its object back
/// for a reason other than a null object: `if (--b->refs > 0) return;` of
/// a reference-counted pool, `if (closed_) return;`. It then releases on
/// some paths only.
bool releasesConditionally(const FunctionDecl *FD) {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(FD->getBody());
  if (!Body)
    return false;
  auto IsNullTest = [FD](const Expr *Cond) {
    Cond = Cond->IgnoreParenImpCasts();
    if (const auto *Not = dyn_cast<UnaryOperator>(Cond);
        Not && Not->getOpcode() == UO_LNot)
      Cond = Not->getSubExpr()->IgnoreParenImpCasts();
    else if (const auto *Cmp = dyn_cast<BinaryOperator>(Cond);
             Cmp && Cmp->isEqualityOp()) {
      auto IsNull = [FD](const Expr *E) {
        return E->IgnoreParenImpCasts()->isNullPointerConstant(
            FD->getASTContext(), Expr::NPC_ValueDependentIsNotNull);
      };
      if (IsNull(Cmp->getRHS()))
        Cond = Cmp->getLHS()->IgnoreParenImpCasts();
      else if (IsNull(Cmp->getLHS()))
        Cond = Cmp->getRHS()->IgnoreParenImpCasts();
      else
        return false;
    }
    const auto *Ref = dyn_cast<DeclRefExpr>(Cond);
    return Ref && isa<ParmVarDecl>(Ref->getDecl()) &&
           Ref->getType()->isPointerType();
  };
  for (const Stmt *S : Body->body()) {
    const auto *If = dyn_cast<IfStmt>(S);
    if (!If || If->getElse() || If->getInit() || If->getConditionVariable())
      continue;
    const Stmt *Then = If->getThen();
    if (const auto *Block = dyn_cast<CompoundStmt>(Then);
        Block && Block->size() == 1)
      Then = Block->body_front();
    if (isa<ReturnStmt>(Then) && !IsNullTest(If->getCond()))
      return true;
  }
  return false;
}

bool listed(const std::vector<std::string> &Names, const FunctionDecl *FD) {
  return !Names.empty() && isListed(Names, FD->getQualifiedNameAsString());
}

/// Pairs whose names say a pool's in a class of any name (`ScratchCache`,
/// `EnemyRecycler`), when the pointer the first returns is the pointer the
/// second takes: no other kind of class hands an object out and takes it
/// back by these names. (`get`/`put`, `take`/`give` are a cache's or a
/// queue's too: only in a class named a pool.)
constexpr std::pair<llvm::StringLiteral, llvm::StringLiteral> LifecyclePairs[] = {
    {"acquire", "release"},  {"checkout", "checkin"}, {"obtain", "recycle"},
    {"spawn", "recycle"},    {"borrow", "give_back"}, {"take", "give_back"},
    {"alloc", "free"},       {"allocate", "deallocate"}};

/// The object type \p T points to, unqualified; null when T is no pointer.
const Type *pointee(QualType T) {
  return T->isPointerType() ? T->getPointeeType()
                                  .getCanonicalType()
                                  .getUnqualifiedType()
                                  .getTypePtr()
                            : nullptr;
}

/// The part \p MD plays in a pair of LifecyclePairs of its class's
/// members, by its name and the pointer it returns or takes first.
PoolRole lifecycleRole(const CXXMethodDecl *MD) {
  const CXXRecordDecl *RD = MD->getParent();
  if (!RD->hasDefinition() || allocatesForContainers(RD))
    return PoolRole::None;
  // What the first hands out: a pointer, or a lease whose `get()` gives
  // it (`Lease take()`, given back by the lease's destructor).
  auto Returns = [](const CXXMethodDecl *M) {
    QualType Ret = M->getReturnType();
    if (const CXXRecordDecl *Lease = Ret->getAsCXXRecordDecl();
        Lease && Lease->hasDefinition())
      for (const CXXMethodDecl *Get : Lease->getDefinition()->methods())
        if (Get->getIdentifier() && Get->getName() == "get" &&
            Get->getNumParams() == 0)
          return pointee(Get->getReturnType());
    return pointee(Ret);
  };
  auto Takes = [](const CXXMethodDecl *M) {
    return M->getNumParams() > 0 ? pointee(M->getParamDecl(0)->getType())
                                 : nullptr;
  };
  // A member function of that name, or a member function template's
  // (`template <class... A> T *obtain(A &&...)`), on that object.
  auto Pairs = [&](StringRef Name, const Type *Object,
                   auto ObjectOfOther) {
    if (!Object)
      return false;
    for (const NamedDecl *ND : RD->getDefinition()->lookup(
             &RD->getASTContext().Idents.get(Name))) {
      const auto *M = dyn_cast<CXXMethodDecl>(ND);
      if (const auto *FT = dyn_cast<FunctionTemplateDecl>(ND))
        M = dyn_cast<CXXMethodDecl>(FT->getTemplatedDecl());
      if (M && ObjectOfOther(M) == Object)
        return true;
    }
    return false;
  };
  StringRef Name = MD->getName();
  for (const auto &[Take, Give] : LifecyclePairs) {
    if (Name == Take && Pairs(Give, Returns(MD), Takes))
      return PoolRole::Acquire;
    if (Name == Give && Pairs(Take, Takes(MD), Returns))
      return PoolRole::Release;
  }
  return PoolRole::None;
}

/// The part a member named \p Name plays in the pairs of \p RD's members.
PoolRole pairedRole(StringRef Name, const CXXRecordDecl *RD) {
  for (const auto &[Take, Give] : PoolPairs) {
    if (Name == Take && LifetimeModel::declaresMember(RD, Give))
      return PoolRole::Acquire;
    if (Name == Give && LifetimeModel::declaresMember(RD, Take))
      return PoolRole::Release;
  }
  return PoolRole::None;
}

} // namespace

std::vector<std::string> parseQualifiedNames(StringRef List,
                                             std::vector<std::string> &Invalid) {
  std::vector<std::string> Result;
  SmallVector<StringRef, 4> Parts;
  List.split(Parts, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (StringRef Part : Parts) {
    StringRef Name = Part.trim();
    if (Name.empty())
      continue;
    bool Valid = !Name.ends_with(":") && llvm::all_of(Name, [](char C) {
      return llvm::isAlnum(C) || C == '_' || C == ':';
    });
    (Valid ? Result : Invalid).push_back(Name.str());
  }
  return Result;
}

PoolRole LifetimeModel::poolRole(const FunctionDecl *FD,
                                 const Expr *Call) const {
  PoolRole Role = poolRole(FD);
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(Call);
  if (Role != PoolRole::None || !MD || !MD->getIdentifier() || !MC ||
      !MC->getImplicitObjectArgument())
    return Role;
  // Members inherited from a base that does not say pool
  // (`class BufferPool : public FreeList<Buffer> {};`), called on the pool.
  QualType ObjT = MC->getImplicitObjectArgument()->IgnoreParenImpCasts()->getType();
  if (ObjT->isPointerType())
    ObjT = ObjT->getPointeeType();
  // (Called on the class itself, poolRole(FD) answered.)
  const CXXRecordDecl *Obj = ObjT->getAsCXXRecordDecl();
  if (!Obj || Obj == MD->getParent() || !namesPoolClass(Obj) ||
      !Obj->hasDefinition() || !Obj->isDerivedFrom(MD->getParent()))
    return Role;
  return pairedRole(MD->getName(), MD->getParent());
}

PoolRole LifetimeModel::poolRole(const FunctionDecl *FD) const {
  auto [It, Inserted] = PoolRoles.try_emplace(FD, PoolRole::None);
  if (Inserted)
    It->second = computePoolRole(FD);
  return It->second;
}

PoolRole LifetimeModel::computePoolRole(const FunctionDecl *FD) const {
  for (const auto *Note : FD->specific_attrs<AnnotateAttr>()) {
    if (Note->getAnnotation() == "lifeguard::acquire")
      return PoolRole::Acquire;
    if (Note->getAnnotation() == "lifeguard::release")
      return PoolRole::Release;
  }
  if (listed(User.Pools.Acquire, FD))
    return PoolRole::Acquire;
  if (listed(User.Pools.Release, FD))
    return PoolRole::Release;
  if (!FD->getIdentifier())
    return PoolRole::None;
  StringRef Name = FD->getName();
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
    const CXXRecordDecl *RD = MD->getParent();
    if (isStd(RD))
      return PoolRole::None;
    PoolRole Role = namesPoolClass(RD) ? pairedRole(Name, RD) : PoolRole::None;
    if (Role == PoolRole::None)
      Role = lifecycleRole(MD);
    return Role == PoolRole::Release && releasesConditionally(FD)
               ? PoolRole::None
               : Role;
  }
  if (!namesPool(Name) || isa<CXXMethodDecl>(FD))
    return PoolRole::None;
  // Releasing words first: "deallocate" contains "alloc".
  for (StringRef Give : {"free", "put", "release", "give", "checkin", "dealloc"})
    if (Name.contains_insensitive(Give))
      return PoolRole::Release;
  for (StringRef Take : {"alloc", "get", "acquire", "take", "borrow", "checkout"})
    if (Name.contains_insensitive(Take))
      return PoolRole::Acquire;
  return PoolRole::None;
}

bool LifetimeModel::takesBackAsAWhole(const FunctionDecl *FD) const {
  // Named by the user, its objects are to be given back one by one.
  if (FD->hasAttr<AnnotateAttr>() || listed(User.Pools.Acquire, FD))
    return false;
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  return MD && MD->getParent()->getIdentifier() &&
         llvm::is_contained(wordsOf(MD->getParent()->getName()), "arena");
}

bool LifetimeModel::isPoolCode(const FunctionDecl *FD, const Expr *Call) const {
  if (poolRole(FD, Call) != PoolRole::None)
    return true;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    return hasPoolMethods(MD->getParent());
  return FD->getIdentifier() && namesPool(FD->getName()) && poolParameter(FD);
}

const Expr *LifetimeModel::releasedArgument(const FunctionDecl *FD,
                                            ArrayRef<const Expr *> Args) {
  // A pointer first: `recycle(Arena &arena, Frame *f)` takes the arena by
  // reference and gives back f.
  for (bool Pointer : {true, false})
    for (unsigned I = 0; I < Args.size() && I < FD->getNumParams(); ++I) {
      QualType T = FD->getParamDecl(I)->getType();
      if (Pointer ? !T->isPointerType() : !T->isReferenceType())
        continue;
      if (namesPoolClass(T->getPointeeType()->getAsCXXRecordDecl()))
        continue;
      return Args[I];
    }
  return nullptr;
}

bool LifetimeModel::mayShrinkByResize(const CXXMethodDecl *MD,
                                      ArrayRef<const Expr *> Args) {
  if (!MD->getIdentifier() || MD->getName() != "resize" || Args.empty())
    return false;
  // `size() + k`, `size() * 2`, `2 * size()`: past the size it has.
  const auto *Grown = dyn_cast<BinaryOperator>(Args[0]->IgnoreParenImpCasts());
  if (!Grown || (Grown->getOpcode() != BO_Add && Grown->getOpcode() != BO_Mul))
    return true;
  auto IsSize = [](const Expr *E) {
    const auto *Call = dyn_cast<CXXMemberCallExpr>(E->IgnoreParenImpCasts());
    const CXXMethodDecl *Size = Call ? Call->getMethodDecl() : nullptr;
    return Size && Size->getIdentifier() && Size->getName() == "size";
  };
  return !IsSize(Grown->getLHS()) && !IsSize(Grown->getRHS());
}

bool LifetimeModel::hasPoolMethods(const CXXRecordDecl *RD) const {
  auto [It, Inserted] = PoolClasses.try_emplace(RD, false);
  if (Inserted)
    It->second = RD->hasDefinition() &&
                 llvm::any_of(RD->methods(), [&](const CXXMethodDecl *M) {
                   return poolRole(M) != PoolRole::None;
                 });
  return It->second;
}

bool LifetimeModel::isPoolClass(const CXXRecordDecl *RD) const {
  return RD && (namesPoolClass(RD) || hasPoolMethods(RD));
}

std::optional<unsigned> LifetimeModel::poolParameter(const FunctionDecl *FD) {
  for (unsigned I = 0; I < FD->getNumParams(); ++I) {
    QualType T = FD->getParamDecl(I)->getType();
    if ((T->isPointerType() || T->isReferenceType()) &&
        namesPoolClass(T->getPointeeType()->getAsCXXRecordDecl()))
      return I;
  }
  return std::nullopt;
}

bool LifetimeModel::ownsExclusively(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD || !isStd(RD))
    return false;
  const Type *Key = T.getCanonicalType().getNonReferenceType().getTypePtr();
  if (auto It = OwnsCache.find(Key); It != OwnsCache.end())
    return It->second;
  bool Result = false;
  if (stdClassName(RD) == "unique_ptr")
    Result = true;
  else if (classKind(T) == ClassKind::Owner)
    for (QualType Arg : typeArguments(RD))
      Result = Result || (recordOf(Arg) != RD && ownsExclusively(Arg));
  OwnsCache[Key] = Result;
  return Result;
}

QualType LifetimeModel::ownedObjectType(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD || !ownsExclusively(T))
    return QualType();
  if (stdClassName(RD) == "unique_ptr") {
    QualType Element = elementType(T);
    return Element.isNull() ? Element
                            : RD->getASTContext().getBaseElementType(Element);
  }
  for (QualType Arg : typeArguments(RD))
    if (recordOf(Arg) != RD && ownsExclusively(Arg))
      return ownedObjectType(Arg);
  return QualType();
}

const CXXDestructorDecl *LifetimeModel::writtenDestructor(QualType T) {
  const CXXRecordDecl *RD = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
  const CXXDestructorDecl *Dtor = RD ? RD->getDestructor() : nullptr;
  return Dtor && Dtor->isUserProvided() ? Dtor : nullptr;
}

StdFunction LifetimeModel::stdFunction(const FunctionDecl *FD) {
  if (!FD->getIdentifier())
    return StdFunction::Other;
  return llvm::StringSwitch<StdFunction>(FD->getName())
      .Cases({"move", "forward", "forward_like", "move_if_noexcept", "as_const",
              "addressof", "__addressof", "launder"},
             StdFunction::Forward)
      .Cases({"ref", "cref", "tie", "forward_as_tuple"}, StdFunction::Wrap)
      .Cases({"min", "max", "clamp"}, StdFunction::Select)
      .Cases({"begin", "end", "cbegin", "cend", "rbegin", "rend", "crbegin",
              "crend", "data", "get", "get_if"},
             StdFunction::Access)
      .Case("exchange", StdFunction::Exchange)
      .Case("swap", StdFunction::Swap)
      .Default(StdFunction::Other);
}

bool LifetimeModel::takesPosition(const CXXMethodDecl *MD) {
  return MD->getIdentifier() &&
         llvm::StringSwitch<bool>(MD->getName())
             .Cases({"insert", "emplace", "emplace_hint", "insert_or_assign",
                     "try_emplace"},
                    true)
             .Default(false);
}

bool LifetimeModel::takesOthersElements(const CXXMethodDecl *MD) {
  return MD->getIdentifier() &&
         (MD->getName() == "splice" || MD->getName() == "merge");
}

bool LifetimeModel::isUniquePtr(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  return RD && isStd(RD) && stdClassName(RD) == "unique_ptr";
}

bool LifetimeModel::isSharedPtr(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  return RD && isStd(RD) &&
         llvm::is_contained({"shared_ptr", "__shared_ptr"}, stdClassName(RD));
}

bool LifetimeModel::isWeakPtr(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  return RD && isStd(RD) &&
         llvm::is_contained({"weak_ptr", "__weak_ptr"}, stdClassName(RD));
}

bool LifetimeModel::accessesElements(const CXXMethodDecl *MD) {
  if (MD->isOverloadedOperator())
    return llvm::is_contained({OO_Subscript, OO_Star, OO_Arrow},
                              MD->getOverloadedOperator());
  if (!MD->getIdentifier())
    return false;
  return llvm::StringSwitch<bool>(MD->getName())
      .Cases({"data", "c_str", "front", "back", "at", "value", "begin", "end",
              "cbegin", "cend"},
             true)
      .Default(false);
}

bool LifetimeModel::getsReferenceElement(const FunctionDecl *FD,
                                         QualType ArgT) {
  const TemplateArgumentList *Chosen = FD->getTemplateSpecializationArgs();
  const CXXRecordDecl *Tuple = recordOf(ArgT);
  if (!Chosen || Chosen->size() == 0 || !Tuple || !FD->getIdentifier() ||
      FD->getName() != "get")
    return false;
  // get<I> by index, or get<T> by type.
  const TemplateArgument &Which = Chosen->get(0);
  if (Which.getKind() == TemplateArgument::Type)
    return Which.getAsType()->isReferenceType();
  if (Which.getKind() != TemplateArgument::Integral)
    return false;
  uint64_t I = Which.getAsIntegral().getLimitedValue();
  llvm::SmallVector<QualType, 4> Elements = typeArguments(Tuple);
  return I < Elements.size() && Elements[I]->isReferenceType();
}

bool LifetimeModel::readsThroughView(const CXXMethodDecl *MD) {
  if (MD->isOverloadedOperator())
    return MD->getOverloadedOperator() != OO_Equal;
  if (!MD->getIdentifier())
    return false;
  return !llvm::StringSwitch<bool>(MD->getName())
              .Cases({"size", "length", "empty", "data", "get", "begin", "end",
                      "cbegin", "cend", "rbegin", "rend", "swap", "reset",
                      "release", "max_size", "size_bytes"},
                     true)
              .Default(false);
}

namespace {

/// The name of a C library function (global or std::), or "" for others.
StringRef cFunctionName(const FunctionDecl *FD) {
  const DeclContext *DC = FD->getDeclContext()->getRedeclContext();
  if (!FD->getIdentifier() ||
      !(DC->isTranslationUnit() || DC->isStdNamespace()) ||
      !FD->isExternC())
    return "";
  return FD->getName();
}

} // namespace

bool LifetimeModel::isAllocation(const FunctionDecl *FD) {
  if (llvm::StringSwitch<bool>(cFunctionName(FD))
          .Cases({"malloc", "calloc", "realloc", "strdup", "strndup"}, true)
          .Default(false))
    return true;
  // An allocator's allocate: storage of its own, not a pointer into the
  // allocator object. (A memory resource's storage is the resource's: its
  // release() ends it.)
  return isStd(FD) && FD->getIdentifier() &&
         resourceAllocation(FD) == ResourceAllocation::None &&
         llvm::StringSwitch<bool>(FD->getName())
             .Cases({"make_unique", "make_unique_for_overwrite", "allocate",
                     "allocate_bytes", "allocate_object", "new_object"},
                    true)
             .Default(false);
}

const CXXConstructorDecl *
LifetimeModel::constructorMadeBy(const FunctionDecl *FD) {
  if (!isStd(FD) || !FD->getIdentifier() || FD->getName() != "make_unique" ||
      !FD->getBody())
    return nullptr;
  // Its body: `return unique_ptr<T>(new T(std::forward<Args>(args)...));`.
  struct FindNew : DynamicRecursiveASTVisitor {
    const CXXConstructExpr *Made = nullptr;
    bool VisitCXXNewExpr(CXXNewExpr *NE) override {
      Made = NE->getConstructExpr();
      return false;
    }
  } Finder;
  Finder.TraverseStmt(FD->getBody());
  const CXXConstructorDecl *Ctor =
      Finder.Made ? Finder.Made->getConstructor() : nullptr;
  return Ctor && Ctor->isUserProvided() && !isStd(Ctor) ? Ctor : nullptr;
}

/// The class `c.emplace_back(args...)` (emplace_front, emplace) of a
/// standard container constructs, or null.
static const CXXRecordDecl *classEmplacedBy(const CXXMethodDecl *MD) {
  if (!LifetimeModel::isStd(MD) || !MD->getIdentifier() ||
      !llvm::is_contained({"emplace_back", "emplace_front", "emplace"},
                          MD->getName()))
    return nullptr;
  QualType ValueT = LifetimeModel::memberTypedef(MD->getParent(), "value_type");
  const CXXRecordDecl *RD =
      ValueT.isNull() ? nullptr : ValueT->getAsCXXRecordDecl();
  return RD && RD->hasDefinition() ? RD : nullptr;
}

bool LifetimeModel::emplacesString(const CXXMethodDecl *MD) {
  const CXXRecordDecl *RD = classEmplacedBy(MD);
  return RD && isStd(RD) && stdClassName(RD) == "basic_string";
}

const CXXConstructorDecl *
LifetimeModel::constructorEmplacedBy(const CXXMethodDecl *MD,
                                     unsigned NumArgs) {
  const CXXRecordDecl *RD = classEmplacedBy(MD);
  if (!RD || isStd(RD))
    return nullptr;
  const CXXConstructorDecl *Found = nullptr;
  for (const CXXConstructorDecl *Ctor : RD->ctors()) {
    if (Ctor->isCopyOrMoveConstructor() || !Ctor->isUserProvided() ||
        NumArgs < Ctor->getMinRequiredArguments() ||
        NumArgs > Ctor->getNumParams())
      continue;
    if (Found)
      return nullptr;
    Found = Ctor;
  }
  return Found;
}

bool LifetimeModel::startsThread(const FunctionDecl *FD) {
  if (!isStd(FD))
    return false;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    return !Ctor->isCopyOrMoveConstructor() && Ctor->getNumParams() > 0 &&
           llvm::is_contained({"thread", "jthread"},
                              stdClassName(Ctor->getParent()));
  return FD->getIdentifier() && FD->getName() == "async";
}

bool LifetimeModel::waitsForOtherThreads(const FunctionDecl *FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD || !isStd(MD) || !MD->getIdentifier())
    return false;
  StringRef Class = stdClassName(MD->getParent());
  StringRef Name = MD->getName();
  if (llvm::is_contained({"condition_variable", "condition_variable_any",
                          "future", "shared_future"},
                         Class))
    return Name == "get" || Name.starts_with("wait");
  return (Class == "latch" && Name == "wait") ||
         (Class == "barrier" && Name == "arrive_and_wait");
}

bool LifetimeModel::isDeallocation(const FunctionDecl *FD) {
  // Not realloc: when it fails the old buffer is still the caller's.
  return cFunctionName(FD) == "free";
}

bool LifetimeModel::accessesPointerArguments(const FunctionDecl *FD) {
  return !cFunctionName(FD).empty() && !isDeallocation(FD) &&
         FD->getASTContext().getSourceManager().isInSystemHeader(
             FD->getLocation());
}

} // namespace lifeguard
