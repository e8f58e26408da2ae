#include "export/ByteSink.h"

#include <cerrno>
#include <cstring>

namespace kunren {

bool FileSink::write(const char* data, std::size_t size)
{
    if (size == 0)
        return true;
    errno = 0;
    if (std::fwrite(data, 1, size, m_file) == size)
        return true;
    m_error = std::string("write failed: ") + (errno != 0 ? std::strerror(errno) : "short write");
    return false;
}

bool FileSink::flush()
{
    errno = 0;
    if (std::fflush(m_file) == 0)
        return true;
    m_error = std::string("flush failed: ") + (errno != 0 ? std::strerror(errno) : "unknown error");
    return false;
}

bool StreamSink::write(const char* data, std::size_t size)
{
    m_out.write(data, static_cast<std::streamsize>(size));
    if (m_out)
        return true;
    m_error = "write failed: output stream is in a failed state";
    return false;
}

bool StreamSink::flush()
{
    m_out.flush();
    if (m_out)
        return true;
    m_error = "flush failed: output stream is in a failed state";
    return false;
}

} // namespace kunren
