//===-- LifeguardTidyModule.cpp - registers lifeguard's clang-tidy checks -===//

#include "ContainerInvalidationCheck.h"
#include "DanglingCheck.h"
#include "PoolMisuseCheck.h"
#include "StackAddressEscapeCheck.h"
#include "clang-tidy/ClangTidyModule.h"

namespace clang::tidy::lifeguard {
namespace {

class LifeguardModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
#define LIFEGUARD_CHECK(Name, Class, Description)                              \
  Factories.registerCheck<Class>("lifeguard-" Name);
#include "Checks.def"
  }
};

} // namespace

// Loaded with `clang-tidy --load=liblifeguard-tidy.so`: the static registrar
// adds the module to clang-tidy's registry when the plugin is opened.
static ClangTidyModuleRegistry::Add<LifeguardModule>
    Registrar("lifeguard-module", "Finds lifetime bugs: dangling handles, "
                                  "escaping stack addresses, invalidated "
                                  "container elements, pool misuse.");

} // namespace clang::tidy::lifeguard
