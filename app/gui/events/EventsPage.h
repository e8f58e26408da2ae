#pragma once

#include "widgets/EvidenceSource.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedLayout;
class QTableView;

namespace kunren::app {

class DrillRunner;
class EventFilterProxy;
class EventsModel;
class LiveRefresh;
class Navigator;

// The events stream: what changed in the system and when (deploys, config changes, flag flips,
// scaling, restarts, OOM kills), newest first, filterable by service, kind and text. Activating a row
// opens its service; the navigator's eventsRequested(service) shows one service's events.
class EventsPage : public QWidget, public EvidenceSource
{
    Q_OBJECT

public:
    EventsPage(DrillRunner* runner, Navigator* navigator, QWidget* parent = nullptr);
    ~EventsPage() override;

    // The selected event.
    QString currentEvidence() const override;

    void showService(const QString& service);
    QTableView* table() const { return m_table; }

private:
    void onLoaded();
    void onUnloading();
    void refresh();
    void syncKinds();
    void updateCount();

    DrillRunner* m_runner;
    Navigator* m_navigator;
    EventsModel* m_model;
    EventFilterProxy* m_proxy;
    QTableView* m_table;
    QComboBox* m_service;
    QComboBox* m_kind;
    QLineEdit* m_text;
    QLabel* m_count;
    QLabel* m_empty;
    QStackedLayout* m_stack;
    LiveRefresh* m_live;
};

} // namespace kunren::app
