#include "widgets/LiveTicker.h"

#include "bridge/DrillRunner.h"
#include "widgets/TimeRangeBar.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace kunren::app {

LiveTicker::LiveTicker(QWidget* view, DrillRunner* runner, TimeRangeBar* range)
    : QObject(view), m_view(view), m_runner(runner), m_range(range), m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &LiveTicker::tick);
    view->installEventFilter(this);
}

bool LiveTicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view) {
        if (event->type() == QEvent::Show)
            m_timer->start();
        else if (event->type() == QEvent::Hide)
            m_timer->stop();
    }
    return QObject::eventFilter(watched, event);
}

void LiveTicker::tick()
{
    if (m_paused || !m_runner->isLoaded() || (m_range && m_range->isPinned()) || !m_view->isVisible())
        return;
    if (m_runner->now() != m_searchedAt)
        Q_EMIT due();
}

} // namespace kunren::app
