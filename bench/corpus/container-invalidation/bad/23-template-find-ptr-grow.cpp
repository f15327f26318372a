// Generic helper find_if_ptr<C>() returns a pointer into a vector of employees; a hire grows the vector before the raise.
// The template returns &*it from std::find_if. hire() is another template that
// emplace_backs into the same container; the payroll code then writes through
// the pointer into the freed buffer.
// asan: heap-use-after-free
#include <algorithm>
#include <cstdio>
#include <vector>

struct Employee {
    int id;
    int dept;
    double salary;
};

template <class Container, class Pred>
typename Container::value_type* find_if_ptr(Container& c, Pred pred) {
    auto it = std::find_if(c.begin(), c.end(), pred);
    return it == c.end() ? nullptr : &*it;
}

template <class Container, class... Args>
void hire(Container& c, Args&&... args) {
    c.emplace_back(typename Container::value_type{std::forward<Args>(args)...});
}

int main() {
    std::vector<Employee> staff = {{1, 10, 52000}, {2, 10, 61000}, {3, 20, 75000}, {4, 30, 48000}};

    Employee* lead = find_if_ptr(staff, [](const Employee& e) { return e.dept == 20; });
    if (!lead) return 1;

    // The department lead's team grows this quarter.
    for (int i = 0; i < 6; ++i) hire(staff, 100 + i, 20, 45000.0 + 1000 * i);

    lead->salary *= 1.10;  // BUG: lead points into staff's old buffer
    double payroll = 0;
    for (const Employee& e : staff) payroll += e.salary;
    std::printf("payroll %.0f\n", payroll);
    return 0;
}
