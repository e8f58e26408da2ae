#include "models/FacetModel.h"

#include "bridge/QtConversions.h"

#include <QFont>
#include <QLocale>

namespace kunren::app {

FacetModel::FacetModel(QObject* parent) : QAbstractItemModel(parent) {}

QString FacetModel::fieldTitle(const QString& field)
{
    if (field == QLatin1String("service"))
        return tr("Service");
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("version"))
        return tr("Version");
    if (field == QLatin1String("pod_name") || field == QLatin1String("pod"))
        return tr("Pod");
    if (field == QLatin1String("host"))
        return tr("Host");
    if (field == QLatin1String("region"))
        return tr("Region");
    if (field == QLatin1String("resource_name"))
        return tr("Resource");
    // error.kind is the exception's class; error.type what OpenTelemetry says failed (a status code, a
    // gRPC code or the exception's class).
    if (field == QLatin1String("@error.kind") || field == QLatin1String("@exception.type"))
        return tr("Error kind");
    if (field == QLatin1String("@error.type"))
        return tr("Error type");
    if (field == QLatin1String("@http.status_code") || field == QLatin1String("@http.response.status_code"))
        return tr("HTTP status");
    if (field == QLatin1String("@rpc.response.status_code"))
        return tr("gRPC status");
    return field;
}

void FacetModel::setFacets(std::vector<Facet> facets)
{
    bool sameShape = facets.size() == m_facets.size();
    for (std::size_t i = 0; sameShape && i < facets.size(); ++i)
        sameShape = facets[i].field == m_facets[i].field && facets[i].values.size() == m_facets[i].values.size();
    if (!sameShape) {
        beginResetModel();
        m_facets = std::move(facets);
        endResetModel();
        return;
    }
    m_facets = std::move(facets);
    for (std::size_t i = 0; i < m_facets.size(); ++i) {
        const QModelIndex parent = index(static_cast<int>(i), 0);
        const int n = rowCount(parent);
        if (n > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
    }
}

QModelIndex FacetModel::findValue(const QString& field, const QString& value) const
{
    for (std::size_t f = 0; f < m_facets.size(); ++f) {
        if (qs(m_facets[f].field) != field)
            continue;
        for (std::size_t v = 0; v < m_facets[f].values.size(); ++v)
            if (qs(m_facets[f].values[v].value) == value)
                return index(static_cast<int>(v), 0, index(static_cast<int>(f), 0));
    }
    return {};
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? static_cast<quintptr>(parent.row() + 1) : quintptr{0});
}

QModelIndex FacetModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr{0});
}

int FacetModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_facets.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_facets[static_cast<std::size_t>(parent.row())].values.size());
}

int FacetModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant FacetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isValue = index.internalId() != 0;
    const Facet& facet = m_facets[isValue ? index.internalId() - 1 : static_cast<std::size_t>(index.row())];
    if (role == FieldRole)
        return qs(facet.field);
    if (!isValue) {
        if (role == Qt::DisplayRole && index.column() == Value)
            return fieldTitle(qs(facet.field));
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const FacetValue& v = facet.values[static_cast<std::size_t>(index.row())];
    switch (role) {
    case ValueRole: return qs(v.value);
    case CountRole: return static_cast<qulonglong>(v.count);
    case Qt::DisplayRole:
        return index.column() == Value ? qs(v.value) : QLocale().toString(static_cast<qulonglong>(v.count));
    case Qt::TextAlignmentRole:
        return index.column() == Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1\nClick: only %2 = this value · Ctrl/Alt+click: exclude it").arg(qs(v.value), qs(facet.field));
    default: return {};
    }
}

QVariant FacetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Value ? tr("Facet") : tr("Count");
}

} // namespace kunren::app
