//===-- CheckerOptions.cpp - lifeguard's analyzer options, validated ------===//

#include "CheckerOptions.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/StaticAnalyzer/Core/AnalyzerOptions.h"
#include "clang/StaticAnalyzer/Core/Checker.h"
#include "llvm/ADT/StringSet.h"
#include <optional>

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

namespace {

struct IntegerOption {
  llvm::StringLiteral Key;
  unsigned Default, Min, Max;
};

constexpr IntegerOption IntegerOptions[] = {
#define LIFEGUARD_CHECKER(Name, Description)
#define LIFEGUARD_CHECKER_INTEGER_OPTION(Name, Option, Default, Min, Max,      \
                                         Description)                          \
  {"lifeguard." #Name ":" #Option, Default, Min, Max},
#include "Checkers.def"
};

const IntegerOption *findIntegerOption(StringRef Key) {
  for (const IntegerOption &O : IntegerOptions)
    if (O.Key == Key)
      return &O;
  return nullptr;
}

/// The value of \p O, when \p Value is an integer within its bounds.
std::optional<unsigned> parseIntegerOption(const IntegerOption &O,
                                           StringRef Value) {
  unsigned Number = 0;
  if (Value.trim().getAsInteger(10, Number) || Number < O.Min ||
      Number > O.Max)
    return std::nullopt;
  return Number;
}

std::string expectedInteger(const IntegerOption &O) {
  return "an integer from " + std::to_string(O.Min) + " to " +
         std::to_string(O.Max);
}

} // namespace

unsigned integerOption(CheckerManager &Mgr, const CheckerFrontend *Checker,
                       StringRef Option) {
  std::string Key = (StringRef(Checker->getName()) + ":" + Option).str();
  const IntegerOption *O = findIntegerOption(Key);
  assert(O && "an integer option not in Checkers.def");
  StringRef Value = Mgr.getAnalyzerOptions().getCheckerStringOption(
      Checker->getName(), Option, /*SearchInParents=*/false);
  if (std::optional<unsigned> Number = parseIntegerOption(*O, Value))
    return *Number;
  Mgr.reportInvalidCheckerOptionValue(Checker, Option, expectedInteger(*O));
  return O->Default;
}

bool validIntegerOption(StringRef Key, StringRef Value,
                        std::string &Expected) {
  const IntegerOption *O = findIntegerOption(Key);
  if (!O || parseIntegerOption(*O, Value))
    return true;
  Expected = expectedInteger(*O);
  return false;
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
