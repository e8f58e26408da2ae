#pragma once

#include <array>
#include <atomic>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>

namespace kunren {

// An append-only column whose elements never move once written.
//
// One writer appends; readers on other threads may read any index below a row count that the
// writer published (with release) after appending. Elements live in fixed-size chunks reached
// through a fixed table of chunk pointers, so growth never reallocates anything a reader can see.
template <typename T, std::size_t ChunkBits = 14, std::size_t MaxChunks = 1u << 16> class ChunkedColumn
{
public:
    static constexpr std::size_t kChunkSize = std::size_t{1} << ChunkBits;
    static constexpr std::size_t kMaxRows = kChunkSize * MaxChunks;

    ChunkedColumn() : m_chunks(std::make_unique<std::atomic<T*>[]>(MaxChunks)) {}
    ~ChunkedColumn()
    {
        for (std::size_t c = 0; c < MaxChunks; ++c)
            delete[] m_chunks[c].load(std::memory_order_relaxed);
    }
    ChunkedColumn(const ChunkedColumn&) = delete;
    ChunkedColumn& operator=(const ChunkedColumn&) = delete;

    // Writer only.
    void push_back(const T& value)
    {
        const std::size_t chunk = m_size >> ChunkBits;
        if ((m_size & (kChunkSize - 1)) == 0) {
            if (chunk >= MaxChunks)
                throw std::length_error("telemetry column is full");
            m_chunks[chunk].store(new T[kChunkSize](), std::memory_order_release);
        }
        m_chunks[chunk].load(std::memory_order_relaxed)[m_size & (kChunkSize - 1)] = value;
        ++m_size;
    }

    // Writer only: rows appended so far (published or not).
    std::size_t size() const { return m_size; }

    // Writer only: mutable access to an element already appended (e.g. to patch a duration).
    T& mutableAt(std::size_t i)
    {
        return m_chunks[i >> ChunkBits].load(std::memory_order_relaxed)[i & (kChunkSize - 1)];
    }

    // Any thread, for i below a published row count.
    const T& operator[](std::size_t i) const
    {
        return m_chunks[i >> ChunkBits].load(std::memory_order_acquire)[i & (kChunkSize - 1)];
    }

    // Any thread, for i below a published row count: the chunk holding element i, whose elements up to
    // the published count (at most kChunkSize) lie contiguously from element i & ~(kChunkSize - 1).
    const T* chunkOf(std::size_t i) const { return m_chunks[i >> ChunkBits].load(std::memory_order_acquire); }

    std::size_t bytesReserved() const { return ((m_size + kChunkSize - 1) >> ChunkBits) * kChunkSize * sizeof(T); }

private:
    std::unique_ptr<std::atomic<T*>[]> m_chunks;
    std::size_t m_size = 0;
};

} // namespace kunren
