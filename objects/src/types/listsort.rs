//! `list.sort`'s timsort over `(key, value)` pairs: natural runs, binary insertion, powersort merge order and galloping merges; mirrors Objects/listobject.c's `list_sort_impl`, `count_run`, `binarysort`, `gallop_left`/`gallop_right`, `merge_lo`/`merge_hi`, `merge_at` and `found_new_run`, so user `__lt__` methods are called in CPython's order.

use crate::core::Value;

/// A sort key and the item it belongs to.
pub type Keyed = (Value, Value);

/// Galloping starts after this many wins in a row (`MIN_GALLOP`).
const MIN_GALLOP: usize = 7;

/// A pending run: start, length and powersort power.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'a, F> {
    items: &'a mut [Keyed],
    less: &'a mut F,
    min_gallop: usize,
    pending: Vec<Run>,
}

/// Sorts `items` by key, stably, comparing with `less` (a `<` that has
/// already recorded any error and then answers `false`).
pub fn timsort(items: &mut [Keyed], less: &mut impl FnMut(&Value, &Value) -> bool) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let minrun = compute_minrun(n);
    let mut ms = MergeState {
        items,
        less,
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
    };
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let mut run = count_run(&mut ms.items[lo..], ms.less);
        if run < minrun {
            let force = remaining.min(minrun);
            binary_sort(&mut ms.items[lo..lo + force], run, ms.less);
            run = force;
        }
        ms.found_new_run(lo, run, n);
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
    }
    // `merge_force_collapse`.
    while ms.pending.len() > 1 {
        let mut i = ms.pending.len() - 2;
        if i > 0 && ms.pending[i - 1].len < ms.pending[i + 1].len {
            i -= 1;
        }
        ms.merge_at(i);
    }
}

/// `merge_compute_minrun`: `n` shifted below 64, plus one if any bit was
/// shifted off.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// `powerloop`: the depth in the ideal merge tree of the boundary between
/// the run at `s1` (length `n1`) and the next (length `n2`) in a list of `n`.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// `count_run`: the length of the run at the start of `s`, made ascending
/// (a descending run is reversed, equal items kept in order).
fn count_run(s: &mut [Keyed], less: &mut impl FnMut(&Value, &Value) -> bool) -> usize {
    let len = s.len();
    let mut n = 1;
    while n < len && !less(&s[n].0, &s[n - 1].0) {
        n += 1;
    }
    if n == len {
        return n;
    }
    if n > 1 {
        if less(&s[0].0, &s[n - 1].0) {
            return n;
        }
        // All equal: reversed now, reversed back with the descending run.
        s[..n].reverse();
    }
    n += 1;
    let mut equal = 0;
    while n < len {
        if less(&s[n].0, &s[n - 1].0) {
            s[n - equal - 1..n].reverse();
            equal = 0;
        } else if less(&s[n - 1].0, &s[n].0) {
            break;
        } else {
            equal += 1;
        }
        n += 1;
    }
    s[n - equal - 1..n].reverse();
    s[..n].reverse();
    while n < len && !less(&s[n].0, &s[n - 1].0) {
        n += 1;
    }
    n
}

/// `binarysort`: stable binary insertion of `s[ok..]` into sorted `s[..ok]`.
fn binary_sort(s: &mut [Keyed], ok: usize, less: &mut impl FnMut(&Value, &Value) -> bool) {
    for i in ok.max(1)..s.len() {
        let (mut l, mut r) = (0, i);
        while l < r {
            let m = (l + r) >> 1;
            if less(&s[i].0, &s[m].0) {
                r = m;
            } else {
                l = m + 1;
            }
        }
        s[l..=i].rotate_right(1);
    }
}

/// `gallop_left`: where `key` goes in sorted `a`, left of any equal items,
/// searching outward from `hint`.
fn gallop_left(
    key: &Value,
    a: &[Keyed],
    hint: usize,
    less: &mut impl FnMut(&Value, &Value) -> bool,
) -> usize {
    let n = a.len() as isize;
    let hint = hint as isize;
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if less(&a[hint as usize].0, key) {
        let maxofs = n - hint;
        while ofs < maxofs {
            if less(&a[(hint + ofs) as usize].0, key) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if less(&a[(hint - ofs) as usize].0, key) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if less(&a[m as usize].0, key) {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    ofs as usize
}

/// `gallop_right`: where `key` goes in sorted `a`, right of any equal
/// items, searching outward from `hint`.
fn gallop_right(
    key: &Value,
    a: &[Keyed],
    hint: usize,
    less: &mut impl FnMut(&Value, &Value) -> bool,
) -> usize {
    let n = a.len() as isize;
    let hint = hint as isize;
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if less(key, &a[hint as usize].0) {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if less(key, &a[(hint - ofs) as usize].0) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        let maxofs = n - hint;
        while ofs < maxofs {
            if less(key, &a[(hint + ofs) as usize].0) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if less(key, &a[m as usize].0) {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    ofs as usize
}

/// Moves `count` items from `from` to `to` within `items` (ranges may
/// overlap).
fn move_items(items: &mut [Keyed], from: usize, to: usize, count: usize) {
    if to < from {
        for i in 0..count {
            items[to + i] = items[from + i].clone();
        }
    } else {
        for i in (0..count).rev() {
            items[to + i] = items[from + i].clone();
        }
    }
}

impl<F: FnMut(&Value, &Value) -> bool> MergeState<'_, F> {
    /// `found_new_run`: merges pending runs deeper in the powersort tree
    /// than the boundary before the new run at `start` of length `len`.
    fn found_new_run(&mut self, start: usize, len: usize, n: usize) {
        let Some(last) = self.pending.last().copied() else {
            return;
        };
        debug_assert_eq!(last.base + last.len, start);
        let power = powerloop(last.base, last.len, len, n);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(self.pending.len() - 2);
        }
        if let Some(top) = self.pending.last_mut() {
            top.power = power;
        }
    }

    /// `merge_at`: merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) {
        let (a, b) = (self.pending[i], self.pending[i + 1]);
        self.pending[i].len = a.len + b.len;
        self.pending.remove(i + 1);
        let k = gallop_right(
            &self.items[b.base].0.clone(),
            &self.items[a.base..a.base + a.len],
            0,
            self.less,
        );
        let (a_base, na) = (a.base + k, a.len - k);
        if na == 0 {
            return;
        }
        let nb = gallop_left(
            &self.items[a_base + na - 1].0.clone(),
            &self.items[b.base..b.base + b.len],
            b.len - 1,
            self.less,
        );
        if nb == 0 {
            return;
        }
        if na <= nb {
            self.merge_lo(a_base, na, nb);
        } else {
            self.merge_hi(a_base, na, nb);
        }
    }

    /// `merge_lo`: merges `items[a..a + na]` with the `nb` items after it,
    /// the shorter first run copied aside.
    fn merge_lo(&mut self, a: usize, mut na: usize, mut nb: usize) {
        let tmp: Vec<Keyed> = self.items[a..a + na].to_vec();
        let (mut dest, mut ia, mut ib) = (a, 0, a + na);
        self.items[dest] = self.items[ib].clone();
        dest += 1;
        ib += 1;
        nb -= 1;
        let copy_b = 'merge: {
            if nb == 0 {
                break 'merge false;
            }
            if na == 1 {
                break 'merge true;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    if (self.less)(&self.items[ib].0, &tmp[ia].0) {
                        self.items[dest] = self.items[ib].clone();
                        dest += 1;
                        ib += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'merge false;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        self.items[dest] = tmp[ia].clone();
                        dest += 1;
                        ia += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            break 'merge true;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = self.items[ib].0.clone();
                    let k = gallop_right(&key, &tmp[ia..ia + na], 0, self.less);
                    acount = k;
                    if k > 0 {
                        self.items[dest..dest + k].clone_from_slice(&tmp[ia..ia + k]);
                        dest += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            break 'merge true;
                        }
                        if na == 0 {
                            break 'merge false;
                        }
                    }
                    self.items[dest] = self.items[ib].clone();
                    dest += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge false;
                    }
                    let key = tmp[ia].0.clone();
                    let k = gallop_left(&key, &self.items[ib..ib + nb], 0, self.less);
                    bcount = k;
                    if k > 0 {
                        move_items(self.items, ib, dest, k);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge false;
                        }
                    }
                    self.items[dest] = tmp[ia].clone();
                    dest += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge true;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        if copy_b {
            // The last item of the first run belongs at the end.
            move_items(self.items, ib, dest, nb);
            self.items[dest + nb] = tmp[ia].clone();
        } else {
            self.items[dest..dest + na].clone_from_slice(&tmp[ia..ia + na]);
        }
    }

    /// `merge_hi`: merges `items[a..a + na]` with the `nb` items after it
    /// from the right end, the shorter second run copied aside.
    fn merge_hi(&mut self, a: usize, mut na: usize, mut nb: usize) {
        let b = a + na;
        let tmp: Vec<Keyed> = self.items[b..b + nb].to_vec();
        // Indices one past the next item to take, so they never go below 0.
        let (mut dest, mut ia, mut ib) = (b + nb, b, nb);
        dest -= 1;
        ia -= 1;
        self.items[dest] = self.items[ia].clone();
        na -= 1;
        let copy_a = 'merge: {
            if na == 0 {
                break 'merge false;
            }
            if nb == 1 {
                break 'merge true;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    if (self.less)(&tmp[ib - 1].0, &self.items[ia - 1].0) {
                        dest -= 1;
                        ia -= 1;
                        self.items[dest] = self.items[ia].clone();
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'merge false;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        dest -= 1;
                        ib -= 1;
                        self.items[dest] = tmp[ib].clone();
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            break 'merge true;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = tmp[ib - 1].0.clone();
                    let k = na - gallop_right(&key, &self.items[a..a + na], na - 1, self.less);
                    acount = k;
                    if k > 0 {
                        dest -= k;
                        ia -= k;
                        move_items(self.items, ia, dest, k);
                        na -= k;
                        if na == 0 {
                            break 'merge false;
                        }
                    }
                    dest -= 1;
                    ib -= 1;
                    self.items[dest] = tmp[ib].clone();
                    nb -= 1;
                    if nb == 1 {
                        break 'merge true;
                    }
                    let key = self.items[ia - 1].0.clone();
                    let k = nb - gallop_left(&key, &tmp[..nb], nb - 1, self.less);
                    bcount = k;
                    if k > 0 {
                        dest -= k;
                        ib -= k;
                        self.items[dest..dest + k].clone_from_slice(&tmp[ib..ib + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge true;
                        }
                        if nb == 0 {
                            break 'merge false;
                        }
                    }
                    dest -= 1;
                    ia -= 1;
                    self.items[dest] = self.items[ia].clone();
                    na -= 1;
                    if na == 0 {
                        break 'merge false;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        if copy_a {
            // The first item of the second run belongs at the front.
            dest -= na;
            ia -= na;
            move_items(self.items, ia, dest, na);
            self.items[dest - 1] = tmp[ib - 1].clone();
        } else {
            self.items[dest - nb..dest].clone_from_slice(&tmp[..nb]);
        }
    }
}
