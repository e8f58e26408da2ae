#include "shell/DrillToolBar.h"

#include "bridge/DrillRunner.h"
#include "core/Duration.h"
#include "models/Formatting.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace kunren::app {

DrillToolBar::DrillToolBar(DrillRunner* runner, QWidget* parent) : QToolBar(tr("Drill"), parent), m_runner(runner)
{
    setObjectName(QStringLiteral("drillToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_play = addAction(glyphIcon(Glyph::Play), tr("Play"));
    m_play->setObjectName(QStringLiteral("playAction"));
    m_play->setShortcut(QKeySequence(Qt::Key_Space));
    m_play->setEnabled(false);
    connect(m_play, &QAction::triggered, this, [this] {
        if (!drillRunning())
            Q_EMIT startRequested();
        else
            m_runner->isPlaying() ? m_runner->pause() : m_runner->play();
    });

    addSeparator();
    addWidget(new QLabel(tr("Speed "), this));
    m_speed = new QComboBox(this);
    for (int s : {1, 2, 5, 10, 30, 60})
        m_speed->addItem(QStringLiteral("%1×").arg(s), s);
    m_speed->setCurrentIndex(m_speed->findData(static_cast<int>(m_runner->speed())));
    m_speed->setToolTip(tr("Simulated seconds per wall-clock second. At 1× drill time is real time, and your times "
                           "compare with a real incident; faster speeds are logged and shown with your score."));
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_runner->setSpeed(m_speed->itemData(i).toDouble()); });
    addWidget(m_speed);

    addSeparator();
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("drillClock"));
    m_clock->setMinimumWidth(220);
    QFont mono = m_clock->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_clock->setFont(mono);
    addWidget(m_clock);
    updateClock(0);
    updatePlayAction();

    // The simulation only moves forward; to study the past, pin a view's time window instead.
    addSeparator();
    m_jump = new QLineEdit(this);
    m_jump->setObjectName(QStringLiteral("jumpToEdit"));
    m_jump->setPlaceholderText(tr("Jump to… (e.g. 12m)"));
    m_jump->setToolTip(tr("Simulate straight to a drill time (Ctrl+J). Time only moves forward."));
    m_jump->setMaximumWidth(170);
    m_jump->setEnabled(false);
    addWidget(m_jump);
    auto* focusJump = new QAction(tr("Jump to Time…"), this);
    focusJump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(focusJump, &QAction::triggered, m_jump, [this] {
        m_jump->setFocus();
        m_jump->selectAll();
    });
    focusJump->setShortcutContext(Qt::WindowShortcut);
    m_jump->addAction(focusJump); // a shortcut only: the field itself is in the bar
    connect(m_jump, &QLineEdit::returnPressed, this, [this] {
        const auto d = parseDuration(m_jump->text().trimmed().toStdString());
        if (!d || *d <= m_runner->now()) {
            m_jump->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #d32f2f; }"));
            m_jump->setToolTip(tr("Give a drill time after now, such as 90s, 12m or 1h5m."));
            return;
        }
        m_jump->setStyleSheet(QString());
        m_jump->clear();
        m_runner->jumpTo(*d);
    });

    connect(m_runner, &DrillRunner::playingChanged, this, &DrillToolBar::updatePlayAction);
    connect(m_runner, &DrillRunner::loadStarted, this, &DrillToolBar::updatePlayAction);
    connect(m_runner, &DrillRunner::loadFailed, this, &DrillToolBar::updatePlayAction);
    connect(m_runner, &DrillRunner::loaded, this, [this] {
        updatePlayAction();
        m_jump->setEnabled(true);
        const int i = m_speed->findData(static_cast<int>(m_runner->speed()));
        if (i >= 0)
            m_speed->setCurrentIndex(i);
        updateClock(0);
    });
    connect(m_runner, &DrillRunner::advanced, this, &DrillToolBar::updateClock);
    // One jump at a time: the status bar shows its progress and Cancel.
    connect(m_runner, &DrillRunner::catchUpProgress, this, [this] { m_jump->setEnabled(false); });
    connect(m_runner, &DrillRunner::catchUpFinished, this,
            [this] { m_jump->setEnabled(!m_runner->isDrillEnded() && m_runner->engineError().isEmpty()); });
    connect(m_runner, &DrillRunner::drillEnded, this, [this] {
        updatePlayAction();
        m_jump->setEnabled(false);
    });
    connect(m_runner, &DrillRunner::engineFailed, this, [this] {
        updatePlayAction();
        m_jump->setEnabled(false);
    });
}

bool DrillToolBar::drillRunning() const { return m_runner->isLoaded() && !m_runner->isDrillEnded(); }

void DrillToolBar::setStartAvailable(bool available)
{
    m_startAvailable = available;
    updatePlayAction();
}

void DrillToolBar::updatePlayAction()
{
    if (!drillRunning()) {
        m_play->setText(tr("Start"));
        m_play->setIcon(glyphIcon(Glyph::Play));
        m_play->setToolTip(tr("Start the drill chosen on the Drills page (Space)"));
        m_play->setEnabled(m_startAvailable && !m_runner->isLoading()); // one start at a time
        return;
    }
    const bool playing = m_runner->isPlaying();
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(glyphIcon(playing ? Glyph::Pause : Glyph::Play));
    m_play->setToolTip(playing ? tr("Pause the drill clock (Space)") : tr("Run the drill clock (Space)"));
    m_play->setEnabled(m_runner->engineError().isEmpty()); // a stopped simulation cannot play on
}

void DrillToolBar::updateClock(qint64 simTimeUs)
{
    const Scenario* sc = m_runner->scenario();
    m_clock->setText(sc ? tr("%1  (%2)").arg(formatElapsed(simTimeUs), formatClock(sc, simTimeUs))
                        : formatElapsed(simTimeUs));
}

} // namespace kunren::app
