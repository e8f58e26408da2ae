#pragma once

#include <QStatusBar>

class QLabel;

namespace kunren::app {

class CatchUpProgress;
class DrillRunner;

// The window's status bar: transient messages on the left; on the right what a trainee glances at —
// the drill's time and whether it plays (and how fast), the pages nobody acknowledged yet (click to open
// the channels) and how much telemetry the drill holds; while a jump runs, its progress (with Cancel); and,
// for as long as it lasts, that the drill's actions are not all saved yet and why; and that the simulation
// stopped, if the engine failed.
class DrillStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit DrillStatusBar(DrillRunner* runner, QWidget* parent = nullptr);

    QString clockText() const;
    QString pagesText() const;
    QString saveText() const;   // empty while every action is saved
    QString engineText() const; // empty unless the simulation stopped on an engine error
    CatchUpProgress* catchUpProgress() const { return m_catchUp; }

Q_SIGNALS:
    void channelsRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateClock();
    void updatePages();
    void updateCounts();
    void updateSaveState(int unsaved, const QString& problem);
    void showEngineFailure(const QString& what, qint64 simTimeUs);

    DrillRunner* m_runner;
    QLabel* m_save;
    QLabel* m_engine;
    CatchUpProgress* m_catchUp;
    QLabel* m_pages;
    QLabel* m_clock;
    QLabel* m_counts;
};

} // namespace kunren::app
