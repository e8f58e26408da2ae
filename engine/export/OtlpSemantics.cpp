#include "export/OtlpSemantics.h"

#include "export/OtlpAttributeText.h"
#include "export/OtlpJsonWriter.h"

namespace kunren {

std::string attributeText(const semconv::AttributeList& list)
{
    std::string text;
    for (const semconv::Attribute& a : list) {
        if (a.isInt)
            appendIntAttribute(text, a.key, a.integer);
        else
            appendStringAttribute(text, a.key, a.text);
    }
    return text;
}

OperationText operationText(const TelemetryStore& store, OperationId id, const TelemetryCounts& known)
{
    const semconv::OperationAttributes described = semconv::describeOperation(store, id, known);
    OperationText t;
    appendJsonString(t.name, store.str(store.operation(id).name));
    t.attributes = attributeText(described.list);
    t.protocol = described.protocol;
    t.kind = described.kind;
    return t;
}

std::string_view severityText(int n)
{
    if (n <= 0)
        return "UNSPECIFIED";
    if (n <= 4)
        return "TRACE";
    if (n <= 8)
        return "DEBUG";
    if (n <= 12)
        return "INFO";
    if (n <= 16)
        return "WARN";
    if (n <= 20)
        return "ERROR";
    return "FATAL";
}

} // namespace kunren
