#pragma once

#include "query/Search.h"

#include <QAbstractItemModel>

#include <vector>

namespace kunren::app {

// The facet sidebar: one top-level row per facet (Service, Status, Version …) with its most frequent
// values and their counts below it. Updates from a new search keep the facets' rows where they are when
// only counts change, so an expanded tree does not collapse under the trainee on every live refresh.
class FacetModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Value, Count, ColumnCount };
    enum Roles {
        FieldRole = Qt::UserRole + 1, // the query field of the facet ("service", "@error.kind")
        ValueRole,                    // value rows: the value; facet rows: invalid
        CountRole,
    };

    explicit FacetModel(QObject* parent = nullptr);

    void setFacets(std::vector<Facet> facets);
    const std::vector<Facet>& facets() const { return m_facets; }
    // A readable title for a facet field ("pod_name" → "Pod").
    static QString fieldTitle(const QString& field);
    // The value row of `field` = `value`, or an invalid index.
    QModelIndex findValue(const QString& field, const QString& value) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Internal ids: 0 for facet rows, facet index + 1 for their value rows.
    std::vector<Facet> m_facets;
};

} // namespace kunren::app
