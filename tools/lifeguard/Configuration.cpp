//===-- Configuration.cpp - which checks run, with which options ----------===//

#include "Configuration.h"
#include "CheckList.h"
#include "CheckerOptions.h"
#include "LifetimeModel.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;
using namespace clang::tidy;

namespace lifeguard::driver {
namespace {

class LifeguardOptionsProvider : public ClangTidyOptionsProvider {
public:
  explicit LifeguardOptionsProvider(
      std::unique_ptr<ClangTidyOptionsProvider> Base)
      : Base(std::move(Base)) {}

  const ClangTidyGlobalOptions &getGlobalOptions() override {
    return Base->getGlobalOptions();
  }

  std::vector<OptionsSource> getRawOptions(llvm::StringRef File) override {
    std::vector<OptionsSource> Sources = Base->getRawOptions(File);
    ClangTidyOptions Merged;
    for (const OptionsSource &Source : Sources)
      Merged.mergeWith(Source.first, 0);
    ClangTidyOptions Lifeguard;
    Lifeguard.Checks = lifeguardChecks(Merged.Checks.value_or(""));
    Sources.emplace_back(std::move(Lifeguard), "lifeguard");
    return Sources;
  }

private:
  std::unique_ptr<ClangTidyOptionsProvider> Base;
};

std::unique_ptr<ClangTidyOptionsProvider>
userProvider(const Configuration &Config) {
  if (Config.Explicit)
    return std::make_unique<ConfigOptionsProvider>(
        Config.Global, Config.Defaults, *Config.Explicit, Config.Overrides);
  return std::make_unique<FileOptionsProvider>(Config.Global, Config.Defaults,
                                               Config.Overrides);
}

/// Keeps what the checks say about their options while they are created.
class ConfigurationDiagnostics : public DiagnosticConsumer {
public:
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    if (Level < DiagnosticsEngine::Warning)
      return;
    llvm::SmallString<128> Text;
    Info.FormatDiagnostic(Text);
    Messages.emplace_back(
        llvm::StringRef(Text).rsplit(" [clang-tidy-config]").first);
  }
  std::vector<std::string> Messages;
};

std::string checkNames(Engine Kind) {
  std::vector<llvm::StringRef> Names;
  for (const CheckInfo &C : allChecks())
    if (C.Kind == Kind)
      Names.push_back(C.Name);
  return llvm::join(Names, ", ");
}

void checkGlobs(llvm::StringRef Checks, std::vector<std::string> &Errors) {
  llvm::SmallVector<llvm::StringRef> Globs;
  Checks.split(Globs, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (llvm::StringRef Glob : Globs) {
    Glob = Glob.trim().ltrim('-').trim();
    if (!Glob.contains("lifeguard"))
      continue;
    GlobList Single(Glob);
    if (llvm::none_of(allChecks(), [&](const CheckInfo &C) {
          return Single.contains(C.Name);
        }))
      Errors.push_back(("unknown check '" + Glob +
                        "' in Checks; lifeguard's checks: " +
                        checkNames(Engine::Tidy) +
                        "; its analyzer checkers: " +
                        checkNames(Engine::Analyzer))
                           .str());
  }
}

/// Options of the analyzer checkers, "lifeguard.<Name>:<Opt>",
/// against Checkers.def and the rules the checkers apply to their values.
void checkAnalyzerOption(llvm::StringRef Key, llvm::StringRef Value,
                         std::vector<std::string> &Errors) {
  llvm::StringMap<llvm::StringRef> Defaults;
  std::string Known;
#define LIFEGUARD_CHECKER(Name, Description)
#define LIFEGUARD_CHECKER_OPTION(Name, Option, Type, Default, Description)     \
  Defaults["lifeguard." #Name ":" #Option] = Default;                          \
  Known += Known.empty() ? "" : ", ";                                          \
  Known += "lifeguard." #Name ":" #Option;
#include "Checkers.def"
  auto It = Defaults.find(Key);
  if (It == Defaults.end()) {
    Errors.push_back(("unknown option '" + Key +
                      "'; lifeguard's analyzer options: " + Known)
                         .str());
    return;
  }
  std::string Expected;
  if (!csa::validIntegerOption(Key, Value, Expected))
    Errors.push_back(("invalid value '" + Value + "' for option '" + Key +
                      "': expected " + Expected)
                         .str());
  bool Boolean = It->second == "true" || It->second == "false";
  if (Boolean && Value != "true" && Value != "false")
    Errors.push_back(("invalid value '" + Value + "' for option '" + Key +
                      "': expected 'true' or 'false'")
                         .str());
  bool Functions = Key.ends_with("Functions");
  if (Functions || Key.ends_with("Containers")) {
    std::vector<std::string> Invalid;
    parseQualifiedNames(Value, Invalid);
    for (const std::string &Name : Invalid)
      Errors.push_back("invalid name '" + Name + "' in option '" + Key.str() +
                       "': expected " +
                       (Functions ? ExpectedFunctionName : ExpectedClassName)
                           .str());
  }
}

} // namespace

std::string lifeguardChecks(llvm::StringRef UserChecks) {
  bool Named = UserChecks.contains("lifeguard");
  GlobList Globs(UserChecks);
  std::string Out = "-*";
  for (const CheckInfo &C : allChecks())
    if (!Named || Globs.contains(C.Name))
      Out += "," + C.Name;
  return Out;
}

std::unique_ptr<ClangTidyOptionsProvider> Configuration::makeProvider() const {
  return std::make_unique<LifeguardOptionsProvider>(userProvider(*this));
}

std::vector<std::string> Configuration::errors(llvm::StringRef File) const {
  std::vector<std::string> Errors;
  ClangTidyOptions User = userProvider(*this)->getOptions(File);
  checkGlobs(User.Checks.value_or(""), Errors);

  // Create every clang-tidy check with the user's options: each reads its
  // options in its constructor, reporting values it cannot use, and
  // storeOptions then lists the options it has.
  ClangTidyOptions AllChecks = User;
  AllChecks.Checks = "-*,lifeguard-*";
  ClangTidyContext Context(
      std::make_unique<DefaultOptionsProvider>(Global, AllChecks));
  ConfigurationDiagnostics Diagnostics;
  auto DiagOpts = std::make_unique<DiagnosticOptions>();
  DiagnosticsEngine Engine(new DiagnosticIDs(), *DiagOpts, &Diagnostics,
                           /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(std::move(DiagOpts), &Engine);
  Context.setCurrentFile(File);
  ClangTidyCheckFactories Factories;
  for (const ClangTidyModuleRegistry::entry &Module :
       ClangTidyModuleRegistry::entries())
    Module.instantiate()->addCheckFactories(Factories);
  ClangTidyOptions::OptionMap Known;
  for (const auto &Check : Factories.createChecks(&Context))
    Check->storeOptions(Known);
  for (std::string &Message : Diagnostics.Messages)
    Errors.push_back(std::move(Message));

  for (const auto &Option : User.CheckOptions) {
    llvm::StringRef Key = Option.getKey();
    if (Key.starts_with("lifeguard.")) {
      checkAnalyzerOption(Key, Option.getValue().Value, Errors);
      continue;
    }
    if (!Key.starts_with("lifeguard") || Known.count(Key))
      continue;
    std::vector<llvm::StringRef> Names;
    llvm::StringRef Check = Key.split('.').first;
    for (const auto &K : Known)
      if (K.getKey().starts_with((Check + ".").str()))
        Names.push_back(K.getKey());
    llvm::sort(Names);
    Errors.push_back(
        ("unknown option '" + Key + "'" +
         (Names.empty() ? "; no lifeguard check is called '" + Check + "'"
                        : "; options of " + Check + ": " +
                              llvm::join(Names, ", ")))
            .str());
  }
  return Errors;
}

} // namespace lifeguard::driver
