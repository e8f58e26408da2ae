#include "errors/IssueDetailPane.h"

#include "bridge/QtConversions.h"
#include "models/ErrorIssueModel.h"
#include "models/Formatting.h"
#include "models/QueryEdit.h"
#include "query/TextMatch.h"
#include "widgets/Tones.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace kunren::app {

namespace {

// The trace and span index of a sample event, or an empty id.
QPair<QString, int> sampleTrace(const TelemetryStore& store, const IssueSample& s)
{
    if (!s.hasTrace)
        return {QString(), -1};
    const QString id = qs(hexId(s.traceIdHigh, s.traceIdLow));
    if (s.fromLog) {
        const LogRecord& l = store.log(s.row);
        return {id, l.span == kNoParent ? -1 : static_cast<int>(l.span)};
    }
    const SpanRecord& span = store.span(s.row);
    return {id, static_cast<int>(s.row - store.trace(span.trace).firstSpan)};
}

} // namespace

IssueDetailPane::IssueDetailPane(QWidget* parent)
    : QWidget(parent),
      m_text(new QTextBrowser(this)),
      m_viewTrace(new QPushButton(this)),
      m_logs(new QPushButton(this))
{
    setObjectName(QStringLiteral("issueDetailPane"));
    m_text->setObjectName(QStringLiteral("issueDetailText"));
    m_text->setOpenLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("trace")) {
            const QStringList parts = url.path().split(QLatin1Char('/'));
            Q_EMIT traceRequested(parts.value(0), parts.value(1, QStringLiteral("-1")).toInt());
        }
    });

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(stateButton(QStringLiteral("reviewButton"), tr("Mark reviewed"), IssueState::Reviewed,
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)));
    buttons->addWidget(stateButton(QStringLiteral("resolveButton"), tr("Resolve"), IssueState::Resolved,
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)));
    buttons->addWidget(stateButton(QStringLiteral("ignoreButton"), tr("Ignore"), IssueState::Ignored,
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)));
    buttons->addWidget(stateButton(QStringLiteral("reopenButton"), tr("Reopen"), IssueState::ForReview,
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)));
    buttons->addStretch(1);
    m_logs->setObjectName(QStringLiteral("issueLogsButton"));
    m_logs->setText(tr("Search its logs"));
    connect(m_logs, &QPushButton::clicked, this, [this] {
        if (!m_logQuery.isEmpty())
            Q_EMIT logsRequested(m_logQuery);
    });
    m_viewTrace->setObjectName(QStringLiteral("issueViewTraceButton"));
    m_viewTrace->setText(tr("View trace"));
    m_viewTrace->setToolTip(tr("Open the trace of the latest sample event"));
    connect(m_viewTrace, &QPushButton::clicked, this, [this] {
        if (!m_traceId.isEmpty())
            Q_EMIT traceRequested(m_traceId, m_spanIndex);
    });
    buttons->addWidget(m_logs);
    buttons->addWidget(m_viewTrace);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_text, 1);
    showIssue(nullptr, nullptr, false);
}

QPushButton* IssueDetailPane::stateButton(const QString& objectName, const QString& text, IssueState to,
                                          const QKeySequence& key)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setShortcut(key);
    button->setToolTip(tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    connect(button, &QPushButton::clicked, this, [this, to] {
        if (m_issue != 0)
            Q_EMIT transitionRequested(m_issue, to);
    });
    m_stateButtons.append({button, to});
    return button;
}

void IssueDetailPane::showIssue(const TelemetryStore* store, const Issue* issue, bool isNew)
{
    m_issue = issue && store ? issue->id : 0;
    m_traceId.clear();
    m_spanIndex = -1;
    m_logQuery.clear();
    for (const auto& [button, to] : m_stateButtons)
        button->setEnabled(m_issue != 0 && transitionError(issue->state, to).empty());
    if (m_issue == 0) {
        m_viewTrace->setEnabled(false);
        m_logs->setEnabled(false);
        m_text->setHtml(themedHtml(tr("<p style=\"color:#777\">Select an issue to see its stack, sample events and "
                                      "traces.</p>")));
        return;
    }
    m_state = issue->state;
    const auto row = [](const QString& key, const QString& value) {
        return QStringLiteral("<tr><td style=\"color:#666;padding-right:12px\">%1</td><td>%2</td></tr>")
            .arg(key.toHtmlEscaped(), value);
    };
    QString html = QStringLiteral("<h3 style=\"margin:0\">%1: %2</h3>")
                       .arg(qs(issue->type).toHtmlEscaped(), qs(issue->title).toHtmlEscaped());
    QStringList badges;
    if (isNew)
        badges << QStringLiteral("<span style=\"background:#1565c0;color:white\">&nbsp;%1&nbsp;</span>").arg(tr("NEW"));
    if (issue->regression)
        badges << QStringLiteral("<span style=\"background:#e65100;color:white\">&nbsp;%1&nbsp;</span>")
                      .arg(tr("REGRESSION"));
    html += QStringLiteral("<p>%1 <b>%2</b> since %3</p>")
                .arg(badges.join(QLatin1Char(' ')), ErrorIssueModel::stateName(issue->state),
                     formatSimTime(issue->stateSince, false));
    html += QStringLiteral("<table cellspacing=1>");
    html += row(tr("service"), qs(issue->service).toHtmlEscaped());
    html += row(tr("events"),
                tr("%1 (%2 from spans, %3 from logs)").arg(issue->count).arg(issue->spanEvents).arg(issue->logEvents));
    html += row(tr("first seen"), formatSimTime(issue->firstSeen, false));
    html += row(tr("last seen"), formatSimTime(issue->lastSeen, false));
    QStringList versions;
    for (const std::string& v : issue->versions)
        versions << qs(v);
    html += row(tr("versions"), versions.join(QStringLiteral(", ")).toHtmlEscaped());
    if (issue->resolvedAt > 0)
        html += row(tr("resolved"), tr("%1 in %2")
                                        .arg(formatSimTime(issue->resolvedAt, false),
                                             issue->resolvedInVersion.empty() ? tr("(unknown version)")
                                                                              : qs(issue->resolvedInVersion)));
    html += row(tr("first message"), qs(issue->message).toHtmlEscaped());
    html += QStringLiteral("</table>");

    // A sample stack: the first sample's recorded stack, else the frames used for grouping.
    QString stack;
    for (const IssueSample& s : issue->samples)
        if (s.error != 0 && stack.isEmpty())
            stack = qs(store->str(store->error(s.error).stack));
    if (stack.isEmpty())
        for (const StackFrame& f : issue->frames)
            stack += qs(f.function) + QStringLiteral("  ") + qs(f.file) + QLatin1Char('\n');
    if (!stack.isEmpty())
        html += tr("<p><b>Sample stack</b></p>") +
                QStringLiteral("<pre style=\"background:#f6f6f6;color:#333\">%1</pre>").arg(stack.toHtmlEscaped());

    html += tr("<p><b>Sample events</b> (newest first)</p><table cellspacing=0 cellpadding=3>");
    for (auto it = issue->samples.rbegin(); it != issue->samples.rend(); ++it) {
        const IssueSample& s = *it;
        const auto [traceId, spanIndex] = sampleTrace(*store, s);
        if (m_traceId.isEmpty() && !traceId.isEmpty()) {
            m_traceId = traceId;
            m_spanIndex = spanIndex;
        }
        QString what = s.fromLog ? tr("log: %1").arg(qs(renderLogMessage(*store, store->log(s.row))).toHtmlEscaped())
                                 : tr("span");
        const QString link =
            traceId.isEmpty()
                ? tr("<span style=\"color:#777\">no stored trace</span>")
                : QStringLiteral("<a href=\"trace:%1/%2\">%3</a>").arg(traceId).arg(spanIndex).arg(tr("View trace"));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(formatSimTime(s.time), qs(s.version).toHtmlEscaped(), what, link);
    }
    html += QStringLiteral("</table>");

    if (!issue->history.empty()) {
        html += tr("<p><b>State history</b></p>");
        for (const IssueStateChange& c : issue->history)
            html += QStringLiteral("%1 &nbsp; %2 → %3%4<br>")
                        .arg(formatSimTime(c.at, false), ErrorIssueModel::stateName(c.from),
                             ErrorIssueModel::stateName(c.to), c.regression ? tr(" (regression)") : QString());
    }
    m_text->setHtml(themedHtml(html));
    m_logQuery = QStringLiteral("service:") + queryValue(qs(issue->service)) + QStringLiteral(" status:error");
    if (!issue->type.empty())
        m_logQuery += QStringLiteral(" @error.kind:") + queryValue(qs(issue->type));
    m_logs->setEnabled(true);
    m_viewTrace->setEnabled(!m_traceId.isEmpty());
}

} // namespace kunren::app
