// Correct code written against LLVM's and Clang's public headers, as a
// clang-based tool would: lifeguard must report nothing here, nor in the
// headers' own inline functions.
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>
#include <string>

namespace {

/// Collects the functions a translation unit defines, by name.
class FunctionCollector : public clang::RecursiveASTVisitor<FunctionCollector> {
public:
  bool VisitFunctionDecl(clang::FunctionDecl *FD) {
    if (FD->doesThisDeclarationHaveABody())
      Functions.push_back(FD);
    return true;
  }
  llvm::ArrayRef<const clang::FunctionDecl *> functions() const {
    return Functions;
  }

private:
  llvm::SmallVector<const clang::FunctionDecl *, 16> Functions;
};

llvm::Expected<unsigned> parseCount(llvm::StringRef Text) {
  unsigned Value = 0;
  if (Text.trim().getAsInteger(10, Value))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "not a count: '%s'", Text.str().c_str());
  return Value;
}

/// Splits "a=1;b=2" into a map of counts, reporting bad entries.
llvm::StringMap<unsigned> parseCounts(llvm::StringRef Spec,
                                      llvm::SmallVectorImpl<std::string> &Bad) {
  llvm::StringMap<unsigned> Counts;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Spec.split(Parts, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (llvm::StringRef Part : Parts) {
    auto [Key, Value] = Part.split('=');
    llvm::Expected<unsigned> Count = parseCount(Value);
    if (!Count) {
      Bad.push_back(llvm::toString(Count.takeError()));
      continue;
    }
    Counts[Key.trim()] = *Count;
  }
  return Counts;
}

std::string describe(const llvm::StringMap<unsigned> &Counts) {
  llvm::SmallVector<llvm::StringRef, 8> Keys;
  for (const auto &Entry : Counts)
    Keys.push_back(Entry.getKey());
  llvm::sort(Keys);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  llvm::interleaveComma(Keys, OS, [&](llvm::StringRef Key) {
    OS << Key << '=' << Counts.lookup(Key);
  });
  return Out;
}

unsigned longestRun(llvm::ArrayRef<int> Values) {
  llvm::DenseMap<int, unsigned> Runs;
  unsigned Best = 0;
  for (int V : Values) {
    unsigned &Run = Runs[V];
    Best = std::max(Best, ++Run);
  }
  return Best;
}

llvm::SmallString<64> joinPath(llvm::StringRef Dir, llvm::StringRef File) {
  llvm::SmallString<64> Path(Dir);
  if (!Path.empty() && Path.back() != '/')
    Path.push_back('/');
  Path.append(File);
  return Path;
}

} // namespace

int main(int argc, char **argv) {
  llvm::SmallVector<std::string, 4> Bad;
  llvm::StringMap<unsigned> Counts =
      parseCounts(argc > 1 ? argv[1] : "a=1;b=2;c=x", Bad);
  llvm::outs() << describe(Counts) << "\n";
  for (const std::string &Message : Bad)
    llvm::errs() << Message << "\n";
  llvm::SmallVector<int, 8> Values = {1, 1, 2, 2, 2, 3};
  Values.push_back(2);
  llvm::outs() << longestRun(Values) << " " << joinPath("/tmp", "x.txt")
               << "\n";
  FunctionCollector Collector;
  return static_cast<int>(Collector.functions().size());
}
