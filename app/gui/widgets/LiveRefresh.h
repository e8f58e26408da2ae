#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTimer;
class QWidget;

namespace kunren::app {

// Decides when a live view refreshes: at most once per interval of wall time, and only while the view
// is visible. request() says "the data changed"; refresh() fires when the view should redraw. A view
// that becomes visible with pending changes refreshes at once.
class LiveRefresh : public QObject
{
    Q_OBJECT

public:
    explicit LiveRefresh(QWidget* view, int intervalMs = 1000);

    void request();
    // Refresh on the next chance regardless of the interval (the user changed a filter).
    void requestNow();

Q_SIGNALS:
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fire();

    QPointer<QWidget> m_view;
    QTimer* m_timer;
    QElapsedTimer m_sinceLast;
    int m_intervalMs;
    bool m_pending = false;
};

} // namespace kunren::app
