#include "events/EventsPage.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "models/EventFilterProxy.h"
#include "models/EventsModel.h"
#include "models/EvidenceRefs.h"
#include "widgets/LiveRefresh.h"
#include "widgets/Navigator.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace kunren::app {

EventsPage::EventsPage(DrillRunner* runner, Navigator* navigator, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_navigator(navigator),
      m_model(new EventsModel(this)),
      m_proxy(new EventFilterProxy(this)),
      m_table(makeTable(this)),
      m_service(new QComboBox(this)),
      m_kind(new QComboBox(this)),
      m_text(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_empty(new QLabel(this)),
      m_live(new LiveRefresh(this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("eventsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventsModel::Time, Qt::DescendingOrder);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EventsModel::Details, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click or press Enter to open the service"));
    addBookmarkAction(m_table, m_navigator, [this] { return currentEvidence(); });

    m_service->setObjectName(QStringLiteral("eventsService"));
    m_service->setToolTip(tr("Show the events of one service"));
    m_service->setMinimumContentsLength(18);
    m_kind->setObjectName(QStringLiteral("eventsKind"));
    m_kind->setMinimumContentsLength(12);
    m_text->setObjectName(QStringLiteral("eventsText"));
    m_text->setPlaceholderText(tr("Filter details or version (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("eventsCount"));
    m_empty->setObjectName(QStringLiteral("eventsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No drill is running.\nStart one on the Drills page (Ctrl+1): its deploys, config changes, "
                        "scaling and restarts are listed here as they happen."));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 6);
    bar->addWidget(new QLabel(tr("Service:"), this));
    bar->addWidget(m_service);
    bar->addWidget(new QLabel(tr("Kind:"), this));
    bar->addWidget(m_kind);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_count);
    auto* body = new QWidget(this);
    m_stack = new QStackedLayout(body);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(body, 1);

    m_service->addItem(tr("All services"), QString());
    m_kind->addItem(tr("All kinds"), QString());
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setService(m_service->currentData().toString());
        updateCount();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKind(m_kind->currentData().toString());
        updateCount();
    });
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text.trimmed());
        updateCount();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString service = index.data(EventsModel::ServiceRole).toString();
        if (!service.isEmpty())
            Q_EMIT m_navigator->serviceRequested(service);
    });
    auto* find = new QShortcut(QKeySequence::Find, this, [this] {
        m_text->setFocus();
        m_text->selectAll();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    auto* clear = new QShortcut(QKeySequence(Qt::Key_Escape), this, [this] {
        m_service->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        m_text->clear();
    });
    clear->setContext(Qt::WidgetWithChildrenShortcut);

    connect(m_navigator, &Navigator::eventsRequested, this, &EventsPage::showService);
    connect(m_runner, &DrillRunner::loaded, this, &EventsPage::onLoaded);
    connect(m_runner, &DrillRunner::unloading, this, &EventsPage::onUnloading);
    connect(m_runner, &DrillRunner::advanced, m_live, &LiveRefresh::request);
    connect(m_live, &LiveRefresh::refresh, this, &EventsPage::refresh);
    if (m_runner->isLoaded())
        onLoaded();
    updateCount();
}

EventsPage::~EventsPage() { m_model->setTelemetry(nullptr, nullptr); }

void EventsPage::onLoaded()
{
    m_model->setTelemetry(m_runner->telemetry(), m_runner->scenario());
    const QSignalBlocker block(m_service);
    const QString keep = m_proxy->service();
    m_service->clear();
    m_service->addItem(tr("All services"), QString());
    QStringList names;
    if (const Scenario* sc = m_runner->scenario())
        for (const ServiceSpec& s : sc->topology->services)
            names << qs(s.name);
    names.sort();
    for (const QString& name : names)
        m_service->addItem(name, name);
    m_service->setCurrentIndex(std::max(0, m_service->findData(keep)));
    m_proxy->setService(m_service->currentData().toString());
    m_stack->setCurrentWidget(m_table);
    syncKinds();
    updateCount();
}

void EventsPage::onUnloading()
{
    m_model->setTelemetry(nullptr, nullptr);
    m_stack->setCurrentWidget(m_empty);
    updateCount();
}

void EventsPage::refresh()
{
    m_model->refresh();
    syncKinds();
    updateCount();
}

void EventsPage::syncKinds()
{
    for (const QString& kind : m_model->kinds())
        if (m_kind->findData(kind) < 0)
            m_kind->addItem(EventsModel::kindLabel(kind), kind);
}

void EventsPage::showService(const QString& service)
{
    m_model->refresh();
    syncKinds();
    int index = m_service->findData(service);
    if (index < 0) { // a service the topology does not list: filter by it all the same
        m_service->addItem(service, service);
        index = m_service->count() - 1;
    }
    m_kind->setCurrentIndex(0);
    m_text->clear();
    m_service->setCurrentIndex(index);
    updateCount();
}

void EventsPage::updateCount()
{
    const int shown = m_proxy->rowCount(), total = m_model->rowCount();
    if (!m_runner->isLoaded())
        m_count->clear();
    else if (total == 0)
        m_count->setText(tr("No events yet"));
    else if (shown == 0)
        m_count->setText(tr("No event matches — Esc clears the filters"));
    else if (shown == total)
        m_count->setText(tr("%n event(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n event(s)", nullptr, total).arg(shown));
}

QString EventsPage::currentEvidence() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    return eventEvidence(current.data(EventsModel::TimeRole).toLongLong(),
                         current.data(EventsModel::ServiceRole).toString(),
                         current.data(EventsModel::KindRole).toString(),
                         current.siblingAtColumn(EventsModel::Details).data().toString());
}

} // namespace kunren::app
