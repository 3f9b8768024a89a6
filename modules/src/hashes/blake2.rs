//! BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block CPython's `_blake2` exposes (key, salt, person, tree parameters, last_node).

/// Message schedule permutations (RFC 7693 section 2.7).
const SIGMA: [[usize; 16]; 12] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
];

/// The parameters of a BLAKE2 instance, as CPython's constructor takes them.
#[derive(Clone, Default)]
pub struct Params {
    pub digest_size: usize,
    pub key: Vec<u8>,
    pub salt: Vec<u8>,
    pub person: Vec<u8>,
    pub fanout: u8,
    pub depth: u8,
    pub leaf_size: u32,
    pub node_offset: u64,
    pub node_depth: u8,
    pub inner_size: u8,
    pub last_node: bool,
}

/// One BLAKE2 variant: the word type, rounds, rotations and IV.
macro_rules! blake2_variant {
    ($name:ident, $word:ty, $rounds:expr, $bytes:expr, ($r1:expr, $r2:expr, $r3:expr, $r4:expr), $iv:expr) => {
        #[derive(Clone)]
        pub struct $name {
            h: [$word; 8],
            /// Bytes compressed so far.
            t: u128,
            buf: Vec<u8>,
            last_node: bool,
            digest_size: usize,
        }

        impl $name {
            const WORD: usize = std::mem::size_of::<$word>();
            pub const BLOCK: usize = 16 * Self::WORD;
            const IV: [$word; 8] = $iv;

            pub fn new(p: &Params) -> Self {
                let mut block = [0u8; 8 * Self::WORD];
                block[0] = p.digest_size as u8;
                block[1] = p.key.len() as u8;
                block[2] = p.fanout;
                block[3] = p.depth;
                block[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
                // node_offset takes 8 bytes in BLAKE2b, 6 in BLAKE2s.
                let off = if Self::WORD == 8 { 16 } else { 14 };
                block[8..off].copy_from_slice(&p.node_offset.to_le_bytes()[..off - 8]);
                block[off] = p.node_depth;
                block[off + 1] = p.inner_size;
                let salt_at = 4 * Self::WORD;
                let half = 2 * Self::WORD;
                block[salt_at..salt_at + p.salt.len()].copy_from_slice(&p.salt);
                block[salt_at + half..salt_at + half + p.person.len()].copy_from_slice(&p.person);
                let mut h = Self::IV;
                for (i, w) in h.iter_mut().enumerate() {
                    let mut bytes = [0u8; $bytes];
                    bytes.copy_from_slice(&block[i * Self::WORD..(i + 1) * Self::WORD]);
                    *w ^= <$word>::from_le_bytes(bytes);
                }
                let mut s = $name {
                    h,
                    t: 0,
                    buf: Vec::with_capacity(Self::BLOCK),
                    last_node: p.last_node,
                    digest_size: p.digest_size,
                };
                if !p.key.is_empty() {
                    let mut key_block = p.key.clone();
                    key_block.resize(Self::BLOCK, 0);
                    s.update(&key_block);
                }
                s
            }

            fn compress(&mut self, block: &[u8], last: bool) {
                let mut m = [0 as $word; 16];
                for (i, w) in m.iter_mut().enumerate() {
                    let mut bytes = [0u8; $bytes];
                    bytes.copy_from_slice(&block[i * Self::WORD..(i + 1) * Self::WORD]);
                    *w = <$word>::from_le_bytes(bytes);
                }
                let mut v = [0 as $word; 16];
                v[..8].copy_from_slice(&self.h);
                v[8..].copy_from_slice(&Self::IV);
                v[12] ^= self.t as $word;
                v[13] ^= (self.t >> (8 * Self::WORD)) as $word;
                if last {
                    v[14] = !v[14];
                    if self.last_node {
                        v[15] = !v[15];
                    }
                }
                let g = |v: &mut [$word; 16],
                         a: usize,
                         b: usize,
                         c: usize,
                         d: usize,
                         x: $word,
                         y: $word| {
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                    v[d] = (v[d] ^ v[a]).rotate_right($r1);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right($r2);
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                    v[d] = (v[d] ^ v[a]).rotate_right($r3);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right($r4);
                };
                for s in SIGMA.iter().take($rounds) {
                    g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for i in 0..8 {
                    self.h[i] ^= v[i] ^ v[i + 8];
                }
            }

            pub fn update(&mut self, mut data: &[u8]) {
                // The last block is held back: it must be compressed with the
                // final flag.
                while !data.is_empty() {
                    if self.buf.len() == Self::BLOCK {
                        self.t += Self::BLOCK as u128;
                        let block = std::mem::take(&mut self.buf);
                        self.compress(&block, false);
                        self.buf = block;
                        self.buf.clear();
                    }
                    let n = (Self::BLOCK - self.buf.len()).min(data.len());
                    self.buf.extend_from_slice(&data[..n]);
                    data = &data[n..];
                }
            }

            pub fn digest(&self) -> Vec<u8> {
                let mut s = self.clone();
                s.t += s.buf.len() as u128;
                let mut block = std::mem::take(&mut s.buf);
                block.resize(Self::BLOCK, 0);
                s.compress(&block, true);
                let mut out: Vec<u8> = s.h.iter().flat_map(|w| w.to_le_bytes()).collect();
                out.truncate(self.digest_size);
                out
            }
        }
    };
}

blake2_variant!(
    Blake2b,
    u64,
    12,
    8,
    (32, 24, 16, 63),
    [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ]
);

blake2_variant!(
    Blake2s,
    u32,
    10,
    4,
    (16, 12, 8, 7),
    [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn rfc7693_abc() {
        let p = |n| Params {
            digest_size: n,
            fanout: 1,
            depth: 1,
            ..Params::default()
        };
        let mut b = Blake2b::new(&p(64));
        b.update(b"abc");
        assert!(hex(&b.digest()).starts_with("ba80a53f981c4d0d6a2797b69f12f6e9"));
        let mut s = Blake2s::new(&p(32));
        s.update(b"abc");
        assert_eq!(
            hex(&s.digest()),
            "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982"
        );
    }
}
