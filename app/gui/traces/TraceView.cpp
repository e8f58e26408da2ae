#include "traces/TraceView.h"

#include "bridge/QtConversions.h"
#include "models/Formatting.h"
#include "traces/FlameGraphView.h"
#include "traces/WaterfallView.h"
#include "widgets/Tables.h"
#include "widgets/Tones.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace kunren::app {

namespace {

QString hex16(std::uint64_t v) { return QStringLiteral("%1").arg(v, 16, 16, QLatin1Char('0')); }

QString kindName(SpanKind k)
{
    switch (k) {
    case SpanKind::Server: return QObject::tr("server");
    case SpanKind::Client: return QObject::tr("client");
    case SpanKind::Producer: return QObject::tr("producer");
    case SpanKind::Consumer: return QObject::tr("consumer");
    case SpanKind::Internal: return QObject::tr("internal");
    case SpanKind::Unspecified: break;
    }
    return QObject::tr("unspecified");
}

// What a propagation warning means for the trainee, in plain words.
QString explainIssue(PropagationIssueKind kind)
{
    switch (kind) {
    case PropagationIssueKind::OrphanRoot:
        return QObject::tr("This trace starts at a service that is normally called by another: its caller's part "
                           "is in a different trace.");
    case PropagationIssueKind::MissingParent:
        return QObject::tr("A span points at a parent span that was never recorded.");
    case PropagationIssueKind::UnansweredCall:
        return QObject::tr("A call to an instrumented service has no span from that service: its work was "
                           "recorded in another trace.");
    case PropagationIssueKind::TagsDropped:
        return QObject::tr("Request attributes were lost on the way (context not propagated).");
    }
    return {};
}

} // namespace

TraceView::TraceView(QWidget* parent)
    : QWidget(parent),
      m_header(new QLabel(this)),
      m_banner(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_waterfall(new WaterfallView(this)),
      m_flame(new FlameGraphView(this)),
      m_details(new QTextBrowser(this)),
      m_logs(new QTreeWidget(this)),
      m_allLogs(new QPushButton(this))
{
    setObjectName(QStringLiteral("traceView"));
    m_header->setObjectName(QStringLiteral("traceHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(m_header, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("trace:")))
            Q_EMIT traceRequested(link.mid(6));
    });
    m_banner->setObjectName(QStringLiteral("propagationBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; padding: 6px 8px; "
                                           "border: 1px solid #ffcc80; border-radius: 4px; }"));
    m_banner->hide();

    auto* flameScroll = new QScrollArea(this);
    flameScroll->setWidget(m_flame);
    flameScroll->setWidgetResizable(true);
    flameScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->setObjectName(QStringLiteral("traceTabs"));
    m_tabs->addTab(m_waterfall, tr("Waterfall"));
    m_tabs->addTab(flameScroll, tr("Flame graph"));

    m_details->setObjectName(QStringLiteral("spanDetails"));
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("service"))
            Q_EMIT serviceRequested(url.path());
    });
    m_logs->setObjectName(QStringLiteral("spanLogs"));
    m_logs->setHeaderLabels({tr("Time"), tr("Status"), tr("Message")});
    m_logs->setRootIsDecorated(false);
    styleTree(m_logs);
    m_logs->header()->setStretchLastSection(true);
    m_logs->setToolTip(tr("Double-click a log to search this trace's logs"));
    connect(m_logs, &QTreeWidget::itemActivated, this, [this] {
        if (m_trace)
            Q_EMIT logsRequested(traceQuery());
    });
    m_allLogs->setObjectName(QStringLiteral("traceLogsButton"));
    m_allLogs->setText(tr("All logs of this trace"));
    m_allLogs->setEnabled(false);
    connect(m_allLogs, &QPushButton::clicked, this, [this] {
        if (m_trace)
            Q_EMIT logsRequested(traceQuery());
    });

    auto* logsBox = new QWidget(this);
    auto* logsLayout = new QVBoxLayout(logsBox);
    logsLayout->setContentsMargins(0, 0, 0, 0);
    logsLayout->addWidget(new QLabel(tr("Logs of the selected span"), logsBox));
    logsLayout->addWidget(m_logs, 1);
    logsLayout->addWidget(m_allLogs, 0, Qt::AlignRight);

    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_details);
    bottom->addWidget(logsBox);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_tabs);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(vertical, 1);

    connect(m_waterfall, &WaterfallView::spanSelected, this, &TraceView::showSpan);
    connect(m_flame, &FlameGraphView::spanSelected, this, &TraceView::showSpan);
    showMessage(tr("Open a trace from the span list, a log or an error."));
}

QString TraceView::traceQuery() const
{
    return m_trace ? QStringLiteral("trace_id:") + qs(formatTraceId(m_trace->id)) : QString();
}

void TraceView::showMessage(const QString& message)
{
    setTrace(nullptr);
    m_header->setText(themedHtml(message));
}

void TraceView::setTrace(const AssembledTrace* trace, int spanIndex)
{
    m_trace = trace;
    m_selected = -1;
    m_waterfall->setTrace(trace);
    m_flame->setTrace(trace);
    m_allLogs->setEnabled(trace && trace->logCount > 0);
    if (!trace) {
        m_banner->hide();
        m_details->clear();
        m_logs->clear();
        return;
    }
    const AssembledSpan& root = trace->spans.front();
    m_header->setText(themedHtml(
        tr("<b>%1</b> %2 &nbsp;·&nbsp; trace <tt>%3</tt> &nbsp;·&nbsp; started %4 &nbsp;·&nbsp; "
           "%5 &nbsp;·&nbsp; %n span(s)",
           nullptr, static_cast<int>(trace->spans.size()))
            .arg(qs(root.serviceName).toHtmlEscaped(), qs(root.name).toHtmlEscaped(), qs(formatTraceId(trace->id)),
                 formatSimTime(trace->start), formatDuration(trace->durationUs)) +
        (trace->errorSpans > 0 ? tr(" &nbsp;·&nbsp; <span style=\"color:#c62828\">%n error span(s)</span>", nullptr,
                                    static_cast<int>(trace->errorSpans))
                               : QString()) +
        (trace->follows ? tr("<br>Consumes a message published in trace <a href=\"trace:%1\"><tt>%1</tt></a> "
                             "(span <tt>%2</tt>) — open it to follow the request across the queue")
                              .arg(qs(formatTraceId(trace->follows->trace)),
                                   QStringLiteral("%1").arg(trace->follows->spanId, 16, 16, QLatin1Char('0')))
                        : QString())));
    if (trace->broken()) {
        // One line per kind of problem, with the first span it was seen on.
        QStringList lines;
        std::vector<bool> seen(4, false);
        for (const PropagationIssue& i : trace->issues) {
            const auto k = static_cast<std::size_t>(i.kind);
            if (seen[k])
                continue;
            seen[k] = true;
            const AssembledSpan& s = trace->span(i.span);
            lines << tr("• %1 <i>(%2: %3 %4)</i>")
                         .arg(explainIssue(i.kind).toHtmlEscaped(), qs(propagationIssueName(i.kind)),
                              qs(s.serviceName).toHtmlEscaped(), qs(s.name).toHtmlEscaped());
        }
        m_banner->setText(tr("<b>⚠ Broken trace context propagation</b> — this trace is incomplete; the spans "
                             "marked ⚠ show where.<br>") +
                          lines.join(QStringLiteral("<br>")));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    selectSpan(spanIndex >= 0 ? spanIndex : root.indexInTrace);
}

QList<QWidget*> TraceView::spanViews() const { return {m_waterfall, m_flame}; }

void TraceView::selectSpan(int indexInTrace)
{
    m_waterfall->selectSpan(indexInTrace);
    m_flame->selectSpan(indexInTrace);
    showSpan(indexInTrace);
}

void TraceView::showSpan(int indexInTrace)
{
    if (!m_trace || indexInTrace < 0 || static_cast<std::size_t>(indexInTrace) >= m_trace->positionOf.size())
        return;
    if (indexInTrace != m_selected) {
        m_selected = indexInTrace;
        m_waterfall->selectSpan(indexInTrace);
        m_flame->selectSpan(indexInTrace);
    }
    const AssembledSpan& s = m_trace->span(static_cast<std::uint16_t>(indexInTrace));
    const auto row = [](const QString& key, const QString& value) {
        return QStringLiteral("<tr><td style=\"color:#666;padding-right:12px\">%1</td><td>%2</td></tr>")
            .arg(key.toHtmlEscaped(), value);
    };
    const QString service = qs(s.serviceName);
    QString html = QStringLiteral("<p><b><a href=\"service:%1\">%2</a></b> &nbsp;%3</p>")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(service)), service.toHtmlEscaped(),
                            qs(s.name).toHtmlEscaped());
    if (!s.errorType.empty() || !s.errorMessage.empty())
        html += QStringLiteral("<p style=\"color:#c62828\"><b>%1</b>: %2</p>")
                    .arg(qs(s.errorType).toHtmlEscaped(), qs(s.errorMessage).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=1>");
    html += row(tr("resource"), qs(s.name).toHtmlEscaped());
    html += row(tr("duration"), formatDuration(s.endUs - s.startUs));
    html += row(tr("self time"), formatDuration(s.selfUs));
    html += row(tr("start"), tr("+%1 into the trace").arg(formatDuration(s.startUs)));
    html += row(tr("kind"), kindName(s.kind));
    QString status = s.status == SpanStatus::Error ? tr("<span style=\"color:#c62828\">error</span>")
                     : s.status == SpanStatus::Ok  ? tr("ok")
                                                   : tr("unset");
    html += row(tr("status"), status);
    html += row(tr("critical path"), s.onCriticalPath ? tr("yes") : tr("no"));
    if (!s.peerName.empty())
        html += row(tr("calls"), qs(s.peerName).toHtmlEscaped());
    if (!s.pod.empty())
        html += row(tr("pod"), qs(s.pod).toHtmlEscaped());
    if (!s.version.empty())
        html += row(tr("version"), qs(s.version).toHtmlEscaped());
    html += row(tr("span_id"), QStringLiteral("<tt>%1</tt>").arg(hex16(s.spanId)));
    if (s.flags & SpanFlags::Retry)
        html += row(tr("retry"), tr("this call is a retry"));
    for (const SpanTag& tag : spanTags(*m_trace, s))
        html += row(qs(tag.key), qs(tag.value).toHtmlEscaped());
    html += QStringLiteral("</table>");
    for (const PropagationIssue& i : m_trace->issues)
        if (i.span == indexInTrace)
            html += QStringLiteral("<p style=\"color:#e65100\">⚠ %1</p>").arg(qs(i.detail).toHtmlEscaped());
    m_details->setHtml(themedHtml(html));

    m_logs->clear();
    for (const LinkedLog& l : s.logs) {
        auto* item = new QTreeWidgetItem(m_logs,
                                         {formatSimTime(l.time), severityName(l.severity).toUpper(), qs(l.message)});
        item->setToolTip(2, qs(l.message));
        if (severityLevel(l.severity) >= 3)
            item->setForeground(1, QColor(0xc6, 0x28, 0x28));
    }
    if (s.logs.empty()) {
        auto* item = new QTreeWidgetItem(m_logs, {QString(), QString(), tr("This span wrote no logs.")});
        item->setForeground(2, palette().color(QPalette::PlaceholderText));
        item->setFlags(Qt::NoItemFlags);
    }
    m_logs->resizeColumnToContents(0);
    m_logs->resizeColumnToContents(1);
}

} // namespace kunren::app
