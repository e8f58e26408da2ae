#pragma once

#include <cstddef>
#include <cstdio>
#include <optional>
#include <ostream>
#include <string>

namespace kunren {

// Where serialised bytes go. Writers hand over large blocks, so one virtual call per block is free.
class ByteSink
{
public:
    virtual ~ByteSink() = default;
    // Writes all `size` bytes; on failure returns false and error() says why.
    virtual bool write(const char* data, std::size_t size) = 0;
    virtual bool flush() { return true; }
    const std::string& error() const { return m_error; }

protected:
    std::string m_error;
};

// A C stream the caller owns (a file, /dev/null, a pipe).
class FileSink final : public ByteSink
{
public:
    explicit FileSink(std::FILE* file) : m_file(file) {}
    bool write(const char* data, std::size_t size) override;
    bool flush() override;

private:
    std::FILE* m_file;
};

// A C++ stream the caller owns (std::ofstream, std::ostringstream).
class StreamSink final : public ByteSink
{
public:
    explicit StreamSink(std::ostream& out) : m_out(out) {}
    bool write(const char* data, std::size_t size) override;
    bool flush() override;

private:
    std::ostream& m_out;
};

// Lets an API take a ByteSink, a FILE* or a std::ostream alike: `writer.writeTraces(stdout, counts)`.
class SinkRef
{
public:
    SinkRef(ByteSink& sink) : m_sink(&sink) {}
    SinkRef(std::FILE* file) : m_file(std::in_place, file), m_sink(&*m_file) {}
    SinkRef(std::ostream& out) : m_stream(std::in_place, out), m_sink(&*m_stream) {}
    SinkRef(const SinkRef&) = delete;
    SinkRef& operator=(const SinkRef&) = delete;
    ByteSink& sink() const { return *m_sink; }

private:
    std::optional<FileSink> m_file;
    std::optional<StreamSink> m_stream;
    ByteSink* m_sink;
};

} // namespace kunren
