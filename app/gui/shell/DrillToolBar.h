#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;

namespace kunren::app {

class DrillRunner;

// Play/pause, playback speed and the drill clock (elapsed and wall-clock label of simulated time). With
// no drill running and a drill chosen on the Drills page, the same button (Space) starts that drill.
class DrillToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit DrillToolBar(DrillRunner* runner, QWidget* parent = nullptr);
    QAction* playAction() const { return m_play; }
    void updateClock(qint64 simTimeUs);
    // Whether a drill is chosen that the button would start (when no drill runs).
    void setStartAvailable(bool available);

Q_SIGNALS:
    void startRequested();

private:
    void updatePlayAction();
    bool drillRunning() const;
    bool m_startAvailable = false;

    DrillRunner* m_runner;
    QAction* m_play = nullptr;
    QComboBox* m_speed = nullptr;
    QLabel* m_clock = nullptr;
    QLineEdit* m_jump = nullptr;
};

} // namespace kunren::app
