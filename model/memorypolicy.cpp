#include "memorypolicy.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#ifdef __GLIBC__
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#endif

namespace closeloop {

namespace {

#ifdef __GLIBC__
constexpr std::size_t mebibyte = 1024 * 1024;
// The heap is grown this far in one step at start, and never trimmed below
// it, so the whole of it can be backed by huge pages (below).
constexpr std::size_t heapReserve = 64 * mebibyte;

// Asks the kernel to back the heap with 2 MiB pages. Every first touch of
// a 4 KiB page is a page fault, and on a virtual machine a fault costs 20
// to 30 us: the GUI's start touched 2,000 fresh heap pages, most of them
// for Qt's own structures (fonts, style, widgets, the table header's
// sections), and a dashboard read tens of thousands. With huge pages one
// fault hands over 512 pages at once. Linux applies this only where
// transparent huge pages are set to "madvise" or "always" (the usual
// defaults); elsewhere the advice is ignored and nothing changes.
void backHeapWithHugePages()
{
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t huge = 2 * mebibyte;
    // glibc grows the heap by what is asked plus M_TOP_PAD, and keeps that
    // much free at the top when it trims: one allocation now makes the
    // reserve, which the trim never gives back.
    mallopt(M_TOP_PAD, static_cast<int>(heapReserve));
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void *volatile grow = malloc(mebibyte / 2); // volatile: the pair must not be optimised away
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    free(grow);
    // Only whole, aligned 2 MiB spans can be huge pages.
    const std::uintptr_t from = (before + huge - 1) & ~(huge - 1);
    const std::uintptr_t to = after & ~(huge - 1);
    if (before != static_cast<std::uintptr_t>(-1) && to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE); // advice: failure changes nothing
#endif
}
#endif

} // namespace

void backThreadHeapWithHugePages()
{
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    // glibc gives a thread other than the main one a heap of its own (an
    // arena): a 64 MiB mapping aligned to 64 MiB, made usable as it grows,
    // and placed among the mappings, above the main heap. A block of it
    // names the mapping. A block at or below the main heap's top is the
    // main heap's (a thread shares it when arenas run out), advised already.
    constexpr std::uintptr_t threadHeapSize = 64 * mebibyte;
    void *volatile probe = malloc(64);
    const auto at = reinterpret_cast<std::uintptr_t>(probe);
    free(probe);
    if (at == 0 || at <= reinterpret_cast<std::uintptr_t>(sbrk(0)))
        return;
    madvise(reinterpret_cast<void *>(at & ~(threadHeapSize - 1)), threadHeapSize, MADV_HUGEPAGE); // advice only
#endif
}

void setMemoryPolicy()
{
#ifdef __GLIBC__
    // Blocks of a mebibyte or more come straight from the system, always.
    // glibc otherwise raises that bar as large blocks are freed, up to 32
    // MiB, and a list of tens of thousands of rows (a year's action items
    // for the dashboard: 8 MB) then grows inside the heap, where each
    // growth copies it into memory the system must first hand over page by
    // page. A mapped block grows by remapping its pages instead: a fifth
    // fewer page faults for a dashboard read, and on a machine where a
    // fault costs 30 us, 40 to 80 ms.
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(mebibyte));
    // Fixing that bar also stops glibc raising the amount of free memory it
    // keeps at the top of the heap (128 KiB by default), so the export,
    // which frees and allocates renders all the time, handed memory back
    // and faulted it in again: twice the page faults. Free memory at the
    // top is given back only past 8 MiB, and then only down to the reserve
    // below.
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(8 * mebibyte));
    backHeapWithHugePages();
#endif
}

} // namespace closeloop
