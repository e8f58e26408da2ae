#include "drill/HintsDialog.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "drill/DrillLabels.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <set>

namespace kunren::app {

HintsDialog::HintsDialog(DrillRunner* runner, QWidget* parent)
    : QDialog(parent),
      m_runner(runner),
      m_hints(new QTextBrowser(this)),
      m_status(new QLabel(this)),
      m_next(new QPushButton(tr("Show &Next Hint"), this))
{
    setObjectName(QStringLiteral("hintsDialog"));
    setWindowTitle(tr("Hints"));
    m_hints->setObjectName(QStringLiteral("hintsText"));
    m_next->setObjectName(QStringLiteral("nextHintButton"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_next, &QPushButton::clicked, this, [this] {
        m_next->setEnabled(false); // until the worker has logged it
        m_runner->takeHint(hintsTaken());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hints, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(520, 360);

    connect(m_runner, &DrillRunner::actionRecorded, this, &HintsDialog::refresh);
    connect(m_runner, &DrillRunner::advanced, this, [this] {
        if (isVisible()) // the clock ticks ten times a second; a hidden dialog catches up when shown
            refresh();
    });
    connect(m_runner, &DrillRunner::loaded, this, &HintsDialog::refresh);
    refresh();
}

int HintsDialog::hintsTaken() const
{
    std::set<int> taken;
    for (const DrillAction& a : m_runner->actions())
        if (a.type == ActionType::HintTake)
            taken.insert(a.hint);
    return static_cast<int>(taken.size());
}

void HintsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    refresh();
}

void HintsDialog::refresh()
{
    const Scenario* sc = m_runner->scenario();
    const int taken = hintsTaken();
    const int total = sc ? static_cast<int>(sc->hints.size()) : 0;
    QString html;
    for (int i = 0; i < taken && i < total; ++i)
        html += tr("<p><b>Hint %1 of %2</b><br>%3</p>")
                    .arg(i + 1)
                    .arg(total)
                    .arg(localized(sc->hints[static_cast<std::size_t>(i)].text).toHtmlEscaped());
    if (html.isEmpty())
        html = tr("<p>Stuck? Hints go from gentle to explicit. Each one you reveal costs 5 points.</p>");
    if (html != m_html) {
        m_html = html;
        m_hints->setHtml(html);
    }

    bool available = false;
    if (!sc || !m_runner->isLoaded()) {
        m_status->setText(tr("Start a drill first."));
    } else if (m_runner->isDrillEnded()) {
        m_status->setText(tr("The drill has ended."));
    } else if (taken >= total) {
        m_status->setText(total == 0 ? tr("This drill has no hints.") : tr("That was the last hint."));
    } else if (sc->hints[static_cast<std::size_t>(taken)].after > m_runner->now()) {
        m_status->setText(tr("The next hint is available at %1.")
                              .arg(formatDrillTime(sc->hints[static_cast<std::size_t>(taken)].after)));
    } else {
        available = true;
        m_status->setText(tr("%n hint(s) left. The next one costs 5 points.", nullptr, total - taken));
    }
    m_next->setEnabled(available);
}

} // namespace kunren::app
