// GUI toolkit: a stack-allocated dialog registers a [this] click handler on the app-wide dispatcher and never unregisters it.
// runDialog() creates a ConfirmDialog whose constructor registers [this] on the
// dispatcher; the dialog dies when runDialog returns, then a later click reads
// this->clicks_ through the stale this pointer.
// asan: stack-use-after-return
#include <cstdio>
#include <functional>
#include <vector>

class Dispatcher {
public:
    void onClick(std::function<void(int, int)> cb) { callbacks_.push_back(std::move(cb)); }
    void click(int x, int y) {
        for (auto& cb : callbacks_)
            cb(x, y);
    }

private:
    std::vector<std::function<void(int, int)>> callbacks_;
};

class ConfirmDialog {
public:
    explicit ConfirmDialog(Dispatcher& d) {
        d.onClick([this](int x, int y) { handleClick(x, y); }); // BUG: [this] of a stack object is stored in the dispatcher
    }
    bool confirmed() const { return confirmed_; }

private:
    void handleClick(int x, int y) {
        ++clicks_;
        if (x >= left_ && x < left_ + 80 && y >= top_ && y < top_ + 20)
            confirmed_ = true;
    }

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
    return 0;
}
