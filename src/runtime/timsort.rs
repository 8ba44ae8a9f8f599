//! CPython's list sort (`Objects/listobject.c`, 3.11: timsort with the powersort
//! merge policy), ported so that a sort makes the same comparisons in the same
//! order as CPython's: user `__lt__` methods with side effects, and orders that
//! are not total (NaN, inconsistent `__lt__`), give CPython's results.
//!
//! It sorts a vector of indices with `less(x, y)`, the question "is the item at
//! index x less than the item at index y?". An error is the caller's to carry
//! (a `less` that failed answers `false` from then on, and the caller discards
//! the order), as the comparisons stop mattering once one failed.

/// Wins in a row of one run after which a merge starts galloping (the initial
/// threshold; each merge adapts it).
const MIN_GALLOP: usize = 7;

/// A sorted run waiting to be merged: `v[base..base + len]`, with the powersort
/// power of its boundary with the run before it.
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// The comparison: whether the item at the first index is less than the one at
/// the second.
type Less<'a> = dyn FnMut(usize, usize) -> bool + 'a;

/// The sort's state: the indices being sorted, scratch room for the shorter run
/// of a merge, the galloping threshold and the runs not merged yet.
struct Sorter<'a> {
    v: Vec<usize>,
    tmp: Vec<usize>,
    min_gallop: usize,
    pending: Vec<Run>,
    less: &'a mut Less<'a>,
}

/// Sorts `v` (indices) stably by `less`, as CPython's `list.sort` does.
pub fn sort(v: &mut Vec<usize>, less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut s = Sorter {
        v: std::mem::take(v),
        tmp: Vec::new(),
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        less,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = s.count_run(lo, lo + remaining);
        if descending {
            s.v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            s.binary_sort(lo, lo + force, lo + run);
            run = force;
        }
        s.found_new_run(run, n);
        s.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        remaining -= run;
    }
    // Merge what is left, the smaller neighbour first.
    while s.pending.len() > 1 {
        let mut i = s.pending.len() - 2;
        if i > 0 && s.pending[i - 1].len < s.pending[i + 1].len {
            i -= 1;
        }
        s.merge_at(i);
    }
    *v = s.v;
}

/// CPython's `merge_compute_minrun`.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// CPython's `powerloop`: the powersort "power" of the boundary between the
/// runs `[s1, s1 + n1)` and `[s1 + n1, s1 + n1 + n2)` of a list of length `n`.
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

/// The position in sorted `a` where `key` goes, left of equal items, searched
/// from `hint` outwards (CPython's `gallop_left`).
fn gallop_left(less: &mut Less, key: usize, a: &[usize], hint: usize) -> usize {
    let n = a.len();
    let (mut lastofs, mut ofs) = (0usize, 1usize);
    if less(a[hint], key) {
        let maxofs = n - hint;
        while ofs < maxofs {
            if less(a[hint + ofs], key) {
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
            if less(a[hint - ofs], key) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        // `hint - ofs` may be -1: kept as `lastofs + 1` below.
        lastofs = (hint + 1).wrapping_sub(ofs).wrapping_sub(1);
        ofs = hint - k;
    }
    let mut lo = lastofs.wrapping_add(1);
    while lo < ofs {
        let m = lo + ((ofs - lo) >> 1);
        if less(a[m], key) {
            lo = m + 1;
        } else {
            ofs = m;
        }
    }
    ofs
}

/// The position in sorted `a` where `key` goes, right of equal items, searched
/// from `hint` outwards (CPython's `gallop_right`).
fn gallop_right(less: &mut Less, key: usize, a: &[usize], hint: usize) -> usize {
    let n = a.len();
    let (mut lastofs, mut ofs) = (0usize, 1usize);
    if less(key, a[hint]) {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if less(key, a[hint - ofs]) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = (hint + 1).wrapping_sub(ofs).wrapping_sub(1);
        ofs = hint - k;
    } else {
        let maxofs = n - hint;
        while ofs < maxofs {
            if less(key, a[hint + ofs]) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    }
    let mut lo = lastofs.wrapping_add(1);
    while lo < ofs {
        let m = lo + ((ofs - lo) >> 1);
        if less(key, a[m]) {
            ofs = m;
        } else {
            lo = m + 1;
        }
    }
    ofs
}

impl Sorter<'_> {
    fn lt(&mut self, x: usize, y: usize) -> bool {
        (self.less)(x, y)
    }

    /// The length of the run starting at `lo` (below `hi`) and whether it is
    /// strictly descending (CPython 3.11's `count_run`).
    fn count_run(&mut self, lo: usize, hi: usize) -> (usize, bool) {
        let mut i = lo + 1;
        if i == hi {
            return (1, false);
        }
        let mut n = 2;
        if self.lt(self.v[i], self.v[i - 1]) {
            i += 1;
            while i < hi {
                if !self.lt(self.v[i], self.v[i - 1]) {
                    break;
                }
                i += 1;
                n += 1;
            }
            (n, true)
        } else {
            i += 1;
            while i < hi {
                if self.lt(self.v[i], self.v[i - 1]) {
                    break;
                }
                i += 1;
                n += 1;
            }
            (n, false)
        }
    }

    /// Binary insertion sort of `[lo, hi)` whose prefix `[lo, start)` is sorted.
    fn binary_sort(&mut self, lo: usize, hi: usize, mut start: usize) {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = self.v[start];
            let (mut l, mut r) = (lo, start);
            loop {
                let p = l + ((r - l) >> 1);
                if self.lt(pivot, self.v[p]) {
                    r = p;
                } else {
                    l = p + 1;
                }
                if l >= r {
                    break;
                }
            }
            self.v.copy_within(l..start, l + 1);
            self.v[l] = pivot;
            start += 1;
        }
    }

    /// Merges pending runs while the new run's power calls for it (powersort).
    fn found_new_run(&mut self, n2: usize, n: usize) {
        if let Some(last) = self.pending.last() {
            let power = powerloop(last.base, last.len, n2, n);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                let i = self.pending.len() - 2;
                self.merge_at(i);
            }
            let k = self.pending.len() - 1;
            self.pending[k].power = power;
        }
    }

    /// Merges the pending runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) {
        let (mut base_a, mut na) = (self.pending[i].base, self.pending[i].len);
        let (base_b, nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Where does b start in a? What is before it is in place already.
        let key = self.v[base_b];
        let k = gallop_right(self.less, key, &self.v[base_a..base_a + na], 0);
        base_a += k;
        na -= k;
        if na == 0 {
            return;
        }
        // Where does a end in b? What is after it is in place already.
        let key = self.v[base_a + na - 1];
        let nb = gallop_left(self.less, key, &self.v[base_b..base_b + nb], nb - 1);
        if nb == 0 {
            return;
        }
        if na <= nb {
            self.merge_lo(base_a, na, base_b, nb);
        } else {
            self.merge_hi(base_a, na, base_b, nb);
        }
    }

    /// Merges `v[pa..pa + na]` and the run after it, `v[pb..pb + nb]`, with
    /// `na <= nb`, from the left (CPython's `merge_lo`).
    fn merge_lo(&mut self, pa: usize, mut na: usize, mut pb: usize, mut nb: usize) {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.v[pa..pa + na]);
        let mut a = 0; // into tmp
        let mut dest = pa;
        let mut min_gallop = self.min_gallop;
        self.v[dest] = self.v[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        'outer: {
            if nb == 0 {
                break 'outer;
            }
            if na == 1 {
                return self.copy_b_lo(dest, pb, nb, a);
            }
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if self.lt(self.v[pb], self.tmp[a]) {
                        self.v[dest] = self.v[pb];
                        dest += 1;
                        pb += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'outer;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        self.v[dest] = self.tmp[a];
                        dest += 1;
                        a += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            return self.copy_b_lo(dest, pb, nb, a);
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
                    let key = self.v[pb];
                    let k = gallop_right(self.less, key, &self.tmp[a..a + na], 0);
                    acount = k;
                    if k > 0 {
                        self.v[dest..dest + k].copy_from_slice(&self.tmp[a..a + k]);
                        dest += k;
                        a += k;
                        na -= k;
                        if na == 1 {
                            return self.copy_b_lo(dest, pb, nb, a);
                        }
                        if na == 0 {
                            break 'outer;
                        }
                    }
                    self.v[dest] = self.v[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'outer;
                    }
                    let key = self.tmp[a];
                    let k = gallop_left(self.less, key, &self.v[pb..pb + nb], 0);
                    bcount = k;
                    if k > 0 {
                        self.v.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'outer;
                        }
                    }
                    self.v[dest] = self.tmp[a];
                    dest += 1;
                    a += 1;
                    na -= 1;
                    if na == 1 {
                        return self.copy_b_lo(dest, pb, nb, a);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }
        // What is left of a goes last.
        if na > 0 {
            self.v[dest..dest + na].copy_from_slice(&self.tmp[a..a + na]);
        }
    }

    /// `merge_lo`'s end when one item of a is left: b's rest, then that item.
    fn copy_b_lo(&mut self, dest: usize, pb: usize, nb: usize, a: usize) {
        self.v.copy_within(pb..pb + nb, dest);
        self.v[dest + nb] = self.tmp[a];
    }

    /// Merges `v[pa..pa + na]` and the run after it, `v[pb..pb + nb]`, with
    /// `na > nb`, from the right (CPython's `merge_hi`).
    fn merge_hi(&mut self, pa: usize, mut na: usize, pb: usize, mut nb: usize) {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.v[pb..pb + nb]);
        // Positions of the last items: `sa` in v (run a), `sb` in tmp (run b).
        let mut dest = pb + nb - 1;
        let mut sa = pa + na - 1;
        let mut sb = nb - 1;
        let mut min_gallop = self.min_gallop;
        self.v[dest] = self.v[sa];
        dest = dest.wrapping_sub(1);
        sa = sa.wrapping_sub(1);
        na -= 1;
        'outer: {
            if na == 0 {
                break 'outer;
            }
            if nb == 1 {
                return self.copy_a_hi(dest, sa, na, sb);
            }
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if self.lt(self.tmp[sb], self.v[sa]) {
                        self.v[dest] = self.v[sa];
                        dest = dest.wrapping_sub(1);
                        sa = sa.wrapping_sub(1);
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'outer;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        self.v[dest] = self.tmp[sb];
                        dest = dest.wrapping_sub(1);
                        sb = sb.wrapping_sub(1);
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            return self.copy_a_hi(dest, sa, na, sb);
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
                    let key = self.tmp[sb];
                    let k = na - gallop_right(self.less, key, &self.v[pa..pa + na], na - 1);
                    acount = k;
                    if k > 0 {
                        dest = dest.wrapping_sub(k);
                        sa = sa.wrapping_sub(k);
                        let (from, to) = (sa.wrapping_add(1), dest.wrapping_add(1));
                        self.v.copy_within(from..from + k, to);
                        na -= k;
                        if na == 0 {
                            break 'outer;
                        }
                    }
                    self.v[dest] = self.tmp[sb];
                    dest = dest.wrapping_sub(1);
                    sb = sb.wrapping_sub(1);
                    nb -= 1;
                    if nb == 1 {
                        return self.copy_a_hi(dest, sa, na, sb);
                    }
                    let key = self.v[sa];
                    let k = nb - gallop_left(self.less, key, &self.tmp[..nb], nb - 1);
                    bcount = k;
                    if k > 0 {
                        dest = dest.wrapping_sub(k);
                        sb = sb.wrapping_sub(k);
                        let (from, to) = (sb.wrapping_add(1), dest.wrapping_add(1));
                        self.v[to..to + k].copy_from_slice(&self.tmp[from..from + k]);
                        nb -= k;
                        if nb == 1 {
                            return self.copy_a_hi(dest, sa, na, sb);
                        }
                        if nb == 0 {
                            break 'outer;
                        }
                    }
                    self.v[dest] = self.v[sa];
                    dest = dest.wrapping_sub(1);
                    sa = sa.wrapping_sub(1);
                    na -= 1;
                    if na == 0 {
                        break 'outer;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }
        // What is left of b goes first.
        if nb > 0 {
            let to = dest.wrapping_add(1) - nb;
            self.v[to..to + nb].copy_from_slice(&self.tmp[..nb]);
        }
    }

    /// `merge_hi`'s end when one item of b is left: a's rest, then that item
    /// before it.
    fn copy_a_hi(&mut self, dest: usize, sa: usize, na: usize, sb: usize) {
        let (dest, sa) = (dest.wrapping_sub(na), sa.wrapping_sub(na));
        let from = sa.wrapping_add(1);
        self.v.copy_within(from..from + na, dest.wrapping_add(1));
        self.v[dest] = self.tmp[sb];
    }
}

#[cfg(test)]
mod tests {
    use super::sort;

    /// Sorts pseudo-random keys (many equal ones, runs both ways) and checks the
    /// result is the stable order.
    #[test]
    fn sorts_stably() {
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for n in [0usize, 1, 2, 3, 31, 64, 65, 200, 1000, 5000] {
            for spread in [1u64, 3, 100, 1 << 40] {
                let mut keys: Vec<u64> = (0..n).map(|_| next() % spread).collect();
                if n > 10 && spread == 100 {
                    // A descending run and an ascending one.
                    keys[..n / 3].sort_unstable_by(|a, b| b.cmp(a));
                    keys[n / 3..2 * n / 3].sort_unstable();
                }
                let mut idx: Vec<usize> = (0..n).collect();
                let mut calls = 0usize;
                sort(&mut idx, &mut |x, y| {
                    calls += 1;
                    keys[x] < keys[y]
                });
                let mut expected: Vec<usize> = (0..n).collect();
                expected.sort_by_key(|&i| keys[i]);
                assert_eq!(idx, expected, "n={n} spread={spread}");
                assert!(calls <= n * 20 + 1, "too many comparisons: {calls} for {n}");
            }
        }
    }
}
