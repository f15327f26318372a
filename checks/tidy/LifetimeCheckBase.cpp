//===-- LifetimeCheckBase.cpp - A clang-tidy check on the lifetime engine -===//

#include "LifetimeCheckBase.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::lifeguard {

namespace {

/// The engines in use, one per translation unit and budget. Held weakly: the
/// checks own them, and drop them at the end of the translation unit.
struct SharedEngine {
  const ASTContext *Context;
  ::lifeguard::AnalysisBudget Budget;
  ::lifeguard::UserModel User;
  std::weak_ptr<::lifeguard::LifetimeEngine> Engine;
};
std::vector<SharedEngine> &sharedEngines() {
  static std::vector<SharedEngine> Engines;
  return Engines;
}

/// A definition whose body the engine can read: templates are analysed in
/// their instantiations, where every type is known.
AST_MATCHER(FunctionDecl, isAnalyzableDefinition) {
  return Node.doesThisDeclarationHaveABody() && !Node.isDependentContext() &&
         !Node.isInvalidDecl() && !Node.isDefaulted();
}

} // namespace

LifetimeCheckBase::LifetimeCheckBase(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context) {
  Budget.MaxBlocks = budgetOption("MaxBlocks", Budget.MaxBlocks, 1, 1000000);
  Budget.MaxLoans = budgetOption("MaxLoans", Budget.MaxLoans, 1, 1000000);
  Budget.MaxVisitsPerBlock =
      budgetOption("MaxVisitsPerBlock", Budget.MaxVisitsPerBlock, 1, 1000);
  Budget.MaxSummaryDepth =
      budgetOption("MaxSummaryDepth", Budget.MaxSummaryDepth, 0, 16);
}

unsigned LifetimeCheckBase::budgetOption(StringRef Name, unsigned Default,
                                         unsigned Min, unsigned Max) {
  std::optional<StringRef> Text = Options.get(Name);
  if (!Text)
    return Default;
  unsigned Value = 0;
  if (!Text->trim().getAsInteger(10, Value) && Value >= Min && Value <= Max)
    return Value;
  configurationDiag("invalid value '%0' for option '%1.%2': expected an "
                    "integer from %3 to %4",
                    DiagnosticIDs::Error)
      << *Text << getID() << Name << Min << Max;
  return Default;
}

void LifetimeCheckBase::qualifiedNamesOption(StringRef Name,
                                             std::vector<std::string> &Names,
                                             StringRef Expected) {
  std::vector<std::string> Invalid;
  Names = ::lifeguard::parseQualifiedNames(Options.get(Name, ""), Invalid);
  for (const std::string &Bad : Invalid)
    configurationDiag("invalid name '%0' in option '%1.%2': expected %3",
                      DiagnosticIDs::Error)
        << Bad << getID() << Name << Expected;
  NameLists.emplace_back(Name, &Names);
}

void LifetimeCheckBase::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "MaxBlocks", Budget.MaxBlocks);
  Options.store(Opts, "MaxLoans", Budget.MaxLoans);
  Options.store(Opts, "MaxVisitsPerBlock", Budget.MaxVisitsPerBlock);
  Options.store(Opts, "MaxSummaryDepth", Budget.MaxSummaryDepth);
  for (const auto &[Name, Names] : NameLists)
    Options.store(Opts, Name, llvm::join(*Names, ";"));
}

void LifetimeCheckBase::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      functionDecl(isAnalyzableDefinition(), unless(isExpansionInSystemHeader()))
          .bind("function"),
      this);
}

::lifeguard::LifetimeEngine &LifetimeCheckBase::engine(ASTContext &Ctx) {
  if (Engine && &Engine->context() == &Ctx)
    return *Engine;
  std::vector<SharedEngine> &Shared = sharedEngines();
  llvm::erase_if(Shared,
                 [](const SharedEngine &S) { return S.Engine.expired(); });
  for (const SharedEngine &S : Shared) {
    if (S.Context != &Ctx || !(S.Budget == Budget) || !(S.User == User))
      continue;
    Engine = S.Engine.lock();
    if (Engine)
      return *Engine;
  }
  Engine = std::make_shared<::lifeguard::LifetimeEngine>(Ctx, Budget, User);
  Shared.push_back({&Ctx, Budget, User, Engine});
  return *Engine;
}

const FunctionDecl *
LifetimeCheckBase::functionToAnalyze(const MatchFinder::MatchResult &Result) {
  const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("function");
  // A function of numbers only has nothing to report.
  if (!FD || engine(*Result.Context).isHandleFree(FD))
    return nullptr;
  return FD;
}

void LifetimeCheckBase::check(const MatchFinder::MatchResult &Result) {
  const FunctionDecl *FD = functionToAnalyze(Result);
  if (!FD)
    return;
  ::lifeguard::LifetimeEngine &Engine = engine(*Result.Context);
  // Reports walk the body too: on the stack its analysis needs.
  Engine.withStackFor(FD, [&] {
    const ::lifeguard::FunctionAnalysis &A = Engine.analyze(FD);
    // Out of budget or unreadable: say nothing rather than guess.
    if (A.succeeded())
      reportFunction(A);
  });
}

} // namespace clang::tidy::lifeguard
