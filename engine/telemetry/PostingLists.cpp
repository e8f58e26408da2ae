#include "telemetry/PostingLists.h"

namespace kunren {

PostingLists::PostingLists(bool withPayload)
    : m_withPayload(withPayload),
      m_slots(std::make_unique<std::atomic<Slot*>[]>(kMaxChunks)),
      m_pages(std::make_unique<std::atomic<Page*>[]>(kMaxChunks))
{
}

PostingLists::~PostingLists()
{
    for (std::size_t c = 0; c < kMaxChunks; ++c) {
        delete[] m_slots[c].load(std::memory_order_relaxed);
        delete[] m_pages[c].load(std::memory_order_relaxed);
    }
}

PostingLists::Slot& PostingLists::writableSlot(std::uint32_t key)
{
    const std::size_t chunk = key >> kSlotChunkBits;
    if (chunk >= kMaxChunks)
        throw std::length_error("posting list key out of range");
    Slot* slots = m_slots[chunk].load(std::memory_order_relaxed);
    if (!slots) {
        slots = new Slot[std::size_t{1} << kSlotChunkBits]();
        m_slots[chunk].store(slots, std::memory_order_release);
    }
    if (key >= m_tails.size())
        m_tails.resize(std::max<std::size_t>(key + 1, m_tails.size() * 2));
    return slots[key & ((1u << kSlotChunkBits) - 1)];
}

std::uint32_t PostingLists::newPage(std::uint32_t firstRow, bool bitmap)
{
    const std::size_t chunk = m_pageCount >> kPageChunkBits;
    if (chunk >= kMaxChunks)
        throw std::length_error("posting lists are full");
    if ((m_pageCount & ((std::size_t{1} << kPageChunkBits) - 1)) == 0)
        m_pages[chunk].store(new Page[std::size_t{1} << kPageChunkBits](), std::memory_order_release);
    const auto oneBased = static_cast<std::uint32_t>(++m_pageCount);
    Page& p = writablePage(oneBased);
    p.firstRow = firstRow;
    p.bitmap = bitmap ? 1 : 0;
    return oneBased;
}

void PostingLists::add(std::uint32_t key, std::uint32_t row, std::uint16_t payload)
{
    Slot& s = writableSlot(key);
    Tail& tail = m_tails[key];
    const std::uint32_t count = s.count.load(std::memory_order_relaxed);
    if (count > 0 && !m_withPayload && row == tail.lastRow)
        return;
    Page* page = tail.page ? &writablePage(tail.page) : nullptr;

    if (page && page->bitmap && row - page->firstRow < kBitmapRows) {
        const std::uint32_t bit = row - page->firstRow;
        std::atomic_ref<std::uint8_t> byte(page->data[bit / 8]);
        byte.store(static_cast<std::uint8_t>(byte.load(std::memory_order_relaxed) | (1u << (bit % 8))),
                   std::memory_order_relaxed);
        page->used.store(static_cast<std::uint16_t>(bit + 1), std::memory_order_release);
        ++tail.pageEntries;
    } else {
        std::uint8_t entry[8];
        std::size_t length = 0;
        auto encode = [&](std::uint32_t delta) {
            length = 0;
            do {
                entry[length++] = static_cast<std::uint8_t>((delta & 0x7F) | (delta >= 0x80 ? 0x80 : 0));
                delta >>= 7;
            } while (delta != 0);
            if (m_withPayload) {
                entry[length++] = static_cast<std::uint8_t>(payload & 0xFF);
                entry[length++] = static_cast<std::uint8_t>(payload >> 8);
            }
        };
        encode(count > 0 ? row - tail.lastRow : 0);
        std::uint16_t used = page && !page->bitmap ? page->used.load(std::memory_order_relaxed) : 0;
        if (!page || page->bitmap || used + length > sizeof page->data) {
            // A key held by more than one row in eight is cheaper as a bitmap (416 rows in the page's 52
            // bytes) than as deltas of a byte or more each.
            const std::uint32_t span = page ? std::max(1u, row - page->firstRow) : 1;
            const bool dense = !m_withPayload && page && tail.pageEntries * 8 > span;
            const std::uint32_t fresh = newPage(row, dense);
            // Readers reach the page only through this store, after its header was written.
            if (page)
                page->next.store(fresh, std::memory_order_release);
            else
                s.head.store(fresh, std::memory_order_release);
            tail.page = fresh;
            tail.pageEntries = 0;
            page = &writablePage(fresh);
            if (dense) {
                page->data[0] = 1; // row - firstRow = 0
                page->used.store(1, std::memory_order_release);
                tail.pageEntries = 1;
                tail.lastRow = row;
                s.count.store(count + 1, std::memory_order_relaxed);
                return;
            }
            encode(0); // the first entry of a page is its firstRow
            used = 0;
        }
        std::memcpy(&page->data[used], entry, length);
        page->used.store(static_cast<std::uint16_t>(used + length), std::memory_order_release);
        ++tail.pageEntries;
    }
    tail.lastRow = row;
    s.count.store(count + 1, std::memory_order_relaxed);
}

std::size_t PostingLists::bytesReserved() const
{
    const std::size_t pageChunks = (m_pageCount + (std::size_t{1} << kPageChunkBits) - 1) >> kPageChunkBits;
    std::size_t slotChunks = 0;
    for (std::size_t c = 0; c < kMaxChunks; ++c)
        slotChunks += m_slots[c].load(std::memory_order_relaxed) ? 1 : 0;
    return pageChunks * (std::size_t{1} << kPageChunkBits) * sizeof(Page) +
           slotChunks * (std::size_t{1} << kSlotChunkBits) * sizeof(Slot) + m_tails.capacity() * sizeof(Tail);
}

} // namespace kunren
