#include "models/LibraryModel.h"

#include "bridge/QtConversions.h"
#include "models/Formatting.h"

namespace kunren::app {

LibraryModel::LibraryModel(QObject* parent) : QAbstractTableModel(parent) {}

void LibraryModel::setEntries(std::vector<LibraryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const LibraryEntry* LibraryModel::entry(int row) const
{
    return row >= 0 && row < static_cast<int>(m_entries.size()) ? &m_entries[static_cast<std::size_t>(row)] : nullptr;
}

int LibraryModel::rowOf(const QString& id) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (qs(m_entries[i].id) == id)
            return static_cast<int>(i);
    return -1;
}

int LibraryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LibraryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LibraryModel::data(const QModelIndex& index, int role) const
{
    const LibraryEntry* e = entry(index.row());
    if (!e || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title: return localized(e->title);
        case Difficulty: return levelLabel(qs(e->difficulty));
        case Duration: return tr("%n min", nullptr, static_cast<int>(e->duration / kMinute));
        case Size: return QStringLiteral("%1 · %2").arg(qs(e->topologyId)).arg(e->components);
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList teaches;
        for (const std::string& t : e->teaches)
            teaches << qs(t);
        return QString(qs(e->id) + QLatin1Char('\n') +
                       tr("%Ln component(s)", nullptr, static_cast<int>(e->components)) + QStringLiteral(", ") +
                       tr("%Ln pod(s) at the start", nullptr, static_cast<int>(e->pods)) + QLatin1Char('\n') +
                       tr("Practises: %1").arg(teaches.join(QStringLiteral(", "))));
    }
    case SortRole:
        switch (index.column()) {
        case Difficulty: {
            static const QStringList levels{QStringLiteral("beginner"), QStringLiteral("intermediate"),
                                            QStringLiteral("advanced")};
            const auto rank = levels.indexOf(qs(e->difficulty));
            // Within a level, by title: the list reads as a path from first drills to the hardest.
            return QStringLiteral("%1 %2").arg(rank < 0 ? levels.size() : rank).arg(localized(e->title));
        }
        case Duration: return static_cast<qlonglong>(e->duration);
        case Size: return static_cast<qlonglong>(e->components);
        default: return localized(e->title);
        }
    case IdRole: return qs(e->id);
    case PathRole: return QString::fromStdString(e->path.string());
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Scenario");
    case Difficulty: return tr("Level");
    case Duration: return tr("Length");
    case Size: return tr("Topology");
    }
    return {};
}

} // namespace kunren::app
