//===-- TranslationUnit.cpp - both engines over one parse -----------------===//

#include "TranslationUnit.h"
#include "CheckList.h"
#include "CheckerRegistration.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/GlobList.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Analysis/PathDiagnostic.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Options/Options.h"
#include "clang/StaticAnalyzer/Frontend/AnalysisConsumer.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Option/ArgList.h"

using namespace clang;
using namespace clang::tidy;
using namespace clang::tooling;

namespace lifeguard::driver {
namespace {

/// Hands the analyzer's reports of lifeguard's checkers to clang-tidy's
/// diagnostics, as clang-tidy does for clang's checkers: the path's pieces
/// become notes. The core checkers run for their modeling (null
/// dereferences end a path, noreturn calls end it), and so does the C
/// string functions' modeling; their reports are not lifeguard's and are
/// dropped.
class AnalyzerToTidy : public ento::PathDiagnosticConsumer {
public:
  explicit AnalyzerToTidy(ClangTidyContext &Context) : Context(Context) {}

  void FlushDiagnosticsImpl(std::vector<const ento::PathDiagnostic *> &Diags,
                            FilesMade *) override {
    for (const ento::PathDiagnostic *PD : Diags) {
      if (!PD->getCheckerName().starts_with("lifeguard."))
        continue;
      std::string Check = PD->getCheckerName().str();
      Context.diag(Check, PD->getLocation().asLocation(),
                   PD->getShortDescription())
          << PD->path.back()->getRanges();
      for (const auto &Piece : PD->path.flatten(/*ShouldFlattenMacros=*/true)) {
        // The last piece repeats the warning.
        if (Piece->getString() == PD->getShortDescription() &&
            Piece->getLocation().asLocation() == PD->getLocation().asLocation())
          continue;
        Context.diag(Check, Piece->getLocation().asLocation(),
                     Piece->getString(), DiagnosticIDs::Note)
            << Piece->getRanges();
      }
    }
  }

  llvm::StringRef getName() const override { return "lifeguard"; }
  bool supportsLogicalOpControlFlow() const override { return true; }
  bool supportsCrossFileDiagnostics() const override { return true; }

private:
  ClangTidyContext &Context;
};

/// The analyzer consumer of the checkers \p Context enables for the current
/// file, configured from its CheckOptions; null when none is enabled.
std::unique_ptr<ASTConsumer> createAnalyzer(CompilerInstance &Compiler,
                                            ClangTidyContext &Context) {
  std::vector<std::pair<std::string, bool>> Checkers;
  for (const CheckInfo &C : allChecks())
    if (C.Kind == Engine::Analyzer && Context.isCheckEnabled(C.Name))
      Checkers.emplace_back(C.Name, true);
  if (Checkers.empty())
    return nullptr;
  AnalyzerOptions &Options = Compiler.getAnalyzerOpts();
  Checkers.emplace_back("core", true);
  Checkers.emplace_back("apiModeling", true);
  // memcpy, strlen and the other C string functions evaluated, not taken for
  // unknown calls that every pointer given to them escapes into.
  Checkers.emplace_back("unix.cstring.CStringModeling", true);
  Options.CheckersAndPackages = std::move(Checkers);
  for (const auto &Option : Context.getOptions().CheckOptions) {
    llvm::StringRef Key = Option.getKey();
    if (Key.starts_with("lifeguard."))
      Options.Config[Key] = Option.getValue().Value;
  }
  Options.AnalysisDiagOpt = PD_NONE;
  // A loop that runs more times than the analyzer unrolls would end every
  // path through it: everything after `for (i = 0; i < 200; ++i)` was never
  // analysed. Widened, the path goes on with what the loop may have changed
  // made unknown. clang widens on the visit before the last it allows, so
  // one more visit keeps the loops it unrolled before (3 iterations) exact.
  Options.ShouldWidenLoops = true;
  Options.maxBlockVisitOnPath = 5;
  std::unique_ptr<ento::AnalysisASTConsumer> Analyzer =
      ento::CreateAnalysisConsumer(Compiler);
  Analyzer->AddCheckerRegistrationFn(csa::registerCheckers);
  Analyzer->AddDiagnosticConsumer(std::make_unique<AnalyzerToTidy>(Context));
  return Analyzer;
}

class BothEngines : public ASTFrontendAction {
public:
  BothEngines(ClangTidyASTConsumerFactory &Tidy, ClangTidyContext &Context)
      : Tidy(Tidy), Context(Context) {}

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &Compiler,
                                                 llvm::StringRef File) override {
    std::vector<std::unique_ptr<ASTConsumer>> Consumers;
    // First: it makes File the context's current file, whose options say
    // which checkers run.
    Consumers.push_back(Tidy.createASTConsumer(Compiler, File));
    if (auto Analyzer = createAnalyzer(Compiler, Context))
      Consumers.push_back(std::move(Analyzer));
    return std::make_unique<MultiplexConsumer>(std::move(Consumers));
  }

private:
  ClangTidyASTConsumerFactory &Tidy;
  ClangTidyContext &Context;
};

class BothEnginesFactory : public FrontendActionFactory {
public:
  explicit BothEnginesFactory(ClangTidyContext &Context)
      : Tidy(Context), Context(Context) {}

  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<BothEngines>(Tidy, Context);
  }

  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation,
                     FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCHContainerOps,
                     DiagnosticConsumer *DiagConsumer) override {
    // Code under analysis sees __clang_analyzer__, as with clang --analyze.
    Invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true;
    return FrontendActionFactory::runInvocation(Invocation, Files,
                                                PCHContainerOps, DiagConsumer);
  }

private:
  ClangTidyASTConsumerFactory Tidy;
  ClangTidyContext &Context;
};

/// --extra-arg and ExtraArgs of the file's configuration.
ArgumentsAdjuster extraArguments(ClangTidyContext &Context) {
  return [&Context](const CommandLineArguments &Args, llvm::StringRef File) {
    ClangTidyOptions Options = Context.getOptionsForFile(File);
    CommandLineArguments Adjusted = Args;
    if (Options.ExtraArgsBefore) {
      auto It = Adjusted.begin();
      if (It != Adjusted.end() && !llvm::StringRef(*It).starts_with("-"))
        ++It; // the compiler's name
      Adjusted.insert(It, Options.ExtraArgsBefore->begin(),
                      Options.ExtraArgsBefore->end());
    }
    if (Options.ExtraArgs)
      Adjusted.insert(Adjusted.end(), Options.ExtraArgs->begin(),
                      Options.ExtraArgs->end());
    return Adjusted;
  };
}

/// Compile commands of GCC builds carry options clang does not know
/// (`-fno-canonical-system-headers`), for which clang's driver refuses the
/// whole command. They change nothing lifeguard sees, so they go, as clangd
/// drops them.
ArgumentsAdjuster dropUnknownOptions() {
  return [](const CommandLineArguments &Args, llvm::StringRef) {
    if (Args.empty())
      return Args;
    std::vector<const char *> Argv;
    for (const std::string &A : llvm::drop_begin(Args))
      Argv.push_back(A.c_str());
    unsigned MissingIndex = 0, MissingCount = 0;
    llvm::opt::InputArgList Parsed = getDriverOptTable().ParseArgs(
        Argv, MissingIndex, MissingCount,
        llvm::opt::Visibility(options::ClangOption));
    llvm::SmallDenseSet<unsigned> Unknown;
    for (const llvm::opt::Arg *A : Parsed.filtered(options::OPT_UNKNOWN))
      Unknown.insert(A->getIndex() + 1);
    CommandLineArguments Kept;
    for (unsigned I = 0; I < Args.size(); ++I)
      if (!Unknown.count(I))
        Kept.push_back(Args[I]);
    return Kept;
  };
}

Message toMessage(const tooling::DiagnosticMessage &From,
                  llvm::StringRef BuildDirectory, SourceFiles &Sources) {
  Message M;
  M.Text = From.Message;
  M.Where.File = absolutePath(From.FilePath, BuildDirectory);
  M.Where.Offset = From.FileOffset;
  Sources.resolve(M.Where);
  for (const tooling::FileByteRange &Range : From.Ranges)
    if (absolutePath(Range.FilePath, BuildDirectory) == M.Where.File)
      M.Spans.push_back({Range.FileOffset, Range.Length});
  return M;
}

/// Whether \p Line holds a `Marker` comment whose check list names
/// \p Check (clang-tidy has applied the markers to each diagnostic's own
/// check name already).
bool namesCheck(llvm::StringRef Line, llvm::StringRef Marker,
                llvm::StringRef Check) {
  for (size_t At = Line.find(Marker); At != llvm::StringRef::npos;
       At = Line.find(Marker, At + 1)) {
    llvm::StringRef Rest = Line.drop_front(At + Marker.size());
    if (!Rest.consume_front("("))
      continue;
    llvm::SmallVector<llvm::StringRef> Globs;
    Rest.split(')').first.split(Globs, ',');
    if (llvm::any_of(Globs, [&](llvm::StringRef Glob) {
          return GlobList(Glob.trim()).contains(Check);
        }))
      return true;
  }
  return false;
}

/// A user silences a bug by the name of the check that showed it to them;
/// NOLINT(lifeguard-dangling) also silences lifeguard.Dangling's report of
/// it, and the other way round.
bool silencedForSibling(const Finding &F, SourceFiles &Sources) {
  const CheckInfo *Info = findCheck(F.Check);
  if (!Info)
    return false;
  llvm::StringRef Line = Sources.lineText(F.Main.Where.File, F.Main.Where.Line);
  llvm::StringRef Previous =
      Sources.lineText(F.Main.Where.File, F.Main.Where.Line - 1);
  return llvm::any_of(allChecks(), [&](const CheckInfo &Sibling) {
    return Sibling.Family == Info->Family && Sibling.Name != F.Check &&
           ((namesCheck(Line, "NOLINT", Sibling.Name) &&
             !namesCheck(Line, "NOLINTNEXTLINE", Sibling.Name)) ||
            namesCheck(Previous, "NOLINTNEXTLINE", Sibling.Name));
  });
}

bool isCompileError(const ClangTidyError &Error) {
  return Error.DiagLevel == tooling::Diagnostic::Error &&
         llvm::StringRef(Error.DiagnosticName).starts_with("clang-diagnostic-");
}

} // namespace

Results analyzeTranslationUnit(const Configuration &Config,
                               const CompilationDatabase &Database,
                               llvm::StringRef File) {
  ClangTidyContext Context(Config.makeProvider());
  ClangTool Tool(Database, {File.str()});
  Tool.appendArgumentsAdjuster(extraArguments(Context));
  Tool.appendArgumentsAdjuster(getStripPluginsAdjuster());
  Tool.appendArgumentsAdjuster(dropUnknownOptions());
  // clang's builtin headers are where LLVM installed them, not next to this
  // binary, where the tool would look (an explicit -resource-dir wins).
  Tool.appendArgumentsAdjuster(
      [](const CommandLineArguments &Args, llvm::StringRef File) {
        if (llvm::any_of(Args, [](llvm::StringRef A) {
              return A.starts_with("-resource-dir");
            }))
          return Args;
        // Before a `--` that ends the options.
        return getInsertArgumentAdjuster(
            "-resource-dir=" LIFEGUARD_CLANG_RESOURCE_DIR,
            ArgumentInsertPosition::END)(Args, File);
      });
  ClangTidyDiagnosticConsumer Diagnostics(Context);
  auto DiagOpts = std::make_unique<DiagnosticOptions>();
  DiagnosticsEngine Engine(new DiagnosticIDs(), *DiagOpts, &Diagnostics,
                           /*ShouldOwnClient=*/false);
  Context.setDiagnosticsEngine(std::move(DiagOpts), &Engine);
  Tool.setDiagnosticConsumer(&Diagnostics);
  BothEnginesFactory Factory(Context);
  int Status = Tool.run(&Factory);

  Results R;
  R.Files = 1;
  SourceFiles Sources;
  std::string FirstError;
  std::vector<bool> SaidByBoth;
  for (const ClangTidyError &Error : Diagnostics.take()) {
    if (isCompileError(Error)) {
      if (FirstError.empty()) {
        Message M = toMessage(Error.Message, Error.BuildDirectory, Sources);
        FirstError = M.Where.File + ":" + std::to_string(M.Where.Line) + ":" +
                     std::to_string(M.Where.Column) + ": error: " + M.Text;
      }
      continue;
    }
    if (!findCheck(Error.DiagnosticName))
      continue; // compiler warnings, configuration notes
    Finding F;
    F.Check = Error.DiagnosticName;
    // clang-tidy merges equal diagnostics of several checks into one, the
    // others its aliases: where both engines said the same, it is the
    // clang-tidy check's finding.
    bool Both = false;
    for (const std::string &Alias : Error.EnabledDiagnosticAliases)
      if (const CheckInfo *Info = findCheck(Alias)) {
        Both = Both || Info->Kind != findCheck(F.Check)->Kind;
        if (Info->Kind == Engine::Tidy)
          F.Check = Alias;
      }
    F.Main = toMessage(Error.Message, Error.BuildDirectory, Sources);
    for (const tooling::DiagnosticMessage &Note : Error.Notes)
      F.Notes.push_back(toMessage(Note, Error.BuildDirectory, Sources));
    if (!silencedForSibling(F, Sources)) {
      R.Findings.push_back(std::move(F));
      SaidByBoth.push_back(Both);
    }
  }
  dropAnalyzerDuplicates(R.Findings, SaidByBoth);
  if (!FirstError.empty() || Status != 0) {
    R.Findings.clear();
    R.Failures.push_back(
        {File.str(), FirstError.empty()
                         ? "no compile command, or the file could not be read"
                         : "it does not compile: " + FirstError});
  }
  return R;
}

} // namespace lifeguard::driver
