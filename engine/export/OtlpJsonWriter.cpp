#include "export/OtlpJsonWriter.h"

#include "export/JsonOut.h"
#include "export/OtlpFragments.h"

namespace kunren {

OtlpJsonWriter::OtlpJsonWriter(const TelemetryStore& store, OtlpExportOptions options)
    : m_store(store),
      m_options(std::move(options)),
      m_fragments(std::make_unique<OtlpFragments>(m_store, m_options))
{
    if (m_options.maxRecordsPerRequest == 0)
        m_options.maxRecordsPerRequest = 1;
}

OtlpJsonWriter::~OtlpJsonWriter() = default;

std::int64_t OtlpJsonWriter::window(SimTime t) const
{
    if (m_options.batch <= 0)
        return 0; // one window: requests are cut by size only
    const std::int64_t w = t / m_options.batch;
    return t < 0 && t % m_options.batch != 0 ? w - 1 : w;
}

WriteResult OtlpJsonWriter::finish(JsonOut& out, std::size_t requests, std::size_t records)
{
    WriteResult r;
    if (!out.finish())
        r.error = out.error().empty() ? std::string("write failed") : out.error();
    r.bytes = out.bytesWritten();
    r.requests = requests;
    r.records = records;
    return r;
}

} // namespace kunren
