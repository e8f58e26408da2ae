#pragma once

#include "errors/Issue.h"
#include "telemetry/TelemetryStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace kunren::app {

// One error issue in full: its state and the buttons that change it, when and where it happens, a sample
// stack, the sample events with links to their traces, the error logs among them, and a log search for
// all of them.
class IssueDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit IssueDetailPane(QWidget* parent = nullptr);

    // Shows `issue` (nullptr: none selected). `store` resolves samples to stacks, logs and traces.
    void showIssue(const TelemetryStore* store, const Issue* issue, bool isNew);
    IssueId shownIssue() const { return m_issue; }

Q_SIGNALS:
    void transitionRequested(IssueId issue, IssueState to);
    void traceRequested(const QString& traceIdHex, int spanIndex);
    void logsRequested(const QString& query);

private:
    QPushButton* stateButton(const QString& objectName, const QString& text, IssueState to, const QKeySequence& key);

    QTextBrowser* m_text;
    QList<QPair<QPushButton*, IssueState>> m_stateButtons;
    QPushButton* m_viewTrace;
    QPushButton* m_logs;
    IssueId m_issue = 0;
    IssueState m_state = IssueState::ForReview;
    QString m_traceId;
    int m_spanIndex = -1;
    QString m_logQuery;
};

} // namespace kunren::app
