//===-- Reports.cpp - the command's output formats ------------------------===//

#include "Reports.h"
#include "CheckList.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

using namespace clang;
using llvm::json::Array;
using llvm::json::Object;

namespace lifeguard::driver {
namespace {

constexpr llvm::StringLiteral DocumentationRoot =
    "https://github.com/lifeguard/lifeguard/blob/main/";

class TextRenderer {
public:
  TextRenderer(llvm::raw_ostream &OS, bool Color, llvm::StringRef Root)
      : Printer(new TextDiagnosticPrinter(OS, DiagOpts)),
        Diags(new DiagnosticIDs(), DiagOpts, Printer),
        Files(FileSystemOptions()), Sources(Diags, Files), Root(Root) {
    DiagOpts.ShowColors = Color;
    Printer->BeginSourceFile(LangOpts, nullptr);
  }
  ~TextRenderer() { Printer->EndSourceFile(); }

  void render(const Finding &F) {
    report(DiagnosticsEngine::Warning, F.Main, " [" + F.Check + "]");
    for (const Message &Note : F.Notes)
      report(DiagnosticsEngine::Note, Note, "");
  }

private:
  void report(DiagnosticsEngine::Level Level, const Message &M,
              const std::string &Suffix) {
    SourceLocation Loc = location(M.Where.File, M.Where.Offset);
    auto Builder = Diags.Report(Loc, Diags.getCustomDiagID(Level, "%0"));
    Builder << (M.Text + Suffix);
    for (const Span &S : M.Spans) {
      SourceLocation Begin = location(M.Where.File, S.Offset);
      if (Begin.isValid())
        Builder << CharSourceRange::getCharRange(
            Begin, Begin.getLocWithOffset(static_cast<int>(S.Length)));
    }
  }

  SourceLocation location(llvm::StringRef File, unsigned Offset) {
    auto Ref = Files.getOptionalFileRef(relativePath(File, Root));
    if (!Ref)
      return {};
    FileID ID = Sources.getOrCreateFileID(*Ref, SrcMgr::C_User);
    return Sources.getLocForStartOfFile(ID).getLocWithOffset(
        static_cast<int>(Offset));
  }

  DiagnosticOptions DiagOpts;
  LangOptions LangOpts;
  TextDiagnosticPrinter *Printer; // owned by Diags
  DiagnosticsEngine Diags;
  FileManager Files;
  SourceManager Sources;
  llvm::StringRef Root;
};

/// A URI for \p File: relative to %SRCROOT% when under \p Root.
Object artifactLocation(llvm::StringRef File, llvm::StringRef Root) {
  std::string Relative = relativePath(File, Root);
  auto Escape = [](llvm::StringRef Path) {
    std::string Out;
    for (char C : Path) {
      if (llvm::isAlnum(C) || llvm::StringRef("/-._~").contains(C))
        Out += C;
      else
        Out += "%" + llvm::utohexstr(static_cast<unsigned char>(C),
                                     /*LowerCase=*/false, /*Width=*/2);
    }
    return Out;
  };
  if (Relative != File)
    return Object{{"uri", Escape(Relative)}, {"uriBaseId", "%SRCROOT%"}};
  return Object{{"uri", "file://" + Escape(File)}};
}

Object physicalLocation(const Message &M, llvm::StringRef Root) {
  Object Region{{"startLine", std::max(M.Where.Line, 1u)}};
  if (M.Where.Column)
    Region["startColumn"] = M.Where.Column;
  return Object{{"artifactLocation", artifactLocation(M.Where.File, Root)},
                {"region", std::move(Region)}};
}

Object rule(const CheckInfo &C) {
  std::string Help = (DocumentationRoot + C.DocPath).str();
  return Object{
      {"id", C.Name},
      {"shortDescription", Object{{"text", C.Description}}},
      {"fullDescription", Object{{"text", C.Description}}},
      {"helpUri", Help},
      {"help", Object{{"text", (C.Description + ". See " + Help).str()}}},
      {"defaultConfiguration", Object{{"level", "warning"}}},
      {"properties",
       Object{{"tags", Array{"correctness", "memory-safety"}},
              {"precision", C.Kind == Engine::Tidy ? "high" : "medium"}}}};
}

} // namespace

void writeText(const Results &R, llvm::raw_ostream &OS, bool Color,
               llvm::StringRef Root) {
  TextRenderer Renderer(OS, Color, Root);
  for (const Finding &F : R.Findings)
    Renderer.render(F);
}

void writeJSON(const Results &R, llvm::raw_ostream &OS) {
  Object Out = *toJSON(R).getAsObject();
  Out["version"] = 1;
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Out))) << "\n";
}

void writeCodeQuality(const Results &R, llvm::raw_ostream &OS,
                      llvm::StringRef Root) {
  Array Issues;
  for (const Finding &F : R.Findings)
    Issues.push_back(Object{
        {"description", F.Main.Text},
        {"check_name", F.Check},
        {"fingerprint", F.Fingerprint},
        {"severity", "major"},
        {"location",
         Object{{"path", relativePath(F.Main.Where.File, Root)},
                {"lines", Object{{"begin", std::max(F.Main.Where.Line, 1u)}}}}}});
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Issues))) << "\n";
}

void writeSARIF(const Results &R, llvm::raw_ostream &OS,
                llvm::StringRef Root) {
  Array Rules;
  llvm::StringMap<unsigned> RuleIndex;
  for (const CheckInfo &C : allChecks()) {
    RuleIndex[C.Name] = Rules.size();
    Rules.push_back(rule(C));
  }
  Array ResultsOut;
  for (const Finding &F : R.Findings) {
    Array Related, Flow;
    Flow.push_back(Object{
        {"location", Object{{"physicalLocation", physicalLocation(F.Main, Root)},
                            {"message", Object{{"text", F.Main.Text}}}}}});
    for (const Message &Note : F.Notes) {
      Object Location{{"id", static_cast<int64_t>(Related.size())},
                      {"physicalLocation", physicalLocation(Note, Root)},
                      {"message", Object{{"text", Note.Text}}}};
      Related.push_back(Object(Location));
      Location.erase("id");
      Flow.insert(Flow.end() - 1, Object{{"location", std::move(Location)}});
    }
    Object Result{
        {"ruleId", F.Check},
        {"level", "warning"},
        {"message", Object{{"text", F.Main.Text}}},
        {"locations", Array{Object{{"physicalLocation",
                                    physicalLocation(F.Main, Root)}}}},
        {"partialFingerprints",
         Object{{"lifeguardFingerprint/v1", F.Fingerprint}}}};
    if (auto It = RuleIndex.find(F.Check); It != RuleIndex.end())
      Result["ruleIndex"] = It->second;
    if (!Related.empty()) {
      Result["relatedLocations"] = std::move(Related);
      Result["codeFlows"] = Array{Object{
          {"threadFlows", Array{Object{{"locations", std::move(Flow)}}}}}};
    }
    ResultsOut.push_back(std::move(Result));
  }
  Array Notifications;
  for (const Failure &F : R.Failures)
    Notifications.push_back(Object{
        {"level", "error"},
        {"message", Object{{"text", "not analysed: " + F.Reason}}},
        {"locations",
         Array{Object{{"physicalLocation",
                       Object{{"artifactLocation",
                               artifactLocation(F.File, Root)}}}}}}});
  llvm::SmallString<256> RootURI("file://");
  RootURI += Root;
  if (!RootURI.ends_with("/"))
    RootURI += "/";
  Object Run{
      {"tool",
       Object{{"driver",
               Object{{"name", "lifeguard"},
                      {"informationUri", "https://github.com/lifeguard/lifeguard"},
                      {"rules", std::move(Rules)}}}}},
      {"originalUriBaseIds",
       Object{{"%SRCROOT%", Object{{"uri", RootURI.str()}}}}},
      {"invocations",
       Array{Object{{"executionSuccessful", R.Failures.empty()},
                    {"toolExecutionNotifications", std::move(Notifications)}}}},
      {"results", std::move(ResultsOut)}};
  llvm::json::Value Log = Object{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", Array{std::move(Run)}}};
  OS << llvm::formatv("{0:2}", Log) << "\n";
}

} // namespace lifeguard::driver
