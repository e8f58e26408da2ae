#pragma once

#include <QWidget>

class QComboBox;
class QToolButton;

namespace kunren::app {

// A window of simulated time, [from, to) in µs since drill start.
struct TimeWindow
{
    qint64 from = 0;
    qint64 to = 0;
};

// "Which time does this view show?" Live windows end at the drill's now and follow it; pinning
// freezes the window where it is so a trainee can study the past while the drill plays on.
class TimeRangeBar : public QWidget
{
    Q_OBJECT

public:
    explicit TimeRangeBar(QWidget* parent = nullptr);

    // The window to show when the drill's clock reads `now`.
    TimeWindow window(qint64 now) const;
    bool isPinned() const { return m_pinnedEnd >= 0; }
    // Pins the window to end at `end` (e.g. a deploy marker clicked in a chart).
    void pinAt(qint64 end);
    void unpin();
    // Selects a span preset by its length in seconds (0 = the whole drill so far).
    void setSpanSeconds(int seconds);

Q_SIGNALS:
    void changed();

private:
    void updatePinButton();

    QComboBox* m_span;
    QToolButton* m_pin;
    qint64 m_pinnedEnd = -1;
    mutable qint64 m_seenNow = 0;
};

} // namespace kunren::app
