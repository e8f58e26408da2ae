#include "logs/LogDetailPane.h"

#include "models/Formatting.h"
#include "models/LogDetails.h"
#include "widgets/Tones.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace kunren::app {

namespace {

QString row(const QString& key, const QString& value, const QString& field = {})
{
    const QString shown = value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped();
    QString link;
    if (!field.isEmpty() && !value.isEmpty()) {
        QUrl url;
        url.setScheme(QStringLiteral("filter"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("field"), field);
        q.addQueryItem(QStringLiteral("value"), value);
        url.setQuery(q);
        link = QStringLiteral(" <a href=\"%1\" style=\"text-decoration:none\">⌕</a>")
                   .arg(url.toString(QUrl::FullyEncoded));
    }
    return QStringLiteral("<tr><td style=\"color:#666;padding-right:12px\">%1</td><td>%2%3</td></tr>")
        .arg(key.toHtmlEscaped(), shown, link);
}

} // namespace

LogDetailPane::LogDetailPane(QWidget* parent)
    : QWidget(parent),
      m_text(new QTextBrowser(this)),
      m_viewTrace(new QPushButton(this))
{
    setObjectName(QStringLiteral("logDetailPane"));
    m_text->setObjectName(QStringLiteral("logDetailText"));
    m_text->setOpenLinks(false);
    m_viewTrace->setObjectName(QStringLiteral("viewTraceButton"));
    m_viewTrace->setText(tr("View trace"));
    m_viewTrace->setToolTip(tr("Open the trace this log belongs to (T)"));
    m_viewTrace->setShortcut(QKeySequence(Qt::Key_T));
    m_viewTrace->setEnabled(false);
    connect(m_viewTrace, &QPushButton::clicked, this, [this] {
        if (!m_traceId.isEmpty())
            Q_EMIT traceRequested(m_traceId, m_spanIndex);
    });
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("trace") && !m_traceId.isEmpty())
            Q_EMIT traceRequested(m_traceId, m_spanIndex);
        if (url.scheme() == QLatin1String("filter")) {
            const QUrlQuery q(url);
            Q_EMIT filterRequested(q.queryItemValue(QStringLiteral("field"), QUrl::FullyDecoded),
                                   q.queryItemValue(QStringLiteral("value"), QUrl::FullyDecoded));
        }
    });

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    buttons->addWidget(m_viewTrace);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    showLog(nullptr, -1);
}

void LogDetailPane::showLog(const TelemetryStore* store, qint64 storeRow)
{
    m_row = store ? storeRow : -1;
    m_traceId.clear();
    m_spanIndex = -1;
    if (m_row < 0) {
        m_text->setHtml(
            themedHtml(tr("<p style=\"color:#777\">Select a log to see its attributes and its trace.</p>")));
        m_viewTrace->setEnabled(false);
        return;
    }
    const LogDetails d = describeLog(*store, static_cast<std::size_t>(m_row));
    m_traceId = d.traceIdHex;
    m_spanIndex = d.spanIndex;
    const int level = severityLevel(d.severity);
    const QString colour = level == 3   ? QStringLiteral("#c62828")
                           : level == 2 ? QStringLiteral("#b26a00")
                                        : QStringLiteral("#555");
    QString html = QStringLiteral("<p><b style=\"color:%1\">%2</b> &nbsp; %3 &nbsp; <b>%4</b></p>")
                       .arg(colour, severityName(d.severity).toUpper(), formatSimTime(d.time),
                            d.service.toHtmlEscaped());
    html += QStringLiteral("<p style=\"font-family:monospace; white-space:pre-wrap\">%1</p>")
                .arg(d.message.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=1>");
    html += row(tr("service"), d.service, QStringLiteral("service"));
    html += row(tr("pod"), d.pod, QStringLiteral("pod_name"));
    html += row(tr("version"), d.version, QStringLiteral("version"));
    html += row(tr("host"), d.host, QStringLiteral("host"));
    html += row(tr("region"), d.region, QStringLiteral("region"));
    for (const auto& [key, value] : d.attributes)
        html += row(QLatin1Char('@') + key, value, QLatin1Char('@') + key);
    if (!d.traceIdHex.isEmpty()) {
        html += row(tr("trace_id"), d.traceIdHex, QStringLiteral("trace_id"));
        if (!d.spanIdHex.isEmpty())
            html += row(tr("span_id"), d.spanIdHex);
    }
    html += QStringLiteral("</table>");
    if (!d.errorType.isEmpty() || !d.errorMessage.isEmpty()) {
        html += QStringLiteral("<p><b style=\"color:#c62828\">%1</b>: %2</p>")
                    .arg(d.errorType.toHtmlEscaped(), d.errorMessage.toHtmlEscaped());
        if (!d.errorStack.isEmpty())
            html += QStringLiteral("<pre style=\"color:#444\">%1</pre>").arg(d.errorStack.toHtmlEscaped());
    }
    if (d.traceIdHex.isEmpty())
        html += tr("<p style=\"color:#777\">This log has no stored trace (its request was not sampled, or it "
                   "came from a background job).</p>");
    else
        html += tr("<p><a href=\"trace:\">View trace %1</a></p>").arg(d.traceIdHex.left(16) + QStringLiteral("…"));
    m_text->setHtml(themedHtml(html));
    m_viewTrace->setEnabled(!d.traceIdHex.isEmpty());
}

} // namespace kunren::app
