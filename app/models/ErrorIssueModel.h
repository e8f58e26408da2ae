#pragma once

#include "bridge/ErrorFeed.h"

#include <QAbstractTableModel>

namespace kunren::app {

// Error-tracking issues, one row each: state, the issue (type and normalised message, with NEW and
// REGRESSION badges), service, events, a per-minute trend, first and last seen, affected versions.
// Issues are only ever added, so an update inserts the new rows and refreshes the rest in place.
class ErrorIssueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { State, Title, Service, Events, Trend, FirstSeen, LastSeen, Versions, ColumnCount };
    enum Roles {
        SortRole = Qt::UserRole + 1,
        IssueIdRole,
        BadgesRole, // QStringList: "NEW", "REGRESSION"
        TrendRole,  // QList<int>: events per minute for the trend's minutes, oldest first
    };
    static constexpr int kTrendMinutes = 30;

    explicit ErrorIssueModel(QObject* parent = nullptr);

    void setSnapshot(const ErrorSnapshot& snapshot);
    void clear();
    const Issue* issue(int row) const;
    bool isNew(int row) const;
    int rowOfIssue(IssueId id) const;
    static QString stateName(IssueState state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<int> trend(const Issue& issue) const;

    ErrorSnapshot m_snapshot;
};

} // namespace kunren::app
