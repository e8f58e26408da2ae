#include "trace/SpanTags.h"

namespace kunren {

void appendSpanTags(const TelemetryStore& store, const OperationInfo& op, std::vector<SpanTag>& out)
{
    auto add = [&](std::string_view key, StringId value) {
        if (value != kNoString && !store.str(value).empty())
            out.push_back({key, store.str(value)});
    };
    if (op.peer != kNoService) {
        const ServiceInfo& peer = store.service(op.peer);
        add("peer.service", peer.name);
        add(op.destination != kNoString ? "messaging.system" : "db.system.name", peer.system);
    }
    add("http.request.method", op.method);
    add("http.route", op.route);
    add("db.operation.name", op.dbOperation);
    add("db.collection.name", op.dbCollection);
    add("db.query.text", op.dbQueryText);
    add("messaging.destination.name", op.destination);
}

} // namespace kunren
