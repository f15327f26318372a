//===-- Finding.cpp - what one run of lifeguard found ---------------------===//

#include "Finding.h"
#include "CheckList.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace lifeguard::driver {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::ObjectMapper;

void Results::append(Results Other) {
  std::move(Other.Findings.begin(), Other.Findings.end(),
            std::back_inserter(Findings));
  std::move(Other.Failures.begin(), Other.Failures.end(),
            std::back_inserter(Failures));
  Files += Other.Files;
}

namespace {

const std::string &familyOf(llvm::StringRef Check) {
  static const std::string None;
  const CheckInfo *Info = findCheck(Check);
  return Info ? Info->Family : None;
}

bool isAnalyzerCheck(llvm::StringRef Check) {
  const CheckInfo *Info = findCheck(Check);
  return Info && Info->Kind == Engine::Analyzer;
}

} // namespace

void dropAnalyzerDuplicates(std::vector<Finding> &Findings,
                            const std::vector<bool> &SaidByBoth) {
  // The clang-tidy check holds on every path, so its finding stays, and
  // the checker's goes when it is on the same line, or says the same of
  // the same file (the analyzer may place an escape at the end of the scope
  // rather than at the store). Each clang-tidy finding stands for one
  // analyzer finding, the one it was merged with or the one on its line
  // first: the same words of another function are another bug (`'it'
  // points into 'm'` is said of every function that names its iterator
  // and its map so).
  using Said = std::tuple<std::string, std::string, std::string>;
  auto SaidOf = [](const Finding &F) -> Said {
    return {familyOf(F.Check), F.Main.Where.File, F.Main.Text};
  };
  std::set<std::tuple<std::string, std::string, unsigned>> TidyLines;
  std::map<Said, std::multiset<unsigned>> Unpaired;
  for (size_t I = 0; I < Findings.size(); ++I)
    if (const Finding &F = Findings[I]; !isAnalyzerCheck(F.Check)) {
      TidyLines.emplace(familyOf(F.Check), F.Main.Where.File,
                        F.Main.Where.Line);
      if (!SaidByBoth[I])
        Unpaired[SaidOf(F)].insert(F.Main.Where.Line);
    }
  // Each analyzer finding that is the same bug as one of the clang-tidy
  // check's, that one's line taken from Unpaired: first those on its line.
  std::vector<bool> Duplicate(Findings.size());
  auto Pair = [&](size_t I, bool OnItsLine) {
    const Finding &F = Findings[I];
    if (!isAnalyzerCheck(F.Check) || Duplicate[I])
      return;
    bool SameLine = TidyLines.count(
        {familyOf(F.Check), F.Main.Where.File, F.Main.Where.Line});
    if (OnItsLine != SameLine)
      return;
    bool Found = false;
    if (auto It = Unpaired.find(SaidOf(F)); It != Unpaired.end()) {
      auto Line =
          OnItsLine ? It->second.find(F.Main.Where.Line) : It->second.begin();
      Found = Line != It->second.end();
      if (Found)
        It->second.erase(Line);
    }
    Duplicate[I] = OnItsLine || Found;
  };
  for (bool OnItsLine : {true, false})
    for (size_t I = 0; I < Findings.size(); ++I)
      Pair(I, OnItsLine);
  std::vector<Finding> Kept;
  for (size_t I = 0; I < Findings.size(); ++I)
    if (!Duplicate[I])
      Kept.push_back(std::move(Findings[I]));
  Findings = std::move(Kept);
}

void Results::normalize() {
  auto Key = [](const Finding &F) {
    return std::tie(F.Main.Where.File, F.Main.Where.Offset, F.Check,
                    F.Main.Text);
  };
  llvm::sort(Findings, [&](const Finding &A, const Finding &B) {
    return Key(A) < Key(B);
  });
  Findings.erase(std::unique(Findings.begin(), Findings.end(),
                             [&](const Finding &A, const Finding &B) {
                               return Key(A) == Key(B);
                             }),
                 Findings.end());
  // One bug, both engines, seen from two translation units (a header):
  // the checker's finding on the line of the clang-tidy check's goes.
  std::set<std::tuple<std::string, std::string, unsigned>> TidyLines;
  for (const Finding &F : Findings)
    if (!isAnalyzerCheck(F.Check))
      TidyLines.emplace(familyOf(F.Check), F.Main.Where.File,
                        F.Main.Where.Line);
  llvm::erase_if(Findings, [&](const Finding &F) {
    return isAnalyzerCheck(F.Check) &&
           TidyLines.count(
               {familyOf(F.Check), F.Main.Where.File, F.Main.Where.Line});
  });
  llvm::sort(Failures, [](const Failure &A, const Failure &B) {
    return A.File < B.File;
  });
}

llvm::json::Value toJSON(const Position &P) {
  return Object{{"file", P.File},
                {"offset", P.Offset},
                {"line", P.Line},
                {"column", P.Column}};
}

llvm::json::Value toJSON(const Message &M) {
  Object O{{"message", M.Text}, {"location", toJSON(M.Where)}};
  if (!M.Spans.empty()) {
    Array Spans;
    for (const Span &S : M.Spans)
      Spans.push_back(Object{{"offset", S.Offset}, {"length", S.Length}});
    O["ranges"] = std::move(Spans);
  }
  return O;
}

llvm::json::Value toJSON(const Finding &F) {
  auto O = *toJSON(F.Main).getAsObject();
  O["check"] = F.Check;
  Array Notes;
  for (const Message &N : F.Notes)
    Notes.push_back(toJSON(N));
  O["notes"] = std::move(Notes);
  if (!F.Fingerprint.empty())
    O["fingerprint"] = F.Fingerprint;
  return O;
}

llvm::json::Value toJSON(const Failure &F) {
  return Object{{"file", F.File}, {"reason", F.Reason}};
}

llvm::json::Value toJSON(const Results &R) {
  Array Findings, Failures;
  for (const Finding &F : R.Findings)
    Findings.push_back(toJSON(F));
  for (const Failure &F : R.Failures)
    Failures.push_back(toJSON(F));
  return Object{{"files", R.Files},
                {"findings", std::move(Findings)},
                {"failures", std::move(Failures)}};
}

bool fromJSON(const llvm::json::Value &V, Position &P, llvm::json::Path Path) {
  ObjectMapper O(V, Path);
  return O && O.map("file", P.File) && O.map("offset", P.Offset) &&
         O.map("line", P.Line) && O.map("column", P.Column);
}

bool fromJSON(const llvm::json::Value &V, Span &S, llvm::json::Path Path) {
  ObjectMapper O(V, Path);
  return O && O.map("offset", S.Offset) && O.map("length", S.Length);
}

bool fromJSON(const llvm::json::Value &V, Message &M, llvm::json::Path Path) {
  ObjectMapper O(V, Path);
  return O && O.map("message", M.Text) && O.map("location", M.Where) &&
         O.mapOptional("ranges", M.Spans);
}

bool fromJSON(const llvm::json::Value &V, Finding &F, llvm::json::Path Path) {
  ObjectMapper O(V, Path);
  return O && fromJSON(V, F.Main, Path) && O.map("check", F.Check) &&
         O.map("notes", F.Notes) && O.mapOptional("fingerprint", F.Fingerprint);
}

bool fromJSON(const llvm::json::Value &V, Failure &F, llvm::json::Path Path) {
  ObjectMapper O(V, Path);
  return O && O.map("file", F.File) && O.map("reason", F.Reason);
}

bool fromJSON(const llvm::json::Value &V, Results &R, llvm::json::Path Path) {
  ObjectMapper O(V, Path);
  return O && O.map("files", R.Files) && O.map("findings", R.Findings) &&
         O.map("failures", R.Failures);
}

const SourceFiles::File *SourceFiles::get(llvm::StringRef Path) {
  auto [It, Inserted] = Files.try_emplace(Path);
  File &F = It->second;
  if (Inserted) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
    if (Buffer) {
      F.Buffer = std::move(*Buffer);
      llvm::StringRef Text = F.Buffer->getBuffer();
      F.LineStarts.push_back(0);
      for (size_t I = 0; I < Text.size(); ++I)
        if (Text[I] == '\n')
          F.LineStarts.push_back(I + 1);
    }
  }
  return F.Buffer ? &F : nullptr;
}

void SourceFiles::resolve(Position &P) {
  const File *F = get(P.File);
  if (!F || P.Offset > F->Buffer->getBufferSize())
    return;
  auto Next = llvm::upper_bound(F->LineStarts, P.Offset);
  P.Line = Next - F->LineStarts.begin();
  P.Column = P.Offset - *std::prev(Next) + 1;
}

llvm::StringRef SourceFiles::lineText(llvm::StringRef Path, unsigned Line) {
  const File *F = get(Path);
  if (!F || Line == 0 || Line > F->LineStarts.size())
    return "";
  llvm::StringRef Text = F->Buffer->getBuffer();
  unsigned Begin = F->LineStarts[Line - 1];
  unsigned End =
      Line < F->LineStarts.size() ? F->LineStarts[Line] : Text.size();
  return Text.slice(Begin, End).rtrim("\r\n");
}

std::string relativePath(llvm::StringRef Path, llvm::StringRef Root) {
  Root = Root.rtrim('/');
  llvm::StringRef Rest = Path;
  if (!Root.empty() && Rest.consume_front(Root) && Rest.consume_front("/"))
    return Rest.str();
  return Path.str();
}

std::string absolutePath(llvm::StringRef Path, llvm::StringRef Base) {
  llvm::SmallString<256> Out(Path);
  if (!Path.empty() && !llvm::sys::path::is_absolute(Out)) {
    Out = Base;
    llvm::sys::path::append(Out, Path);
  }
  llvm::sys::path::remove_dots(Out, /*remove_dot_dot=*/true);
  return Out.str().str();
}

void fingerprint(std::vector<Finding> &Findings, SourceFiles &Sources,
                 llvm::StringRef Root) {
  llvm::StringMap<unsigned> Seen;
  for (Finding &F : Findings) {
    std::string Line;
    for (char C : Sources.lineText(F.Main.Where.File, F.Main.Where.Line))
      if (!llvm::isSpace(C))
        Line += C;
    std::string Key = F.Check + '\0' +
                      relativePath(F.Main.Where.File, Root) + '\0' +
                      F.Main.Text + '\0' + Line;
    unsigned Occurrence = Seen[Key]++;
    Key += '\0' + std::to_string(Occurrence);
    F.Fingerprint = llvm::utohexstr(llvm::xxh3_64bits(Key), /*LowerCase=*/true,
                                    /*Width=*/16);
  }
}

} // namespace lifeguard::driver
