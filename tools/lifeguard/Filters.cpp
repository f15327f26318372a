//===-- Filters.cpp - report only what is new -----------------------------===//

#include "Filters.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

namespace lifeguard::driver {

llvm::Expected<Baseline> Baseline::read(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(),
                                   "cannot read the baseline '%s': %s",
                                   Path.str().c_str(),
                                   Buffer.getError().message().c_str());
  auto NotABaseline = [&] {
    return llvm::createStringError(
        "'%s' is not a lifeguard baseline (write one with --write-baseline)",
        Path.str().c_str());
  };
  llvm::Expected<llvm::json::Value> Parsed =
      llvm::json::parse((*Buffer)->getBuffer());
  if (!Parsed) {
    llvm::consumeError(Parsed.takeError());
    return NotABaseline();
  }
  std::vector<std::string> Fingerprints;
  llvm::json::Path::Root Root;
  llvm::json::ObjectMapper O(*Parsed, Root);
  if (!O || !O.map("fingerprints", Fingerprints))
    return NotABaseline();
  Baseline B;
  for (const std::string &F : Fingerprints)
    ++B.Counts[F];
  return B;
}

llvm::Error Baseline::write(llvm::StringRef Path,
                            const std::vector<Finding> &Findings) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  if (EC)
    return llvm::createStringError(EC, "cannot write the baseline '%s': %s",
                                   Path.str().c_str(), EC.message().c_str());
  std::vector<std::string> Fingerprints;
  Fingerprints.reserve(Findings.size());
  for (const Finding &F : Findings)
    Fingerprints.push_back(F.Fingerprint);
  llvm::sort(Fingerprints);
  llvm::json::Value Out = llvm::json::Object{{"version", 1},
                                             {"fingerprints", Fingerprints}};
  OS << llvm::formatv("{0:2}", Out) << "\n";
  return llvm::Error::success();
}

void Baseline::filter(std::vector<Finding> &Findings) const {
  llvm::StringMap<unsigned> Left = Counts;
  llvm::erase_if(Findings, [&](const Finding &F) {
    auto It = Left.find(F.Fingerprint);
    if (It == Left.end() || It->second == 0)
      return false;
    --It->second;
    return true;
  });
}

ChangedLines ChangedLines::parse(llvm::StringRef Diff, llvm::StringRef Root) {
  ChangedLines Out;
  std::vector<std::pair<unsigned, unsigned>> *Current = nullptr;
  llvm::SmallVector<llvm::StringRef> Lines;
  Diff.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    if (Line.consume_front("+++ ")) {
      Line = Line.rtrim("\r").split('\t').first;
      Current = nullptr;
      if (Line == "/dev/null")
        continue;
      Line.consume_front("b/");
      Current = &Out.Ranges[absolutePath(Line, Root)];
      continue;
    }
    // @@ -a[,b] +c[,d] @@: lines c .. c+d-1 of the new file.
    if (!Current || !Line.consume_front("@@ "))
      continue;
    llvm::StringRef New = Line.split(' ').second.split(' ').first;
    if (!New.consume_front("+"))
      continue;
    auto [StartText, CountText] = New.split(',');
    unsigned Start = 0, Count = 1;
    if (StartText.getAsInteger(10, Start) ||
        (!CountText.empty() && CountText.getAsInteger(10, Count)))
      continue;
    if (Count > 0)
      Current->emplace_back(Start, Start + Count - 1);
  }
  return Out;
}

namespace {

/// Runs git with \p Args in \p Directory; its standard output.
llvm::Expected<std::string> git(llvm::ArrayRef<llvm::StringRef> Args,
                                llvm::StringRef Directory) {
  auto Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return llvm::createStringError("--diff-base needs git, which is not on PATH");
  llvm::SmallString<128> Output, Errors;
  if (std::error_code EC =
          llvm::sys::fs::createTemporaryFile("lifeguard-git", "out", Output))
    return llvm::createStringError(EC, "cannot make a temporary file");
  llvm::FileRemover RemoveOutput(Output);
  if (std::error_code EC =
          llvm::sys::fs::createTemporaryFile("lifeguard-git", "err", Errors))
    return llvm::createStringError(EC, "cannot make a temporary file");
  llvm::FileRemover RemoveErrors(Errors);
  std::vector<llvm::StringRef> Argv{*Git, "-C", Directory};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, Output.str(),
                                                Errors.str()};
  int Status = llvm::sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects);
  auto Out = llvm::MemoryBuffer::getFile(Output);
  auto Err = llvm::MemoryBuffer::getFile(Errors);
  if (Status != 0)
    return llvm::createStringError(
        "git %s failed: %s", llvm::join(Args, " ").c_str(),
        Err ? (*Err)->getBuffer().trim().str().c_str() : "");
  return Out ? (*Out)->getBuffer().str() : "";
}

/// The object name of git's empty tree, the same in every repository.
constexpr llvm::StringLiteral EmptyTree =
    "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

} // namespace

llvm::Expected<ChangedLines> ChangedLines::fromGit(llvm::StringRef Revision,
                                                   llvm::StringRef Directory) {
  auto Top = git({"rev-parse", "--show-toplevel"}, Directory);
  if (!Top)
    return Top.takeError();
  std::string Root = llvm::StringRef(*Top).trim().str();
  // Before a repository's first commit, HEAD names nothing: everything
  // staged is new, a change from git's empty tree.
  if (Revision == "HEAD") {
    auto Head = git({"rev-parse", "--verify", "--quiet", "HEAD"}, Root);
    if (!Head) {
      llvm::consumeError(Head.takeError());
      Revision = EmptyTree;
    }
  }
  auto Diff = git({"diff", "-U0", "--no-color", "--no-ext-diff",
                   "--src-prefix=a/", "--dst-prefix=b/", Revision, "--"},
                  Root);
  if (!Diff)
    return Diff.takeError();
  return parse(*Diff, Root);
}

bool ChangedLines::touches(const Position &P) const {
  auto It = Ranges.find(P.File);
  return It != Ranges.end() &&
         llvm::any_of(It->second, [&](const auto &Range) {
           return Range.first <= P.Line && P.Line <= Range.second;
         });
}

bool ChangedLines::touches(const Finding &F) const {
  return touches(F.Main.Where) ||
         llvm::any_of(F.Notes,
                      [&](const Message &N) { return touches(N.Where); });
}

} // namespace lifeguard::driver
