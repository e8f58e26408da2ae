#pragma once

#include "scenario/ScenarioLoader.h"

#include <QAbstractTableModel>

#include <vector>

namespace kunren::app {

// The built-in scenario library as a table: title, difficulty, duration, topology size. SortRole orders
// levels beginner → intermediate → advanced (not alphabetically) and lengths by minutes.
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Difficulty, Duration, Size, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, PathRole, SortRole };

    explicit LibraryModel(QObject* parent = nullptr);

    void setEntries(std::vector<LibraryEntry> entries);
    const LibraryEntry* entry(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<LibraryEntry> m_entries;
};

} // namespace kunren::app
