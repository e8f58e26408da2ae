#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedLayout;
class QToolButton;

namespace kunren::app {

class JobRunner;
class DrillRunner;
class LiveRefresh;
class MapScene;
class MapView;
class Navigator;
class TimeRangeBar;
struct MapSnapshot;

// The service map: every component of the drill's topology at a fixed place, coloured by health over
// the chosen time window, with search, focus on a node and its neighbours, zoom, and a double-click
// through to the service's APM page.
class ServiceMapPage : public QWidget
{
    Q_OBJECT

public:
    ServiceMapPage(DrillRunner* runner, Navigator* navigator, QWidget* parent = nullptr);
    ~ServiceMapPage() override;

    MapScene* scene() const { return m_scene; }
    MapView* view() const { return m_view; }
    // Selects and centres a component (the search box's Enter); returns false if it is not on the map.
    bool showNode(const QString& name);
    void setFocusMode(bool on);
    // Number of figure updates applied so far (tests wait on it).
    int snapshotsApplied() const { return m_applied; }
    // End of the window the figures on the map describe.
    qint64 windowEnd() const { return m_to; }

private:
    void onLoaded();
    void onUnloading();
    void refresh();
    void apply(const MapSnapshot& snapshot);
    void search(bool next);
    void selectionChanged();
    void showContextMenu(const QString& name, const QPoint& globalPos);
    void updateStatus();

    DrillRunner* m_runner;
    Navigator* m_navigator;
    MapScene* m_scene;
    MapView* m_view;
    QStackedLayout* m_stack;
    QLabel* m_empty;
    QLineEdit* m_search;
    QLabel* m_matches;
    QToolButton* m_focus;
    TimeRangeBar* m_range;
    QLabel* m_status;
    JobRunner* m_task;
    LiveRefresh* m_live;
    QStringList m_lastMatches;
    int m_matchIndex = -1;
    int m_applied = 0;
    qint64 m_from = 0, m_to = 0;
};

} // namespace kunren::app
