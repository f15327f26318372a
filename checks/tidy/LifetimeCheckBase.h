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

  /// The function \p Result matched, unless it has nothing for a check to
  /// find (LifetimeEngine::isHandleFree) or none was matched.
  const FunctionDecl *
  functionToAnalyze(const ast_matchers::MatchFinder::MatchResult &Result);

  /// The engine of the translation unit \p Ctx belongs to.
  ::lifeguard::LifetimeEngine &engine(ASTContext &Ctx);

  /// Reads the option \p Name, a semicolon-separated list of qualified
  /// names, into \p Names (a list of User), and stores it with the other
  /// options. A name that is not one is a configuration error saying that
  /// it should be \p Expected ("a qualified class name such as '::ns::Vec'").
  void qualifiedNamesOption(StringRef Name, std::vector<std::string> &Names,
                            StringRef Expected);

  /// What the user teaches the model (pool functions, containers), for the
  /// checks that take it as options.
  ::lifeguard::UserModel User;

private:
  /// The budget option \p Name: an integer from \p Min to \p Max. Anything
  /// else (not a number, out of range) is a configuration error naming the
  /// option, and \p Default stays: a budget of 0 would silence the check,
  /// and a huge summary depth would overflow the stack.
  unsigned budgetOption(StringRef Name, unsigned Default, unsigned Min,
                        unsigned Max);

  ::lifeguard::AnalysisBudget Budget;
  /// The options qualifiedNamesOption read, and where their lists are.
  std::vector<std::pair<StringRef, const std::vector<std::string> *>>
      NameLists;
  /// Shared with the other lifeguard checks of the translation unit that
  /// have the same budget, so each function is analysed once.
  std::shared_ptr<::lifeguard::LifetimeEngine> Engine;
};

} // namespace clang::tidy::lifeguard

#endif // LIFEGUARD_CHECKS_LIFETIMECHECKBASE_H
