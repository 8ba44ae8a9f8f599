//! The hash table behind `set`: CPython 3.11's `Objects/setobject.c` layout.
//!
//! Unlike `dict`, a CPython set is a plain open-addressed table of `(hash, key)` slots
//! and iterates in slot order, so the order in which a set prints depends on the exact
//! probing, resizing and deletion rules. This module reproduces them:
//!
//! * the table has a power-of-two number of slots, at least [`MIN_SIZE`];
//! * a probe looks at slot `i` and, when `i + LINEAR_PROBES <= mask`, the next
//!   [`LINEAR_PROBES`] slots too, then moves on with `perturb >>= 5;
//!   i = (i * 5 + 1 + perturb) & mask`;
//! * a deleted key leaves a *dummy* slot; an insertion reuses the last dummy met on
//!   its probe path, otherwise it takes the empty slot that ended the probe;
//! * `fill` counts active and dummy slots, `used` active ones; after filling an empty
//!   slot the table grows when `fill * 5 >= mask * 3`, to the smallest power of two
//!   above `used * 4` (`used * 2` past 50 000 entries), re-inserting the live entries
//!   in old slot order;
//! * `pop` scans from a search finger that it leaves just past the popped slot.
//!
//! Hashing and key equality are supplied by the caller, as for
//! [`DictTable`]: equality may run Python code (`__eq__`); the
//! common key types compare without it (see [`fast_key_eq`]).

use super::dict::{DictTable, fast_key_eq};
use super::exceptions::PyResult;
use super::value::Value;

/// The smallest table (CPython's `PySet_MINSIZE`).
pub const MIN_SIZE: usize = 8;
/// How many following slots a probe inspects before jumping elsewhere.
pub const LINEAR_PROBES: usize = 9;
/// The shift applied to the perturbation at every jump.
const PERTURB_SHIFT: u32 = 5;
/// The hash stored in a dummy slot (no Python hash is ever -1).
const DUMMY_HASH: i64 = -1;

/// One slot of a [`SetTable`]: a key with its hash.
///
/// A slot whose key is `Undef` is not live: it is empty (hash 0) or a dummy left by a
/// deletion (hash -1), as in CPython.
#[derive(Clone)]
pub struct SetEntry {
    /// The key's Python hash (0 in an empty slot, -1 in a dummy).
    pub hash: i64,
    /// The key (`Undef` when the slot is empty or a dummy).
    pub key: Value,
}

impl SetEntry {
    const UNUSED: SetEntry = SetEntry {
        hash: 0,
        key: Value::Undef,
    };
    const DUMMY: SetEntry = SetEntry {
        hash: DUMMY_HASH,
        key: Value::Undef,
    };

    /// Whether the slot holds a key.
    #[inline]
    pub fn is_active(&self) -> bool {
        !matches!(self.key, Value::Undef)
    }
    #[inline]
    fn is_unused(&self) -> bool {
        !self.is_active() && self.hash != DUMMY_HASH
    }
    #[inline]
    fn is_dummy(&self) -> bool {
        !self.is_active() && self.hash == DUMMY_HASH
    }
}

/// The key-equality callback: only consulted when [`fast_key_eq`] cannot answer.
pub type EqFn<'a> = dyn FnMut(&Value, &Value) -> PyResult<bool> + 'a;

/// A CPython-layout set table. An empty table allocates nothing until its first
/// insertion (it then behaves as CPython's 8-slot small table).
#[derive(Default)]
pub struct SetTable {
    /// The slots (`mask + 1` of them), or none before the first insertion.
    slots: Vec<SetEntry>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
}

/// A Python hash is never -1; map it as CPython does, so it cannot pose as a dummy.
#[inline]
fn norm(hash: i64) -> i64 {
    if hash == DUMMY_HASH { -2 } else { hash }
}

/// Key equality: identity, then the built-in fast path, then the callback.
#[inline]
fn same_key(stored: &Value, key: &Value, eq: &mut EqFn<'_>) -> PyResult<bool> {
    if stored.is(key) {
        return Ok(true);
    }
    match fast_key_eq(stored, key) {
        Some(b) => Ok(b),
        None => eq(stored, key),
    }
}

/// The next probe start after `i`.
#[inline]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize)
        & mask
}

/// The number of extra slots a probe starting at `i` inspects.
#[inline]
fn linear_probes(i: usize, mask: usize) -> usize {
    if i + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

/// Places a key known to be absent into a table without dummies (`set_insert_clean`).
fn insert_clean(slots: &mut [SetEntry], hash: i64, key: Value) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        for slot in &mut slots[i..=i + linear_probes(i, mask)] {
            if !slot.is_active() {
                *slot = SetEntry { hash, key };
                return;
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

impl SetTable {
    /// An empty table.
    pub fn new() -> SetTable {
        SetTable::default()
    }

    /// Number of live keys.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }
    /// Whether the table holds no keys.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    /// The table's mask (number of slots minus one).
    #[inline]
    fn mask(&self) -> usize {
        self.slots.len().max(MIN_SIZE) - 1
    }
    fn ensure_allocated(&mut self) {
        if self.slots.is_empty() {
            self.slots = vec![SetEntry::UNUSED; MIN_SIZE];
        }
    }

    /// Live entries in slot order (the order a set iterates and prints in).
    pub fn iter(&self) -> impl Iterator<Item = &SetEntry> {
        self.slots.iter().filter(|e| e.is_active())
    }
    /// Live keys in slot order (cloned).
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
    /// The raw slot `i` (possibly empty or a dummy, whose key is `Undef`); used by
    /// iterators.
    pub fn entry_at(&self, i: usize) -> Option<&SetEntry> {
        self.slots.get(i)
    }
    /// Number of raw slots.
    pub fn raw_len(&self) -> usize {
        self.slots.len()
    }

    /// Removes everything (`set_clear_internal`): back to the small table. The `pop`
    /// finger is kept, as in CPython.
    pub fn clear(&mut self) {
        self.slots = Vec::new();
        self.fill = 0;
        self.used = 0;
    }

    /// Exchanges the contents of two tables, each keeping its own `pop` finger
    /// (`set_swap_bodies`).
    pub fn swap_bodies(&mut self, other: &mut SetTable) {
        std::mem::swap(&mut self.slots, &mut other.slots);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
    }

    /// Rebuilds the table with the smallest size above `minused` (`set_table_resize`).
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.mask() + 1 == MIN_SIZE && self.fill == self.used {
            // The small table stays; there are no dummies to purge.
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![SetEntry::UNUSED; newsize]);
        self.fill = self.used;
        for e in old {
            if e.is_active() {
                insert_clean(&mut self.slots, e.hash, e.key);
            }
        }
    }

    /// The slot index holding `key`, if present (`set_lookkey`).
    pub fn find(&self, hash: i64, key: &Value, eq: &mut EqFn<'_>) -> PyResult<Option<usize>> {
        if self.used == 0 {
            return Ok(None);
        }
        let hash = norm(hash);
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            for j in i..=i + linear_probes(i, mask) {
                let e = &self.slots[j];
                if e.is_unused() {
                    return Ok(None);
                }
                if e.hash == hash && e.is_active() && same_key(&e.key, key, eq)? {
                    return Ok(Some(j));
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Whether `key` is present.
    pub fn contains(&self, hash: i64, key: &Value, eq: &mut EqFn<'_>) -> PyResult<bool> {
        Ok(self.find(hash, key, eq)?.is_some())
    }

    /// Adds `key` (`set_add_entry`); returns whether it was absent. A present key keeps
    /// its original key object.
    pub fn insert(&mut self, hash: i64, key: Value, eq: &mut EqFn<'_>) -> PyResult<bool> {
        self.ensure_allocated();
        let hash = norm(hash);
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let unused = 'probe: loop {
            for j in i..=i + linear_probes(i, mask) {
                let e = &self.slots[j];
                if e.is_unused() {
                    break 'probe j;
                }
                if e.hash == hash && e.is_active() {
                    if same_key(&e.key, &key, eq)? {
                        return Ok(false);
                    }
                } else if e.is_dummy() {
                    freeslot = Some(j);
                }
            }
            i = next_probe(i, &mut perturb, mask);
        };
        self.used += 1;
        if let Some(f) = freeslot {
            self.slots[f] = SetEntry { hash, key };
            return Ok(true);
        }
        self.slots[unused] = SetEntry { hash, key };
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
        Ok(true)
    }

    /// Removes `key`, leaving a dummy (`set_discard_entry`); returns the stored key.
    pub fn remove(&mut self, hash: i64, key: &Value, eq: &mut EqFn<'_>) -> PyResult<Option<Value>> {
        let Some(j) = self.find(hash, key, eq)? else {
            return Ok(None);
        };
        let old = std::mem::replace(&mut self.slots[j], SetEntry::DUMMY);
        self.used -= 1;
        Ok(Some(old.key))
    }

    /// Removes and returns the key `set.pop()` would: the first live slot at or after
    /// the finger, wrapping around.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !self.slots.get(i)?.is_active() {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let old = std::mem::replace(&mut self.slots[i], SetEntry::DUMMY);
        self.used -= 1;
        self.finger = i + 1;
        Some(old.key)
    }

    /// Grows the table ahead of adding about `n` keys, as `set_update_internal` does
    /// before adding a dict's keys.
    pub fn presize(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Purges the dummies when more than a quarter of the slots hold them, as the end of
    /// `set_difference_update_internal` does.
    pub fn purge_dummies(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        self.resize(if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        });
    }

    /// Adds every key of `other` (`set_merge`). Callers handle `a.update(a)` (a no-op)
    /// themselves, since the two tables cannot be borrowed at once.
    pub fn merge(&mut self, other: &SetTable, eq: &mut EqFn<'_>) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        // One big resize up front, expecting few overlapping keys.
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        self.ensure_allocated();
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            // Same size, empty target, no dummies: copy the slots as they are.
            for (dst, src) in self.slots.iter_mut().zip(other.slots.iter()) {
                if src.is_active() {
                    *dst = src.clone();
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            // Empty target: no duplicates are possible.
            for e in other.iter() {
                insert_clean(&mut self.slots, e.hash, e.key.clone());
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for e in other.iter() {
            self.insert(e.hash, e.key.clone(), eq)?;
        }
        Ok(())
    }

    /// A new table with the same keys (`set.copy()`: a merge into an empty set, which
    /// keeps the slot layout when there are no dummies).
    pub fn copy(&self) -> SetTable {
        let mut t = SetTable::new();
        // An empty target never compares keys.
        let _ = t.merge(self, &mut |_, _| Ok(false));
        t
    }

    /// Adds the keys of a dict with their stored hashes (`set_update_internal` on an
    /// exact dict: one resize up front, then insertion in dict order).
    pub fn update_from_dict(&mut self, d: &DictTable, eq: &mut EqFn<'_>) -> PyResult<()> {
        self.presize(d.len());
        for e in d.iter() {
            self.insert(e.hash, e.key.clone(), eq)?;
        }
        Ok(())
    }

    /// `a & b` for two tables (`set_intersection`): iterates the smaller one (`b` on a
    /// tie) and adds, in its slot order, the keys also found in the other.
    pub fn intersection(a: &SetTable, b: &SetTable, eq: &mut EqFn<'_>) -> PyResult<SetTable> {
        let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
        let mut out = SetTable::new();
        for e in small.iter() {
            if big.contains(e.hash, &e.key, eq)? {
                out.insert(e.hash, e.key.clone(), eq)?;
            }
        }
        Ok(out)
    }

    /// `a - b` for two tables (`set_difference` with a set operand).
    pub fn difference(a: &SetTable, b: &SetTable, eq: &mut EqFn<'_>) -> PyResult<SetTable> {
        if (a.len() >> 2) > b.len() {
            // Much bigger than the other: copy, then discard the other's keys.
            let mut out = a.copy();
            out.difference_update(b, eq)?;
            return Ok(out);
        }
        let mut out = SetTable::new();
        for e in a.iter() {
            if !b.contains(e.hash, &e.key, eq)? {
                out.insert(e.hash, e.key.clone(), eq)?;
            }
        }
        Ok(out)
    }

    /// `a - d` for a dict `d` (`set_difference` with an exact dict operand).
    pub fn difference_dict(a: &SetTable, d: &DictTable, eq: &mut EqFn<'_>) -> PyResult<SetTable> {
        if (a.len() >> 2) > d.len() {
            let mut out = a.copy();
            for e in d.iter() {
                out.remove(e.hash, &e.key, eq)?;
            }
            out.purge_dummies();
            return Ok(out);
        }
        let mut out = SetTable::new();
        for e in a.iter() {
            if d.find(e.hash, &e.key, eq)?.is_none() {
                out.insert(e.hash, e.key.clone(), eq)?;
            }
        }
        Ok(out)
    }

    /// Removes the keys of another table (`set_difference_update_internal` with a set
    /// operand; `a -= a` is the caller's business: it clears).
    pub fn difference_update(&mut self, other: &SetTable, eq: &mut EqFn<'_>) -> PyResult<()> {
        if (other.len() >> 3) > self.len() {
            // The other is much bigger: discard only the common keys.
            let common = SetTable::intersection(self, other, eq)?;
            for e in common.iter() {
                self.remove(e.hash, &e.key, eq)?;
            }
        } else {
            for e in other.iter() {
                self.remove(e.hash, &e.key, eq)?;
            }
        }
        self.purge_dummies();
        Ok(())
    }

    /// Toggles every key of another table in slot order
    /// (`set_symmetric_difference_update` with a set operand).
    pub fn symmetric_difference_update(
        &mut self,
        other: &SetTable,
        eq: &mut EqFn<'_>,
    ) -> PyResult<()> {
        for e in other.iter() {
            if self.remove(e.hash, &e.key, eq)?.is_none() {
                self.insert(e.hash, e.key.clone(), eq)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_eq(_: &Value, _: &Value) -> PyResult<bool> {
        Ok(false)
    }

    fn ints(t: &SetTable) -> Vec<i64> {
        t.iter().filter_map(|e| e.key.as_i64()).collect()
    }

    fn table_of(xs: &[i64]) -> SetTable {
        let mut t = SetTable::new();
        for &x in xs {
            t.insert(x, Value::Int(x), &mut no_eq).ok();
        }
        t
    }

    #[test]
    fn slot_order() {
        // {i*3 for i in range(4)} prints {0, 9, 3, 6} in CPython.
        assert_eq!(ints(&table_of(&[0, 3, 6, 9])), vec![0, 9, 3, 6]);
    }

    #[test]
    fn last_dummy_is_reused() {
        let mut t = table_of(&[0, 8, 16]);
        t.remove(0, &Value::Int(0), &mut no_eq).ok();
        t.remove(8, &Value::Int(8), &mut no_eq).ok();
        t.insert(24, Value::Int(24), &mut no_eq).ok();
        t.insert(0, Value::Int(0), &mut no_eq).ok();
        assert_eq!(ints(&t), vec![0, 24, 16]);
    }

    #[test]
    fn growth_and_pop() {
        let t = table_of(&(0..100).rev().collect::<Vec<_>>());
        assert_eq!(ints(&t), (0..100).collect::<Vec<_>>());
        let mut t = table_of(&[5, 1, 3]);
        assert_eq!(t.pop().and_then(|v| v.as_i64()), Some(1));
        assert_eq!(t.pop().and_then(|v| v.as_i64()), Some(3));
        t.insert(0, Value::Int(0), &mut no_eq).ok();
        assert_eq!(t.pop().and_then(|v| v.as_i64()), Some(5));
        assert_eq!(t.pop().and_then(|v| v.as_i64()), Some(0));
        assert!(t.pop().is_none());
    }
}
