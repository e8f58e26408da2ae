#include "shell/CatchUpProgress.h"

#include "bridge/DrillRunner.h"
#include "models/Formatting.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace kunren::app {

CatchUpProgress::CatchUpProgress(DrillRunner* runner, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_label(new QLabel(this)),
      m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("catchUpProgress"));
    m_label->setObjectName(QStringLiteral("catchUpLabel"));
    m_bar->setObjectName(QStringLiteral("catchUpBar"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(160);
    m_bar->setMaximumHeight(14);
    auto* cancel = new QAction(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelJumpAction"));
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    cancel->setShortcutContext(Qt::WindowShortcut);
    cancel->setToolTip(tr("Stop the jump here (Esc). Time only moves forward: the drill stays where the jump got to."));
    connect(cancel, &QAction::triggered, m_runner, &DrillRunner::cancelJump);
    m_cancel->setDefaultAction(cancel);
    m_cancel->setObjectName(QStringLiteral("cancelJumpButton"));
    m_cancel->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();

    connect(m_runner, &DrillRunner::catchUpProgress, this, &CatchUpProgress::show);
    connect(m_runner, &DrillRunner::catchUpFinished, this, [this] { hide(); });
    connect(m_runner, &DrillRunner::unloading, this, [this] { hide(); });
}

QString CatchUpProgress::text() const { return m_label->text(); }
int CatchUpProgress::percent() const { return m_bar->value() / 10; }

void CatchUpProgress::show(qint64 fromUs, qint64 reachedUs, qint64 targetUs, qint64 etaMs, bool cancellable)
{
    const double done = targetUs > fromUs
                            ? static_cast<double>(reachedUs - fromUs) / static_cast<double>(targetUs - fromUs)
                            : 1.0;
    m_bar->setValue(static_cast<int>(std::clamp(done, 0.0, 1.0) * 1000));
    const QString where = cancellable
                              ? tr("Jumping to %1 — at %2").arg(formatElapsed(targetUs), formatElapsed(reachedUs))
                              : tr("Replaying the drill to where it stopped (%1) — at %2")
                                    .arg(formatElapsed(targetUs), formatElapsed(reachedUs));
    const qint64 etaSeconds = std::max<qint64>(1, (etaMs + 500) / 1000);
    const QString left = etaSeconds < 60 ? tr("%n s", nullptr, static_cast<int>(etaSeconds))
                                         : formatDuration(etaSeconds * kSecond);
    m_label->setText(etaMs >= 0 ? tr("%1 · about %2 left").arg(where, left) : where);
    m_cancel->setVisible(cancellable);
    m_cancel->defaultAction()->setEnabled(cancellable);
    QWidget::show();
}

} // namespace kunren::app
