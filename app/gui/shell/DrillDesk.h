#pragma once

#include "drill/TraineeProfile.h"
#include "home/PastResults.h"
#include "sim/Mitigation.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QMessageBox;
class QMenu;

namespace kunren {
class DrillDatabase;
}

namespace kunren::app {

class DrillRunner;
class HintsDialog;
class HypothesisDialog;
class MainWindow;
class MitigationDialog;

// The trainee's side of a drill in the workspace: the drills database and the trainee's profile,
// recording what the trainee does (page changes, searches, acknowledgements…), resuming an
// interrupted drill, and the drill actions of the toolbar and Drill menu (hints, hypothesis,
// mitigations, end of drill). Writes go through the runner to its worker thread, never from here.
class DrillDesk : public QObject
{
    Q_OBJECT

public:
    explicit DrillDesk(MainWindow& window);
    ~DrillDesk() override;

    // $XDG_DATA_HOME/kunren/kunren.db (QStandardPaths), the file the CLI's --db defaults to as well.
    static QString defaultDatabasePath();
    // Opens (or creates) the drills database. A corrupt file, another application's or a newer
    // version's is refused and left untouched: a message says so and drills are not saved.
    bool openDatabase(const QString& path);
    DrillDatabase* database() const { return m_db.get(); }
    QString databasePath() const { return m_dbPath; }
    QString databaseError() const { return m_dbError; }

    // Asks whether to resume or close the most recent interrupted drill (a window-modal prompt that
    // does not block); nullptr when there is none.
    QMessageBox* offerInterruptedDrill();

    TraineeProfile profile() const { return m_profile; }
    void setProfile(const TraineeProfile& profile);
    // Opens the profile dialog (first start: when no profile was ever given). Returns it.
    QDialog* editProfile();
    bool hasProfile() const { return !TraineeProfile::load().isEmpty(); }
    // The current trainee's earlier drills of a scenario (what the Drills page shows when it is chosen).
    PastResults pastResults(const QString& scenarioId) const;

    // The tool name a page is logged under (view.open, query.run); empty for pages that are not tools.
    static QString toolOfPage(const QString& pageId);

    // The drill actions (toolbar and Drill menu). Each opens a dialog that does not block and returns it.
    HintsDialog* showHints();
    HypothesisDialog* declareHypothesis(const QString& component = {});
    MitigationDialog* mitigate(MitigationKind kind, const QString& target = {});
    QMessageBox* endDrill();
    void addNote();
    // Bookmarks what the current page points at (its EvidenceSource: a span, a log line, a chart, an
    // issue, an event; else its search) as evidence. Returns the ref, "" when there was nothing.
    QString bookmarkCurrent();
    // Keeps `ref` for the next hypothesis (a view's "Bookmark as Evidence").
    void bookmark(const QString& ref);
    QStringList bookmarks() const { return m_bookmarks; }
    QAction* hypothesisAction() const { return m_hypothesisAction; }
    QAction* endAction() const { return m_endAction; }
    QMenu* mitigationMenu() const { return m_mitigationMenu; }

Q_SIGNALS:
    void interruptedDrillHandled();

private:
    void updateRecording();
    void onPageChanged(const QString& pageId);
    void watchQueries();
    void showStatus(const QString& message);
    void buildActions();
    void updateActions();
    void suggest(const QString& ref);

    MainWindow& m_window;
    DrillRunner* m_runner;
    std::unique_ptr<DrillDatabase> m_db;
    QString m_dbPath;
    QString m_dbError;
    TraineeProfile m_profile;
    QHash<QString, QString> m_lastQuery; // per tool: a search re-run with the same text is not a new query
    QStringList m_bookmarks;             // evidence the trainee bookmarked in this drill
    QStringList m_suggestions;           // searches run and traces opened in this drill, newest first
    HintsDialog* m_hints = nullptr;
    QList<QAction*> m_drillActions; // enabled while a drill runs
    QAction* m_hypothesisAction = nullptr;
    QAction* m_endAction = nullptr;
    QMenu* m_mitigationMenu = nullptr;
};

} // namespace kunren::app
