#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;

namespace kunren::app {

class DrillRunner;

// Play/pause, playback speed and the drill clock (elapsed and wall-clock label of simulated time).
class DrillToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit DrillToolBar(DrillRunner* runner, QWidget* parent = nullptr);
    QAction* playAction() const { return m_play; }
    void updateClock(qint64 simTimeUs);

private:
    void updatePlayAction(bool playing);

    DrillRunner* m_runner;
    QAction* m_play = nullptr;
    QComboBox* m_speed = nullptr;
    QLabel* m_clock = nullptr;
    QLineEdit* m_jump = nullptr;
};

} // namespace kunren::app
