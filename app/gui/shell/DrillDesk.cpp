#include "shell/DrillDesk.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "drill/DrillLabels.h"
#include "drill/HintsDialog.h"
#include "drill/HypothesisDialog.h"
#include "drill/MitigationDialog.h"
#include "home/LaunchPage.h"
#include "models/EvidenceRefs.h"
#include "models/Formatting.h"
#include "shell/DrillToolBar.h"
#include "shell/MainWindow.h"
#include "store/DrillDatabase.h"
#include "store/DrillHistory.h"
#include "trace/AssembledTrace.h"
#include "traces/TraceView.h"
#include "traces/TracesPage.h"
#include "widgets/EvidenceSource.h"
#include "widgets/Navigator.h"
#include "widgets/QueryBar.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QToolButton>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

namespace kunren::app {

DrillDesk::DrillDesk(MainWindow& window)
    : QObject(&window),
      m_window(window),
      m_runner(window.runner()),
      m_profile(TraineeProfile::load())
{
    setObjectName(QStringLiteral("drillDesk"));
    connect(&window, &MainWindow::pageChanged, this, &DrillDesk::onPageChanged);
    watchQueries();
    buildActions();
    connect(m_runner, &DrillRunner::loaded, this, [this] {
        m_bookmarks.clear();
        m_suggestions.clear();
        updateActions();
    });
    connect(m_runner, &DrillRunner::drillEnded, this, [this] {
        updateActions();
        m_window.showPage(QStringLiteral("score"));
    });
    connect(m_runner, &DrillRunner::mitigationApplied, this, [this](bool applied, const QString& summary) {
        showStatus(applied ? tr("Mitigation: %1").arg(summary) : tr("Mitigation refused: %1").arg(summary));
    });
    connect(m_window.navigator(), &Navigator::hypothesisRequested, this,
            [this](const QString& component) { declareHypothesis(component); });
    connect(m_window.navigator(), &Navigator::evidenceBookmarked, this, &DrillDesk::bookmark);
    connect(m_window.navigator(), &Navigator::traceRequested, this,
            [this](const QString& id) { suggest(QStringLiteral("trace:") + id); });
    if (auto* traces = qobject_cast<TracesPage*>(m_window.page(QStringLiteral("traces")))) {
        connect(traces, &TracesPage::traceOpened, this, [this, traces] {
            if (const AssembledTrace* t = traces->traceView()->trace())
                suggest(traceEvidence(t->id));
        });
    }
    updateActions();
}

DrillDesk::~DrillDesk() = default;

QString DrillDesk::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/kunren/kunren.db");
}

bool DrillDesk::openDatabase(const QString& path)
{
    m_db.reset();
    m_dbPath.clear();
    m_dbError.clear();
    QDir().mkpath(QFileInfo(path).absolutePath());
    DrillDatabaseOpen opened = DrillDatabase::open(path.toStdString());
    if (!opened.db) {
        m_dbError = qs(opened.error);
        updateRecording();
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Drills Database Refused"),
                                    tr("Kunren cannot use the drills database:"), QMessageBox::Ok, &m_window);
        box->setObjectName(QStringLiteral("databaseRefusedMessage"));
        // One sentence (the engine's, which says the file was left untouched), and SQLite's report on demand.
        box->setInformativeText(tr("%1\n\nDrills run, but are not saved until Kunren starts with another database "
                                   "(kunren --db PATH).")
                                    .arg(m_dbError));
        if (!opened.details.empty())
            box->setDetailedText(tr("SQLite reports:\n%1").arg(qs(opened.details)));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        showStatus(tr("Drills are not saved: the database was refused."));
        return false;
    }
    m_db = std::move(opened.db);
    m_dbPath = path;
    updateRecording();
    if (auto* launch = qobject_cast<LaunchPage*>(m_window.page(QStringLiteral("home"))))
        launch->setResultsProvider([this](const QString& scenarioId) { return pastResults(scenarioId); });
    return true;
}

void DrillDesk::setProfile(const TraineeProfile& profile)
{
    m_profile = profile;
    profile.save();
    updateRecording();
}

QDialog* DrillDesk::editProfile()
{
    auto* dialog = new ProfileDialog(m_profile, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setProfile(dialog->profile()); });
    dialog->open();
    return dialog;
}

// Drills started from now on are recorded under the current trainee (the login name until the trainee
// gives theirs). The drill worker adds the trainee to the database with the drill's first write.
void DrillDesk::updateRecording()
{
    const QString name = m_profile.isEmpty() ? TraineeProfile::defaultName() : m_profile.name;
    m_runner->setRecording(m_db ? m_dbPath : QString(), name, m_profile.team);
}

PastResults DrillDesk::pastResults(const QString& scenarioId) const
{
    PastResults r;
    if (!m_db)
        return r;
    try {
        const QString name = m_profile.isEmpty() ? TraineeProfile::defaultName() : m_profile.name;
        const auto trainee = m_db->findTrainee(name.toStdString());
        if (!trainee)
            return r;
        for (const DrillHistoryRow& row : traineeHistory(*m_db, trainee->id)) {
            if (qs(row.drill.scenarioId) != scenarioId || !row.drill.endedMs)
                continue; // the drill running now is not a result yet
            ++r.attempts;
            r.lastStarted = QDateTime::fromMSecsSinceEpoch(row.drill.startedMs);
            if (!row.score)
                continue;
            ++r.scored;
            r.last = row.score->total;
            if (!r.best || row.score->total > *r.best) {
                r.best = row.score->total;
                r.bestRootCauseSeconds = row.score->rootCauseSeconds;
            }
        }
    } catch (const std::exception&) {
        return {}; // a read that fails shows no results rather than wrong ones
    }
    return r;
}

QMessageBox* DrillDesk::offerInterruptedDrill()
{
    if (!m_db)
        return nullptr;
    const std::vector<DrillRecord> interrupted = m_db->interruptedDrills();
    if (interrupted.empty())
        return nullptr;
    const DrillRecord drill = *std::max_element(
        interrupted.begin(), interrupted.end(),
        [](const DrillRecord& a, const DrillRecord& b) { return a.startedMs < b.startedMs; });
    const QString at = formatElapsed(drill.lastActionAt); // the drill clock's own form
    auto* box = new QMessageBox(QMessageBox::Question, tr("Interrupted Drill"),
                                tr("A drill was interrupted before it ended."), QMessageBox::NoButton, &m_window);
    box->setObjectName(QStringLiteral("interruptedDrillPrompt"));
    box->setInformativeText(
        tr("%1 — %2, started %3, stopped at %4 after %n action(s).\n\n"
           "Resume it where it stopped, or close it (its notes are kept).",
           nullptr, static_cast<int>(drill.actions))
            .arg(qs(drill.scenarioId), qs(drill.trainee),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(drill.startedMs), QLocale::ShortFormat), at));
    QPushButton* resume = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("resumeDrillButton"));
    QPushButton* close = box->addButton(tr("&Close Drill"), QMessageBox::DestructiveRole);
    close->setObjectName(QStringLiteral("closeDrillButton"));
    box->addButton(tr("&Later"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("laterButton"));
    box->setDefaultButton(resume);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const std::int64_t id = drill.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, resume, close, id](QAbstractButton* button) {
        if (!m_db)
            return;
        if (button == resume) {
            QString error;
            if (m_runner->resume(m_dbPath, id, m_db->actions(id), &error)) {
                m_window.setWindowTitle(tr("%1 — Kunren").arg(localized(m_runner->scenario()->title)));
                if (auto* launch = qobject_cast<LaunchPage*>(m_window.page(QStringLiteral("home"))))
                    launch->showScenario();
                showStatus(tr("Resuming the interrupted drill where it stopped. Space plays."));
            } else {
                showStatus(tr("Could not resume the drill: %1").arg(error));
            }
        } else if (button == close) {
            try {
                m_db->closeInterruptedDrill(id);
                showStatus(tr("The interrupted drill was closed; its notes are kept."));
            } catch (const std::exception& e) {
                showStatus(tr("Could not close the drill: %1").arg(qs(e.what())));
            }
        }
        Q_EMIT interruptedDrillHandled();
    });
    box->open();
    return box;
}

QString DrillDesk::toolOfPage(const QString& pageId)
{
    // The names toolTaughtBy (drill/InvestigationPath.h) maps the scenarios' `teaches` tags to, so the
    // score can tell which taught tool went unused.
    static const QHash<QString, QString> tools{
        {QStringLiteral("channels"), QStringLiteral("alerts")},
        {QStringLiteral("map"), QStringLiteral("service-map")},
        {QStringLiteral("apm"), QStringLiteral("apm")},
        {QStringLiteral("traces"), QStringLiteral("traces")},
        {QStringLiteral("logs"), QStringLiteral("logs")},
        {QStringLiteral("metrics"), QStringLiteral("metrics")},
        {QStringLiteral("errors"), QStringLiteral("error-tracking")},
        {QStringLiteral("events"), QStringLiteral("events")},
        {QStringLiteral("monitors"), QStringLiteral("monitors")},
    };
    return tools.value(pageId);
}

void DrillDesk::onPageChanged(const QString& pageId)
{
    const QString tool = toolOfPage(pageId);
    // While the simulation is still being built the worker logs it as soon as recording begins.
    if (!tool.isEmpty() && (m_runner->isLoaded() || m_runner->isLoading()) && !m_runner->isDrillEnded())
        m_runner->openView(tool);
}

// Every search bar of every page: a submitted search is a query.run in that page's tool.
void DrillDesk::watchQueries()
{
    for (const QString& id : m_window.pageIds()) {
        const QString tool = toolOfPage(id);
        QWidget* page = m_window.page(id);
        if (tool.isEmpty() || !page)
            continue;
        for (QueryBar* bar : page->findChildren<QueryBar*>()) {
            // Only queries the trainee settled on: a search fired on a typing pause may be half a query.
            connect(bar, &QueryBar::committed, this, [this, tool](const QString& query) {
                const QString text = query.trimmed();
                if (text.isEmpty() || !m_runner->isLoaded() || m_runner->isDrillEnded() ||
                    m_lastQuery.value(tool) == text)
                    return;
                m_lastQuery.insert(tool, text);
                m_runner->runQuery(tool, text);
                suggest(queryEvidence(text));
            });
        }
    }
    connect(m_runner, &DrillRunner::loaded, this, [this] { m_lastQuery.clear(); });
}

void DrillDesk::buildActions()
{
    auto make = [this](const QString& text, const QKeySequence& key, const QString& name, auto slot) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setObjectName(name);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                    key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        m_drillActions << a;
        return a;
    };
    QAction* hints = make(tr("&Hints…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), QStringLiteral("hintsAction"),
                          [this] { showHints(); });
    m_hypothesisAction = make(tr("&Declare Hypothesis…"), QKeySequence(Qt::CTRL | Qt::Key_D),
                              QStringLiteral("hypothesisAction"), [this] { declareHypothesis(); });
    QAction* bookmark = make(tr("&Bookmark as Evidence"), QKeySequence(Qt::CTRL | Qt::Key_B),
                             QStringLiteral("bookmarkAction"), [this] { bookmarkCurrent(); });
    QAction* note = make(tr("Add &Note…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QStringLiteral("noteAction"),
                         [this] { addNote(); });
    m_endAction = make(tr("&End Drill…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                       QStringLiteral("endDrillAction"), [this] { endDrill(); });

    m_mitigationMenu = new QMenu(tr("&Mitigate"), &m_window);
    m_mitigationMenu->setObjectName(QStringLiteral("mitigationMenu"));
    for (MitigationKind kind :
         {MitigationKind::Rollback, MitigationKind::ScaleOut, MitigationKind::RaiseLimit, MitigationKind::Restart,
          MitigationKind::Failover, MitigationKind::DisableFlag, MitigationKind::None}) {
        if (kind == MitigationKind::None)
            m_mitigationMenu->addSeparator();
        QAction* a = m_mitigationMenu->addAction(mitigationLabel(kind) + QStringLiteral("…"), this,
                                                 [this, kind] { mitigate(kind); });
        a->setObjectName(QStringLiteral("mitigate-") + QLatin1String(toString(kind)));
        a->setToolTip(mitigationDescription(kind));
    }
    QAction* mitigateAction = m_mitigationMenu->menuAction();
    mitigateAction->setObjectName(QStringLiteral("mitigateAction"));
    mitigateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    mitigateAction->setToolTip(tr("Act on the running system (Ctrl+M)"));
    connect(mitigateAction, &QAction::triggered, this, [this] {
        // The shortcut pops the menu up under the toolbar button.
        if (auto* button = qobject_cast<QToolButton*>(
                m_window.drillToolBar()->widgetForAction(m_mitigationMenu->menuAction())))
            button->showMenu();
    });
    m_drillActions << mitigateAction;

    DrillToolBar* bar = m_window.drillToolBar();
    bar->addSeparator();
    bar->addAction(hints);
    bar->addAction(m_hypothesisAction);
    bar->addAction(mitigateAction);
    if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(mitigateAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    bar->addAction(m_endAction);

    QMenu* menu = m_window.menuBar()->findChild<QMenu*>(QStringLiteral("drillMenu"));
    if (!menu)
        menu = m_window.menuBar()->addMenu(tr("&Drill"));
    menu->addSeparator();
    menu->addAction(hints);
    menu->addAction(m_hypothesisAction);
    menu->addAction(bookmark);
    menu->addMenu(m_mitigationMenu);
    menu->addAction(note);
    menu->addSeparator();
    menu->addAction(m_endAction);
    menu->addSeparator();
    QAction* profile = menu->addAction(tr("Trainee &Profile…"), this, [this] { editProfile(); });
    profile->setObjectName(QStringLiteral("profileAction"));
    m_window.addAction(mitigateAction); // its shortcut works wherever the focus is
}

void DrillDesk::updateActions()
{
    const bool running = m_runner->isLoaded() && !m_runner->isDrillEnded();
    for (QAction* a : m_drillActions)
        a->setEnabled(running);
}

void DrillDesk::suggest(const QString& ref)
{
    m_suggestions.removeAll(ref);
    m_suggestions.prepend(ref);
    while (m_suggestions.size() > 20)
        m_suggestions.removeLast();
}

HintsDialog* DrillDesk::showHints()
{
    if (!m_hints)
        m_hints = new HintsDialog(m_runner, &m_window);
    m_hints->show();
    m_hints->raise();
    m_hints->activateWindow();
    return m_hints;
}

HypothesisDialog* DrillDesk::declareHypothesis(const QString& component)
{
    if (!m_runner->isLoaded() || m_runner->isDrillEnded())
        return nullptr;
    QStringList suggestions;
    for (const QString& s : m_suggestions)
        if (!m_bookmarks.contains(s))
            suggestions << s;
    auto* dialog = new HypothesisDialog(m_runner, m_bookmarks, suggestions, component, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { showStatus(tr("Hypothesis declared. Mitigate when you are sure (Ctrl+M).")); });
    dialog->open();
    return dialog;
}

MitigationDialog* DrillDesk::mitigate(MitigationKind kind, const QString& target)
{
    if (!m_runner->isLoaded() || m_runner->isDrillEnded())
        return nullptr;
    auto* dialog = new MitigationDialog(m_runner, kind, target, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QMessageBox* DrillDesk::endDrill()
{
    if (!m_runner->isLoaded() || m_runner->isDrillEnded())
        return nullptr;
    auto* box = new QMessageBox(QMessageBox::Question, tr("End Drill"), tr("End the drill and see your score?"),
                                QMessageBox::Cancel, &m_window);
    box->setObjectName(QStringLiteral("endDrillPrompt"));
    box->setInformativeText(tr("The clock stops for good. Your score is computed from everything you did."));
    QPushButton* resolved = box->addButton(tr("End — &Resolved"), QMessageBox::AcceptRole);
    resolved->setObjectName(QStringLiteral("endResolvedButton"));
    QPushButton* gaveUp = box->addButton(tr("End — &Give Up"), QMessageBox::DestructiveRole);
    gaveUp->setObjectName(QStringLiteral("endGaveUpButton"));
    box->setDefaultButton(resolved);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, resolved, gaveUp](QAbstractButton* b) {
        if (b == resolved)
            m_runner->endDrill(QStringLiteral("resolved"));
        else if (b == gaveUp)
            m_runner->endDrill(QStringLiteral("gave up"));
    });
    box->open();
    return box;
}

void DrillDesk::addNote()
{
    if (!m_runner->isLoaded() || m_runner->isDrillEnded())
        return;
    auto* dialog = new QInputDialog(&m_window);
    dialog->setObjectName(QStringLiteral("noteDialog"));
    dialog->setWindowTitle(tr("Add Note"));
    dialog->setLabelText(tr("A note for the drill's timeline and your retrospective:"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        if (!text.trimmed().isEmpty())
            m_runner->addNote(text.trimmed());
    });
    dialog->open();
}

QString DrillDesk::bookmarkCurrent()
{
    QWidget* page = m_window.page(m_window.currentPageId());
    QString ref;
    if (const auto* source = dynamic_cast<const EvidenceSource*>(page))
        ref = source->currentEvidence();
    else if (QueryBar* bar = page ? page->findChild<QueryBar*>() : nullptr;
             bar && bar->isVisible() && !bar->query().isEmpty())
        ref = queryEvidence(bar->query());
    if (ref.isEmpty()) {
        showStatus(
            tr("Nothing to bookmark here: select a log line, a span, a chart, an issue or an event, or run a search."));
        return {};
    }
    bookmark(ref);
    return m_bookmarks.contains(ref) ? ref : QString();
}

void DrillDesk::bookmark(const QString& ref)
{
    if (!m_runner->isLoaded() || m_runner->isDrillEnded()) {
        showStatus(tr("Evidence is bookmarked during a drill."));
        return;
    }
    if (!m_bookmarks.contains(ref))
        m_bookmarks << ref;
    showStatus(tr("Bookmarked as evidence: %1").arg(ref));
}

void DrillDesk::showStatus(const QString& message) { m_window.statusBar()->showMessage(message, 8000); }

} // namespace kunren::app
