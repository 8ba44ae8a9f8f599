//! The hash table behind `dict` and `set`: CPython's compact, insertion-ordered layout.
//!
//! `entries` keeps key/value pairs in insertion order (a deleted entry has an `Undef`
//! key); `indices` is an open-addressed table of positions into `entries`, probed with
//! CPython's perturbation scheme. Hashing and key equality are supplied by the caller,
//! because for user objects they run Python code (`__hash__`, `__eq__`); the common key
//! types compare without it (see [`fast_key_eq`]).
//!
//! A table of at most [`SMALL`] entries has no `indices` at all: lookups scan
//! `entries`, comparing hashes first. Most dicts are small (an instance's
//! attributes, keyword arguments, a record), and this spares them the index
//! allocation and its rebuilds; the table indexes itself when it outgrows that.

use super::exceptions::PyResult;
use super::value::Value;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
/// Tables with up to this many entry slots (live and deleted) are scanned.
const SMALL: usize = 8;

/// One key/value pair with the key's hash.
#[derive(Clone)]
pub struct Entry {
    /// The key's Python hash.
    pub hash: i64,
    /// The key (`Undef` for a deleted entry).
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// An insertion-ordered hash table of Python values.
#[derive(Clone, Default)]
pub struct DictTable {
    indices: Vec<i32>,
    entries: Vec<Entry>,
    len: usize,
    /// Bumped by every mutation, so a cache of a lookup can tell it is still valid.
    version: u64,
    /// Changed only when a key is added or removed (not when a value is replaced):
    /// what a cache of "this name is not here" is keyed on. Every change takes a
    /// number no table in the process had ([`next_keys_version`]), so two tables
    /// with the same number have the same keys (a copy, or an empty table at 0):
    /// a cache can key on the number alone, even across dicts.
    keys_version: u64,
}

/// Key-set version numbers are handed to each thread in blocks of this many.
const KEYS_VERSION_BLOCK: u64 = 1 << 16;

/// A key-set version number never handed out before in this process.
fn next_keys_version() -> u64 {
    use std::cell::Cell;
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT_BLOCK: AtomicU64 = AtomicU64::new(1);
    thread_local! {
        // The next number of this thread's block, and the end of the block.
        static BLOCK: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
    }
    BLOCK.with(|b| {
        let (mut next, mut end) = b.get();
        if next == end {
            next = NEXT_BLOCK.fetch_add(1, Ordering::Relaxed) * KEYS_VERSION_BLOCK;
            end = next + KEYS_VERSION_BLOCK;
        }
        b.set((next + 1, end));
        next
    })
}

/// Equality of two keys when it needs no Python code: `Some(result)`, else `None`.
#[inline]
pub fn fast_key_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => std::rc::Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == y.get() as i64,
        (Bool(x), Bool(y)) => x == y,
        // Bitwise-equal floats count as the same object (so a NaN finds itself, as
        // the same NaN object does in CPython).
        (Float(x), Float(y)) => x.get().to_bits() == y.get().to_bits() || x.get() == y.get(),
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == y.get() && (y.get() as i64) == *x,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (x.get() as i64 as f64) == y.get(),
        (None, None) => true,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => {
            let f = y.get();
            f.is_finite()
                && f.fract() == 0.0
                && <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(f)
                    .is_some_and(|b| b == **x)
        }
        (BoundMethod(x), BoundMethod(y)) => {
            std::rc::Rc::ptr_eq(x, y) || (x.receiver.is(&y.receiver) && x.func.is(&y.func))
        }
        (Builtin(x), Builtin(y)) => {
            std::rc::Rc::ptr_eq(x, y)
                || (x.name == y.name
                    && std::ptr::fn_addr_eq(x.func, y.func)
                    && match (&x.bound, &y.bound) {
                        (Some(p), Some(q)) => p.is(q),
                        (Option::None, Option::None) => true,
                        _ => false,
                    })
        }
        (Str(_), _) | (_, Str(_)) => {
            if matches!(a, Instance(_)) || matches!(b, Instance(_)) {
                return Option::None;
            }
            false
        }
        (Tuple(x), Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !fast_key_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        // Containers compare element-wise, which may run Python code.
        (List(_) | Dict(_) | Set(_) | Range(_), List(_) | Dict(_) | Set(_) | Range(_)) => {
            return Option::None;
        }
        _ => a.is(b),
    })
}

impl DictTable {
    /// An empty table.
    pub fn new() -> DictTable {
        DictTable::default()
    }
    /// An empty table with room for `n` entries.
    pub fn with_capacity(n: usize) -> DictTable {
        let mut t = DictTable::default();
        if n > SMALL {
            t.rebuild((n * 3 / 2).next_power_of_two().max(8));
        }
        t.entries.reserve(n);
        t
    }
    /// Number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
    /// Whether the table is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries
            .iter()
            .filter(|e| !matches!(e.key, Value::Undef))
    }
    /// Live keys in insertion order (cloned).
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
    /// The raw entry slot `i` (may be a deleted entry); used by iterators.
    pub fn entry_at(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i)
    }
    /// Number of raw entry slots (live and deleted).
    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }
    /// A number that changes whenever the table's contents change.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }
    /// The version of the key set (see the field).
    #[inline]
    pub fn keys_version(&self) -> u64 {
        self.keys_version
    }
    /// Replaces the value of the live entry `i` (its key stays), returning the old
    /// one; the key set does not change. `Value::Undef` if there is no such entry.
    pub fn replace_value_at(&mut self, i: usize, value: Value) -> Value {
        match self.entries.get_mut(i) {
            Some(e) if !matches!(e.key, Value::Undef) => {
                self.version += 1;
                std::mem::replace(&mut e.value, value)
            }
            _ => Value::Undef,
        }
    }
    /// Moves everything out, leaving an empty table whose versions still move
    /// on (caches keyed by them must not match the emptied table).
    pub fn take_all(&mut self) -> DictTable {
        let fresh = DictTable {
            version: self.version + 1,
            keys_version: next_keys_version(),
            ..DictTable::default()
        };
        std::mem::replace(self, fresh)
    }
    /// The address of the version counter (read by native code's caches, which
    /// keep the dict alive).
    pub(crate) fn version_addr(&self) -> *const u64 {
        &self.version
    }
    /// The address of the key-set version (read by native code's method sites).
    pub(crate) fn keys_version_addr(&self) -> *const u64 {
        &self.keys_version
    }
    /// Removes everything.
    pub fn clear(&mut self) {
        self.version += 1;
        self.keys_version = next_keys_version();
        self.indices.clear();
        self.entries.clear();
        self.len = 0;
    }

    fn rebuild(&mut self, cap: usize) {
        // Compact the entries, then re-index them all.
        if self.entries.len() != self.len {
            self.entries.retain(|e| !matches!(e.key, Value::Undef));
        }
        self.indices.clear();
        self.indices.resize(cap, EMPTY);
        let mask = cap - 1;
        for (i, e) in self.entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut slot = (e.hash as u64 as usize) & mask;
            while self.indices[slot] != EMPTY {
                perturb >>= 5;
                slot = (slot
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
            self.indices[slot] = i as i32;
        }
    }

    /// The entry of `key` in a table without indices (a small one), by a scan.
    fn scan(
        &self,
        hash: i64,
        key: &Value,
        eq: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<Option<usize>> {
        for (i, e) in self.entries.iter().enumerate() {
            // A deleted entry's hash may still match: its `Undef` key does not.
            if e.hash == hash && !matches!(e.key, Value::Undef) {
                let same = match fast_key_eq(&e.key, key) {
                    Some(b) => b,
                    None => e.key.is(key) || eq(&e.key, key)?,
                };
                if same {
                    return Ok(Some(i));
                }
            }
        }
        Ok(None)
    }

    /// Finds the slot holding `key`, or the slot where it would be inserted.
    /// Returns `(slot, Some(entry index))` when found. The table has indices.
    fn probe(
        &self,
        hash: i64,
        key: &Value,
        eq: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<(usize, Option<usize>)> {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        let mut first_free: Option<usize> = None;
        loop {
            let ix = self.indices[slot];
            if ix == EMPTY {
                return Ok((first_free.unwrap_or(slot), None));
            }
            if ix == DUMMY {
                first_free.get_or_insert(slot);
            } else {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    // Identity first, as CPython does (an object whose `__eq__`
                    // says otherwise still finds itself).
                    let same = match fast_key_eq(&e.key, key) {
                        Some(b) => b,
                        None => e.key.is(key) || eq(&e.key, key)?,
                    };
                    if same {
                        return Ok((slot, Some(ix as usize)));
                    }
                }
            }
            perturb >>= 5;
            slot = (slot
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// The index into the entries of `key`, if present.
    pub fn find(
        &self,
        hash: i64,
        key: &Value,
        eq: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<Option<usize>> {
        if self.len == 0 {
            return Ok(None);
        }
        if self.indices.is_empty() {
            return self.scan(hash, key, eq);
        }
        Ok(self.probe(hash, key, eq)?.1)
    }

    /// The value stored under `key`.
    pub fn get(
        &self,
        hash: i64,
        key: &Value,
        eq: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<Option<Value>> {
        Ok(self
            .find(hash, key, eq)?
            .map(|i| self.entries[i].value.clone()))
    }

    /// Inserts or replaces; returns the previous value. An existing key keeps its
    /// position and its original key object, as in CPython.
    pub fn insert(
        &mut self,
        hash: i64,
        key: Value,
        value: Value,
        eq: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<Option<Value>> {
        self.version += 1;
        if self.indices.is_empty() {
            if let Some(i) = self.scan(hash, &key, eq)? {
                return Ok(Some(std::mem::replace(&mut self.entries[i].value, value)));
            }
            if self.entries.len() < SMALL {
                self.keys_version = next_keys_version();
                self.entries.push(Entry { hash, key, value });
                self.len += 1;
                return Ok(None);
            }
            // Outgrown (or full of deleted slots): index it.
            let cap = ((self.len + 1) * 3).next_power_of_two().max(8);
            self.rebuild(cap);
        }
        let (slot, found) = self.probe(hash, &key, eq)?;
        if let Some(i) = found {
            return Ok(Some(std::mem::replace(&mut self.entries[i].value, value)));
        }
        self.keys_version = next_keys_version();
        self.indices[slot] = self.entries.len() as i32;
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
        // Keep the load (live + deleted entries) under 2/3.
        if self.entries.len() * 3 >= self.indices.len() * 2 {
            let cap = (self.len * 3).next_power_of_two().max(8);
            self.rebuild(cap);
        }
        Ok(None)
    }

    /// Removes `key`; returns its key and value.
    pub fn remove(
        &mut self,
        hash: i64,
        key: &Value,
        eq: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<Option<(Value, Value)>> {
        if self.len == 0 {
            return Ok(None);
        }
        let found = if self.indices.is_empty() {
            self.scan(hash, key, eq)?
        } else {
            let (slot, found) = self.probe(hash, key, eq)?;
            if found.is_some() {
                self.indices[slot] = DUMMY;
            }
            found
        };
        let Some(i) = found else { return Ok(None) };
        self.version += 1;
        self.keys_version = next_keys_version();
        let e = &mut self.entries[i];
        let k = std::mem::take(&mut e.key);
        let v = std::mem::take(&mut e.value);
        self.len -= 1;
        if self.len == 0 {
            self.clear();
        }
        Ok(Some((k, v)))
    }

    /// Removes and returns the last inserted entry (`dict.popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let i = self
            .entries
            .iter()
            .rposition(|e| !matches!(e.key, Value::Undef))?;
        let e = self.entries[i].clone();
        // The entry is known to exist, so identity is enough to find its slot.
        let _ = self.remove(e.hash, &e.key, &mut |a, b| Ok(a.is(b)));
        Some((e.key, e.value))
    }

    /// Removes and returns the first inserted entry (`set.pop`).
    pub fn pop_first(&mut self) -> Option<(Value, Value)> {
        let e = self.iter().next()?.clone();
        let _ = self.remove(e.hash, &e.key, &mut |a, b| Ok(a.is(b)));
        Some((e.key, e.value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_eq(_: &Value, _: &Value) -> PyResult<bool> {
        Ok(false)
    }

    /// Small (scanned) tables and indexed ones answer alike through growth,
    /// deletion and re-insertion, and keep insertion order.
    #[test]
    fn small_and_indexed_tables_agree() {
        let mut t = DictTable::new();
        let mut model: Vec<(i64, i64)> = Vec::new();
        for round in 0..3i64 {
            for k in 0..20i64 {
                let (key, value) = (Value::Int(k), Value::Int(k * 10 + round));
                let old = t.insert(k, key, value, &mut no_eq).ok().unwrap();
                match model.iter_mut().find(|(mk, _)| *mk == k) {
                    Some(slot) => {
                        assert!(matches!(old, Some(Value::Int(v)) if v == slot.1));
                        slot.1 = k * 10 + round;
                    }
                    None => {
                        assert!(old.is_none());
                        model.push((k, k * 10 + round));
                    }
                }
                // Delete every third key right away, so scans meet deleted slots.
                if k % 3 == 0 {
                    let gone = t.remove(k, &Value::Int(k), &mut no_eq).ok().unwrap();
                    assert!(gone.is_some());
                    model.retain(|(mk, _)| *mk != k);
                }
                for &(mk, mv) in &model {
                    let got = t.get(mk, &Value::Int(mk), &mut no_eq).ok().unwrap();
                    assert!(matches!(got, Some(Value::Int(v)) if v == mv));
                }
                assert_eq!(t.len(), model.len());
            }
            let keys: Vec<i64> = t
                .iter()
                .map(|e| match e.key {
                    Value::Int(k) => k,
                    _ => unreachable!(),
                })
                .collect();
            let expected: Vec<i64> = model.iter().map(|(k, _)| *k).collect();
            assert_eq!(keys, expected);
            if round == 1 {
                t.clear();
                model.clear();
            }
        }
        assert!(t.get(3, &Value::Int(3), &mut no_eq).ok().unwrap().is_none());
    }
}
