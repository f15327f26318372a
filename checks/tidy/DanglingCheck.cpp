//===-- DanglingCheck.cpp - lifeguard-dangling ----------------------------===//

#include "DanglingCheck.h"
#include "Dangling.h"
#include "clang/AST/DynamicRecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;
using ::lifeguard::DanglingFinding;
using ::lifeguard::DanglingObject;

namespace clang::tidy::lifeguard {

namespace {

/// The copies a function makes with a copy constructor or copy assignment
/// operator, in its body and its constructor initializers; not those of
/// the lambdas it defines, which are functions of their own.
class CopyFinder : public ConstDynamicRecursiveASTVisitor {
public:
  std::vector<std::pair<const Expr *, const CXXMethodDecl *>> Copies;

  CopyFinder() { ShouldVisitTemplateInstantiations = true; }

  bool VisitCXXConstructExpr(const CXXConstructExpr *E) override {
    if (E->getConstructor()->isCopyConstructor())
      Copies.emplace_back(E, E->getConstructor());
    return true;
  }
  bool VisitCXXOperatorCallExpr(const CXXOperatorCallExpr *E) override {
    if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(E->getCalleeDecl()))
      if (MD->isCopyAssignmentOperator())
        Copies.emplace_back(E, MD);
    return true;
  }
  bool TraverseLambdaExpr(const LambdaExpr *E) override {
    for (const Expr *Init : E->capture_inits())
      if (Init && !TraverseStmt(Init))
        return false;
    return true;
  }
};

} // namespace

void DanglingCheck::registerMatchers(MatchFinder *Finder) {
  LifetimeCheckBase::registerMatchers(Finder);
  // Handles at namespace scope and static data members: their initialisers
  // belong to no function the engine reads.
  Finder->addMatcher(varDecl(hasGlobalStorage(), unless(isStaticLocal()),
                             hasInitializer(expr()),
                             unless(isExpansionInSystemHeader()))
                         .bind("global"),
                     this);
}

void DanglingCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Global = Result.Nodes.getNodeAs<VarDecl>("global")) {
    if (const MaterializeTemporaryExpr *Temporary =
            ::lifeguard::temporaryBehindGlobal(engine(*Result.Context).model(),
                                               Global)) {
      diag(Global->getLocation(), "%0 is bound to a temporary of type %1 that "
                                  "is destroyed at the end of the "
                                  "full-expression")
          << Global << Temporary->getType();
      diag(Temporary->getBeginLoc(), "the temporary is created here",
           DiagnosticIDs::Note);
    }
    return;
  }
  LifetimeCheckBase::check(Result);
  // Copies, for the two-owners rule: each is reported where it is made. A
  // function's own walk finds them; those the compiler writes inside implicit
  // copy operations are reported at the user's copy instead.
  const FunctionDecl *FD = functionToAnalyze(Result);
  if (!FD)
    return;
  // The walk recurses as deep as the body nests: on the engine's stack.
  CopyFinder Finder;
  if (!engine(*Result.Context).withStackFor(
          FD, [&] { Finder.TraverseDecl(FD); }))
    return;
  for (const auto &[Copy, Copier] : Finder.Copies)
    reportCopy(Copy, Copier, *Result.Context);
}

void DanglingCheck::reportCopy(const Expr *Copy, const CXXMethodDecl *Copier,
                               ASTContext &Context) {
  if (Copy->getBeginLoc().isInvalid())
    return;
  bool Assignment = !isa<CXXConstructorDecl>(Copier);
  for (const ::lifeguard::SharedOwnerCopy &Shared :
       ::lifeguard::findSharedOwnerCopies(engine(Context), Copier)) {
    diag(Copy->getBeginLoc(), "copying %0 leaves two owners of the memory in "
                              "member %1, which %2 frees")
        << Shared.Copied << Shared.Member << Shared.Destructor;
    diag(Shared.FreedAt->getBeginLoc(), "%0 is freed here",
         DiagnosticIDs::Note)
        << Shared.Member;
    if (Shared.Copier && Shared.Copier->isUserProvided())
      diag(Shared.Copier->getLocation(),
           "this %select{copy constructor|copy assignment operator}0 copies "
           "%1 without duplicating what it points to",
           DiagnosticIDs::Note)
          << Assignment << Shared.Member;
    else
      diag(Shared.Class->getLocation(),
           "%0 has an implicit %select{copy constructor|copy assignment "
           "operator}1",
           DiagnosticIDs::Note)
          << Shared.Class << Assignment;
  }
}

void DanglingCheck::reportFunction(const ::lifeguard::FunctionAnalysis &A) {
  auto Quoted = [](const NamedDecl *D) {
    return D ? ("'" + D->getName() + "'").str() : std::string("the object");
  };
  for (const DanglingFinding &F : ::lifeguard::findDangling(A)) {
    const DanglingObject &O = F.Object;
    std::string Name = Quoted(O.Var);
    if (F.K == DanglingFinding::Return) {
      if (O.K == DanglingObject::Temporary)
        diag(F.Where, "returned handle refers to a temporary of type %0 that "
                      "is destroyed before the function returns")
            << O.Type;
      else
        diag(F.Where, "returned handle refers to heap object that its owner "
                      "destroys when the function returns");
    } else if (F.K == DanglingFinding::Stored) {
      bool WholeObject = !F.HolderDecl;
      diag(F.Where, "%select{global variable %1|static variable %1|member %1 "
                    "of '*this'|what parameter %1 refers to|'*this'}0 is left "
                    "holding a handle to a temporary of type %2 that is "
                    "destroyed at the end of the full-expression")
          << (WholeObject ? 4u : static_cast<unsigned>(F.Holder) - 1)
          << F.HolderDecl << O.Type;
    } else if (F.K == DanglingFinding::Binding) {
      diag(F.Where, "%0 is bound to a temporary of type %1 that is destroyed "
                    "at the end of the full-expression")
          << F.Bound << O.Type;
    } else {
      bool Refers = O.K == DanglingObject::Pointee && O.Var &&
                    O.Var->getType()->isReferenceType();
      unsigned What = O.K == DanglingObject::Pointee && O.Member ? 4
                      : O.K == DanglingObject::This              ? 5
                      : Refers                                   ? 6
                      : O.K == DanglingObject::Reached           ? 7
                                                                 : O.K;
      diag(F.Where, "use of %select{local variable %1|a temporary of type %2|"
                    "heap object|the object %1 points to|the object member %3 "
                    "points to|'*this'|the object %1 refers to|an object "
                    "reached through %1}0 after "
                    "%select{it went out of scope|it was destroyed at the end "
                    "of the full-expression|it was deleted|it was freed|its "
                    "owner destroyed it|it was freed by a call}4")
          << What << Name << O.Type << Quoted(O.Member)
          << static_cast<unsigned>(F.Died.K);
    }
    if (F.Obtained.isValid()) {
      if (O.K == DanglingObject::Heap)
        diag(F.Obtained, "heap object allocated here", DiagnosticIDs::Note);
      else if (O.K == DanglingObject::Temporary)
        diag(F.Obtained, "%select{pointer into the temporary obtained|"
                         "reference to the temporary bound}0 here",
             DiagnosticIDs::Note)
            << (F.Origin == ::lifeguard::HandleOrigin::Reference);
      else if (O.K == DanglingObject::Local)
        diag(F.Obtained,
             "%select{address of %1 taken here|%1 captured by reference here|"
             "pointer into %1 obtained here|reference to %1 bound here|%1 passed as "
         "'this' here}0",
             DiagnosticIDs::Note)
            << static_cast<unsigned>(F.Origin) << Name;
    }
    SourceLocation DiedAt =
        F.Died.Loc.isValid() ? F.Died.Loc : F.Died.Where->getBeginLoc();
    diag(DiedAt,
         "%select{%1 went out of scope here|the temporary was destroyed at the "
         "end of this full-expression|deleted here|freed here|destroyed here "
         "by its owner|freed by this call}0",
         DiagnosticIDs::Note)
        << static_cast<unsigned>(F.Died.K) << Name;
  }
}

} // namespace clang::tidy::lifeguard
