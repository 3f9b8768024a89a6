//! `_random`: the Mersenne Twister (MT19937) behind `random.Random`, seeded and stepped exactly as Modules/_randommodule.c does.

use std::cell::RefCell;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Signed;
use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, type_error, value_error};
use ouro_objects::int::{self, as_int};
use ouro_objects::none::{is_none, none};
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type, float, protocol};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator's state: 624 words and the index of the next one.
struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    /// `init_genrand`.
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array`: the seeding every int seed goes through.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
    }

    /// `genrand_uint32`.
    fn next_u32(&mut self) -> u32 {
        let mag01 = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        if self.index >= N {
            let mt = &mut self.state;
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random_random`: 53 random bits as a float in [0, 1).
    fn next_f64(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }
}

pub struct Random {
    mt: RefCell<Mt>,
}

fn this(v: &Value) -> &Random {
    v.downcast::<Random>().expect("Random method on a Random")
}

/// A seed from the OS when none is given (`random_seed_urandom`), falling
/// back to the clock.
fn os_seed() -> Vec<u32> {
    use std::io::Read;
    let mut buf = [0u8; N * 4];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    if read.is_err() {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        return vec![t as u32, (t >> 32) as u32, std::process::id()];
    }
    buf.chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// `random_seed`: ints by their absolute value, anything else by its hash.
fn seed(r: &Random, arg: Option<&Value>) -> PyResult<()> {
    let key = match arg.filter(|a| !is_none(a)) {
        None => os_seed(),
        Some(a) => {
            let n: BigInt = match as_int(a) {
                Some(i) => i.to_bigint().abs(),
                None => {
                    // The hash as a C size_t.
                    BigInt::from(protocol::hash(a)? as u64)
                }
            };
            let words = n.magnitude().to_u32_digits();
            if words.is_empty() { vec![0] } else { words }
        }
    };
    r.mt.borrow_mut().init_by_array(&key);
    Ok(())
}

fn random_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let r = alloc_typed(
        ty,
        Random {
            mt: RefCell::new(Mt {
                state: [0; N],
                index: N + 1,
            }),
        },
    );
    // Random() seeds itself; subclasses with their own __init__ see the
    // arguments there.
    if ty.is_static(&RANDOM_TYPE) {
        if a.kw_count() != 0 {
            return Err(type_error("Random() takes no keyword arguments"));
        }
        if args.len() > 1 {
            return Err(type_error("Random() requires 0 or 1 argument"));
        }
    }
    seed(this(&r), args.first().filter(|_| a.kw_count() == 0))?;
    Ok(r)
}

fn random_seed(v: &Value, args: Args) -> PyResult {
    let a = args.range("seed", "seed", 0, 1)?;
    seed(this(v), a.first())?;
    Ok(none())
}

fn random_random(v: &Value, args: Args) -> PyResult {
    args.none("Random.random")?;
    Ok(float::new(this(v).mt.borrow_mut().next_f64()))
}

fn random_getrandbits(v: &Value, args: Args) -> PyResult {
    let k = protocol::index(args.one("getrandbits")?)?;
    if int::is_negative(&k) {
        return Err(value_error("Cannot convert negative int"));
    }
    let k = as_int(&k)
        .and_then(|i| i.to_i64())
        .and_then(|k| u32::try_from(k).ok())
        .ok_or_else(|| {
            ouro_objects::err::overflow_error("Python int too large to convert to C int")
        })?;
    let mut mt = this(v).mt.borrow_mut();
    if k <= 32 {
        return Ok(int::from_i64(if k == 0 {
            0
        } else {
            i64::from(mt.next_u32() >> (32 - k))
        }));
    }
    let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
    let mut left = k;
    while left > 0 {
        let mut r = mt.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        words.push(r);
        left = left.saturating_sub(32);
    }
    Ok(int::from_bigint(BigInt::from_biguint(
        Sign::Plus,
        BigUint::new(words),
    )))
}

fn random_getstate(v: &Value, args: Args) -> PyResult {
    args.none("Random.getstate")?;
    let mt = this(v).mt.borrow();
    let mut items: Vec<Value> = mt
        .state
        .iter()
        .map(|&w| int::from_i64(i64::from(w)))
        .collect();
    items.push(int::from_usize(mt.index));
    Ok(Tuple::new(items))
}

/// A state word (`PyLong_AsUnsignedLong`, kept to 32 bits).
fn state_word(v: &Value) -> PyResult<u64> {
    let Some(i) = as_int(v) else {
        return Err(type_error("an integer is required"));
    };
    let b = i.to_bigint();
    if b.is_negative() {
        return Err(ouro_objects::err::overflow_error(
            "can't convert negative int to unsigned",
        ));
    }
    u64::try_from(b.as_ref()).map_err(|_| {
        ouro_objects::err::overflow_error("Python int too large to convert to C unsigned long")
    })
}

fn random_setstate(v: &Value, args: Args) -> PyResult {
    let state = args.one("setstate")?;
    let Some(t) = state.downcast::<Tuple>() else {
        return Err(type_error("state vector must be a tuple"));
    };
    if t.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, item) in words.iter_mut().zip(t.iter()) {
        *w = state_word(item)? as u32;
    }
    let index = protocol::index_as_isize(&t.as_slice()[N])?;
    if !(0..=N as isize).contains(&index) {
        return Err(value_error("invalid state"));
    }
    let mut mt = this(v).mt.borrow_mut();
    mt.state = words;
    mt.index = index as usize;
    Ok(none())
}

builtin_type!(pub static RANDOM_TYPE: Random = TypeSpec {
    name: "_random.Random",
    doc: Some("Random()\n--\n\nRandom() -> create a random number generator with its own internal state."),
    flags: flags::BASETYPE,
    slots: SlotDefs {
        new: Some(random_new),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("random", random_random, "random($self, /)\n--\n\nrandom() -> x in the interval [0, 1)."),
        MethodDef::new("seed", random_seed, "seed($self, n=None, /)\n--\n\nseed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."),
        MethodDef::new("getstate", random_getstate, "getstate($self, /)\n--\n\ngetstate() -> tuple containing the current state."),
        MethodDef::new("setstate", random_setstate, "setstate($self, state, /)\n--\n\nsetstate(state) -> None.  Restores generator state."),
        MethodDef::new("getrandbits", random_getrandbits, "getrandbits($self, k, /)\n--\n\ngetrandbits(k) -> x.  Generates an int with k random bits."),
    ],
    ..TypeSpec::DEFAULT
});

pub static RANDOM: ModuleDef = ModuleDef {
    name: "_random",
    doc: "Module implements the Mersenne Twister random number generator.",
    functions: &[],
    types: || vec![&RANDOM_TYPE],
    init: ModuleDef::no_init,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_sequence_of_init_by_array() {
        // The first output of mt19937ar.c's test driver.
        let mut mt = Mt {
            state: [0; N],
            index: N,
        };
        mt.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        assert_eq!(mt.next_u32(), 1_067_595_299);
    }
}
