//! Safe wrappers over the libzstd calls `_zstd` makes (contexts, streaming, digested dictionaries, parameter bounds,
//! frame headers, dictionary training); every unsafe block of the module is here.

use std::any::Any;
use std::ffi::CStr;
use std::ptr::NonNull;
use std::rc::Rc;

use zstd_sys as sys;
use zstd_sys::{ZSTD_cParameter as C, ZSTD_dParameter as D};

/// A libzstd error code (a `size_t` that `ZSTD_isError` accepts).
#[derive(Clone, Copy, Debug)]
pub struct ZstdCode(usize);

impl ZstdCode {
    /// `ZSTD_getErrorName`: the library's text for the error.
    pub fn name(self) -> &'static str {
        // SAFETY: ZSTD_getErrorName returns a pointer to a static NUL-terminated string for any input.
        let name = unsafe { CStr::from_ptr(sys::ZSTD_getErrorName(self.0)) };
        name.to_str().unwrap_or("Unspecified error code")
    }
}

fn check(ret: usize) -> Result<usize, ZstdCode> {
    // SAFETY: ZSTD_isError only inspects the integer.
    if unsafe { sys::ZSTD_isError(ret) } != 0 {
        Err(ZstdCode(ret))
    } else {
        Ok(ret)
    }
}

/// Every compression parameter libzstd knows, stable and experimental: keys from Python are looked up here so that
/// only real enum values reach the C calls.
const C_PARAMETERS: [C; 39] = [
    C::ZSTD_c_compressionLevel,
    C::ZSTD_c_windowLog,
    C::ZSTD_c_hashLog,
    C::ZSTD_c_chainLog,
    C::ZSTD_c_searchLog,
    C::ZSTD_c_minMatch,
    C::ZSTD_c_targetLength,
    C::ZSTD_c_strategy,
    C::ZSTD_c_targetCBlockSize,
    C::ZSTD_c_enableLongDistanceMatching,
    C::ZSTD_c_ldmHashLog,
    C::ZSTD_c_ldmMinMatch,
    C::ZSTD_c_ldmBucketSizeLog,
    C::ZSTD_c_ldmHashRateLog,
    C::ZSTD_c_contentSizeFlag,
    C::ZSTD_c_checksumFlag,
    C::ZSTD_c_dictIDFlag,
    C::ZSTD_c_nbWorkers,
    C::ZSTD_c_jobSize,
    C::ZSTD_c_overlapLog,
    C::ZSTD_c_experimentalParam1,
    C::ZSTD_c_experimentalParam2,
    C::ZSTD_c_experimentalParam3,
    C::ZSTD_c_experimentalParam4,
    C::ZSTD_c_experimentalParam5,
    C::ZSTD_c_experimentalParam7,
    C::ZSTD_c_experimentalParam8,
    C::ZSTD_c_experimentalParam9,
    C::ZSTD_c_experimentalParam10,
    C::ZSTD_c_experimentalParam11,
    C::ZSTD_c_experimentalParam12,
    C::ZSTD_c_experimentalParam13,
    C::ZSTD_c_experimentalParam14,
    C::ZSTD_c_experimentalParam15,
    C::ZSTD_c_experimentalParam16,
    C::ZSTD_c_experimentalParam17,
    C::ZSTD_c_experimentalParam18,
    C::ZSTD_c_experimentalParam19,
    C::ZSTD_c_experimentalParam20,
];

const D_PARAMETERS: [D; 7] = [
    D::ZSTD_d_windowLogMax,
    D::ZSTD_d_experimentalParam1,
    D::ZSTD_d_experimentalParam2,
    D::ZSTD_d_experimentalParam3,
    D::ZSTD_d_experimentalParam4,
    D::ZSTD_d_experimentalParam5,
    D::ZSTD_d_experimentalParam6,
];

fn c_parameter(key: i32) -> Option<C> {
    C_PARAMETERS.into_iter().find(|&p| p as i32 == key)
}

fn d_parameter(key: i32) -> Option<D> {
    D_PARAMETERS.into_iter().find(|&p| p as i32 == key)
}

/// `ZSTD_cParam_getBounds` / `ZSTD_dParam_getBounds`: the inclusive range of a parameter, `None` for a key libzstd
/// does not know.
pub fn param_bounds(key: i32, compress: bool) -> Option<(i32, i32)> {
    let bounds = if compress {
        // SAFETY: the parameter is a valid enum value; the call only reads constants.
        unsafe { sys::ZSTD_cParam_getBounds(c_parameter(key)?) }
    } else {
        // SAFETY: as above, for a decompression parameter.
        unsafe { sys::ZSTD_dParam_getBounds(d_parameter(key)?) }
    };
    check(bounds.error).ok()?;
    Some((bounds.lowerBound, bounds.upperBound))
}

pub fn version_number() -> u32 {
    // SAFETY: reads a constant.
    unsafe { sys::ZSTD_versionNumber() }
}

pub fn version_string() -> &'static str {
    // SAFETY: ZSTD_versionString returns a static NUL-terminated string.
    let s = unsafe { CStr::from_ptr(sys::ZSTD_versionString()) };
    s.to_str().unwrap_or("")
}

pub fn default_level() -> i32 {
    // SAFETY: reads a constant.
    unsafe { sys::ZSTD_defaultCLevel() }
}

pub fn level_range() -> (i32, i32) {
    // SAFETY: both read constants.
    unsafe { (sys::ZSTD_minCLevel(), sys::ZSTD_maxCLevel()) }
}

pub fn dstream_out_size() -> usize {
    // SAFETY: reads a constant.
    unsafe { sys::ZSTD_DStreamOutSize() }
}

/// `ZSTD_findFrameCompressedSize`.
pub fn frame_compressed_size(src: &[u8]) -> Result<usize, ZstdCode> {
    // SAFETY: the pointer and length describe `src`, which libzstd only reads.
    check(unsafe { sys::ZSTD_findFrameCompressedSize(src.as_ptr().cast(), src.len()) })
}

/// What a frame header says about the content size.
pub enum ContentSize {
    Known(u64),
    Unknown,
    Error,
}

/// `ZSTD_getFrameContentSize`.
pub fn frame_content_size(src: &[u8]) -> ContentSize {
    // SAFETY: the pointer and length describe `src`, which libzstd only reads.
    let n = unsafe { sys::ZSTD_getFrameContentSize(src.as_ptr().cast(), src.len()) };
    match n {
        u64::MAX => ContentSize::Unknown,
        n if n == u64::MAX - 1 => ContentSize::Error,
        n => ContentSize::Known(n),
    }
}

/// `ZSTD_getDictID_fromFrame`: 0 when the frame names no dictionary.
pub fn frame_dict_id(src: &[u8]) -> u32 {
    // SAFETY: the pointer and length describe `src`, which libzstd only reads.
    unsafe { sys::ZSTD_getDictID_fromFrame(src.as_ptr().cast(), src.len()) }
}

/// `ZSTD_getDictID_fromDict`: 0 for a raw-content dictionary.
pub fn dict_id(dict: &[u8]) -> u32 {
    // SAFETY: the pointer and length describe `dict`, which libzstd only reads.
    unsafe { sys::ZSTD_getDictID_fromDict(dict.as_ptr().cast(), dict.len()) }
}

fn zdict_check(ret: usize) -> Result<usize, ZstdCode> {
    // SAFETY: ZDICT_isError only inspects the integer.
    if unsafe { sys::ZDICT_isError(ret) } != 0 {
        Err(ZstdCode(ret))
    } else {
        Ok(ret)
    }
}

/// `ZDICT_trainFromBuffer`: a dictionary of at most `capacity` bytes from the concatenated `samples`.
pub fn train_dict(samples: &[u8], sizes: &[usize], capacity: usize) -> Result<Vec<u8>, ZstdCode> {
    let mut dict = vec![0u8; capacity];
    let count = u32::try_from(sizes.len()).unwrap_or(u32::MAX);
    // SAFETY: `dict` has `capacity` writable bytes; `sizes` has `count` entries whose sum is `samples.len()`
    // (the caller checks), so libzstd reads only inside `samples`.
    let ret = unsafe {
        sys::ZDICT_trainFromBuffer(
            dict.as_mut_ptr().cast(),
            capacity,
            samples.as_ptr().cast(),
            sizes.as_ptr(),
            count,
        )
    };
    dict.truncate(zdict_check(ret)?);
    Ok(dict)
}

/// `ZDICT_finalizeDictionary`: adds entropy tables and a header to `content`.
pub fn finalize_dict(
    content: &[u8],
    samples: &[u8],
    sizes: &[usize],
    capacity: usize,
    level: i32,
) -> Result<Vec<u8>, ZstdCode> {
    let mut dict = vec![0u8; capacity];
    let count = u32::try_from(sizes.len()).unwrap_or(u32::MAX);
    let params = sys::ZDICT_params_t {
        compressionLevel: level,
        notificationLevel: 0,
        dictID: 0,
    };
    // SAFETY: as in `train_dict`; `content` is read-only input of its own length.
    let ret = unsafe {
        sys::ZDICT_finalizeDictionary(
            dict.as_mut_ptr().cast(),
            capacity,
            content.as_ptr().cast(),
            content.len(),
            samples.as_ptr().cast(),
            sizes.as_ptr(),
            count,
            params,
        )
    };
    dict.truncate(zdict_check(ret)?);
    Ok(dict)
}

/// A `ZSTD_CDict`: dictionary content digested for one compression level.
pub struct CDict {
    ptr: NonNull<sys::ZSTD_CDict>,
}

impl CDict {
    pub fn new(content: &[u8], level: i32) -> Option<CDict> {
        // SAFETY: the pointer and length describe `content`; libzstd copies it.
        let ptr = unsafe { sys::ZSTD_createCDict(content.as_ptr().cast(), content.len(), level) };
        NonNull::new(ptr).map(|ptr| CDict { ptr })
    }
}

impl Drop for CDict {
    fn drop(&mut self) {
        // SAFETY: the CDict came from ZSTD_createCDict and is freed once; contexts that reference it hold an Rc.
        unsafe { sys::ZSTD_freeCDict(self.ptr.as_ptr()) };
    }
}

/// A `ZSTD_DDict`: dictionary content digested for decompression.
pub struct DDict {
    ptr: NonNull<sys::ZSTD_DDict>,
}

impl DDict {
    pub fn new(content: &[u8]) -> Option<DDict> {
        // SAFETY: the pointer and length describe `content`; libzstd copies it.
        let ptr = unsafe { sys::ZSTD_createDDict(content.as_ptr().cast(), content.len()) };
        NonNull::new(ptr).map(|ptr| DDict { ptr })
    }
}

impl Drop for DDict {
    fn drop(&mut self) {
        // SAFETY: the DDict came from ZSTD_createDDict and is freed once; contexts that reference it hold an Rc.
        unsafe { sys::ZSTD_freeDDict(self.ptr.as_ptr()) };
    }
}

/// Dictionary data (a digested dictionary or a prefix) that a context only references, held by the context so it
/// lives as long as the context may read it.
type Referenced = Option<Rc<dyn Any>>;

/// What a context's setParameter says about a key libzstd has no enum value for.
pub fn unsupported_parameter() -> ZstdCode {
    ZstdCode(0usize.wrapping_sub(sys::ZSTD_ErrorCode::ZSTD_error_parameter_unsupported as usize))
}

/// `ZSTD_EndDirective`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum EndMode {
    Continue,
    Flush,
    End,
}

/// Runs one streaming call that writes into `out`'s spare capacity (at most `room` bytes) from `input[*pos..]`;
/// returns libzstd's result.
fn stream_call(
    out: &mut Vec<u8>,
    room: usize,
    input: &[u8],
    pos: &mut usize,
    call: impl FnOnce(*mut sys::ZSTD_outBuffer, *mut sys::ZSTD_inBuffer) -> usize,
) -> Result<usize, ZstdCode> {
    out.reserve(room.max(1));
    let len = out.len();
    let mut outb = sys::ZSTD_outBuffer {
        // SAFETY: `len` is within the allocation, which has at least `room` spare bytes after it.
        dst: unsafe { out.as_mut_ptr().add(len) }.cast(),
        size: room,
        pos: 0,
    };
    let mut inb = sys::ZSTD_inBuffer {
        src: input.as_ptr().cast(),
        size: input.len(),
        pos: *pos,
    };
    let ret = call(&mut outb, &mut inb);
    // SAFETY: libzstd initialised `outb.pos <= room` bytes of the spare capacity.
    unsafe { out.set_len(len + outb.pos) };
    *pos = inb.pos;
    check(ret)
}

/// A `ZSTD_CCtx` with the dictionary data it references.
pub struct CCtx {
    ptr: NonNull<sys::ZSTD_CCtx>,
    _referenced: Referenced,
}

impl CCtx {
    pub fn new() -> Option<CCtx> {
        // SAFETY: plain allocation.
        NonNull::new(unsafe { sys::ZSTD_createCCtx() }).map(|ptr| CCtx {
            ptr,
            _referenced: None,
        })
    }

    /// `ZSTD_CCtx_setParameter`; an unknown key fails as libzstd's `parameter_unsupported` would.
    pub fn set_parameter(&mut self, key: i32, value: i32) -> Result<(), ZstdCode> {
        let Some(param) = c_parameter(key) else {
            return Err(unsupported_parameter());
        };
        // SAFETY: the context is live and the parameter a valid enum value.
        check(unsafe { sys::ZSTD_CCtx_setParameter(self.ptr.as_ptr(), param, value) }).map(drop)
    }

    pub fn set_pledged_size(&mut self, size: u64) -> Result<(), ZstdCode> {
        // SAFETY: the context is live.
        check(unsafe { sys::ZSTD_CCtx_setPledgedSrcSize(self.ptr.as_ptr(), size) }).map(drop)
    }

    /// `ZSTD_CCtx_loadDictionary`, which copies the content.
    pub fn load_dictionary(&mut self, content: &[u8]) -> Result<(), ZstdCode> {
        // SAFETY: the context is live; the pointer and length describe `content`, which libzstd copies.
        let ret = unsafe {
            sys::ZSTD_CCtx_loadDictionary(self.ptr.as_ptr(), content.as_ptr().cast(), content.len())
        };
        check(ret)?;
        self._referenced = None;
        Ok(())
    }

    pub fn ref_cdict(&mut self, cdict: Rc<CDict>) -> Result<(), ZstdCode> {
        // SAFETY: the context is live; the context's `_referenced` keeps the CDict alive while the context may use it.
        check(unsafe { sys::ZSTD_CCtx_refCDict(self.ptr.as_ptr(), cdict.ptr.as_ptr()) })?;
        self._referenced = Some(cdict);
        Ok(())
    }

    pub fn ref_prefix(&mut self, prefix: Rc<[u8]>) -> Result<(), ZstdCode> {
        // SAFETY: the context is live; the context's `_referenced` keeps the prefix alive and unmodified while it is used.
        let ret = unsafe {
            sys::ZSTD_CCtx_refPrefix(self.ptr.as_ptr(), prefix.as_ptr().cast(), prefix.len())
        };
        check(ret)?;
        self._referenced = Some(Rc::new(prefix));
        Ok(())
    }

    /// `ZSTD_CCtx_reset(ZSTD_reset_session_only)`, which cannot fail.
    pub fn reset_session(&mut self) {
        // SAFETY: the context is live.
        unsafe {
            sys::ZSTD_CCtx_reset(
                self.ptr.as_ptr(),
                sys::ZSTD_ResetDirective::ZSTD_reset_session_only,
            )
        };
    }

    /// One `ZSTD_compressStream2` call appending at most `room` bytes to `out`.
    pub fn compress(
        &mut self,
        out: &mut Vec<u8>,
        room: usize,
        input: &[u8],
        pos: &mut usize,
        mode: EndMode,
    ) -> Result<usize, ZstdCode> {
        let directive = match mode {
            EndMode::Continue => sys::ZSTD_EndDirective::ZSTD_e_continue,
            EndMode::Flush => sys::ZSTD_EndDirective::ZSTD_e_flush,
            EndMode::End => sys::ZSTD_EndDirective::ZSTD_e_end,
        };
        let cctx = self.ptr.as_ptr();
        stream_call(out, room, input, pos, |o, i| {
            // SAFETY: the context is live; `stream_call` passes buffers describing valid memory.
            unsafe { sys::ZSTD_compressStream2(cctx, o, i, directive) }
        })
    }
}

impl Drop for CCtx {
    fn drop(&mut self) {
        // SAFETY: the context came from ZSTD_createCCtx and is freed once, before `_referenced` is dropped.
        unsafe { sys::ZSTD_freeCCtx(self.ptr.as_ptr()) };
    }
}

/// A `ZSTD_DCtx` with the dictionary data it references.
pub struct DCtx {
    ptr: NonNull<sys::ZSTD_DCtx>,
    _referenced: Referenced,
}

impl DCtx {
    pub fn new() -> Option<DCtx> {
        // SAFETY: plain allocation.
        NonNull::new(unsafe { sys::ZSTD_createDCtx() }).map(|ptr| DCtx {
            ptr,
            _referenced: None,
        })
    }

    /// `ZSTD_DCtx_setParameter`; an unknown key fails as libzstd's `parameter_unsupported` would.
    pub fn set_parameter(&mut self, key: i32, value: i32) -> Result<(), ZstdCode> {
        let Some(param) = d_parameter(key) else {
            return Err(unsupported_parameter());
        };
        // SAFETY: the context is live and the parameter a valid enum value.
        check(unsafe { sys::ZSTD_DCtx_setParameter(self.ptr.as_ptr(), param, value) }).map(drop)
    }

    pub fn load_dictionary(&mut self, content: &[u8]) -> Result<(), ZstdCode> {
        // SAFETY: the context is live; the pointer and length describe `content`, which libzstd copies.
        let ret = unsafe {
            sys::ZSTD_DCtx_loadDictionary(self.ptr.as_ptr(), content.as_ptr().cast(), content.len())
        };
        check(ret)?;
        self._referenced = None;
        Ok(())
    }

    pub fn ref_ddict(&mut self, ddict: Rc<DDict>) -> Result<(), ZstdCode> {
        // SAFETY: the context is live; the context's `_referenced` keeps the DDict alive while the context may use it.
        check(unsafe { sys::ZSTD_DCtx_refDDict(self.ptr.as_ptr(), ddict.ptr.as_ptr()) })?;
        self._referenced = Some(ddict);
        Ok(())
    }

    pub fn ref_prefix(&mut self, prefix: Rc<[u8]>) -> Result<(), ZstdCode> {
        // SAFETY: the context is live; the context's `_referenced` keeps the prefix alive and unmodified while it is used.
        let ret = unsafe {
            sys::ZSTD_DCtx_refPrefix(self.ptr.as_ptr(), prefix.as_ptr().cast(), prefix.len())
        };
        check(ret)?;
        self._referenced = Some(Rc::new(prefix));
        Ok(())
    }

    /// `ZSTD_DCtx_reset(ZSTD_reset_session_only)`, which cannot fail.
    pub fn reset_session(&mut self) {
        // SAFETY: the context is live.
        unsafe {
            sys::ZSTD_DCtx_reset(
                self.ptr.as_ptr(),
                sys::ZSTD_ResetDirective::ZSTD_reset_session_only,
            )
        };
    }

    /// One `ZSTD_decompressStream` call appending at most `room` bytes to `out`.
    pub fn decompress(
        &mut self,
        out: &mut Vec<u8>,
        room: usize,
        input: &[u8],
        pos: &mut usize,
    ) -> Result<usize, ZstdCode> {
        let dctx = self.ptr.as_ptr();
        stream_call(out, room, input, pos, |o, i| {
            // SAFETY: the context is live; `stream_call` passes buffers describing valid memory.
            unsafe { sys::ZSTD_decompressStream(dctx, o, i) }
        })
    }
}

impl Drop for DCtx {
    fn drop(&mut self) {
        // SAFETY: the context came from ZSTD_createDCtx and is freed once, before `_referenced` is dropped.
        unsafe { sys::ZSTD_freeDCtx(self.ptr.as_ptr()) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bounds a 64-bit libzstd built with multithreading reports (Linux CPython's); the 32-bit reference build
    /// has smaller window/chain/search logs and no workers, so the conformance cases leave these out.
    #[test]
    fn word_size_dependent_bounds_are_the_64_bit_ones() {
        assert_eq!(param_bounds(101, true), Some((10, 31)));
        assert_eq!(param_bounds(103, true), Some((6, 30)));
        assert_eq!(param_bounds(104, true), Some((1, 30)));
        assert_eq!(param_bounds(164, true), Some((0, 25)));
        assert_eq!(param_bounds(400, true), Some((0, 256)));
        assert_eq!(param_bounds(401, true), Some((0, 1 << 30)));
        assert_eq!(param_bounds(402, true), Some((0, 9)));
        assert_eq!(param_bounds(100, false), Some((10, 31)));
        assert_eq!(param_bounds(999, true), None);
        assert_eq!(param_bounds(101, false), None);
    }

    #[test]
    fn contexts_round_trip_with_a_prefix() {
        let prefix: Rc<[u8]> = Rc::from(&b"shared prefix text shared prefix text"[..]);
        let data = b"shared prefix text and then some more shared prefix text";
        let mut c = CCtx::new().expect("cctx");
        c.ref_prefix(prefix.clone()).expect("prefix");
        let (mut frame, mut pos) = (Vec::new(), 0);
        while c
            .compress(&mut frame, 256, data, &mut pos, EndMode::End)
            .expect("compress")
            != 0
        {}
        let mut d = DCtx::new().expect("dctx");
        d.ref_prefix(prefix).expect("prefix");
        let (mut out, mut pos) = (Vec::new(), 0);
        assert_eq!(
            d.decompress(&mut out, 256, &frame, &mut pos)
                .expect("decompress"),
            0
        );
        assert_eq!(out, data);
        assert!(
            DCtx::new()
                .expect("dctx")
                .decompress(&mut Vec::new(), 256, &frame, &mut 0)
                .is_err()
        );
    }
}
