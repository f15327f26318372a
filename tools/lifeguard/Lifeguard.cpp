//===-- Lifeguard.cpp - the lifeguard command -----------------------------===//
//
// lifeguard [options] <files...> [-- <compiler args>]
// lifeguard -p <build dir> [files...]
//
// Runs lifeguard's clang-tidy checks and analyzer checkers over each
// translation unit in one parse (TranslationUnit.h), N translation units at
// a time, each in a worker process of its own (this program again, with
// --worker), so that one that crashes costs its own findings only. Then it
// merges, filters (baseline, changed lines) and prints what they found.
//
// Exit status: 0 nothing found, 1 findings, 2 a usage or configuration
// error, 3 a translation unit could not be analysed (its findings are
// missing; the others' are reported).
//
//===----------------------------------------------------------------------===//

#include "CheckList.h"
#include "Configuration.h"
#include "Filters.h"
#include "Reports.h"
#include "TranslationUnit.h"
#include "clang-tidy/GlobList.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/WithColor.h"
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

using namespace lifeguard::driver;
namespace cl = llvm::cl;

namespace {

enum ExitStatus { Clean = 0, Found = 1, UsageError = 2, NotAnalysed = 3 };
enum class Format { Text, JSON, SARIF, CodeQuality };

cl::OptionCategory Category("lifeguard options");

cl::list<std::string> SourcePaths(cl::Positional, cl::cat(Category),
                                  cl::desc("<files>"));
cl::opt<std::string> BuildPath(
    "p", cl::cat(Category),
    cl::desc("The build directory holding compile_commands.json; with no "
             "files named, every file in it is analysed"));
cl::list<std::string> ExtraArgs(
    "extra-arg", cl::cat(Category),
    cl::desc("An argument to append to the compiler's command line"));
cl::list<std::string> ExtraArgsBefore(
    "extra-arg-before", cl::cat(Category),
    cl::desc("An argument to prepend to the compiler's command line"));
cl::opt<std::string> Checks(
    "checks", cl::cat(Category),
    cl::desc("Which checks run, as clang-tidy's --checks: lifeguard-<name> "
             "for the clang-tidy checks, lifeguard.<Name> for the analyzer "
             "checkers, lifeguard* for both. Added after the .clang-tidy "
             "files' Checks. Default: all of them."));
cl::opt<std::string> Config(
    "config", cl::cat(Category),
    cl::desc("A configuration in .clang-tidy's YAML, used instead of the "
             ".clang-tidy files"));
cl::opt<std::string> ConfigFile(
    "config-file", cl::cat(Category),
    cl::desc("A file holding a configuration in .clang-tidy's YAML, used "
             "instead of the .clang-tidy files"));
cl::opt<std::string> HeaderFilter(
    "header-filter", cl::cat(Category),
    cl::desc("Report findings in the headers matching this regular "
             "expression (default: every non-system header)"));
cl::opt<std::string> ExcludeHeaderFilter(
    "exclude-header-filter", cl::cat(Category),
    cl::desc("Do not report findings in the headers matching this regular "
             "expression"));
cl::opt<bool> SystemHeaders("system-headers", cl::cat(Category),
                            cl::desc("Report findings in system headers too"));
cl::opt<Format> OutputFormat(
    "format", cl::cat(Category), cl::desc("Output format"),
    cl::init(Format::Text),
    cl::values(clEnumValN(Format::Text, "text", "as clang-tidy prints"),
               clEnumValN(Format::JSON, "json", "lifeguard's JSON"),
               clEnumValN(Format::SARIF, "sarif", "SARIF 2.1.0"),
               clEnumValN(Format::CodeQuality, "codequality",
                          "GitLab's code quality report")));
cl::opt<std::string> Output("output", cl::cat(Category),
                            cl::desc("Write the report to this file"));
cl::alias OutputShort("o", cl::aliasopt(Output), cl::desc("Alias for --output"));
cl::opt<unsigned> Jobs("j", cl::cat(Category), cl::Prefix,
                       cl::desc("Translation units analysed at a time "
                                "(default: one per core)"));
cl::opt<std::string> Shard(
    "shard", cl::cat(Category),
    cl::desc("K/N: analyse the K-th of N equal shares of the files "
             "(1 <= K <= N), for a CI matrix"));
cl::opt<std::string> BaselineFile(
    "baseline", cl::cat(Category),
    cl::desc("Report only the findings this baseline does not record"));
cl::opt<std::string> WriteBaseline(
    "write-baseline", cl::cat(Category),
    cl::desc("Record the findings of this run as a baseline in this file"));
cl::opt<std::string> DiffBase(
    "diff-base", cl::cat(Category),
    cl::desc("Report only findings on lines changed since this git "
             "revision (`-`: read a unified diff from standard input)"));
cl::opt<bool> ListChecks("list-checks", cl::cat(Category),
                         cl::desc("List the enabled checks and exit"));
cl::opt<bool> Quiet("quiet", cl::cat(Category),
                    cl::desc("No progress line and no summary"));
cl::opt<bool> UseColor("use-color", cl::cat(Category),
                       cl::desc("Colour the text output (default: when "
                                "printing to a terminal)"));
cl::opt<std::string> WorkerFile("worker", cl::Hidden, cl::cat(Category),
                                cl::desc("Analyse this file only"));
cl::opt<std::string> WorkerOutput("worker-output", cl::Hidden,
                                  cl::cat(Category),
                                  cl::desc("Where a worker writes its JSON"));

llvm::raw_ostream &error() {
  return llvm::WithColor::error(llvm::errs(), "lifeguard");
}

std::string currentDirectory() {
  llvm::SmallString<256> Dir;
  if (llvm::sys::fs::current_path(Dir))
    return ".";
  return Dir.str().str();
}

/// The configuration the flags give; nullopt after reporting an error.
std::optional<Configuration> configurationFromFlags() {
  Configuration C;
  C.Defaults = clang::tidy::ClangTidyOptions::getDefaults();
  if (Checks.getNumOccurrences())
    C.Overrides.Checks = Checks;
  if (HeaderFilter.getNumOccurrences())
    C.Overrides.HeaderFilterRegex = HeaderFilter;
  if (ExcludeHeaderFilter.getNumOccurrences())
    C.Overrides.ExcludeHeaderFilterRegex = ExcludeHeaderFilter;
  if (SystemHeaders.getNumOccurrences())
    C.Overrides.SystemHeaders = SystemHeaders;
  if (Config.getNumOccurrences() && ConfigFile.getNumOccurrences()) {
    error() << "--config and --config-file cannot be used together\n";
    return std::nullopt;
  }
  std::string Text = Config, Source = "--config";
  if (ConfigFile.getNumOccurrences()) {
    auto Buffer = llvm::MemoryBuffer::getFile(ConfigFile);
    if (!Buffer) {
      error() << "cannot read --config-file '" << ConfigFile
              << "': " << Buffer.getError().message() << "\n";
      return std::nullopt;
    }
    Text = (*Buffer)->getBuffer().str();
    Source = ConfigFile;
  }
  if (Config.getNumOccurrences() || ConfigFile.getNumOccurrences()) {
    auto Parsed = clang::tidy::parseConfigurationWithDiags(
        llvm::MemoryBufferRef(Text, Source),
        [](const llvm::SMDiagnostic &D) { D.print("lifeguard", llvm::errs()); });
    if (!Parsed) {
      error() << "invalid configuration in " << Source << ": "
              << Parsed.getError().message() << "\n";
      return std::nullopt;
    }
    C.Explicit = std::move(*Parsed);
  }
  return C;
}

/// The compile commands: those after `--`, else -p's compilation database,
/// else the one found above the first file; with --extra-arg(-before)
/// applied, and commands inferred for files the database lacks (a header, a
/// new file) from their neighbours'. Null after reporting an error.
std::unique_ptr<clang::tooling::CompilationDatabase>
compilationDatabase(std::unique_ptr<clang::tooling::CompilationDatabase> Fixed) {
  using namespace clang::tooling;
  std::unique_ptr<CompilationDatabase> Database = std::move(Fixed);
  std::string Message;
  if (!Database && !BuildPath.empty()) {
    Database = CompilationDatabase::autoDetectFromDirectory(BuildPath, Message);
    if (!Database) {
      error() << "no compilation database in -p '" << BuildPath
              << "': " << Message << "\n";
      return nullptr;
    }
  }
  if (!Database && !SourcePaths.empty())
    Database = CompilationDatabase::autoDetectFromSource(
        absolutePath(SourcePaths.front(), currentDirectory()), Message);
  if (!Database) {
    if (SourcePaths.empty())
      return nullptr;
    llvm::WithColor::warning(llvm::errs(), "lifeguard")
        << "no compile_commands.json found for " << SourcePaths.front()
        << "; analysing with no compiler flags (give them after --, or a "
           "build directory with -p)\n";
    Database = std::make_unique<FixedCompilationDatabase>(
        ".", std::vector<std::string>());
  }
  auto Adjusting = std::make_unique<ArgumentsAdjustingCompilations>(
      inferMissingCompileCommands(std::move(Database)));
  Adjusting->appendArgumentsAdjuster(combineAdjusters(
      getInsertArgumentAdjuster(ExtraArgsBefore, ArgumentInsertPosition::BEGIN),
      getInsertArgumentAdjuster(ExtraArgs, ArgumentInsertPosition::END)));
  return Adjusting;
}

/// The files of this shard: "K/N" keeps every N-th file from the K-th.
bool applyShard(std::vector<std::string> &Files) {
  if (Shard.empty())
    return true;
  auto [KText, NText] = llvm::StringRef(Shard).split('/');
  unsigned K = 0, N = 0;
  if (KText.getAsInteger(10, K) || NText.getAsInteger(10, N) || N == 0 ||
      K == 0 || K > N) {
    error() << "invalid --shard '" << Shard
            << "': expected K/N with 1 <= K <= N, such as 2/4\n";
    return false;
  }
  std::vector<std::string> Mine;
  for (size_t I = K - 1; I < Files.size(); I += N)
    Mine.push_back(Files[I]);
  Files = std::move(Mine);
  return true;
}

/// Runs the workers, \p Jobs at a time, and collects what they found; the
/// progress line names files relative to \p Root.
Results analyzeInWorkers(const std::vector<std::string> &Files,
                         llvm::ArrayRef<const char *> Argv, unsigned Jobs,
                         llvm::StringRef Root) {
  std::string Self = llvm::sys::fs::getMainExecutable(
      Argv[0], reinterpret_cast<void *>(&currentDirectory));
  bool ShowProgress =
      !Quiet && Files.size() > 1 && llvm::sys::Process::StandardErrIsDisplayed();
  std::vector<Results> PerFile(Files.size());
  std::atomic<size_t> Next{0}, Done{0};
  std::mutex ProgressMutex;

  auto Work = [&] {
    for (size_t I = Next++; I < Files.size(); I = Next++) {
      const std::string &File = Files[I];
      // A file that cannot be made leaves the path empty: the worker then
      // fails, and the file is reported as not analysed.
      llvm::SmallString<128> Out, Err;
      if (llvm::sys::fs::createTemporaryFile("lifeguard-worker", "json", Out))
        Out.clear();
      if (llvm::sys::fs::createTemporaryFile("lifeguard-worker", "err", Err))
        Err.clear();
      llvm::FileRemover RemoveOut(Out), RemoveErr(Err);
      std::vector<std::string> Args{Self, "--worker=" + File,
                                    "--worker-output=" + Out.str().str()};
      Args.insert(Args.end(), Argv.begin() + 1, Argv.end());
      std::vector<llvm::StringRef> ArgRefs(Args.begin(), Args.end());
      std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""),
                                                    llvm::StringRef(""),
                                                    Err.str()};
      std::string Message;
      int Status = llvm::sys::ExecuteAndWait(Self, ArgRefs, std::nullopt,
                                             Redirects, 0, 0, &Message);
      Results R;
      auto Buffer = llvm::MemoryBuffer::getFile(Out);
      llvm::Expected<llvm::json::Value> Parsed =
          Buffer ? llvm::json::parse((*Buffer)->getBuffer())
                 : llvm::Expected<llvm::json::Value>(
                       llvm::createStringError("no output"));
      llvm::json::Path::Root ParseRoot;
      if (Status != 0 || !Parsed || !fromJSON(*Parsed, R, ParseRoot)) {
        if (!Parsed)
          llvm::consumeError(Parsed.takeError());
        auto ErrText = llvm::MemoryBuffer::getFile(Err);
        llvm::StringRef Tail =
            ErrText ? (*ErrText)->getBuffer().trim() : llvm::StringRef();
        R = Results();
        R.Files = 1;
        R.Failures.push_back(
            {File, "lifeguard's worker failed (" +
                       (Message.empty() ? "exit status " + std::to_string(Status)
                                        : Message) +
                       ")" + (Tail.empty() ? "" : ":\n" + Tail.take_back(2000).str())});
      }
      PerFile[I] = std::move(R);
      size_t Finished = ++Done;
      if (ShowProgress) {
        std::lock_guard<std::mutex> Lock(ProgressMutex);
        llvm::errs() << "\r\x1b[K[" << Finished << "/" << Files.size() << "] "
                     << relativePath(File, Root);
      }
    }
  };
  std::vector<std::thread> Threads;
  for (unsigned T = 0; T < std::min<size_t>(Jobs, Files.size()); ++T)
    Threads.emplace_back(Work);
  for (std::thread &T : Threads)
    T.join();
  if (ShowProgress)
    llvm::errs() << "\r\x1b[K";
  Results All;
  for (Results &R : PerFile)
    All.append(std::move(R));
  return All;
}

void printSummary(const Results &R, double Seconds) {
  std::map<std::string, unsigned> ByCheck;
  for (const Finding &F : R.Findings)
    ++ByCheck[F.Check];
  std::vector<std::string> Parts;
  Parts.reserve(ByCheck.size());
  for (const auto &[Check, Count] : ByCheck)
    Parts.push_back(Check + ": " + std::to_string(Count));
  llvm::errs() << "lifeguard: " << R.Files << " file" << (R.Files == 1 ? "" : "s")
               << " in " << llvm::format("%.1f", Seconds) << " s, "
               << R.Findings.size() << " finding"
               << (R.Findings.size() == 1 ? "" : "s");
  if (!Parts.empty())
    llvm::errs() << " (" << llvm::join(Parts, ", ") << ")";
  if (!R.Failures.empty())
    llvm::errs() << ", " << R.Failures.size() << " not analysed";
  llvm::errs() << "\n";
}

int run(int Argc, const char **Argv) {
  auto Start = std::chrono::steady_clock::now();
  cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "lifeguard, on LLVM/Clang " << LLVM_VERSION_STRING << "\n";
  });
  std::vector<const char *> OriginalArgv(Argv, Argv + Argc);
  std::string Message;
  // Takes the arguments after `--` off the command line.
  std::unique_ptr<clang::tooling::CompilationDatabase> Fixed =
      clang::tooling::FixedCompilationDatabase::loadFromCommandLine(
          Argc, Argv, Message);
  cl::HideUnrelatedOptions(Category);
  std::string ParseErrors;
  llvm::raw_string_ostream ParseErrorStream(ParseErrors);
  if (!cl::ParseCommandLineOptions(
          Argc, Argv,
          "Finds C++ lifetime bugs: lifeguard's clang-tidy checks and "
          "analyzer checkers in one parse per translation unit.\n\n"
          "  lifeguard [options] <files...> [-- <compiler arguments>]\n"
          "  lifeguard -p <build directory> [files...]\n\n"
          "Exit status: 0 nothing found, 1 findings, 2 a usage or "
          "configuration error, 3 a file could not be analysed.\n",
          &ParseErrorStream)) {
    llvm::errs() << ParseErrors;
    return UsageError;
  }
  // The driver's complaints about the arguments after `--` (an output file
  // for several inputs, as CMAKE_CXX_CLANG_TIDY passes them) matter only
  // when no command could be made of them.
  if (!Fixed && !Message.empty()) {
    error() << Message << "\n";
    return UsageError;
  }
  std::optional<Configuration> Conf = configurationFromFlags();
  if (!Conf)
    return UsageError;
  std::unique_ptr<clang::tooling::CompilationDatabase> DatabasePtr =
      compilationDatabase(std::move(Fixed));
  if (!DatabasePtr && !ListChecks) {
    if (BuildPath.empty())
      error() << "no files to analyse: name them, or give a build directory "
                 "with compile_commands.json (-p)\n";
    return UsageError;
  }

  if (!WorkerFile.empty()) {
    Results R = analyzeTranslationUnit(*Conf, *DatabasePtr, WorkerFile);
    std::error_code EC;
    llvm::raw_fd_ostream OS(WorkerOutput, EC);
    if (EC)
      return UsageError;
    OS << toJSON(R);
    return Clean;
  }

  std::string Root = currentDirectory();
  std::vector<std::string> Files;
  for (const std::string &F : SourcePaths)
    Files.push_back(absolutePath(F, Root));
  bool Explicit = !Files.empty();
  if (!Explicit && DatabasePtr)
    for (const std::string &F : DatabasePtr->getAllFiles())
      Files.push_back(absolutePath(F, Root));
  llvm::sort(Files);
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());

  std::vector<std::string> Errors =
      Conf->errors(Files.empty() ? Root + "/lifeguard.cpp" : Files.front());
  for (const std::string &E : Errors)
    error() << "configuration: " << E << "\n";
  if (!Errors.empty())
    return UsageError;

  if (ListChecks) {
    clang::tidy::ClangTidyOptions Options = Conf->makeProvider()->getOptions(
        Files.empty() ? Root + "/lifeguard.cpp" : Files.front());
    clang::tidy::GlobList Enabled(Options.Checks.value_or(""));
    llvm::outs() << "Enabled checks:\n";
    for (const CheckInfo &C : allChecks())
      if (Enabled.contains(C.Name))
        llvm::outs() << "    " << C.Name << "\n";
    return Clean;
  }
  if (Files.empty()) {
    if (BuildPath.empty())
      error() << "no files to analyse: name them, or give a build directory "
                 "with compile_commands.json (-p)\n";
    else
      error() << "no files to analyse: the compilation database in '"
              << BuildPath << "' lists none\n";
    return UsageError;
  }

  std::optional<ChangedLines> Changes;
  if (!DiffBase.empty()) {
    if (DiffBase == "-") {
      auto Diff = llvm::MemoryBuffer::getSTDIN();
      if (!Diff) {
        error() << "cannot read a diff from standard input\n";
        return UsageError;
      }
      Changes = ChangedLines::parse((*Diff)->getBuffer(), Root);
    } else {
      auto FromGit = ChangedLines::fromGit(DiffBase, Root);
      if (!FromGit) {
        error() << llvm::toString(FromGit.takeError()) << "\n";
        return UsageError;
      }
      Changes = std::move(*FromGit);
    }
    // With no files named, only the changed translation units.
    if (!Explicit)
      llvm::erase_if(Files, [&](const std::string &F) {
        return !Changes->hasFile(F);
      });
  }
  std::optional<Baseline> Base;
  if (!BaselineFile.empty()) {
    auto Read = Baseline::read(BaselineFile);
    if (!Read) {
      error() << llvm::toString(Read.takeError()) << "\n";
      return UsageError;
    }
    Base = std::move(*Read);
  }
  if (!applyShard(Files))
    return UsageError;

  unsigned JobCount = Jobs ? Jobs : std::max(1u, std::thread::hardware_concurrency());
  Results All = analyzeInWorkers(Files, OriginalArgv, JobCount, Root);
  All.normalize();
  SourceFiles Sources;
  fingerprint(All.Findings, Sources, Root);
  if (!WriteBaseline.empty())
    if (llvm::Error E = Baseline::write(WriteBaseline, All.Findings)) {
      error() << llvm::toString(std::move(E)) << "\n";
      return UsageError;
    }
  if (Base)
    Base->filter(All.Findings);
  if (Changes)
    llvm::erase_if(All.Findings,
                   [&](const Finding &F) { return !Changes->touches(F); });

  std::unique_ptr<llvm::raw_fd_ostream> File;
  if (!Output.empty()) {
    std::error_code EC;
    File = std::make_unique<llvm::raw_fd_ostream>(Output, EC);
    if (EC) {
      error() << "cannot write '" << Output << "': " << EC.message() << "\n";
      return UsageError;
    }
  }
  llvm::raw_ostream &OS = File ? *File : llvm::outs();
  switch (static_cast<Format>(OutputFormat)) {
  case Format::Text:
    writeText(All, OS,
              UseColor.getNumOccurrences()
                  ? bool(UseColor)
                  : !File && llvm::sys::Process::StandardOutHasColors(),
              Root);
    break;
  case Format::JSON:
    writeJSON(All, OS);
    break;
  case Format::SARIF:
    writeSARIF(All, OS, Root);
    break;
  case Format::CodeQuality:
    writeCodeQuality(All, OS, Root);
    break;
  }
  OS.flush();
  for (const Failure &F : All.Failures)
    error() << relativePath(F.File, Root) << " was not analysed: " << F.Reason
            << "\n";
  if (!Quiet)
    printSummary(All, std::chrono::duration<double>(
                          std::chrono::steady_clock::now() - Start)
                          .count());
  if (!All.Failures.empty())
    return NotAnalysed;
  return All.Findings.empty() ? Clean : Found;
}

} // namespace

int main(int Argc, const char **Argv) {
  llvm::InitLLVM X(Argc, Argv);
  return run(Argc, Argv);
}
