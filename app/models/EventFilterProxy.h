#pragma once

#include <QSortFilterProxyModel>

namespace kunren::app {

// Narrows an EventsModel to one service, one kind and/or a piece of text in the details; empty
// criteria match everything.
class EventFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterProxy(QObject* parent = nullptr);

    void setService(const QString& service);
    void setKind(const QString& kind);
    void setText(const QString& text);
    QString service() const { return m_service; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_service, m_kind, m_text;
};

} // namespace kunren::app
