#include "widgets/QueryBar.h"

#include "bridge/QtConversions.h"
#include "query/QueryParser.h"
#include "widgets/Tones.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace kunren::app {

namespace {

// How long a query searched on a typing pause must stay unchanged to count as the trainee's query.
constexpr int kSettleMs = 3000;

// Error columns count UTF-8 bytes from 1; the line edit counts UTF-16 characters from 0.
int characterPosition(const QString& text, int byteColumn)
{
    const QByteArray utf8 = text.toUtf8();
    const int bytes = std::clamp(byteColumn - 1, 0, static_cast<int>(utf8.size()));
    return static_cast<int>(QString::fromUtf8(utf8.left(bytes)).size());
}

} // namespace

void QueryLineEdit::setErrorPosition(int position)
{
    m_errorPosition = position;
    update();
}

void QueryLineEdit::paintEvent(QPaintEvent* event)
{
    QLineEdit::paintEvent(event);
    if (m_errorPosition < 0)
        return;
    // A red wavy underline from the error's column to the end of that word (at least one character wide).
    const QString t = text();
    int end = m_errorPosition;
    while (end < t.size() && !t.at(end).isSpace())
        ++end;
    // The caret's rectangle anchors the text (which may be scrolled): measure from where its text starts.
    const QRect r = cursorRect();
    const QFontMetrics metrics(font());
    const int x0 = r.center().x() - metrics.horizontalAdvance(t.left(cursorPosition()));
    const QFontMetrics& fm = metrics;
    int left = x0 + fm.horizontalAdvance(t.left(m_errorPosition));
    int right = x0 + fm.horizontalAdvance(t.left(end));
    if (right - left < fm.averageCharWidth())
        right = left + fm.averageCharWidth();
    const int y = r.bottom() + 1;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 1.3));
    QPainterPath wave;
    wave.moveTo(left, y);
    for (int x = left; x < right; x += 2)
        wave.lineTo(x + 2, y + ((x - left) / 2 % 2 == 0 ? 2 : 0));
    p.drawPath(wave);
}

void QueryBar::setExampleService(const QString& service)
{
    m_edit->setPlaceholderText(
        m_signal == Signal::Logs
            ? tr("Search logs: service:%1 status:error \"timed out\"  (Ctrl+L or /)").arg(service)
            : tr("Search spans: service:%1 duration:>200ms status:error  (Ctrl+L or /)").arg(service));
}

QueryBar::QueryBar(Signal signal, QWidget* parent)
    : QWidget(parent),
      m_signal(signal),
      m_edit(new QueryLineEdit(this)),
      m_help(new QToolButton(this)),
      m_error(new QLabel(this)),
      m_debounce(new QTimer(this)),
      m_settle(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("queryEdit"));
    m_edit->setClearButtonEnabled(true);
    setExampleService(QStringLiteral("checkout"));
    m_edit->setToolTip(syntaxHelp(signal));

    m_help->setObjectName(QStringLiteral("querySyntaxButton"));
    m_help->setText(tr("Syntax"));
    m_help->setToolTip(tr("Show the search syntax"));
    connect(m_help, &QToolButton::clicked, this, [this] {
        QToolTip::showText(m_help->mapToGlobal(QPoint(0, m_help->height())), syntaxHelp(m_signal), m_help);
    });

    m_error->setObjectName(QStringLiteral("queryError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    m_error->hide();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        submit();
        if (!m_hasError)
            m_settle->start();
    });
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, &QueryBar::commit);
    connect(m_edit, &QLineEdit::textEdited, this, &QueryBar::onEdited);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        submit();
        commit();
    });
    m_edit->installEventFilter(this);
    // The clear button does not count as an edit; treat it as one.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !m_edit->isModified())
            onEdited();
    });

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_help);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_error);
}

QString QueryBar::query() const { return m_edit->text().trimmed(); }

void QueryBar::setQuery(const QString& query)
{
    m_edit->setText(query);
    m_debounce->stop();
    submit();
    commit();
}

void QueryBar::commit()
{
    m_settle->stop();
    if (!m_hasError)
        Q_EMIT committed(query());
}

bool QueryBar::eventFilter(QObject* watched, QEvent* event)
{
    // Leaving the bar (to read a result, click a facet) settles a query searched on a pause.
    if (watched == m_edit && event->type() == QEvent::FocusOut && m_settle->isActive())
        commit();
    return QWidget::eventFilter(watched, event);
}

void QueryBar::onEdited()
{
    m_settle->stop();
    const ParsedQuery parsed = parseQuery(m_edit->text().toStdString());
    if (!parsed.ok()) {
        m_debounce->stop();
        showError(*parsed.error);
        return;
    }
    clearError();
    m_debounce->start();
}

void QueryBar::submit()
{
    m_debounce->stop();
    const ParsedQuery parsed = parseQuery(m_edit->text().toStdString());
    if (!parsed.ok()) {
        showError(*parsed.error);
        return;
    }
    clearError();
    Q_EMIT submitted(query());
}

void QueryBar::showError(const QueryError& error)
{
    m_hasError = true;
    // The palette's error red, so it reads in the dark theme too.
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; padding: 2px 4px; }").arg(toneName(Tone::Error)));
    const QString text = m_edit->text();
    QString message = tr("Problem at column %1: %2.").arg(error.column).arg(qs(error.message).toHtmlEscaped());
    if (error.column <= 0)
        message = tr("Problem: %1.").arg(qs(error.message).toHtmlEscaped());
    if (!error.hint.empty())
        message += QLatin1Char(' ') + tr("Try: %1.").arg(qs(error.hint).toHtmlEscaped());
    m_error->setText(QStringLiteral("⚠ ") + message);
    m_error->show();
    m_edit->setErrorPosition(error.column > 0 ? characterPosition(text, error.column) : -1);
}

void QueryBar::clearError()
{
    m_hasError = false;
    m_error->hide();
    m_error->clear();
    m_edit->setErrorPosition(-1);
}

QString QueryBar::syntaxHelp(Signal signal)
{
    const QString fields = signal == Signal::Logs
                               ? tr("service, status, version, pod_name, host, region, env, source, trace_id, message")
                               : tr("service, resource_name, operation_name, status, duration, version, pod_name, "
                                    "env, trace_id, span_id");
    return tr("<b>Search syntax</b><table cellspacing=4>"
              "<tr><td><tt>timeout</tt></td><td>words in the message (case-insensitive)</td></tr>"
              "<tr><td><tt>\"connection refused\"</tt></td><td>an exact phrase</td></tr>"
              "<tr><td><tt>service:checkout</tt></td><td>a field or tag</td></tr>"
              "<tr><td><tt>@order_id:ord_*</tt></td><td>an attribute; <tt>*</tt> any text, <tt>?</tt> one "
              "character</td></tr>"
              "<tr><td><tt>@http.status_code:[500 TO 599]</tt></td><td>a range (inclusive)</td></tr>"
              "<tr><td><tt>duration:&gt;200ms</tt></td><td>comparisons &gt; &gt;= &lt; &lt;=, with units ns us ms s m "
              "h</td></tr>"
              "<tr><td><tt>-status:info</tt> or <tt>NOT</tt></td><td>exclude</td></tr>"
              "<tr><td><tt>a OR b</tt>, <tt>(a b)</tt></td><td>AND is implicit; NOT before AND before OR</td></tr>"
              "<tr><td><tt>@user:*</tt></td><td>the attribute exists</td></tr>"
              "<tr><td><tt>*:term</tt></td><td>any attribute</td></tr>"
              "</table>Fields: %1.<br>Escape special characters with <tt>\\</tt>.")
        .arg(fields);
}

} // namespace kunren::app
