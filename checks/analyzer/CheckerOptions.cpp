//===-- CheckerOptions.cpp - lifeguard's analyzer options, validated ------===//

#include "CheckerOptions.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/StaticAnalyzer/Core/AnalyzerOptions.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;
using namespace clang::ento;

namespace lifeguard::csa {

bool booleanOption(CheckerManager &Mgr, const CheckerFrontend *Checker,
                   StringRef Option, bool Default) {
  StringRef Value = Mgr.getAnalyzerOptions().getCheckerStringOption(
      Checker->getName(), Option, /*SearchInParents=*/false);
  if (Value == "true")
    return true;
  if (Value == "false")
    return false;
  Mgr.reportInvalidCheckerOptionValue(Checker, Option,
                                      "a boolean ('true' or 'false')");
  return Default;
}

void reportUnknownOptions(CheckerManager &Mgr) {
  llvm::StringSet<> Known;
  std::string List;
#define LIFEGUARD_CHECKER(Name, Description)
#define LIFEGUARD_CHECKER_OPTION(Name, Option, Type, Default, Description)     \
  Known.insert("lifeguard." #Name ":" #Option);                                \
  List += List.empty() ? "" : ", ";                                            \
  List += "lifeguard." #Name ":" #Option;
#include "Checkers.def"
  DiagnosticsEngine &Diags = Mgr.getDiagnostics();
  for (const auto &Entry : Mgr.getAnalyzerOptions().Config) {
    StringRef Key = Entry.getKey();
    if (!Key.starts_with("lifeguard") || Known.contains(Key))
      continue;
    unsigned ID = Diags.getCustomDiagID(
        DiagnosticsEngine::Error,
        "unknown lifeguard analyzer option '%0' (lifeguard's options: %1)");
    Diags.Report(ID) << Key << List;
  }
}

} // namespace lifeguard::csa
