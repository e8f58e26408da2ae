#pragma once

#include "export/ByteSink.h"
#include "export/JsonEscape.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace kunren {

// An append-only JSON text buffer that hands its bytes to a sink in large blocks.
//
// No DOM and no per-value allocation: callers write syntax with raw()/ch() and values with the
// typed helpers. commitIfFull() is meant for record boundaries so a block never splits a record
// needlessly (it would still be correct). After a sink error every call is a cheap no-op.
class JsonOut
{
public:
    explicit JsonOut(ByteSink& sink, std::size_t blockSize = std::size_t{1} << 20)
        : m_sink(sink),
          m_blockSize(blockSize),
          m_capacity(blockSize + kSlack),
          m_buffer(new char[m_capacity])
    {
    }
    JsonOut(const JsonOut&) = delete;
    JsonOut& operator=(const JsonOut&) = delete;

    void raw(std::string_view s)
    {
        std::memcpy(room(s.size()), s.data(), s.size());
        m_size += s.size();
    }
    void ch(char c)
    {
        *room(1) = c;
        ++m_size;
    }
    // A quoted, escaped JSON string.
    void string(std::string_view s)
    {
        char* p = room(s.size() * kJsonEscapeMaxGrowth + 2);
        *p++ = '"';
        p = escapeJsonInto(p, s);
        *p++ = '"';
        m_size = static_cast<std::size_t>(p - m_buffer.get());
    }
    // The inside of a JSON string, for strings assembled from pieces.
    void escaped(std::string_view s)
    {
        char* p = escapeJsonInto(room(s.size() * kJsonEscapeMaxGrowth), s);
        m_size = static_cast<std::size_t>(p - m_buffer.get());
    }
    void integer(std::int64_t v)
    {
        char* p = room(24);
        m_size = static_cast<std::size_t>(std::to_chars(p, p + 24, v).ptr - m_buffer.get());
    }
    void unsignedInteger(std::uint64_t v)
    {
        char* p = room(24);
        m_size = static_cast<std::size_t>(std::to_chars(p, p + 24, v).ptr - m_buffer.get());
    }
    // OTLP/JSON writes 64-bit integers as decimal strings.
    void quotedInteger(std::int64_t v)
    {
        char* p = room(26);
        *p++ = '"';
        p = std::to_chars(p, p + 24, v).ptr;
        *p++ = '"';
        m_size = static_cast<std::size_t>(p - m_buffer.get());
    }
    void quotedUnsigned(std::uint64_t v)
    {
        char* p = room(26);
        *p++ = '"';
        p = std::to_chars(p, p + 24, v).ptr;
        *p++ = '"';
        m_size = static_cast<std::size_t>(p - m_buffer.get());
    }
    // Shortest round-trip form; non-finite values as the protobuf JSON mapping spells them.
    void number(double v)
    {
        if (!std::isfinite(v)) {
            raw(std::isnan(v) ? std::string_view("\"NaN\"")
                : v > 0       ? std::string_view("\"Infinity\"")
                              : std::string_view("\"-Infinity\""));
            return;
        }
        char* p = room(32);
        m_size = static_cast<std::size_t>(std::to_chars(p, p + 32, v).ptr - m_buffer.get());
    }
    // 16 lowercase hex digits, no quotes.
    void hex64(std::uint64_t v)
    {
        static constexpr char kDigits[] = "0123456789abcdef";
        char* p = room(16);
        for (int i = 15; i >= 0; --i, v >>= 4)
            p[i] = kDigits[v & 0xF];
        m_size += 16;
    }

    // Hands the buffer to the sink once it holds at least a block.
    bool commitIfFull() { return m_size < m_blockSize ? !m_failed : commit(); }
    // Hands everything over and flushes the sink.
    bool finish();

    std::uint64_t bytesWritten() const { return m_written + m_size; }
    bool failed() const { return m_failed; }
    const std::string& error() const { return m_sink.error(); }

private:
    static constexpr std::size_t kSlack = 64 * 1024;

    // Space for n more bytes, growing past the block for one oversized record.
    char* room(std::size_t n)
    {
        if (m_size + n > m_capacity)
            grow(n);
        return m_buffer.get() + m_size;
    }
    void grow(std::size_t n);
    bool commit();

    ByteSink& m_sink;
    std::size_t m_blockSize;
    std::size_t m_capacity;
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_size = 0;
    std::uint64_t m_written = 0;
    bool m_failed = false;
};

} // namespace kunren
