#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace kunren::app {

class DrillRunner;

// What a trainee sees while a jump (or a resumed drill's replay) runs: the drill time reached of the
// target, a bar, an estimate of the time left, and Cancel (Esc) where the jump may stop early. Hidden
// otherwise. Lives in the status bar.
class CatchUpProgress : public QWidget
{
    Q_OBJECT

public:
    explicit CatchUpProgress(DrillRunner* runner, QWidget* parent = nullptr);

    QString text() const;
    int percent() const;

private:
    void show(qint64 fromUs, qint64 reachedUs, qint64 targetUs, qint64 etaMs, bool cancellable);

    DrillRunner* m_runner;
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};

} // namespace kunren::app
