#include "models/QueryEdit.h"

#include <QRegularExpression>

namespace kunren::app {

namespace {

QString term(const QString& field, const QString& value, bool exclude)
{
    return (exclude ? QStringLiteral("-") : QString()) + field + QLatin1Char(':') + queryValue(value);
}

// Removes every whole-word occurrence of `t` (bounded by the start, the end or whitespace).
QString removeTerm(QString query, const QString& t)
{
    const QRegularExpression re(QStringLiteral("(^|\\s)") + QRegularExpression::escape(t) +
                                QStringLiteral("(?=\\s|$)"));
    query.replace(re, QStringLiteral("\\1"));
    return query.simplified();
}

} // namespace

QString queryValue(const QString& value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./@#+=,%&$-]+$"));
    if (!value.isEmpty() && plain.match(value).hasMatch() && value != QLatin1String("OR") &&
        value != QLatin1String("AND") && value != QLatin1String("NOT") && !value.startsWith(QLatin1Char('-')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool hasFacetTerm(const QString& query, const QString& field, const QString& value, bool exclude)
{
    const QString t = term(field, value, exclude);
    return removeTerm(query, t) != query.simplified();
}

QString withFacetTerm(const QString& query, const QString& field, const QString& value, bool exclude)
{
    QString q = removeTerm(query, term(field, value, !exclude));
    if (q == QLatin1String("*"))
        q.clear();
    const QString t = term(field, value, exclude);
    if (hasFacetTerm(q, field, value, exclude))
        return q;
    return q.isEmpty() ? t : q + QLatin1Char(' ') + t;
}

} // namespace kunren::app
