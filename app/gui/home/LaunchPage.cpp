#include "home/LaunchPage.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "home/BriefingView.h"
#include "models/LibraryModel.h"
#include "models/ServiceHealthModel.h"
#include "scenario/Scenario.h"
#include "scenario/ScenarioLoader.h"
#include "widgets/Tables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kunren::app {

LaunchPage::LaunchPage(DrillRunner* runner, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_library(new LibraryModel(this)),
      m_librarySorted(new QSortFilterProxyModel(this)),
      m_health(new ServiceHealthModel(this)),
      m_healthSorted(new QSortFilterProxyModel(this))
{
    m_library->setEntries(listLibrary(builtinScenarioDir() / "library"));
    m_librarySorted->setSourceModel(m_library);
    m_librarySorted->setSortRole(LibraryModel::SortRole);
    m_libraryView = makeTable(this);
    m_libraryView->setObjectName(QStringLiteral("libraryView"));
    m_libraryView->setModel(m_librarySorted);
    m_libraryView->setSortingEnabled(true);
    m_libraryView->sortByColumn(LibraryModel::Difficulty, Qt::AscendingOrder); // first drills first
    m_libraryView->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_libraryView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LibraryModel::Title, QHeaderView::Stretch);
    connect(m_libraryView, &QTableView::activated, this, &LaunchPage::startSelected);

    // Same seed, same drill: a facilitator gives the room one seed so everyone sees the same incident.
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seedBox"));
    m_seed->setRange(0, 999999);
    m_seed->setSpecialValueText(tr("scenario's own"));
    m_seed->setToolTip(tr("Random seed. The same seed gives everyone the same drill."));
    auto* random = new QPushButton(tr("Random"), this);
    connect(random, &QPushButton::clicked, this,
            [this] { m_seed->setValue(static_cast<int>(QRandomGenerator::global()->bounded(1, 999999))); });
    m_start = new QPushButton(tr("Start drill"), this);
    m_start->setObjectName(QStringLiteral("startDrillButton"));
    m_start->setDefault(true);
    m_start->setEnabled(false);
    connect(m_start, &QPushButton::clicked, this, &LaunchPage::startSelected);
    connect(m_libraryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_start->setEnabled(current.isValid());
                showSelected();
                Q_EMIT selectionChanged(selectedScenario());
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
    // Service names whole; the kind column gives way when the pane is narrow.
    m_healthView->horizontalHeader()->setSectionResizeMode(ServiceHealthModel::Kind, QHeaderView::Stretch);
    m_healthEmpty = new QLabel(tr("<p><b>Service health</b></p><p>Once a drill runs, every service of its topology "
                                  "is listed here with its requests per second, error rate, p95 latency and ready "
                                  "pods over the last seconds of drill time — a first look at what is on fire.</p>"
                                  "<p>Choose a drill on the left and press <b>Enter</b> or <b>Space</b> (or "
                                  "<b>Start drill</b>) to start it.</p>"),
                               this);
    m_healthEmpty->setObjectName(QStringLiteral("serviceHealthEmpty"));
    m_healthEmpty->setWordWrap(true);
    m_healthEmpty->setAlignment(Qt::AlignCenter);
    m_healthEmpty->setMargin(24);
    m_healthEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_healthStack = new QStackedWidget(this);
    m_healthStack->addWidget(m_healthEmpty);
    m_healthStack->addWidget(m_healthView);
    connect(m_healthSorted, &QAbstractItemModel::modelReset, this, &LaunchPage::showHealthOrExplanation);
    connect(m_healthSorted, &QAbstractItemModel::rowsInserted, this, &LaunchPage::showHealthOrExplanation);
    connect(m_healthSorted, &QAbstractItemModel::rowsRemoved, this, &LaunchPage::showHealthOrExplanation);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_error);
    auto* vertical = new QSplitter(Qt::Vertical, right);
    vertical->addWidget(m_briefing);
    vertical->addWidget(m_healthStack);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    rightLayout->addWidget(vertical);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_libraryView);
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(new QLabel(tr("Seed:"), this));
    startRow->addWidget(m_seed, 1);
    startRow->addWidget(random);
    startRow->addWidget(m_start);
    leftLayout->addLayout(startRow);

    auto* horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(left);
    horizontal->addWidget(right);
    horizontal->setStretchFactor(0, 1);
    horizontal->setStretchFactor(1, 1);
    // The library gets room for its longest titles and the topology column; the briefing the rest.
    horizontal->setSizes({700, 560});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(horizontal);

    // Views must let go of the telemetry before the runner's worker deletes it.
    connect(m_runner, &DrillRunner::unloading, this, [this] { m_health->setTelemetry(nullptr); });
    // The telemetry exists once the drill's simulation is built (showScenario() may come before).
    connect(m_runner, &DrillRunner::loaded, this, [this] { m_health->setTelemetry(m_runner->telemetry()); });
    showHealthOrExplanation();
}

void LaunchPage::showHealthOrExplanation()
{
    m_healthStack->setCurrentWidget(m_healthSorted->rowCount() > 0 ? static_cast<QWidget*>(m_healthView)
                                                                   : m_healthEmpty);
}

LaunchPage::~LaunchPage() { m_health->setTelemetry(nullptr); }

void LaunchPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void LaunchPage::clearError() { m_error->hide(); }

void LaunchPage::showScenario()
{
    m_error->hide();
    m_health->setTelemetry(m_runner->telemetry());
    if (const Scenario* sc = m_runner->scenario()) {
        m_previews.insert(qs(sc->id), m_runner->sharedScenario());
        if (!selectScenario(qs(sc->id)))
            m_briefing->showScenario(sc); // a file from outside the library
    }
}

bool LaunchPage::selectScenario(const QString& id)
{
    const int row = m_library->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_librarySorted->mapFromSource(m_library->index(row, LibraryModel::Title));
    m_libraryView->setCurrentIndex(index);
    m_libraryView->scrollTo(index);
    showSelected(); // also when it was selected already (its results may have changed)
    return true;
}

QString LaunchPage::selectedScenario() const
{
    const QModelIndex current = m_libraryView->currentIndex();
    return current.isValid() ? current.data(LibraryModel::IdRole).toString() : QString();
}

void LaunchPage::setResultsProvider(PastResultsProvider provider)
{
    m_results = std::move(provider);
    showSelected();
}

std::shared_ptr<const Scenario> LaunchPage::preview(const QString& id)
{
    if (auto it = m_previews.constFind(id); it != m_previews.cend())
        return *it;
    const int row = m_library->rowOf(id);
    const LibraryEntry* entry = m_library->entry(row);
    if (!entry)
        return nullptr;
    auto loaded = loadScenarioFile(entry->path); // a few ms, even for the 61-service topology
    std::shared_ptr<const Scenario> sc = loaded.ok() ? loaded.value : nullptr;
    m_previews.insert(id, sc);
    return sc;
}

void LaunchPage::showSelected()
{
    const QString id = selectedScenario();
    if (id.isEmpty()) {
        m_briefing->showScenario(nullptr);
        return;
    }
    const auto sc = preview(id);
    if (!sc) {
        m_briefing->setPlainText(tr("%1 does not load: kunren-cli validate says why.").arg(id));
        return;
    }
    const PastResults results = m_results ? m_results(id) : PastResults{};
    m_briefing->showScenario(sc.get(), m_results ? &results : nullptr);
}

void LaunchPage::refresh() { m_health->refresh(); }

void LaunchPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    showSelected(); // back from a drill: its score is among the results now
}

void LaunchPage::startSelected()
{
    const QString id = selectedScenario();
    if (!id.isEmpty())
        Q_EMIT startRequested(id, static_cast<quint64>(m_seed->value()));
}

} // namespace kunren::app
