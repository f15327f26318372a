// Contact book over a C API with strdup'd strings; the bug: two objects hold the same strdup'd buffer and one frees it.
// A Contact owns its email (free() in the destructor). The mailing list stores the same raw
// `char*` taken from the contact, which is destroyed when the import batch ends.
// asan: heap-use-after-free
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

class Contact {
public:
    Contact(const char* name, const char* email) : name_(strdup(name)), email_(strdup(email)) {}
    ~Contact() {
        std::free(name_);
        std::free(email_);
    }
    Contact(const Contact&) = delete;
    Contact& operator=(const Contact&) = delete;

    char* email() const { return email_; }
    const char* name() const { return name_; }

private:
    char* name_;
    char* email_;
};

class MailingList {
public:
    void subscribe(char* email) { emails_.push_back(email); }

    int sendAll(const char* subject) const {
        int sent = 0;
        for (const char* e : emails_) {
            const char* at = std::strchr(e, '@');  // BUG: reads an email buffer freed by ~Contact
            std::printf("to %s (domain %s): %s\n", e, at ? at + 1 : "?", subject);
            ++sent;
        }
        return sent;
    }

private:
    std::vector<char*> emails_;
};

static void importBatch(MailingList& list) {
    Contact a("Ada Lovelace", "ada.lovelace@analytical-engine.example");
    Contact b("Charles Babbage", "charles.babbage@difference-engine.example");
    list.subscribe(a.email());
    list.subscribe(b.email());
    std::printf("imported %s and %s\n", a.name(), b.name());
}  // both contacts free their strings here

int main() {
    MailingList list;
    importBatch(list);
    int sent = list.sendAll("monthly newsletter");
    std::printf("sent %d\n", sent);
    return 0;
}
