// Contact book over a C API with strdup'd strings; the mailing list strdup's its own copy of each email.
// Corrected twin of bad/26: subscribe() duplicates the string and the list frees its copies in
// its destructor, so destroying the Contacts does not affect the list.
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

    const char* email() const { return email_; }
    const char* name() const { return name_; }

private:
    char* name_;
    char* email_;
};

class MailingList {
public:
    MailingList() = default;
    MailingList(const MailingList&) = delete;
    MailingList& operator=(const MailingList&) = delete;
    ~MailingList() {
        for (char* e : emails_) std::free(e);
    }

    void subscribe(const char* email) { emails_.push_back(strdup(email)); }

    int sendAll(const char* subject) const {
        int sent = 0;
        for (const char* e : emails_) {
            const char* at = std::strchr(e, '@');
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
}

int main() {
    MailingList list;
    importBatch(list);
    int sent = list.sendAll("monthly newsletter");
    std::printf("sent %d\n", sent);
    return sent == 2 ? 0 : 1;
}
