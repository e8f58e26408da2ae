#include "MainWindow.h"

#include "BriefingView.h"
#include "DrillToolBar.h"
#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "models/LibraryModel.h"
#include "models/ServiceHealthModel.h"
#include "scenario/ScenarioLoader.h"

#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace kunren::app {

namespace {

QTableView* makeTable(QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_runner(new DrillRunner(this)),
      m_library(new LibraryModel(this)),
      m_health(new ServiceHealthModel(this)),
      m_healthSorted(new QSortFilterProxyModel(this)),
      m_toolBar(new DrillToolBar(m_runner, this))
{
    setWindowTitle(tr("Kunren — incident drills"));
    addToolBar(m_toolBar);
    buildMenus();

    m_libraryView = makeTable(this);
    m_libraryView->setObjectName(QStringLiteral("libraryView"));
    m_libraryView->setModel(m_library);
    m_libraryView->horizontalHeader()->setSectionResizeMode(LibraryModel::Title, QHeaderView::Stretch);
    m_libraryView->horizontalHeader()->setSectionResizeMode(LibraryModel::Difficulty, QHeaderView::ResizeToContents);
    m_libraryView->horizontalHeader()->setSectionResizeMode(LibraryModel::Duration, QHeaderView::ResizeToContents);
    m_library->setEntries(listLibrary(builtinScenarioDir() / "library"));
    connect(m_libraryView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const LibraryEntry* e = m_library->entry(index.row()))
            startScenario(qs(e->id));
    });

    m_briefing = new BriefingView(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c14; padding: 8px; "
                                          "border: 1px solid #f5c2bd; border-radius: 4px; }"));
    m_error->hide();

    m_healthSorted->setSourceModel(m_health);
    m_healthSorted->setSortRole(ServiceHealthModel::SortRole);
    m_healthView = makeTable(this);
    m_healthView->setObjectName(QStringLiteral("serviceHealthView"));
    m_healthView->setModel(m_healthSorted);
    m_healthView->setSortingEnabled(true);
    m_healthView->sortByColumn(ServiceHealthModel::Service, Qt::AscendingOrder);
    m_healthView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_healthView->horizontalHeader()->setSectionResizeMode(ServiceHealthModel::Service, QHeaderView::Stretch);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_error);
    auto* vertical = new QSplitter(Qt::Vertical, right);
    vertical->addWidget(m_briefing);
    vertical->addWidget(m_healthView);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 3);
    rightLayout->addWidget(vertical);

    auto* horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(m_libraryView);
    horizontal->addWidget(right);
    horizontal->setStretchFactor(0, 2);
    horizontal->setStretchFactor(1, 5);
    setCentralWidget(horizontal);

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);
    statusBar()->showMessage(tr("Pick a scenario and press Play (Space)."));

    connect(m_runner, &DrillRunner::advanced, this, &MainWindow::onAdvanced);
    connect(m_runner, &DrillRunner::finished, this, [this] { statusBar()->showMessage(tr("Drill finished.")); });
    connect(m_runner, &DrillRunner::playingChanged, this, [this](bool playing) {
        statusBar()->showMessage(playing ? tr("Drill running. Space pauses.") : tr("Paused. Space resumes."));
    });
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // Views must let go of the telemetry before the runner's worker deletes it.
    m_health->setTelemetry(nullptr);
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
    drill->addAction(m_toolBar->playAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Kunren"), this, [this] {
        QMessageBox::about(this, tr("About Kunren"),
                           tr("<b>Kunren</b> %1<br>Incident drills for observability training.")
                               .arg(QApplication::applicationVersion()));
    });
}

bool MainWindow::startScenario(const QString& idOrPath, std::optional<quint64> seed)
{
    m_health->setTelemetry(nullptr);
    QString error;
    if (!m_runner->load(idOrPath, seed, &error)) {
        showError(tr("Could not start \"%1\":\n%2").arg(idOrPath, error));
        return false;
    }
    m_error->hide();
    m_briefing->showScenario(m_runner->scenario());
    m_health->setTelemetry(m_runner->telemetry());
    const int row = m_library->rowOf(qs(m_runner->scenario()->id));
    if (row >= 0)
        m_libraryView->selectRow(row);
    setWindowTitle(tr("%1 — Kunren").arg(localized(m_runner->scenario()->title)));
    updateStatus();
    return true;
}

void MainWindow::openScenarioFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Scenario"), QString(),
                                                      tr("Kunren scenarios (*.scenario.json);;JSON files (*.json)"));
    if (!file.isEmpty())
        startScenario(file);
}

void MainWindow::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    statusBar()->showMessage(tr("The scenario has errors; nothing was started."));
}

void MainWindow::onAdvanced(qint64)
{
    m_health->refresh();
    updateStatus();
}

void MainWindow::updateStatus()
{
    const TelemetryStore* st = m_runner->telemetry();
    if (!st)
        return;
    const TelemetryCounts c = st->counts();
    const QLocale locale;
    m_status->setText(tr("%1 traces · %2 spans · %3 logs · %4 events · traces sampled at %5%")
                          .arg(locale.toString(static_cast<qulonglong>(c.traces)),
                               locale.toString(static_cast<qulonglong>(c.spans)),
                               locale.toString(static_cast<qulonglong>(c.logs)),
                               locale.toString(static_cast<qulonglong>(c.events)),
                               locale.toString(m_runner->traceSampleRate() * 100.0, 'g', 3)));
}

} // namespace kunren::app
