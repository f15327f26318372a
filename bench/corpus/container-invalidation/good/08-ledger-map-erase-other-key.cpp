// Bank ledger: an iterator into a std::map survives erasure of other accounts during the sweep.
// Near miss of bad/09: the sweep closes zero-balance accounts, but the
// transfer's source account has a balance, so its node is not erased and
// map iterators to other nodes stay valid.
#include <cstdio>
#include <map>

struct Account {
    long balance_cents;
    int transactions;
};

class Ledger {
public:
    void open(int id, long cents) { accounts_[id] = Account{cents, 0}; }

    std::map<int, Account>::iterator lookup(int id) { return accounts_.find(id); }
    bool valid(std::map<int, Account>::iterator it) const { return it != accounts_.end(); }

    void close_account(int id) { accounts_.erase(id); }

    void sweep_empty() {
        for (int id : {101, 102, 103, 104})
            if (accounts_.count(id) && accounts_[id].balance_cents == 0) close_account(id);
    }

    void open_many(int first, int n) {
        for (int i = 0; i < n; ++i) open(first + i, 1000 * i);
    }

    std::size_t size() const { return accounts_.size(); }

private:
    std::map<int, Account> accounts_;
};

int main() {
    Ledger ledger;
    ledger.open(101, 50000);
    ledger.open(102, 0);
    ledger.open(103, 1250);
    ledger.open(104, 0);

    auto src = ledger.lookup(101);
    if (!ledger.valid(src)) return 1;

    ledger.sweep_empty();        // erases 102 and 104, not 101
    ledger.open_many(200, 50);   // map insertion never invalidates

    src->second.balance_cents -= 2500;
    src->second.transactions += 1;
    std::printf("%zu accounts, source balance %ld\n", ledger.size(), src->second.balance_cents);
    return 0;
}
