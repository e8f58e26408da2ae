#include "home/LaunchPage.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "home/BriefingView.h"
#include "models/LibraryModel.h"
#include "models/ServiceHealthModel.h"
#include "scenario/ScenarioLoader.h"
#include "widgets/Tables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kunren::app {

LaunchPage::LaunchPage(DrillRunner* runner, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_library(new LibraryModel(this)),
      m_health(new ServiceHealthModel(this)),
      m_healthSorted(new QSortFilterProxyModel(this))
{
    m_libraryView = makeTable(this);
    m_libraryView->setObjectName(QStringLiteral("libraryView"));
    m_libraryView->setModel(m_library);
    m_libraryView->horizontalHeader()->setSectionResizeMode(LibraryModel::Title, QHeaderView::Stretch);
    m_libraryView->horizontalHeader()->setSectionResizeMode(LibraryModel::Difficulty, QHeaderView::ResizeToContents);
    m_libraryView->horizontalHeader()->setSectionResizeMode(LibraryModel::Duration, QHeaderView::ResizeToContents);
    m_library->setEntries(listLibrary(builtinScenarioDir() / "library"));
    m_libraryView->horizontalHeader()->setSectionResizeMode(LibraryModel::Size, QHeaderView::ResizeToContents);
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
            [this](const QModelIndex& current) { m_start->setEnabled(current.isValid()); });

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
    m_healthEmpty = new QLabel(tr("<p><b>Service health</b></p><p>Once a drill runs, every service of its topology "
                                  "is listed here with its requests per second, error rate, p95 latency and ready "
                                  "pods over the last seconds of drill time — a first look at what is on fire.</p>"
                                  "<p>Pick a scenario on the left and press <b>Start drill</b>.</p>"),
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
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 3);
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
    horizontal->setStretchFactor(0, 3);
    horizontal->setStretchFactor(1, 5);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(horizontal);

    // Views must let go of the telemetry before the runner's worker deletes it.
    connect(m_runner, &DrillRunner::unloading, this, [this] { m_health->setTelemetry(nullptr); });
    showHealthOrExplanation();
}

void LaunchPage::showHealthOrExplanation()
{
    m_healthStack->setCurrentWidget(m_healthSorted->rowCount() > 0 ? static_cast<QWidget*>(m_healthView) : m_healthEmpty);
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
    m_briefing->showScenario(m_runner->scenario());
    m_health->setTelemetry(m_runner->telemetry());
    if (m_runner->scenario()) {
        const int row = m_library->rowOf(qs(m_runner->scenario()->id));
        if (row >= 0)
            m_libraryView->selectRow(row);
    }
}

void LaunchPage::refresh() { m_health->refresh(); }

void LaunchPage::startSelected()
{
    const QModelIndex current = m_libraryView->currentIndex();
    if (const LibraryEntry* e = current.isValid() ? m_library->entry(current.row()) : nullptr)
        Q_EMIT startRequested(qs(e->id), static_cast<quint64>(m_seed->value()));
}

} // namespace kunren::app
