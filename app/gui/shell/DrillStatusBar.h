#pragma once

#include <QStatusBar>

class QLabel;

namespace kunren::app {

class DrillRunner;

// The window's status bar: transient messages on the left; on the right what a trainee glances at —
// the drill's time and whether it plays (and how fast), the pages nobody acknowledged yet (click to open
// the channels) and how much telemetry the drill holds.
class DrillStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit DrillStatusBar(DrillRunner* runner, QWidget* parent = nullptr);

    QString clockText() const;
    QString pagesText() const;

Q_SIGNALS:
    void channelsRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateClock();
    void updatePages();
    void updateCounts();

    DrillRunner* m_runner;
    QLabel* m_pages;
    QLabel* m_clock;
    QLabel* m_counts;
};

} // namespace kunren::app
