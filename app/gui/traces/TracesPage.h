#pragma once

#include "widgets/EvidenceSource.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace kunren::app {

class AsyncSearch;
class DrillRunner;
class HistogramChart;
class LiveRefresh;
class Navigator;
class QueryBar;
class SpanGroupModel;
class SpanTableModel;
class TimeRangeBar;
class TraceLoader;
class TraceView;

// The Trace Explorer and the trace view. The explorer searches spans with the log search's syntax and
// shows them as a list or, grouped by a tag, as analytics (count, error rate, latency percentiles);
// opening a span shows its trace.
class TracesPage : public QWidget, public EvidenceSource
{
    Q_OBJECT

public:
    TracesPage(DrillRunner* runner, Navigator* navigator, QWidget* parent = nullptr);
    ~TracesPage() override;

    QueryBar* queryBar() const { return m_queryBar; }
    SpanTableModel* spans() const { return m_spans; }
    SpanGroupModel* groups() const { return m_groups; }
    TraceView* traceView() const { return m_traceView; }
    // Groups by `field` (analytics) or lists spans (empty).
    void setGroupBy(const QString& field);
    void openTrace(const QString& traceIdHex, int spanIndex = -1);
    void search();
    // The open trace's selected span, else the search.
    QString currentEvidence() const override;

Q_SIGNALS:
    void searchFinished();
    void traceOpened();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onLoaded();
    void onUnloading();
    void onSearchFinished();
    void openRow(const QModelIndex& index);

    DrillRunner* m_runner;
    Navigator* m_navigator;
    QTabWidget* m_tabs;
    QueryBar* m_queryBar;
    TimeRangeBar* m_range;
    QComboBox* m_groupBy;
    HistogramChart* m_histogram;
    QLabel* m_summary;
    QStackedWidget* m_results;
    SpanTableModel* m_spans;
    QTableView* m_spanTable;
    SpanGroupModel* m_groups;
    QTableView* m_groupTable;
    TraceView* m_traceView;
    AsyncSearch* m_search;
    TraceLoader* m_loader;
    LiveRefresh* m_live;
    int m_pendingSpan = -1;
    bool m_dirty = true;
    qint64 m_searchedNow = 0;
};

} // namespace kunren::app
