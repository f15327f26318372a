// Feature-flag lookup returning std::optional<std::string>; the bug: const& bound to value() of the temporary optional.
// `const std::string& variant = flags.variantFor(user).value();` — value() returns a reference
// into the temporary optional, which is destroyed (with its string) at the end of the statement.
// asan: heap-use-after-free
#include <cstdio>
#include <map>
#include <optional>
#include <string>

class FeatureFlags {
public:
    void set(const std::string& flag, const std::string& variant) { flags_[flag] = variant; }

    std::optional<std::string> variantFor(const std::string& flag, int userId) const {
        auto it = flags_.find(flag);
        if (it == flags_.end()) return std::nullopt;
        // deterministic bucketing: even users get the configured variant
        if (userId % 2 == 0) return it->second;
        return std::string("control-group-default-variant");
    }

private:
    std::map<std::string, std::string> flags_;
};

static int layoutColumns(const std::string& variant) {
    if (variant.compare(0, 9, "checkout-") == 0) return variant.back() == '3' ? 3 : 2;
    return 1;
}

int main() {
    FeatureFlags flags;
    flags.set("checkout_layout", "checkout-redesign-three-column-3");
    flags.set("search_ranking", "search-ranker-gradient-boosted-v7");

    const std::string& variant = flags.variantFor("checkout_layout", 42).value();
    int cols = layoutColumns(variant);  // BUG: compares the characters of the destroyed optional's string
    std::printf("checkout columns: %d\n", cols);

    auto other = flags.variantFor("search_ranking", 7);
    std::printf("search: %s\n", other ? other->c_str() : "(none)");
    return 0;
}
