#pragma once

#include "drill/DrillScore.h"
#include "drill/Retrospective.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace kunren::app {

class RetroStore;

// The retrospective of one drill, following the postmortem sections (docs/SCORING.md): pre-filled
// with the engine's draft (timeline from the action log and alerts, impact, root cause, detection…),
// autosaved to the drills database a moment after each edit (RetroStore: its own thread and
// connection), exported as Markdown (the engine's rendering) and PDF (that Markdown, typeset).
class RetrospectiveDialog : public QDialog
{
    Q_OBJECT

public:
    // `scenario` and `score` are optional: without them the store loads and scores the drill itself.
    RetrospectiveDialog(const QString& dbPath, qint64 drillId, std::shared_ptr<const Scenario> scenario = {},
                        std::optional<DrillScore> score = {}, QWidget* parent = nullptr);
    ~RetrospectiveDialog() override;
    // Shows the drill's form: the one already open under `parent` (two forms would overwrite each
    // other's autosaves), else a new one that deletes itself on close.
    static RetrospectiveDialog* showFor(const QString& dbPath, qint64 drillId, QWidget* parent,
                                        std::shared_ptr<const Scenario> scenario = {},
                                        std::optional<DrillScore> score = {});

    qint64 drillId() const { return m_drillId; }
    bool isLoaded() const { return m_loaded; }
    // What the form holds now.
    Retrospective retrospective() const;
    // Writes the file; false (and a message in the status line) when it cannot be written.
    bool exportMarkdown(const QString& path);
    bool exportPdf(const QString& path);

Q_SIGNALS:
    void loaded();
    void saved(); // an autosave reached the database

private:
    void showRetrospective(const Retrospective& retro, bool stored, const QString& error);
    void scheduleSave();
    void saveNow();
    void addActionItem(const RetroActionItem& item);
    void setStatus(const QString& text, bool problem = false);

    qint64 m_drillId;
    RetroStore* m_store;
    QTimer* m_saveTimer;
    bool m_loaded = false;
    std::vector<DrillTimelineEntry> m_timeline; // from the draft; shown, not edited
    QLineEdit* m_title;
    QHash<QString, QPlainTextEdit*> m_sections; // by section key (summary, impact …)
    QTableWidget* m_timelineTable;
    QTableWidget* m_actionItems;
    QTableWidget* m_familiarity;
    QLabel* m_status;
};

} // namespace kunren::app
