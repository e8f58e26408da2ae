#include "shell/DrillStatusBar.h"

#include "bridge/DrillRunner.h"
#include "models/Formatting.h"
#include "shell/CatchUpProgress.h"
#include "widgets/Tones.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>

namespace kunren::app {

namespace {
// Bold, in the palette's error colour: what the trainee must not miss.
QString alertHtml(const QString& text)
{
    return QStringLiteral("<b style=\"color:%1\">%2</b>").arg(toneName(Tone::Error), text.toHtmlEscaped());
}
} // namespace

DrillStatusBar::DrillStatusBar(DrillRunner* runner, QWidget* parent)
    : QStatusBar(parent),
      m_runner(runner),
      m_save(new QLabel(this)),
      m_engine(new QLabel(this)),
      m_catchUp(new CatchUpProgress(runner, this)),
      m_pages(new QLabel(this)),
      m_clock(new QLabel(this)),
      m_counts(new QLabel(this))
{
    setObjectName(QStringLiteral("drillStatusBar"));
    m_pages->setObjectName(QStringLiteral("statusPages"));
    m_pages->setCursor(Qt::PointingHandCursor);
    m_pages->setToolTip(tr("Open the channels to acknowledge pages (Ctrl+2)"));
    m_pages->installEventFilter(this);
    m_clock->setObjectName(QStringLiteral("statusClock"));
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_counts->setToolTip(tr("Telemetry the drill has recorded so far"));
    m_save->setObjectName(QStringLiteral("statusSaveState"));
    m_save->hide();
    m_engine->setObjectName(QStringLiteral("statusEngineFailure"));
    m_engine->hide();
    addPermanentWidget(m_engine);
    addPermanentWidget(m_save);
    addPermanentWidget(m_catchUp);
    addPermanentWidget(m_pages);
    addPermanentWidget(m_clock);
    addPermanentWidget(m_counts);
    showMessage(tr("Pick a drill on the Drills page and press Enter or Space to start it."));
    connect(m_runner, &DrillRunner::saveStateChanged, this, &DrillStatusBar::updateSaveState);
    connect(m_runner, &DrillRunner::unloading, this, [this] {
        updateSaveState(0, {});
        m_engine->hide();
        m_engine->clear();
    });
    connect(m_runner, &DrillRunner::engineFailed, this, &DrillStatusBar::showEngineFailure);
    connect(m_runner, &DrillRunner::catchUpFinished, this, [this](qint64 reached, bool cancelled) {
        if (cancelled && m_runner->engineError().isEmpty())
            showMessage(tr("Jump cancelled at %1.").arg(formatElapsed(reached)), 8000);
    });
    connect(m_runner, &DrillRunner::drillEnded, this, [this] {
        updateClock();
        showMessage(
            tr("Drill ended. Your score is on the Score page; start the next drill from the Drills page (Ctrl+1)."));
    });
    // The simulation is built on the worker (up to half a second for the largest topologies).
    connect(m_runner, &DrillRunner::loadStarted, this, [this] {
        updateClock();
        showMessage(tr("Building the simulation…"));
    });
    connect(m_runner, &DrillRunner::loadFailed, this, [this](const QString& message) {
        updateClock();
        showMessage(message);
    });
    connect(m_runner, &DrillRunner::loaded, this, [this] {
        updateClock();
        updatePages();
        updateCounts();
        // Unless something said more meanwhile (a resumed drill, the clock started).
        if (!m_runner->isPlaying() &&
            (currentMessage().isEmpty() || currentMessage() == tr("Building the simulation…")))
            showMessage(tr("Drill ready. Space plays."));
    });
    connect(m_runner, &DrillRunner::advanced, this, [this] {
        updateClock();
        updateCounts();
    });
    connect(m_runner, &DrillRunner::alertsChanged, this, &DrillStatusBar::updatePages);
    connect(m_runner, &DrillRunner::playingChanged, this, [this](bool playing) {
        updateClock();
        if (!m_runner->isDrillEnded())
            showMessage(playing ? tr("Drill running. Space pauses.") : tr("Paused. Space resumes."), 5000);
    });
    connect(m_runner, &DrillRunner::finished, this, [this] {
        updateClock();
        showMessage(tr("Drill finished."));
    });
    updateClock();
    updatePages();
}

QString DrillStatusBar::clockText() const { return m_clock->text(); }
QString DrillStatusBar::pagesText() const { return m_pages->text(); }
QString DrillStatusBar::saveText() const { return m_save->isVisibleTo(this) ? m_save->text() : QString(); }
QString DrillStatusBar::engineText() const { return m_engine->isVisibleTo(this) ? m_engine->text() : QString(); }

void DrillStatusBar::showEngineFailure(const QString& what, qint64 simTimeUs)
{
    const QString text = tr("Simulation stopped at %1").arg(formatElapsed(simTimeUs));
    m_engine->setText(alertHtml(QStringLiteral("⚠ ") + text));
    m_engine->setToolTip(tr("The simulation engine stopped: %1\n\nThe telemetry up to then stays readable, and the "
                            "drill still records: declare a root cause, take notes and end the drill as usual.")
                             .arg(what));
    m_engine->show();
    updateClock();
    updateCounts();
    showMessage(tr("The simulation stopped: %1").arg(what));
}

void DrillStatusBar::updateSaveState(int unsaved, const QString& problem)
{
    // Never silent: while actions wait, a red line says how many and why, until they are written.
    if (unsaved <= 0) {
        if (!problem.isEmpty())
            showMessage(tr("Drills database: %1. Every action is saved.").arg(problem), 15000);
        else if (m_save->isVisibleTo(this))
            showMessage(tr("Every drill action is saved again."), 8000);
        m_save->hide();
        m_save->clear();
        return;
    }
    const QString what = tr("%n drill action(s) not saved yet — retrying", nullptr, unsaved);
    m_save->setText(alertHtml(QStringLiteral("⚠ ") + what));
    m_save->setToolTip(tr("%1\n\nNothing is lost: Kunren keeps every action and writes it as soon as the database "
                          "takes it again.")
                           .arg(problem));
    m_save->show();
    showMessage(tr("Could not save to the drills database: %1").arg(problem), 15000);
}

bool DrillStatusBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_pages && event->type() == QEvent::MouseButtonRelease && !m_pages->text().isEmpty())
        Q_EMIT channelsRequested();
    return QStatusBar::eventFilter(watched, event);
}

void DrillStatusBar::updateClock()
{
    if (!m_runner->isLoaded()) {
        m_clock->setText(tr("No drill"));
        return;
    }
    if (m_runner->isDrillEnded()) {
        m_clock->setText(tr("%1 · ended").arg(formatElapsed(m_runner->now())));
        return;
    }
    if (!m_runner->engineError().isEmpty()) {
        m_clock->setText(tr("%1 · stopped").arg(formatElapsed(m_runner->now())));
        return;
    }
    const QString speed = QLocale().toString(m_runner->speed(), 'g', 3);
    m_clock->setText(m_runner->isPlaying() ? tr("%1 · playing at %2×").arg(formatElapsed(m_runner->now()), speed)
                                           : tr("%1 · paused").arg(formatElapsed(m_runner->now())));
}

void DrillStatusBar::updatePages()
{
    const int open = m_runner->isLoaded() ? m_runner->unacknowledgedPages() : 0;
    m_pages->setVisible(open > 0);
    // Red that reads on either palette.
    m_pages->setText(open > 0 ? alertHtml(tr("%n page(s) not acknowledged", nullptr, open)) : QString());
}

void DrillStatusBar::updateCounts()
{
    const TelemetryStore* st = m_runner->telemetry();
    if (!st) {
        m_counts->clear();
        return;
    }
    const TelemetryCounts c = st->counts();
    const QLocale locale;
    m_counts->setText(tr("%1 spans · %2 logs · traces sampled at %3%")
                          .arg(locale.toString(static_cast<qulonglong>(c.spans)),
                               locale.toString(static_cast<qulonglong>(c.logs)),
                               locale.toString(m_runner->traceSampleRate() * 100.0, 'g', 3)));
}

} // namespace kunren::app
