//===-- LifetimeCheckBase.h - A clang-tidy check on the lifetime engine ---===//
//
// Every lifeguard check that reads the lifetime engine derives from this:
// it matches each function definition the engine can analyse, runs the
// engine on it (one engine per translation unit, so that summaries are
// shared) and hands the finished analysis to the check to report.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_CHECKS_LIFETIMECHECKBASE_H
#define LIFEGUARD_CHECKS_LIFETIMECHECKBASE_H

#include "LifetimeAnalysis.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <memory>

namespace clang::tidy::lifeguard {

class LifetimeCheckBase : public ClangTidyCheck {
public:
  LifetimeCheckBase(StringRef Name, ClangTidyContext *Context);

  /// C and C++: C code has the same stack addresses and freed pointers.
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return !LangOpts.ObjC;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override { Engine.reset(); }

protected:
  /// Reports what the check finds in one successfully analysed function.
  virtual void reportFunction(const ::lifeguard::FunctionAnalysis &A) = 0;

  /// The engine of the translation unit \p Ctx belongs to.
  ::lifeguard::LifetimeEngine &engine(ASTContext &Ctx);

  /// The user's pool functions, for the checks that take them as options.
  ::lifeguard::PoolFunctions Pools;

private:
  /// The budget option \p Name: an integer from \p Min to \p Max. Anything
  /// else (not a number, out of range) is a configuration error naming the
  /// option, and \p Default stays: a budget of 0 would silence the check,
  /// and a huge summary depth would overflow the stack.
  unsigned budgetOption(StringRef Name, unsigned Default, unsigned Min,
                        unsigned Max);

  ::lifeguard::AnalysisBudget Budget;
  /// Shared with the other lifeguard checks of the translation unit that
  /// have the same budget, so each function is analysed once.
  std::shared_ptr<::lifeguard::LifetimeEngine> Engine;
};

} // namespace clang::tidy::lifeguard

#endif // LIFEGUARD_CHECKS_LIFETIMECHECKBASE_H
