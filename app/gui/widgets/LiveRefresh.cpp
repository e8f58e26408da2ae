#include "widgets/LiveRefresh.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace kunren::app {

LiveRefresh::LiveRefresh(QWidget* view, int intervalMs)
    : QObject(view),
      m_view(view),
      m_timer(new QTimer(this)),
      m_intervalMs(intervalMs)
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LiveRefresh::fire);
    view->installEventFilter(this);
}

void LiveRefresh::request()
{
    m_pending = true;
    if (!m_view || !m_view->isVisible() || m_timer->isActive())
        return;
    const qint64 elapsed = m_sinceLast.isValid() ? m_sinceLast.elapsed() : m_intervalMs;
    m_timer->start(static_cast<int>(std::max<qint64>(0, m_intervalMs - elapsed)));
}

void LiveRefresh::requestNow()
{
    m_pending = true;
    m_timer->stop();
    if (m_view && m_view->isVisible())
        m_timer->start(0);
}

bool LiveRefresh::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_pending)
        m_timer->start(0);
    return QObject::eventFilter(watched, event);
}

void LiveRefresh::fire()
{
    if (!m_pending || !m_view || !m_view->isVisible())
        return;
    m_pending = false;
    m_sinceLast.restart();
    Q_EMIT refresh();
}

} // namespace kunren::app
