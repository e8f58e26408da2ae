#include "drill/ScorePage.h"

#include "bridge/DrillRunner.h"
#include "bridge/DrillScorer.h"
#include "bridge/QtConversions.h"
#include "drill/DrillLabels.h"
#include "drill/RetrospectiveDialog.h"
#include "models/Formatting.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kunren::app {

namespace {

QString number(double v) { return QLocale().toString(v, 'f', v == static_cast<int>(v) ? 0 : 1); }

QString row(const QStringList& cells, const QString& style = {})
{
    QString html = style.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr style=\"%1\">").arg(style);
    for (const QString& c : cells)
        html += QStringLiteral("<td style=\"padding: 3px 12px 3px 0\">%1</td>").arg(c);
    return html + QStringLiteral("</tr>");
}

QString header(const QStringList& cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString& c : cells)
        html += QStringLiteral("<th align=\"left\" style=\"padding: 3px 12px 3px 0\">%1</th>").arg(c.toHtmlEscaped());
    return html + QStringLiteral("</tr>");
}

QString speedText(double speed) { return ScorePage::tr("%1×").arg(QLocale().toString(speed, 'g', 3)); }

QString wallText(double seconds)
{
    if (seconds < 1)
        return ScorePage::tr("under a second");
    const qint64 s = std::llround(seconds);
    return s < 60 ? ScorePage::tr("%n second(s)", nullptr, static_cast<int>(s))
                  : ScorePage::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

// Every time above is drill time: the pace says how fast the trainee's clock ran behind it.
QString ScorePage::paceHtml(const DrillScore& s)
{
    const DrillPace& p = s.pace;
    if (!p.known)
        return {};
    QString html = tr("<h3>Pace</h3>");
    QStringList parts;
    if (p.realTime()) {
        parts << tr(
            "Played at 1× (real time) throughout: drill times are your own times, comparable with a real incident "
            "and with anyone else who played at 1×.");
    } else {
        QStringList speeds;
        for (const DrillPace::Share& share : p.speeds)
            speeds << tr("%1 for %2").arg(speedText(share.speed), formatDuration(share.played));
        if (!speeds.isEmpty())
            parts << tr("Played at %1 of drill time.").arg(speeds.join(tr(", ")));
        if (p.jumps > 0)
            parts << tr("Jumped ahead %n time(s), skipping %1.", nullptr, p.jumps).arg(formatDuration(p.jumped));
    }
    if (p.pauses > 0)
        parts << tr("Paused %n time(s), %1 in all.", nullptr, p.pauses).arg(wallText(p.pausedSeconds));
    if (s.rootCause && s.ownSecondsToRootCause)
        parts << tr("From the start of the impact to the right root cause: %1 of drill time, %2 of your time.")
                     .arg(formatDuration(std::max<SimDuration>(0, *s.rootCause - s.faultStart)),
                          wallText(*s.ownSecondsToRootCause));
    return html + QStringLiteral("<p>%1</p>").arg(parts.join(QLatin1Char(' ')).toHtmlEscaped());
}

ScorePage::ScorePage(DrillRunner* runner, Navigator*, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_scorer(new DrillScorer(this)),
      m_total(new QLabel(this)),
      m_verdict(new QLabel(this)),
      m_details(new QTextBrowser(this)),
      m_retro(new QPushButton(tr("Write Retrospective…"), this))
{
    m_total->setObjectName(QStringLiteral("scoreTotal"));
    m_verdict->setObjectName(QStringLiteral("scoreVerdict"));
    m_details->setObjectName(QStringLiteral("scoreDetails"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    m_total->setFont(big);
    m_verdict->setWordWrap(true);
    m_details->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* top = new QHBoxLayout;
    top->addWidget(m_total, 1);
    top->addWidget(m_retro, 0, Qt::AlignBottom);
    layout->addLayout(top);
    layout->addWidget(m_verdict);
    layout->addWidget(m_details, 1);
    layout->addStretch(0); // holds the page together while there is no breakdown to show
    showNoScore();
    m_retro->setObjectName(QStringLiteral("writeRetrospectiveButton"));
    m_retro->setEnabled(false);
    m_retro->setToolTip(tr("Reflect on the drill: what happened, what went well and wrong, action items"));
    connect(m_retro, &QPushButton::clicked, this, &ScorePage::writeRetrospective);

    connect(m_runner, &DrillRunner::drillEnded, this, &ScorePage::startScoring);
    connect(m_runner, &DrillRunner::loaded, this, &ScorePage::showNoScore);
    connect(m_scorer, &DrillScorer::finished, this, &ScorePage::showScore);
}

ScorePage::~ScorePage() = default;

const DrillScore* ScorePage::score() const { return m_scorer->result() ? &m_scorer->result()->score : nullptr; }

bool ScorePage::isScoring() const { return m_scorer->isBusy(); }

void ScorePage::showNoScore()
{
    m_total->setText(tr("No score yet"));
    m_verdict->setText(
        tr("End the drill (Drill ▸ End Drill, Ctrl+Shift+E) to see your score and how you investigated."));
    m_details->clear();
    m_details->hide(); // no empty box before there is something to put in it
    m_retro->setEnabled(false);
}

RetrospectiveDialog* ScorePage::writeRetrospective()
{
    const DrillScore* s = score();
    if (!s || m_runner->recordingPath().isEmpty() || m_runner->drillId() <= 0)
        return nullptr;
    return RetrospectiveDialog::showFor(m_runner->recordingPath(), m_runner->drillId(), window(),
                                        m_runner->sharedScenario(), *s);
}

void ScorePage::startScoring()
{
    m_total->setText(tr("Scoring…"));
    m_verdict->setText(tr("Replaying the drill to measure recovery and the error budget."));
    m_details->clear();
    m_details->hide();
    m_retro->setEnabled(false);
    m_scorer->start(m_runner->sharedScenario(), m_runner->actions(), m_runner->recordingPath(), m_runner->drillId());
}

void ScorePage::showScore()
{
    const DrillScorer::Result* r = m_scorer->result();
    if (!r)
        return;
    const DrillScore& s = r->score;
    m_total->setText(tr("%1 / 100").arg(number(s.total)));
    m_verdict->setText(tr("%1 — earned points × %2").arg(verdictLabel(s.verdict), number(s.gate)));

    QString html;
    html += tr("<h3>Breakdown</h3>");
    html += QStringLiteral("<table>") + header({tr("Line"), tr("Points"), tr("Detail")});
    const Scenario* scenario = m_runner->scenario();
    for (const ScoreLine& l : s.earned)
        html += row({scoreLineLabel(l).toHtmlEscaped(), tr("%1 / %2").arg(number(l.points), number(l.max)),
                     scoreLineDetail(s, l, scenario).toHtmlEscaped()});
    html += row(
        {tr("<i>Correctness gate</i>"), tr("× %1").arg(number(s.gate)), verdictLabel(s.verdict).toHtmlEscaped()});
    for (const ScoreLine& l : s.penalties)
        html += row({scoreLineLabel(l).toHtmlEscaped(), tr("−%1").arg(number(l.points)),
                     scoreLineDetail(s, l, scenario).toHtmlEscaped()},
                    QStringLiteral("color: #c62828"));
    html += row({tr("<b>Total</b>"), tr("<b>%1</b>").arg(number(s.total)), QString()});
    html += QStringLiteral("</table>");

    if (const Scenario* sc = m_runner->scenario()) {
        html += tr("<h3>What happened</h3><p>%1</p>").arg(localized(sc->answer.explanation).toHtmlEscaped());
        if (s.finalHypothesis)
            html += tr("<p>Your final hypothesis: <b>%1</b>, %2%3.</p>")
                        .arg(qs(s.finalHypothesis->component).toHtmlEscaped(),
                             mechanismLabel(qs(s.finalHypothesis->mechanism)).toHtmlEscaped(),
                             s.finalHypothesis->trigger.empty()
                                 ? QString()
                                 : tr(", triggered by %1").arg(qs(s.finalHypothesis->trigger).toHtmlEscaped()));
    }

    html += paceHtml(s);

    html += tr("<h3>How you investigated</h3>");
    if (s.path.tools.empty()) {
        html += tr("<p>No tool was opened.</p>");
    } else {
        html += QStringLiteral("<table>") +
                header({tr("Tool"), tr("First opened"), tr("Opens"), tr("Time"), tr("Queries")});
        for (const ToolUse& t : s.path.tools)
            html += row({toolLabel(qs(t.view)).toHtmlEscaped(), formatDrillTime(t.firstOpened),
                         QString::number(t.opens), t.time > 0 ? formatDuration(t.time) : tr("—"),
                         QString::number(t.queries)});
        html += QStringLiteral("</table>");
    }
    if (!s.path.queries.empty()) {
        html += tr("<p><b>Queries</b></p><ul>");
        for (const QueryRecord& q : s.path.queries)
            html += QStringLiteral("<li>%1 · %2 · <code>%3</code></li>")
                        .arg(formatDrillTime(q.at), qs(q.view).toHtmlEscaped(), qs(q.query).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!s.path.taughtButUnused.empty()) {
        QStringList tools;
        for (const std::string& t : s.path.taughtButUnused)
            tools << toolLabel(qs(t));
        html += tr("<p>Not opened, though this drill practises them: <b>%1</b>.</p>")
                    .arg(tools.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (!r->storeError.isEmpty())
        html +=
            tr("<p style=\"color: #c62828\">The score could not be saved: %1</p>").arg(r->storeError.toHtmlEscaped());
    m_details->setHtml(html);
    m_details->show();
    m_retro->setEnabled(!m_runner->recordingPath().isEmpty() && m_runner->drillId() > 0 && r->storeError.isEmpty());
    Q_EMIT scored();
}

} // namespace kunren::app
