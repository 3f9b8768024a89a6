//! The process allocator: mimalloc, entered through its plain `mi_malloc` for the ordinary alignments (the `mimalloc` crate always takes the slower aligned path, ~20 more instructions per allocation).

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc,
    mi_zalloc_aligned,
};

/// mimalloc aligns every block to at least this, and blocks of a smaller
/// size to their size's power of two (its `MI_MAX_ALIGN_SIZE`).
const MIN_ALIGN: usize = 16;

/// Whether `mi_malloc`'s natural alignment already satisfies `layout`, the
/// same rule the standard library's system allocator uses.
fn natural(align: usize, size: usize) -> bool {
    align <= MIN_ALIGN && align <= size
}

pub struct Allocator;

// SAFETY: every method forwards to the mimalloc function of the same
// contract; blocks from any of them may be freed by `mi_free`, and the
// aligned variants are used whenever the natural alignment is not enough.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if natural(layout.align(), layout.size()) {
            // SAFETY: `layout.size()` is non-zero (GlobalAlloc's contract).
            unsafe { mi_malloc(layout.size()).cast() }
        } else {
            // SAFETY: `layout.align()` is a power of two.
            unsafe { mi_malloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if natural(layout.align(), layout.size()) {
            // SAFETY: as in `alloc`.
            unsafe { mi_zalloc(layout.size()).cast() }
        } else {
            // SAFETY: as in `alloc`.
            unsafe { mi_zalloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator, so from mimalloc.
        unsafe { mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if natural(layout.align(), new_size) {
            // SAFETY: `ptr` came from mimalloc; `new_size` is non-zero.
            unsafe { mi_realloc(ptr.cast::<c_void>(), new_size).cast() }
        } else {
            // SAFETY: as above, with the block's alignment kept.
            unsafe { mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast() }
        }
    }
}
