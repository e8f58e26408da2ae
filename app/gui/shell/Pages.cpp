// The workspace's tool pages, in rail order. Each page is constructed with the drill runner and the
// navigator and finds its own data; adding a page is one line here.
#include "shell/MainWindow.h"

namespace kunren::app {

void registerWorkspacePages(MainWindow& window)
{
    Q_UNUSED(window);
}

} // namespace kunren::app
