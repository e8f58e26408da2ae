#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace kunren::app {

class DrillRunner;
class Navigator;
class NotificationModel;

// Where an on-call engineer lives during an incident: the channels, not the monitors. #war_room and the
// pager for urgent pages (acknowledge them, or the pager keeps ringing), #infra_alert for what may become
// a problem, #customer_support for what users say. Each message links to its monitor, runbook and service.
class ChannelsPage : public QWidget
{
    Q_OBJECT

public:
    ChannelsPage(DrillRunner* runner, Navigator* navigator, QWidget* parent = nullptr);

    // Selects a channel row: 0 all, 1 #war_room, 2 pager, 3 #infra_alert, 4 #customer_support.
    void selectChannel(int row);
    void acknowledgeSelected();

private:
    void updateCounts();
    void showSelected();

    DrillRunner* m_runner;
    Navigator* m_navigator;
    NotificationModel* m_model;
    QListWidget* m_channels;
    QLabel* m_ringing;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QPushButton* m_ack;
    QPushButton* m_openService;
    QPushButton* m_openMonitor;
};

} // namespace kunren::app
