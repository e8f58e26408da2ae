#pragma once

#include "widgets/EvidenceSource.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace kunren::app {

class DrillRunner;
class ErrorIssueModel;
class ErrorIssues;
class IssueDetailPane;
class IssueFilterModel;
class LiveRefresh;
class Navigator;

// Error tracking: the drill's errors grouped into issues (as the drill session's tracker finds them while the
// drill plays), filtered by state and text, with the selected issue's stack, samples and traces, and buttons
// that move it through For review → Reviewed → Resolved / Ignored on that tracker (logged drill actions).
class ErrorsPage : public QWidget, public EvidenceSource
{
    Q_OBJECT

public:
    ErrorsPage(DrillRunner* runner, Navigator* navigator, QWidget* parent = nullptr);
    ~ErrorsPage() override;

    // The selected issue.
    QString currentEvidence() const override;

    ErrorIssueModel* issues() const { return m_model; }
    IssueFilterModel* filtered() const { return m_filter; }
    // Asks for the tracker's issues now (tests; the page itself refreshes at most once a second while shown).
    void refresh();
    void selectIssue(unsigned issueId);

Q_SIGNALS:
    void updated();

private:
    void onLoaded();
    void onUnloading();
    void onUpdated();
    void showSelected();

    DrillRunner* m_runner;
    Navigator* m_navigator;
    ErrorIssues* m_tracker;
    ErrorIssueModel* m_model;
    IssueFilterModel* m_filter;
    QComboBox* m_state;
    QLineEdit* m_search;
    QLabel* m_summary;
    QTableView* m_table;
    IssueDetailPane* m_detail;
    LiveRefresh* m_live;
    unsigned m_wanted = 0; // an issue asked for before the tracker found it
};

} // namespace kunren::app
