// GUI toolkit: a stack-allocated dialog registers a [this] click handler and removes it in its destructor (twin of bad/23).
// The dispatcher can outlive the dialog because ~ConfirmDialog() unregisters the
// callback, so later clicks never reach the dead object.
#include <cstdio>
#include <functional>
#include <map>

class Dispatcher {
public:
    int onClick(std::function<void(int, int)> cb) {
        callbacks_[next_] = std::move(cb);
        return next_++;
    }
    void remove(int id) { callbacks_.erase(id); }
    void click(int x, int y) {
        for (auto& entry : callbacks_)
            entry.second(x, y);
    }

private:
    std::map<int, std::function<void(int, int)>> callbacks_;
    int next_ = 1;
};

class ConfirmDialog {
public:
    explicit ConfirmDialog(Dispatcher& d) : dispatcher_(d) {
        token_ = d.onClick([this](int x, int y) { handleClick(x, y); });
    }
    ~ConfirmDialog() { dispatcher_.remove(token_); }
    ConfirmDialog(const ConfirmDialog&) = delete;
    ConfirmDialog& operator=(const ConfirmDialog&) = delete;

    bool confirmed() const { return confirmed_; }

private:
    void handleClick(int x, int y) {
        ++clicks_;
        if (x >= left_ && x < left_ + 80 && y >= top_ && y < top_ + 20)
            confirmed_ = true;
    }

    Dispatcher& dispatcher_;
    int token_ = 0;
    int left_ = 100;
    int top_ = 200;
    int clicks_ = 0;
    bool confirmed_ = false;
};

bool runDialog(Dispatcher& d) {
    ConfirmDialog dialog(d);
    d.click(120, 205);
    return dialog.confirmed();
}

int main() {
    Dispatcher dispatcher;
    bool ok = runDialog(dispatcher);
    std::printf("dialog confirmed: %d\n", ok);
    dispatcher.click(10, 10);
    return ok ? 0 : 1;
}
