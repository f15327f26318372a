// Bank ledger: an iterator from accounts.find() is used after close_account() erases that key from the std::map.
// The transfer routine looks up the source account, then runs the account
// lifecycle hook which closes zero-balance accounts, erasing the map node the
// iterator refers to, and finally debits through the iterator.
// asan: heap-use-after-free
#include <cstdio>
#include <map>
#include <string>

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

    std::size_t size() const { return accounts_.size(); }

private:
    std::map<int, Account> accounts_;
};

int main() {
    Ledger ledger;
    ledger.open(101, 50000);
    ledger.open(102, 0);
    ledger.open(103, 1250);
    ledger.open(104, 99);

    auto src = ledger.lookup(102);
    if (!ledger.valid(src)) return 1;

    // End-of-day housekeeping runs between the lookup and the debit.
    ledger.sweep_empty();

    src->second.transactions += 1;  // BUG: src's node was erased by close_account()
    std::printf("%zu accounts open\n", ledger.size());
    return 0;
}
