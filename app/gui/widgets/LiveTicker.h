#pragma once

#include <QObject>

class QTimer;
class QWidget;

namespace kunren::app {

class DrillRunner;
class TimeRangeBar;

// Paces live views: due() fires at most once a second of wall time, only while `view` is visible, its
// time range is live (not pinned) and the drill's clock has moved since the view last searched. Views
// never re-query on every `advanced` tick. `range` may be null for views without a time range.
class LiveTicker : public QObject
{
    Q_OBJECT

public:
    LiveTicker(QWidget* view, DrillRunner* runner, TimeRangeBar* range);
    // The view searched the drill as of `now`.
    void searched(qint64 now) { m_searchedAt = now; }
    void setPaused(bool paused) { m_paused = paused; }

Q_SIGNALS:
    void due();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void tick();

    QWidget* m_view;
    DrillRunner* m_runner;
    TimeRangeBar* m_range;
    QTimer* m_timer;
    qint64 m_searchedAt = -1;
    bool m_paused = false;
};

} // namespace kunren::app
