#pragma once

#include <QString>

namespace kunren::app {

// `value` written so the query parser reads it back as one literal value: bare when it is a plain word,
// else a quoted phrase with '"' and '\' escaped.
QString queryValue(const QString& value);

// The query with `field:value` added (or `-field:value` when `exclude`), as a facet click does: the
// opposite term is removed first, and a term already there is not added twice. An empty or "*" query
// becomes just the term.
QString withFacetTerm(const QString& query, const QString& field, const QString& value, bool exclude);

// Whether the query holds exactly this term (as withFacetTerm writes it).
bool hasFacetTerm(const QString& query, const QString& field, const QString& value, bool exclude);

} // namespace kunren::app
