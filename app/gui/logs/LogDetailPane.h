#pragma once

#include "telemetry/TelemetryStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace kunren::app {

// The selected log in full: when, who, the message, its attributes and error, and a way to its trace.
class LogDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit LogDetailPane(QWidget* parent = nullptr);

    // Shows store row `row` (-1: nothing selected).
    void showLog(const TelemetryStore* store, qint64 row);
    qint64 shownRow() const { return m_row; }
    QString traceIdHex() const { return m_traceId; }

Q_SIGNALS:
    void traceRequested(const QString& traceIdHex, int spanIndex);
    // "Show logs with this value": a field:value for the search bar.
    void filterRequested(const QString& field, const QString& value);

private:
    QTextBrowser* m_text;
    QPushButton* m_viewTrace;
    qint64 m_row = -1;
    QString m_traceId;
    int m_spanIndex = -1;
};

} // namespace kunren::app
