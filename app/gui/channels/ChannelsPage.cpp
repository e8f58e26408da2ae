#include "channels/ChannelsPage.h"

#include "bridge/DrillRunner.h"
#include "bridge/QtConversions.h"
#include "models/Formatting.h"
#include "models/NotificationModel.h"
#include "widgets/Navigator.h"
#include "widgets/Tables.h"
#include "widgets/Tones.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <array>

namespace kunren::app {

namespace {

struct ChannelEntry
{
    std::optional<AlertChannel> channel;
    const char* hint;
};

// The rail of channels, urgent first.
const std::array<ChannelEntry, 5> kChannels{{
    {std::nullopt, QT_TRANSLATE_NOOP("ChannelsPage", "Everything, in order")},
    {AlertChannel::WarRoom, QT_TRANSLATE_NOOP("ChannelsPage", "User impact now: triage immediately")},
    {AlertChannel::Pager, QT_TRANSLATE_NOOP("ChannelsPage", "Pages to you; re-notify until acknowledged")},
    {AlertChannel::InfraAlert, QT_TRANSLATE_NOOP("ChannelsPage", "May become a problem; reviewed later")},
    {AlertChannel::CustomerSupport, QT_TRANSLATE_NOOP("ChannelsPage", "What users tell support")},
}};

QString channelLabel(const ChannelEntry& e)
{
    return e.channel ? NotificationModel::channelName(*e.channel) : ChannelsPage::tr("All channels");
}

} // namespace

ChannelsPage::ChannelsPage(DrillRunner* runner, Navigator* navigator, QWidget* parent)
    : QWidget(parent),
      m_runner(runner),
      m_navigator(navigator),
      m_model(new NotificationModel(runner, this)),
      m_channels(new QListWidget(this)),
      m_ringing(new QLabel(this)),
      m_table(makeTable(this)),
      m_detail(new QTextBrowser(this)),
      m_ack(new QPushButton(tr("&Acknowledge"), this)),
      m_openService(new QPushButton(tr("Open &service"), this)),
      m_openMonitor(new QPushButton(tr("Open &monitor and runbook"), this))
{
    m_channels->setObjectName(QStringLiteral("channelList"));
    for (const ChannelEntry& e : kChannels) {
        auto* item = new QListWidgetItem(channelLabel(e), m_channels);
        item->setToolTip(tr(e.hint));
    }
    m_channels->setFixedWidth(190);

    m_ringing->setObjectName(QStringLiteral("pagerBanner"));
    m_ringing->setStyleSheet(QStringLiteral("QLabel { background: #d32f2f; color: white; padding: 6px 10px; "
                                            "font-weight: bold; border-radius: 3px; }"));
    m_ringing->hide();

    m_table->setObjectName(QStringLiteral("notificationTable"));
    m_table->setModel(m_model);
    // Time, kind and sender fit their text. Messages arrive as inserted rows, which a header in
    // ResizeToContents mode does not measure again, so those columns are fitted whenever rows come.
    m_table->horizontalHeader()->setSectionResizeMode(NotificationModel::Message, QHeaderView::Stretch);
    const auto fitColumns = [this] {
        for (const int column : {NotificationModel::Time, NotificationModel::Kind, NotificationModel::Source})
            m_table->resizeColumnToContents(column);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, fitColumns);

    m_detail->setObjectName(QStringLiteral("notificationDetail"));
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Pick a message to see what it means, its runbook and where to look."));
    m_ack->setObjectName(QStringLiteral("acknowledgeButton"));
    m_ack->setToolTip(tr("Acknowledge the page (A): the pager stops re-notifying you"));
    m_openService->setObjectName(QStringLiteral("openServiceButton"));
    m_openMonitor->setObjectName(QStringLiteral("openMonitorButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_ack);
    buttons->addWidget(m_openMonitor);
    buttons->addWidget(m_openService);
    buttons->addStretch(1);
    auto* detailBox = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_detail);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* right = new QVBoxLayout;
    right->addWidget(m_ringing);
    right->addWidget(split, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_channels);
    layout->addLayout(right, 1);

    connect(m_channels, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(kChannels.size()))
            m_model->setChannel(kChannels[static_cast<std::size_t>(row)].channel);
        showSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChannelsPage::showSelected);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        // Follow the newest message unless the trainee is reading an older one.
        if (!m_table->currentIndex().isValid())
            m_table->scrollToBottom();
    });
    connect(m_ack, &QPushButton::clicked, this, &ChannelsPage::acknowledgeSelected);
    connect(new QShortcut(QKeySequence(Qt::Key_A), this), &QShortcut::activated, this,
            &ChannelsPage::acknowledgeSelected);
    connect(m_openService, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_table->currentIndex();
        const AlertNotification* n = i.isValid() ? m_model->notification(i.row()) : nullptr;
        const MonitorSpec* m = n ? m_runner->monitor(qs(n->monitor)) : nullptr;
        if (m && !m->service.empty())
            Q_EMIT m_navigator->serviceRequested(qs(m->service));
    });
    connect(m_openMonitor, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_table->currentIndex();
        if (const AlertNotification* n = i.isValid() ? m_model->notification(i.row()) : nullptr;
            n && !n->monitor.empty())
            Q_EMIT m_navigator->monitorRequested(qs(n->monitor));
    });
    connect(m_runner, &DrillRunner::alertsChanged, this, &ChannelsPage::updateCounts);
    connect(m_runner, &DrillRunner::loaded, this, &ChannelsPage::updateCounts);
    m_channels->setCurrentRow(0);
    updateCounts();
}

void ChannelsPage::selectChannel(int row) { m_channels->setCurrentRow(row); }

void ChannelsPage::updateCounts()
{
    std::array<int, kChannels.size()> counts{};
    for (const AlertNotification& n : m_runner->notifications())
        for (std::size_t i = 0; i < kChannels.size(); ++i)
            counts[i] += !kChannels[i].channel || *kChannels[i].channel == n.channel;
    for (std::size_t i = 0; i < kChannels.size(); ++i)
        m_channels->item(static_cast<int>(i))
            ->setText(counts[i] ? tr("%1  (%2)").arg(channelLabel(kChannels[i])).arg(counts[i])
                                : channelLabel(kChannels[i]));
    const int ringing = m_runner->unacknowledgedPages();
    m_ringing->setVisible(ringing > 0);
    m_ringing->setText(
        tr("%n page(s) not acknowledged — the pager keeps ringing until you acknowledge (A).", nullptr, ringing));
    showSelected();
}

void ChannelsPage::showSelected()
{
    const QModelIndex i = m_table->currentIndex();
    const AlertNotification* n = i.isValid() ? m_model->notification(i.row()) : nullptr;
    const MonitorSpec* m = n ? m_runner->monitor(qs(n->monitor)) : nullptr;
    m_ack->setEnabled(n && !n->monitor.empty() &&
                      (n->channel == AlertChannel::Pager || n->channel == AlertChannel::WarRoom) &&
                      m_runner->unacknowledgedPages() > 0);
    m_openService->setEnabled(m && !m->service.empty());
    m_openMonitor->setEnabled(m != nullptr);
    if (!n) {
        m_detail->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
                       .arg(NotificationModel::kindName(n->kind).toHtmlEscaped(),
                            NotificationModel::channelName(n->channel).toHtmlEscaped(), formatSimTime(n->time, false));
    if (m)
        html += QStringLiteral("<h3>%1</h3>").arg(localized(m->name).toHtmlEscaped());
    html += QStringLiteral("<pre style='white-space: pre-wrap'>%1</pre>").arg(qs(n->text).toHtmlEscaped());
    if (m && !m->message.empty())
        html += QStringLiteral("<p>%1</p>").arg(localized(m->message).toHtmlEscaped());
    if (const Scenario* sc = m_runner->scenario(); sc && !n->runbook.empty()) {
        for (const RunbookSpec& rb : sc->runbooks)
            if (rb.id == n->runbook)
                html += QStringLiteral("<h4>%1 — %2</h4><p>%3</p>")
                            .arg(tr("Runbook"), localized(rb.title).toHtmlEscaped(),
                                 localized(rb.body).toHtmlEscaped());
    }
    m_detail->setHtml(themedHtml(html));
}

void ChannelsPage::acknowledgeSelected()
{
    const QModelIndex i = m_table->currentIndex();
    const AlertNotification* n = i.isValid() ? m_model->notification(i.row()) : nullptr;
    if (n && !n->monitor.empty())
        m_runner->acknowledge(qs(n->monitor));
}

} // namespace kunren::app
