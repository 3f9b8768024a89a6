//! The memory mappings behind `mmap.mmap`: map, remap, sync, advise and unmap through libc, and safe slices of the mapped bytes; every unsafe block of the module is here.

use std::io;

/// One live mapping of `len` bytes at `ptr`, unmapped on drop.
pub struct Mapping {
    ptr: *mut u8,
    len: usize,
}

fn last_error() -> io::Error {
    io::Error::last_os_error()
}

impl Mapping {
    /// `mmap(NULL, len, prot, flags, fd, offset)`.
    pub fn new(len: usize, prot: i32, flags: i32, fd: i32, offset: i64) -> io::Result<Mapping> {
        // SAFETY: a fresh mapping at an address the kernel picks; nothing
        // existing is touched.
        let ptr = unsafe { libc::mmap(std::ptr::null_mut(), len, prot, flags, fd, offset) };
        if ptr == libc::MAP_FAILED {
            return Err(last_error());
        }
        Ok(Mapping {
            ptr: ptr.cast(),
            len,
        })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// Where the mapping starts.
    pub fn address(&self) -> usize {
        self.ptr as usize
    }

    pub fn bytes(&self) -> &[u8] {
        // SAFETY: `ptr` maps `len` readable bytes for as long as `self`
        // lives (every mapping is made with PROT_READ).
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }

    /// The bytes for writing; callers check the mapping's access first.
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: as for `bytes`, and `&mut self` makes this the only view;
        // writable mappings carry PROT_WRITE.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }

    /// `mremap(MREMAP_MAYMOVE)` to `new_len` bytes.
    pub fn resize(&mut self, new_len: usize) -> io::Result<()> {
        // SAFETY: `ptr`/`len` describe this mapping; on success the old
        // range is no longer ours and the new one replaces it.
        let ptr = unsafe { libc::mremap(self.ptr.cast(), self.len, new_len, libc::MREMAP_MAYMOVE) };
        if ptr == libc::MAP_FAILED {
            return Err(last_error());
        }
        self.ptr = ptr.cast();
        self.len = new_len;
        Ok(())
    }

    /// `msync(MS_SYNC)` of `len` bytes from `offset` (in range).
    pub fn sync(&self, offset: usize, len: usize) -> io::Result<()> {
        // SAFETY: the range lies within this mapping (checked by callers);
        // msync only writes back pages.
        let r = unsafe { libc::msync(self.ptr.add(offset).cast(), len, libc::MS_SYNC) };
        if r == -1 { Err(last_error()) } else { Ok(()) }
    }

    /// `madvise(option)` on `len` bytes from `offset` (in range).
    pub fn advise(&self, offset: usize, len: usize, option: i32) -> io::Result<()> {
        // SAFETY: as for `sync`; advice does not change what the bytes are
        // for the safe views (MADV_DONTNEED rereads or zero-fills).
        let r = unsafe { libc::madvise(self.ptr.add(offset).cast(), len, option) };
        if r == -1 { Err(last_error()) } else { Ok(()) }
    }
}

impl Drop for Mapping {
    fn drop(&mut self) {
        // SAFETY: this mapping is ours and no slice of it outlives `self`.
        unsafe { libc::munmap(self.ptr.cast(), self.len) };
    }
}

/// The size of a page (`mmap.PAGESIZE`, `ALLOCATIONGRANULARITY`).
pub fn page_size() -> i64 {
    // SAFETY: sysconf reads a constant.
    unsafe { libc::sysconf(libc::_SC_PAGESIZE) }
}
