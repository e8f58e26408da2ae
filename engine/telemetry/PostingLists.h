#pragma once

#include <atomic>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <vector>

namespace kunren {

// Append-only posting lists: for each dense key, the ascending row numbers that hold it (optionally each
// with a 16-bit payload), in 64-byte pages drawn from one pool. A page codes its rows as varint deltas, or —
// for a key held by more than one row in eight, such as the commonest template — as a bitmap of 416 rows.
//
// One writer adds entries in row order; readers on other threads may read entries of rows below a row
// count the writer published afterwards (the store's publish() orders everything written before it).
// Pages never move and are filled front to back, so a reader that stops at its row limit never looks at
// bytes still being written.
class PostingLists
{
public:
    // With payloads, every entry carries 2 bytes besides its row (see add()).
    explicit PostingLists(bool withPayload = false);
    ~PostingLists();
    PostingLists(const PostingLists&) = delete;
    PostingLists& operator=(const PostingLists&) = delete;

    // Writer only. Rows must not decrease per key; without payloads a repeated (key, row) is kept once.
    void add(std::uint32_t key, std::uint32_t row, std::uint16_t payload = 0);

    // Any thread: entries added so far for `key` (a hint for planning: may count rows not yet published).
    std::uint32_t size(std::uint32_t key) const
    {
        const Slot* s = slot(key);
        return s ? s->count.load(std::memory_order_relaxed) : 0;
    }

    // Any thread: fn(row, payload) for every entry of `key` with row < limit, in ascending row order.
    template <typename Fn> void forEach(std::uint32_t key, std::size_t limit, Fn&& fn) const
    {
        const Slot* s = slot(key);
        std::uint32_t page = s ? s->head.load(std::memory_order_acquire) : 0;
        while (page != 0) {
            const Page& p = pageAt(page);
            const std::uint32_t used = p.used.load(std::memory_order_acquire);
            if (p.bitmap) {
                // used = rows covered so far; bytes are read atomically, the writer may be setting later bits.
                for (std::uint32_t byte = 0; byte * 8 < used; ++byte) {
                    std::uint8_t bits = std::atomic_ref<std::uint8_t>(const_cast<std::uint8_t&>(p.data[byte]))
                                            .load(std::memory_order_relaxed);
                    while (bits) {
                        const std::uint32_t row = p.firstRow + byte * 8 +
                                                  static_cast<std::uint32_t>(std::countr_zero(bits));
                        if (row >= limit)
                            return;
                        fn(row, std::uint16_t{0});
                        bits &= static_cast<std::uint8_t>(bits - 1);
                    }
                }
                page = p.next.load(std::memory_order_acquire);
                continue;
            }
            std::uint32_t row = p.firstRow;
            for (std::uint32_t pos = 0; pos < used;) {
                std::uint32_t delta = 0;
                for (int shift = 0;; shift += 7) {
                    const std::uint8_t b = p.data[pos++];
                    delta |= static_cast<std::uint32_t>(b & 0x7F) << shift;
                    if (!(b & 0x80))
                        break;
                }
                row += delta;
                std::uint16_t payload = 0;
                if (m_withPayload) {
                    payload = static_cast<std::uint16_t>(p.data[pos] | p.data[pos + 1] << 8);
                    pos += 2;
                }
                if (row >= limit)
                    return;
                fn(row, payload);
            }
            page = p.next.load(std::memory_order_acquire);
        }
    }

    std::size_t bytesReserved() const;

private:
    struct Page
    {
        std::atomic<std::uint32_t> next{0}; // 1 + pool index of the following page, 0 = none
        std::atomic<std::uint16_t> used{0}; // varint: bytes of `data` readers may decode; bitmap: rows covered
        std::uint16_t bitmap = 0;           // 1: data is a bitmap of rows firstRow + [0, 416)
        std::uint32_t firstRow = 0;         // varint: the first entry's delta is from this row (and is 0)
        std::uint8_t data[52];
    };
    static_assert(sizeof(Page) == 64);

    struct Slot
    {
        std::atomic<std::uint32_t> head{0}; // 1 + pool index of the first page, 0 = no entries
        std::atomic<std::uint32_t> count{0};
    };
    struct Tail // writer only
    {
        std::uint32_t page = 0, lastRow = 0, pageEntries = 0;
    };
    static constexpr std::uint32_t kBitmapRows = 8 * sizeof(Page::data);

    static constexpr std::size_t kSlotChunkBits = 12, kPageChunkBits = 14, kMaxChunks = std::size_t{1} << 16;

    const Slot* slot(std::uint32_t key) const
    {
        const Slot* chunk = m_slots[key >> kSlotChunkBits].load(std::memory_order_acquire);
        return chunk ? &chunk[key & ((1u << kSlotChunkBits) - 1)] : nullptr;
    }
    const Page& pageAt(std::uint32_t oneBased) const
    {
        const std::uint32_t i = oneBased - 1;
        return m_pages[i >> kPageChunkBits].load(std::memory_order_acquire)[i & ((1u << kPageChunkBits) - 1)];
    }
    Slot& writableSlot(std::uint32_t key);
    std::uint32_t newPage(std::uint32_t firstRow, bool bitmap);
    Page& writablePage(std::uint32_t oneBased)
    {
        const std::uint32_t i = oneBased - 1;
        return m_pages[i >> kPageChunkBits].load(std::memory_order_relaxed)[i & ((1u << kPageChunkBits) - 1)];
    }

    bool m_withPayload;
    std::unique_ptr<std::atomic<Slot*>[]> m_slots;
    std::unique_ptr<std::atomic<Page*>[]> m_pages;
    std::size_t m_pageCount = 0;
    std::vector<Tail> m_tails; // by key
};

} // namespace kunren
