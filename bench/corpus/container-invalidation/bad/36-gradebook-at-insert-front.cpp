// Gradebook takes &students.at(i) for the class president, then inserts late enrolments at the front; the pointer dangles.
// vector::insert at begin() with more elements than the spare capacity
// reallocates; the president's record is then updated through the stale pointer.
// asan: heap-use-after-free
#include <cstdio>
#include <vector>

struct Student {
    int id;
    int credits;
    double gpa;
};

class Gradebook {
public:
    void enrol(int id) { students_.push_back(Student{id, 0, 0.0}); }

    Student* record(std::size_t i) { return &students_.at(i); }

    // Transfer students are listed first in the roster.
    void enrol_transfers(const std::vector<Student>& transfers) {
        students_.insert(students_.begin(), transfers.begin(), transfers.end());
    }

    double mean_gpa() const {
        double s = 0;
        for (const Student& st : students_) s += st.gpa;
        return students_.empty() ? 0 : s / students_.size();
    }

    std::size_t size() const { return students_.size(); }

private:
    std::vector<Student> students_;
};

int main() {
    Gradebook book;
    for (int id = 1; id <= 5; ++id) book.enrol(id);

    Student* president = book.record(2);
    president->credits = 30;
    president->gpa = 3.9;

    std::vector<Student> transfers;
    for (int i = 0; i < 7; ++i) transfers.push_back(Student{900 + i, 45, 3.0 + 0.1 * i});
    book.enrol_transfers(transfers);

    president->credits += 4;  // BUG: president points into the roster insert() reallocated
    std::printf("%zu students, mean gpa %.2f\n", book.size(), book.mean_gpa());
    return 0;
}
