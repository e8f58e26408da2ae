#include "apm/ApmPage.h"

#include "apm/ServicePage.h"
#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "models/Formatting.h"
#include "models/MetricCache.h"
#include "models/RedTableModel.h"
#include "widgets/LiveRefresh.h"
#include "widgets/Navigator.h"
#include "widgets/Tables.h"
#include "widgets/TimeRangeBar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kunren::app {

ApmPage::ApmPage(DrillRunner* runner, Navigator* navigator, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_navigator(navigator),
      m_cache(MetricCache::of(runner)),
      m_list(new RedTableModel(tr("Service"), this)),
      m_sorted(new QSortFilterProxyModel(this)),
      m_listView(makeTable(this)),
      m_servicePage(new ServicePage(runner, navigator, this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)),
      m_back(new QToolButton(this)),
      m_crumb(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_range(new TimeRangeBar(this)),
      m_live(new LiveRefresh(this))
{
    m_sorted->setSourceModel(m_list);
    m_sorted->setSortRole(RedTableModel::SortRole);
    m_sorted->setFilterKeyColumn(RedTableModel::Name);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_listView->setObjectName(QStringLiteral("apmServiceTable"));
    m_listView->setModel(m_sorted);
    m_listView->setSortingEnabled(true);
    m_listView->sortByColumn(RedTableModel::Rate, Qt::DescendingOrder);
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listView->horizontalHeader()->setSectionResizeMode(RedTableModel::Name, QHeaderView::Stretch);
    m_listView->setToolTip(tr("Double-click or press Enter to open the service"));
    connect(m_listView, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT m_navigator->serviceRequested(index.data(RedTableModel::NameRole).toString());
    });

    m_empty->setObjectName(QStringLiteral("apmEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No drill is running.\nStart one on the Drills page (Ctrl+1) to see every service's "
                        "request rate, errors and latency here."));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_listView);
    m_stack->addWidget(m_servicePage);

    m_back->setObjectName(QStringLiteral("apmBack"));
    m_back->setText(tr("‹ All services"));
    m_back->setToolTip(tr("Back to the service list (Alt+Left)"));
    m_back->setAutoRaise(true);
    m_crumb->setObjectName(QStringLiteral("apmCrumb"));
    m_filter->setObjectName(QStringLiteral("apmFilter"));
    m_filter->setPlaceholderText(tr("Filter services (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    m_filter->setMaximumWidth(320);
    m_range->setObjectName(QStringLiteral("apmRange"));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 2);
    bar->addWidget(m_back);
    bar->addWidget(m_crumb);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_range);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_back, &QToolButton::clicked, this, &ApmPage::showList);
    connect(m_filter, &QLineEdit::textChanged, m_sorted, &QSortFilterProxyModel::setFilterFixedString);
    auto* back = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this, [this] { showList(); });
    back->setContext(Qt::WidgetWithChildrenShortcut);
    auto* find = new QShortcut(QKeySequence::Find, this, [this] {
        showList();
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);

    connect(m_navigator, &Navigator::serviceRequested, this, &ApmPage::showService);
    connect(m_runner, &DrillRunner::loaded, this, &ApmPage::onLoaded);
    connect(m_runner, &DrillRunner::unloading, this, &ApmPage::onUnloading);
    connect(m_runner, &DrillRunner::advanced, m_live, &LiveRefresh::request);
    connect(m_range, &TimeRangeBar::changed, m_live, &LiveRefresh::requestNow);
    connect(m_live, &LiveRefresh::refresh, this, &ApmPage::refresh);
    if (m_runner->isLoaded())
        onLoaded();
    else
        onUnloading();
}

void ApmPage::onLoaded()
{
    m_servicePage->onLoaded();
    m_list->setRows({});
    showList();
}

void ApmPage::onUnloading()
{
    m_servicePage->onUnloading();
    m_list->setRows({});
    m_stack->setCurrentWidget(m_empty);
    m_back->hide();
    m_crumb->clear();
    m_filter->hide();
}

QString ApmPage::currentService() const
{
    return m_stack->currentWidget() == m_servicePage ? m_servicePage->service() : QString();
}

void ApmPage::showList()
{
    if (!m_runner->isLoaded())
        return;
    m_stack->setCurrentWidget(m_listView);
    m_back->hide();
    m_filter->show();
    m_crumb->setText(tr("<b>Services</b>"));
    m_live->requestNow();
}

void ApmPage::showService(const QString& service)
{
    if (!m_runner->isLoaded() || service.isEmpty())
        return;
    m_servicePage->setService(service);
    m_stack->setCurrentWidget(m_servicePage);
    m_back->show();
    m_filter->hide();
    m_crumb->setText(tr("› <b>%1</b>").arg(service.toHtmlEscaped()));
    m_live->requestNow();
    // Refresh now rather than on the next tick, so the page never shows another service's figures.
    m_servicePage->refresh(m_range->window(m_runner->now()));
}

void ApmPage::refresh()
{
    if (!m_runner->isLoaded())
        return;
    const TimeWindow w = m_range->window(m_runner->now());
    if (m_stack->currentWidget() == m_servicePage) {
        m_servicePage->refresh(w);
        return;
    }
    const Scenario* sc = m_runner->scenario();
    const MetricIndex& index = m_cache->index();
    std::vector<RedTableModel::Row> rows;
    for (const QString& name : servicesWithRed(index)) {
        RedTableModel::Row row{name, {}, {}, redOver(index, name, {}, w.from, w.to)};
        if (const ServiceSpec* spec = sc ? sc->topology->service(name.toStdString()) : nullptr) {
            row.kind = kindLabel(spec->kind);
            row.ns = qs(spec->ns);
        }
        rows.push_back(std::move(row));
    }
    m_list->setRows(std::move(rows));
}

} // namespace kunren::app
