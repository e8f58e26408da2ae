#include "home/LaunchPage.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "home/BriefingView.h"
#include "models/LibraryModel.h"
#include "models/ServiceHealthModel.h"
#include "scenario/ScenarioLoader.h"
#include "widgets/Tables.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
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
    connect(m_libraryView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const LibraryEntry* e = m_library->entry(index.row()))
            Q_EMIT startRequested(qs(e->id));
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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(horizontal);

    // Views must let go of the telemetry before the runner's worker deletes it.
    connect(m_runner, &DrillRunner::unloading, this, [this] { m_health->setTelemetry(nullptr); });
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

} // namespace kunren::app
