#include "export/JsonOut.h"

#include <algorithm>

namespace kunren {

void JsonOut::grow(std::size_t n)
{
    // Committing first keeps the buffer at its block size unless one record alone outgrows it.
    if (m_size > 0 && commit() && m_size + n <= m_capacity)
        return;
    if (m_size + n <= m_capacity)
        return;
    const std::size_t capacity = std::max(m_capacity * 2, m_size + n + kSlack);
    std::unique_ptr<char[]> bigger(new char[capacity]);
    std::memcpy(bigger.get(), m_buffer.get(), m_size);
    m_buffer = std::move(bigger);
    m_capacity = capacity;
}

bool JsonOut::commit()
{
    if (m_failed) {
        m_size = 0; // keep accepting (and dropping) bytes so callers need no error checks mid-record
        return false;
    }
    if (m_size > 0 && !m_sink.write(m_buffer.get(), m_size))
        m_failed = true;
    if (!m_failed)
        m_written += m_size;
    m_size = 0;
    return !m_failed;
}

bool JsonOut::finish()
{
    if (!commit())
        return false;
    if (!m_sink.flush())
        m_failed = true;
    return !m_failed;
}

} // namespace kunren
