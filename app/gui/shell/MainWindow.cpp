#include "shell/MainWindow.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "home/LaunchPage.h"
#include "models/EnglishPlurals.h"
#include "models/Formatting.h"
#include "shell/DrillDesk.h"
#include "shell/DrillStatusBar.h"
#include "shell/DrillToolBar.h"
#include "shell/ShortcutsDialog.h"
#include "shell/Theme.h"
#include "widgets/Icons.h"
#include "widgets/Navigator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace kunren::app {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_runner(new DrillRunner(this)),
      m_navigator(new Navigator(this)),
      m_toolBar(new DrillToolBar(m_runner, this)),
      m_rail(new QListWidget(this)),
      m_stack(new QStackedWidget(this)),
      m_launch(new LaunchPage(m_runner, this))
{
    EnglishPlurals::install(); // "1 event", not "1 event(s)" (main() installs it before the pages exist)
    setWindowTitle(tr("Kunren — incident drills"));
    addToolBar(m_toolBar);

    m_rail->setObjectName(QStringLiteral("navigationRail"));
    m_rail->setFrameShape(QFrame::NoFrame);
    m_rail->setIconSize(QSize(18, 18));
    m_rail->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    // The window colour through the background role, not a style sheet: a style sheet keeps the colour of the
    // palette it was set under, and the rail stayed light in the dark theme.
    m_rail->viewport()->setBackgroundRole(QPalette::Window);
    m_rail->setStyleSheet(QStringLiteral("QListWidget#navigationRail::item { padding: 7px 12px; }"));
    m_stack->setObjectName(QStringLiteral("pageStack"));
    connect(m_rail, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_rail, &QListWidget::currentRowChanged, this,
            [this](int row) { Q_EMIT pageChanged(m_pageOrder.value(row)); });

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    addPage(QStringLiteral("home"), tr("Drills"), m_launch);
    connect(m_launch, &LaunchPage::startRequested, this, [this](const QString& id, quint64 seed) {
        startScenario(id, seed ? std::optional<quint64>(seed) : std::nullopt);
    });
    // With no drill running, Space starts the drill chosen on the Drills page.
    connect(m_launch, &LaunchPage::selectionChanged, m_toolBar,
            [this](const QString& id) { m_toolBar->setStartAvailable(!id.isEmpty()); });
    connect(m_toolBar, &DrillToolBar::startRequested, m_launch, &LaunchPage::startSelected);
    registerWorkspacePages(*this);
    buildMenus();
    routeNavigation();
    m_desk = new DrillDesk(*this); // the trainee's side of a drill: recording, hints, hypothesis, mitigations

    auto* status = new DrillStatusBar(m_runner, this);
    setStatusBar(status);
    connect(status, &DrillStatusBar::channelsRequested, this, [this] { showPage(QStringLiteral("channels")); });

    connect(m_runner, &DrillRunner::advanced, this, &MainWindow::onAdvanced);
    connect(m_runner, &DrillRunner::engineFailed, this, &MainWindow::showEngineFailure);
    connect(m_runner, &DrillRunner::loadStarted, this, [this] { m_loadingId = qs(m_runner->scenario()->id); });
    connect(m_runner, &DrillRunner::loadFailed, this, &MainWindow::showLoadFailure);
    resize(1400, 860);
}

MainWindow::~MainWindow()
{
    // Pages hold pointers into the drill's telemetry: delete them while the drill still exists.
    delete m_stack;
    m_stack = nullptr;
}

QIcon MainWindow::railIcon(const QString& id) const
{
    const auto row = m_pageOrder.indexOf(id);
    return row < 0 ? QIcon() : m_rail->item(static_cast<int>(row))->icon();
}

void MainWindow::changeEvent(QEvent* event)
{
    // After a theme switch the rail, which has a style sheet, keeps the palette it was polished with until
    // it is polished again; and views cache icon pixmaps, so the glyphs (painted in the palette's text
    // colour) are made anew.
    if (event->type() == QEvent::PaletteChange) {
        m_rail->setStyleSheet(m_rail->styleSheet());
        for (int row = 0; row < m_rail->count(); ++row)
            m_rail->item(row)->setIcon(pageIcon(m_pageOrder.value(row)));
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::addPage(const QString& id, const QString& title, QWidget* page)
{
    Q_ASSERT(!m_pages.contains(id));
    page->setObjectName(id + QStringLiteral("Page"));
    m_pages.insert(id, page);
    m_pageOrder << id;
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(pageIcon(id), title, m_rail);
    item->setData(Qt::UserRole, id);
    const qsizetype n = m_pageOrder.size();
    if (n <= 9)
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(n));
    if (n == 1)
        m_rail->setCurrentRow(0);
    m_rail->setFixedWidth(std::max(m_rail->sizeHintForColumn(0) + 8, 140));
}

void MainWindow::showPage(const QString& id)
{
    const qsizetype row = m_pageOrder.indexOf(id);
    if (row >= 0)
        m_rail->setCurrentRow(static_cast<int>(row));
}

QWidget* MainWindow::page(const QString& id) const { return m_pages.value(id); }

QString MainWindow::currentPageId() const
{
    const int row = m_rail->currentRow();
    return row >= 0 ? m_pageOrder.value(row) : QString();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Scenario File…"), this, &MainWindow::openScenarioFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* drill = menuBar()->addMenu(tr("&Drill"));
    drill->setObjectName(QStringLiteral("drillMenu"));
    drill->addAction(m_toolBar->playAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* themes = new QActionGroup(this);
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        QAction* a = view->addAction(theme == Theme::Dark ? tr("&Dark Theme") : tr("&Light Theme"));
        a->setObjectName(themeName(theme) + QStringLiteral("ThemeAction"));
        a->setCheckable(true);
        a->setChecked(currentTheme() == theme);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [theme] {
            applyTheme(theme);
            QSettings().setValue(QStringLiteral("ui/theme"), themeName(theme));
        });
    }

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (qsizetype i = 0; i < m_pageOrder.size(); ++i) {
        const QString id = m_pageOrder[i];
        QAction* action = go->addAction(m_rail->item(static_cast<int>(i))->text(), this, [this, id] { showPage(id); });
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(glyphIcon(Glyph::Keyboard), tr("&Keyboard Shortcuts"), this,
                                    [this] { showShortcuts(this); });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Question)});
    help->addAction(tr("&About Kunren"), this, [this] {
        QMessageBox::about(this, tr("About Kunren"),
                           tr("<b>Kunren</b> %1<br>Incident drills for observability training.")
                               .arg(QApplication::applicationVersion()));
    });
}

// Each cross-link shows the page that owns its target; the page itself listens to the navigator
// for the target. Links to pages this build does not have are ignored.
void MainWindow::routeNavigation()
{
    const auto to = [this](const char* id) { return [this, page = QString::fromLatin1(id)] { showPage(page); }; };
    connect(m_navigator, &Navigator::serviceRequested, this, to("apm"));
    connect(m_navigator, &Navigator::traceRequested, this, to("traces"));
    connect(m_navigator, &Navigator::spansRequested, this, to("traces"));
    connect(m_navigator, &Navigator::logsRequested, this, to("logs"));
    connect(m_navigator, &Navigator::metricsRequested, this, to("metrics"));
    connect(m_navigator, &Navigator::errorIssueRequested, this, to("errors"));
    connect(m_navigator, &Navigator::monitorRequested, this, to("monitors"));
    connect(m_navigator, &Navigator::runbookRequested, this, to("monitors"));
    connect(m_navigator, &Navigator::eventsRequested, this, to("events"));
    connect(m_navigator, &Navigator::pageRequested, this, &MainWindow::showPage);
}

bool MainWindow::startScenario(const QString& idOrPath, std::optional<quint64> seed, QString* errorOut)
{
    QString error;
    if (!m_runner->load(idOrPath, seed, &error)) {
        if (errorOut)
            *errorOut = error;
        m_launch->showError(tr("Could not start \"%1\":\n%2").arg(idOrPath, error));
        showPage(QStringLiteral("home"));
        statusBar()->showMessage(tr("The scenario has errors; nothing was started."));
        return false;
    }
    m_launch->showScenario();
    setWindowTitle(tr("%1 — Kunren").arg(localized(m_runner->scenario()->title)));
    return true;
}

void MainWindow::showLoadFailure(const QString& message)
{
    // The scenario was fine but the engine could not build its simulation: said where a scenario's errors are.
    setWindowTitle(tr("Kunren — incident drills"));
    m_launch->showError(tr("Could not start \"%1\":\n%2").arg(m_loadingId, message));
    showPage(QStringLiteral("home"));
}

void MainWindow::openScenarioFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Scenario"), QString(),
                                                      tr("Kunren scenarios (*.scenario.json);;JSON files (*.json)"));
    if (!file.isEmpty())
        startScenario(file);
}

void MainWindow::onAdvanced(qint64) { m_launch->refresh(); }

void MainWindow::showEngineFailure(const QString& what, qint64 simTimeUs)
{
    // Window-modal and not waited for: the drill keeps recording behind it.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("The simulation stopped"),
                                tr("The simulation stopped at %1 and cannot go on.").arg(formatElapsed(simTimeUs)),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("engineFailureMessage"));
    box->setInformativeText(tr("Everything you did is recorded and saved, and the telemetry up to then stays readable: "
                               "declare a root cause, take notes and end the drill as usual."));
    box->setDetailedText(what);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace kunren::app
