#pragma once

#include "trace/AssembledTrace.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace kunren::app {

class FlameGraphView;
class WaterfallView;

// One trace, opened: a header with its id, duration and size; a warning banner when context propagation
// broke; the waterfall and the flame graph; and the selected span's details and logs. Clicking a log
// (or "All logs of this trace") asks for the log search `trace_id:…`. A message consumer's trace names the
// trace that published the message (its span link) in the header, one click away.
class TraceView : public QWidget
{
    Q_OBJECT

public:
    explicit TraceView(QWidget* parent = nullptr);

    // Shows `trace` (not owned; nullptr with a message clears it). Selects span `spanIndex` or the root.
    void setTrace(const AssembledTrace* trace, int spanIndex = -1);
    void showMessage(const QString& message);
    const AssembledTrace* trace() const { return m_trace; }
    int selectedSpan() const { return m_selected; }
    void selectSpan(int indexInTrace);

    WaterfallView* waterfall() const { return m_waterfall; }
    FlameGraphView* flameGraph() const { return m_flame; }
    // The views a span is picked in (waterfall, flame graph): where "Bookmark as Evidence" belongs.
    QList<QWidget*> spanViews() const;
    QLabel* banner() const { return m_banner; }

Q_SIGNALS:
    void logsRequested(const QString& query);
    void serviceRequested(const QString& service);
    // "Follows a message from trace …": open the trace that published the message this one consumed.
    void traceRequested(const QString& traceId);

private:
    void showSpan(int indexInTrace);
    QString traceQuery() const;

    const AssembledTrace* m_trace = nullptr;
    int m_selected = -1;
    QLabel* m_header;
    QLabel* m_banner;
    QTabWidget* m_tabs;
    WaterfallView* m_waterfall;
    FlameGraphView* m_flame;
    QTextBrowser* m_details;
    QTreeWidget* m_logs;
    QPushButton* m_allLogs;
};

} // namespace kunren::app
