//! A small-object allocator: what CPython's `pymalloc` is to its objects.
//!
//! Scripts allocate and free small blocks at a high rate (a tuple per heap
//! entry, a list per row, a float per boxed result). [`SmallAlloc`] serves
//! blocks of up to [`MAX_SMALL`] bytes from per-thread free lists, one per
//! 16-byte size class, refilled by bumping through 64 KiB chunks taken from the
//! system allocator; everything larger goes to the system allocator. A block
//! costs a few instructions to take and to give back, and blocks of one class
//! sit together in memory.
//!
//! The chunks come from one region of address space reserved at the first
//! small request (untouched pages cost no memory), so a block's address tells
//! whose it is. Freed small blocks stay in the free list of the thread that
//! freed them, for reuse by blocks of the same class; chunks are never
//! returned to the system. A thread's free blocks are lost to the process when
//! the thread ends. That suits a process that runs scripts (the `firebrand`
//! binary installs it); a host that starts and ends many threads should keep
//! its own allocator.
//!
//! On Linux the region beyond its first 8 MiB is marked for transparent huge
//! pages (`madvise`), so a script with a large heap of small objects takes a
//! page fault per 2 MiB rather than per 4 KiB, while a small script's memory
//! stays in ordinary pages.
//!
//! ```no_run
//! #[global_allocator]
//! static ALLOC: firebrand::runtime::gc::small_alloc::SmallAlloc =
//!     firebrand::runtime::gc::small_alloc::SmallAlloc;
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::ptr;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The largest block served from the free lists; larger ones go to the system.
pub const MAX_SMALL: usize = 256;
/// Size classes are multiples of this (which is also every block's alignment).
const GRAIN: usize = 16;
/// Number of size classes.
const CLASSES: usize = MAX_SMALL / GRAIN;
/// Bytes a thread takes from the region at a time.
const CHUNK: usize = 64 * 1024;
/// Bytes of address space reserved for chunks (pages are used as touched).
const REGION: usize = if usize::BITS >= 64 { 1 << 32 } else { 1 << 26 };

/// Start of the region (0: not reserved yet; 1: reserving it failed) and the
/// offset of its first chunk not handed out.
static REGION_BASE: AtomicUsize = AtomicUsize::new(0);
static REGION_USED: AtomicUsize = AtomicUsize::new(0);

/// Whether `block` lies in the region (so it is a small block).
#[inline]
fn in_region(block: *mut u8) -> bool {
    let base = REGION_BASE.load(Ordering::Relaxed);
    base > 1 && (block as usize).wrapping_sub(base) < REGION
}

/// A fresh chunk of the region, or null when it is used up.
fn next_chunk() -> *mut u8 {
    let mut base = REGION_BASE.load(Ordering::Acquire);
    if base == 0 {
        // SAFETY: a valid, non-zero layout; the memory is only ever handed out
        // in chunks below.
        let fresh = unsafe { System.alloc(Layout::from_size_align_unchecked(REGION, CHUNK)) };
        let fresh = if fresh.is_null() { 1 } else { fresh as usize };
        base = match REGION_BASE.compare_exchange(0, fresh, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => {
                if fresh > 1 {
                    advise_huge_pages(fresh);
                }
                fresh
            }
            Err(other) => {
                if fresh > 1 {
                    // SAFETY: allocated just above with this layout, never used.
                    unsafe {
                        System.dealloc(
                            fresh as *mut u8,
                            Layout::from_size_align_unchecked(REGION, CHUNK),
                        )
                    };
                }
                other
            }
        };
    }
    if base <= 1 {
        return ptr::null_mut();
    }
    let offset = REGION_USED.fetch_add(CHUNK, Ordering::Relaxed);
    if offset + CHUNK > REGION {
        return ptr::null_mut();
    }
    (base + offset) as *mut u8
}

/// Bytes of the region kept in ordinary pages: a script with a heap this
/// small does not pay for huge pages it would fill only in part.
const SMALL_PAGES: usize = 8 << 20;

/// Asks Linux to back the region beyond its first [`SMALL_PAGES`] bytes with
/// transparent huge pages (where the system allows them on request): a script
/// that allocates tens of megabytes of small objects then takes one page fault
/// per 2 MiB instead of one per 4 KiB (dijkstra's 500,000 tuples: about a sixth
/// of its run time went to page faults).
#[cfg(target_os = "linux")]
fn advise_huge_pages(base: usize) {
    unsafe extern "C" {
        fn madvise(addr: *mut u8, len: usize, advice: i32) -> i32;
    }
    const MADV_HUGEPAGE: i32 = 14;
    const HUGE_PAGE: usize = 2 << 20;
    let start = (base + SMALL_PAGES).next_multiple_of(HUGE_PAGE);
    let end = base + REGION;
    if start < end {
        // SAFETY: advice only (no memory is changed), on address space this
        // allocator reserved and owns; a refusal (an error code) is harmless.
        unsafe { madvise(start as *mut u8, end - start, MADV_HUGEPAGE) };
    }
}
#[cfg(not(target_os = "linux"))]
fn advise_huge_pages(_base: usize) {}

/// The allocator (a unit value: the state is per thread).
pub struct SmallAlloc;

/// One thread's state: the free list of each class, and the chunk being
/// bumped through (`next` up to `end`).
struct Pools {
    free: [*mut u8; CLASSES],
    next: *mut u8,
    end: *mut u8,
}

thread_local! {
    // `const`-initialised and without a destructor: using it never allocates,
    // which an allocator's own state must not.
    static POOLS: UnsafeCell<Pools> = const {
        UnsafeCell::new(Pools {
            free: [ptr::null_mut(); CLASSES],
            next: ptr::null_mut(),
            end: ptr::null_mut(),
        })
    };
}

/// The size class of a request, if it is small.
#[inline]
fn class_of(layout: Layout) -> Option<usize> {
    let size = layout.size();
    (size <= MAX_SMALL && layout.align() <= GRAIN && size != 0).then(|| (size - 1) / GRAIN)
}

impl Pools {
    /// Takes a block of class `class` (`(class + 1) * GRAIN` bytes); null when
    /// the region is used up.
    ///
    /// # Safety
    /// Only the owning thread may call it (the pools are its thread-local).
    #[inline]
    unsafe fn take(&mut self, class: usize) -> *mut u8 {
        let head = self.free[class];
        if !head.is_null() {
            // SAFETY: a free block's first word is the next free block (`give`).
            self.free[class] = unsafe { head.cast::<*mut u8>().read() };
            return head;
        }
        let size = (class + 1) * GRAIN;
        if (self.end as usize) - (self.next as usize) < size {
            let chunk = next_chunk();
            if chunk.is_null() {
                return chunk;
            }
            // The rest of the old chunk (less than one block) is left unused.
            self.next = chunk;
            // SAFETY: `chunk` starts CHUNK bytes of one allocation.
            self.end = unsafe { chunk.add(CHUNK) };
        }
        let block = self.next;
        // SAFETY: at least `size` bytes remain in the chunk (checked above).
        self.next = unsafe { block.add(size) };
        block
    }

    /// Gives back a block of class `class`.
    ///
    /// # Safety
    /// `block` must be a block of that class from [`Pools::take`] (of any
    /// thread), no longer in use; only the owning thread may call it.
    #[inline]
    unsafe fn give(&mut self, class: usize, block: *mut u8) {
        // SAFETY: the block is at least GRAIN bytes and GRAIN-aligned, and free.
        unsafe { block.cast::<*mut u8>().write(self.free[class]) };
        self.free[class] = block;
    }
}

// SAFETY: small blocks come from chunks of the region, each handed out once
// until it is given back (free lists and the bump pointer never overlap),
// sized and aligned for their class, which covers the request (`class_of`); a
// block in the region is given back to the class its layout names, which
// `GlobalAlloc` guarantees is the layout it was allocated with. Every block
// outside the region is the system allocator's.
unsafe impl GlobalAlloc for SmallAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if let Some(class) = class_of(layout) {
            // SAFETY: this thread's own pools.
            if let Ok(p) = POOLS.try_with(|p| unsafe { (*p.get()).take(class) })
                && !p.is_null()
            {
                return p;
            }
        }
        // SAFETY: forwarded as is.
        unsafe { System.alloc(layout) }
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        if in_region(block)
            && let Some(class) = class_of(layout)
        {
            // SAFETY: this thread's own pools; the block is of this class. If
            // the thread's pools are gone (it is ending), the block is lost.
            let _ = POOLS.try_with(|p| unsafe { (*p.get()).give(class, block) });
            return;
        }
        // SAFETY: a block outside the region came from the system allocator.
        unsafe { System.dealloc(block, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees a valid layout of the new size.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        let ours = in_region(block);
        match (class_of(layout), class_of(new_layout)) {
            // The system's, and staying large: it may grow in place.
            // SAFETY: a block outside the region came from the system allocator.
            (_, None) if !ours => unsafe { System.realloc(block, layout, new_size) },
            // Ours, same class: the block already has room.
            (Some(a), Some(b)) if ours && a == b => block,
            _ => {
                // SAFETY: allocate, copy what both hold, free the old block.
                unsafe {
                    let new = self.alloc(new_layout);
                    if !new.is_null() {
                        ptr::copy_nonoverlapping(block, new, layout.size().min(new_size));
                        self.dealloc(block, layout);
                    }
                    new
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_distinct_aligned_and_reused() {
        let a = SmallAlloc;
        let l = Layout::from_size_align(40, 8).unwrap();
        // SAFETY: blocks are used within their layout and freed once.
        unsafe {
            let p = a.alloc(l);
            let q = a.alloc(l);
            assert!(!p.is_null() && !q.is_null() && p != q);
            assert_eq!(p as usize % GRAIN, 0);
            p.write_bytes(0xAB, 40);
            q.write_bytes(0xCD, 40);
            assert_eq!(*p.add(39), 0xAB);
            a.dealloc(p, l);
            let r = a.alloc(l);
            assert_eq!(r, p, "a freed block of the class is taken first");
            a.dealloc(q, l);
            a.dealloc(r, l);
        }
    }

    #[test]
    fn realloc_keeps_contents_across_classes_and_sizes() {
        let a = SmallAlloc;
        // SAFETY: as above.
        unsafe {
            let l = Layout::from_size_align(24, 8).unwrap();
            let p = a.alloc(l);
            for i in 0..24 {
                *p.add(i) = i as u8;
            }
            let p = a.realloc(p, l, 200);
            let l = Layout::from_size_align(200, 8).unwrap();
            assert!((0..24).all(|i| *p.add(i) == i as u8));
            let p = a.realloc(p, l, 5000);
            let l = Layout::from_size_align(5000, 8).unwrap();
            assert!((0..24).all(|i| *p.add(i) == i as u8));
            let p = a.realloc(p, l, 16);
            assert!((0..16).all(|i| *p.add(i) == i as u8));
            a.dealloc(p, Layout::from_size_align(16, 8).unwrap());
        }
    }

    #[test]
    fn small_blocks_lie_in_the_region_and_large_ones_do_not() {
        let a = SmallAlloc;
        let small = Layout::from_size_align(48, 8).unwrap();
        let large = Layout::from_size_align(4096, 8).unwrap();
        // SAFETY: as above.
        unsafe {
            let p = a.alloc(small);
            let q = a.alloc(large);
            assert!(in_region(p));
            assert!(!in_region(q));
            a.dealloc(p, small);
            a.dealloc(q, large);
        }
    }

    #[test]
    fn large_and_overaligned_requests_go_to_the_system() {
        assert_eq!(class_of(Layout::from_size_align(257, 8).unwrap()), None);
        assert_eq!(class_of(Layout::from_size_align(64, 64).unwrap()), None);
        assert_eq!(class_of(Layout::from_size_align(16, 16).unwrap()), Some(0));
        assert_eq!(class_of(Layout::from_size_align(17, 8).unwrap()), Some(1));
    }
}
