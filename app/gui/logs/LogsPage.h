#pragma once

#include "widgets/EvidenceSource.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace kunren::app {

class AsyncSearch;
class DrillRunner;
class FacetModel;
class FacetView;
class HistogramChart;
class LiveRefresh;
class LogDetailPane;
class LogTableModel;
class Navigator;
class QueryBar;
class TimeRangeBar;

// The Log Explorer: search bar, facets with counts, a histogram of matches over time, the matching logs
// newest first (paged from the engine as the table scrolls) and the selected log in detail.
class LogsPage : public QWidget, public EvidenceSource
{
    Q_OBJECT

public:
    LogsPage(DrillRunner* runner, Navigator* navigator, QWidget* parent = nullptr);
    ~LogsPage() override;

    QueryBar* queryBar() const { return m_queryBar; }
    LogTableModel* results() const { return m_model; }
    FacetModel* facets() const { return m_facets; }
    bool isSearching() const;
    // Runs the search bar's query over the time range now (tests, shortcuts).
    void search();
    // The selected log line, else the search.
    QString currentEvidence() const override;

Q_SIGNALS:
    // A search finished and its results are shown (or its error is).
    void searchFinished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onLoaded();
    void onUnloading();
    void onSearchFinished(quint64 ticket);
    void onFacetChosen(const QString& field, const QString& value, bool exclude);
    void showSelected();

    DrillRunner* m_runner;
    Navigator* m_navigator;
    QueryBar* m_queryBar;
    TimeRangeBar* m_range;
    FacetModel* m_facets;
    FacetView* m_facetView;
    HistogramChart* m_histogram;
    QLabel* m_summary;
    LogTableModel* m_model;
    QTableView* m_table;
    LogDetailPane* m_detail;
    AsyncSearch* m_search;
    LiveRefresh* m_live;
    bool m_dirty = true; // the shown results are out of date (searched while hidden, new drill)
    qint64 m_searchedNow = 0;
};

} // namespace kunren::app
