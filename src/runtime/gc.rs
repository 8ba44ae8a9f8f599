//! Memory: reference counting (`Rc`) plus a cycle collector, as CPython does.
//!
//! Every container that can take part in a reference cycle (list, dict, tuple holding
//! containers, instance, class, function, cell) is registered with the current
//! [`Heap`] when created. A collection finds unreachable cycles with CPython's
//! trial deletion: for each tracked object, `gc_refs = refcount - references from
//! other tracked objects`; objects with `gc_refs > 0` are referenced from outside
//! (the interpreter stack, the host, untracked objects) and are roots; whatever the
//! roots cannot reach is garbage, and clearing its contents breaks the cycles so
//! `Rc` frees them. The collector is conservative: an object it cannot inspect (busy
//! `RefCell`) is a root, so a reachable object is never cleared.
//!
//! The heap being filled is a thread-local that an engine installs while it runs and
//! takes back afterwards ([`HeapScope`]), so engines on one thread stay separate and
//! an engine can move to another thread with its heap.

pub mod small_alloc;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::class::{Class, Instance};
use super::value::{Dict, Function, List, Module, PyCell, Set, Tuple, Value};

/// An object the collector can see into.
pub trait Traverse {
    /// Calls `f` with the address of every heap object this object references.
    /// Returns `false` if the object is busy and could not be inspected.
    fn visit(&self, f: &mut dyn FnMut(usize)) -> bool;
    /// Drops every reference this object holds (breaking cycles).
    fn clear(&self);
}

/// The registry of tracked containers of one engine.
pub struct Heap {
    tracked: Vec<(usize, Weak<dyn Traverse>)>,
    since_collect: usize,
    threshold: usize,
    /// Objects freed by the collector so far.
    pub collected: u64,
}

const MIN_THRESHOLD: usize = 20_000;

impl Default for Heap {
    fn default() -> Self {
        Heap {
            tracked: Vec::new(),
            since_collect: 0,
            threshold: MIN_THRESHOLD,
            collected: 0,
        }
    }
}

thread_local! {
    static CURRENT: RefCell<Option<Box<Heap>>> = const { RefCell::new(None) };
}

/// Installs a heap as the current one for the duration of the scope.
pub struct HeapScope<'a> {
    slot: &'a mut Option<Box<Heap>>,
    previous: Option<Box<Heap>>,
}

impl<'a> HeapScope<'a> {
    /// Makes `slot`'s heap current (taking it out of `slot` until the scope ends).
    pub fn enter(slot: &'a mut Option<Box<Heap>>) -> HeapScope<'a> {
        let mine = slot.take();
        let previous = CURRENT.with(|c| std::mem::replace(&mut *c.borrow_mut(), mine));
        HeapScope { slot, previous }
    }
}

impl Drop for HeapScope<'_> {
    fn drop(&mut self) {
        let mine = CURRENT.with(|c| std::mem::replace(&mut *c.borrow_mut(), self.previous.take()));
        *self.slot = mine;
    }
}

fn track(addr: usize, w: Weak<dyn Traverse>) {
    let over = CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        let Some(h) = c.as_mut() else { return false };
        h.tracked.push((addr, w));
        h.since_collect += 1;
        h.since_collect >= h.threshold
    });
    if over {
        collect();
    }
}

/// Registers a new list.
pub fn track_list(l: &Rc<List>) {
    track(
        Rc::as_ptr(l) as *const () as usize,
        Rc::downgrade(l) as Weak<dyn Traverse>,
    );
}
/// Registers a new dict.
pub fn track_dict(d: &Rc<Dict>) {
    track(
        Rc::as_ptr(d) as *const () as usize,
        Rc::downgrade(d) as Weak<dyn Traverse>,
    );
}
/// Registers a new tuple if it holds anything that could be part of a cycle.
#[inline]
pub fn track_tuple(t: &Rc<Tuple>) {
    if t.items.iter().any(could_cycle) {
        track(
            Rc::as_ptr(t) as *const () as usize,
            Rc::downgrade(t) as Weak<dyn Traverse>,
        );
    }
}
/// Registers a new instance.
pub fn track_instance(i: &Rc<Instance>) {
    track(
        Rc::as_ptr(i) as *const () as usize,
        Rc::downgrade(i) as Weak<dyn Traverse>,
    );
}
/// Registers a new class.
pub fn track_class(c: &Rc<Class>) {
    track(
        Rc::as_ptr(c) as *const () as usize,
        Rc::downgrade(c) as Weak<dyn Traverse>,
    );
}
/// Registers a new function.
pub fn track_function(f: &Rc<Function>) {
    track(
        Rc::as_ptr(f) as *const () as usize,
        Rc::downgrade(f) as Weak<dyn Traverse>,
    );
}
/// Registers a new cell.
pub fn track_cell(c: &Rc<PyCell>) {
    track(
        Rc::as_ptr(c) as *const () as usize,
        Rc::downgrade(c) as Weak<dyn Traverse>,
    );
}

fn could_cycle(v: &Value) -> bool {
    !matches!(
        v,
        Value::Undef
            | Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Range(_)
    )
}

fn addr_of(v: &Value) -> Option<usize> {
    v.heap_addr()
}

/// Hashes object addresses for the collector's index: they are distinct and
/// 16-byte aligned, so a multiply spreads them well, far faster than SipHash
/// (a collection looks up every reference of every tracked object).
type AddrHasher = std::hash::BuildHasherDefault<AddrHash>;

/// See [`AddrHasher`].
#[derive(Default)]
struct AddrHash(u64);

impl std::hash::Hasher for AddrHash {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        // Fibonacci hashing; the high bits are the well-mixed ones, so fold
        // them down for hashbrown, which takes its bucket from the low bits.
        let h = (n as u64 >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 32);
    }
}

/// Number of tracked container objects still alive in the current heap.
pub fn live_tracked() -> usize {
    CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        match c.as_mut() {
            Some(h) => {
                h.tracked.retain(|(_, w)| w.strong_count() > 0);
                h.tracked.len()
            }
            None => 0,
        }
    })
}

/// Runs a full collection of the current heap; returns how many objects were freed.
pub fn collect() -> usize {
    // Take the registry out so that frees during clearing can't re-enter it.
    let Some(mut heap) = CURRENT.with(|c| c.borrow_mut().take()) else {
        return 0;
    };
    heap.tracked.retain(|(_, w)| w.strong_count() > 0);
    let objects: Vec<(usize, Rc<dyn Traverse>)> = heap
        .tracked
        .iter()
        .filter_map(|(a, w)| w.upgrade().map(|o| (*a, o)))
        .collect();
    let mut index: HashMap<usize, usize, AddrHasher> =
        HashMap::with_capacity_and_hasher(objects.len(), AddrHasher::default());
    index.extend(objects.iter().enumerate().map(|(i, (a, _))| (*a, i)));
    // Our own upgrade holds one reference to each object.
    let mut gc_refs: Vec<isize> = objects
        .iter()
        .map(|(_, o)| Rc::strong_count(o) as isize - 1)
        .collect();
    let mut busy = vec![false; objects.len()];
    for (i, (_, o)) in objects.iter().enumerate() {
        let ok = o.visit(&mut |addr| {
            if let Some(&j) = index.get(&addr) {
                gc_refs[j] -= 1;
            }
        });
        busy[i] = !ok;
    }
    // Mark everything reachable from the roots.
    let mut reachable = vec![false; objects.len()];
    let mut work: Vec<usize> = (0..objects.len())
        .filter(|&i| gc_refs[i] > 0 || busy[i])
        .collect();
    for &i in &work {
        reachable[i] = true;
    }
    while let Some(i) = work.pop() {
        objects[i].1.visit(&mut |addr| {
            if let Some(&j) = index.get(&addr)
                && !reachable[j]
            {
                reachable[j] = true;
                work.push(j);
            }
        });
    }
    let mut freed = 0;
    for (i, (_, o)) in objects.iter().enumerate() {
        if !reachable[i] {
            o.clear();
            freed += 1;
        }
    }
    drop(objects);
    heap.tracked.retain(|(_, w)| w.strong_count() > 0);
    heap.collected += freed as u64;
    heap.since_collect = 0;
    heap.threshold = MIN_THRESHOLD.max(heap.tracked.len());
    CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        // Objects created while clearing (none expected) went nowhere; keep ours.
        *c = Some(heap);
    });
    freed
}

fn visit_values<'v>(vals: impl Iterator<Item = &'v Value>, f: &mut dyn FnMut(usize)) {
    for v in vals {
        if let Some(a) = addr_of(v) {
            f(a);
        }
    }
}

impl Traverse for List {
    fn visit(&self, f: &mut dyn FnMut(usize)) -> bool {
        match self.items.try_borrow() {
            Ok(items) => {
                visit_values(items.iter(), f);
                true
            }
            Err(_) => false,
        }
    }
    fn clear(&self) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            let _dropped = std::mem::take(&mut *items);
        }
    }
}

impl Traverse for Tuple {
    fn visit(&self, f: &mut dyn FnMut(usize)) -> bool {
        visit_values(self.items.iter(), f);
        true
    }
    fn clear(&self) {
        // Tuples are immutable; their members are cleared instead.
    }
}

impl Traverse for Dict {
    fn visit(&self, f: &mut dyn FnMut(usize)) -> bool {
        match self.table.try_borrow() {
            Ok(t) => {
                for e in t.iter() {
                    visit_values([&e.key, &e.value].into_iter(), f);
                }
                true
            }
            Err(_) => false,
        }
    }
    fn clear(&self) {
        if let Ok(mut t) = self.table.try_borrow_mut() {
            let _dropped = std::mem::take(&mut *t);
        }
    }
}

impl Traverse for Set {
    fn visit(&self, _f: &mut dyn FnMut(usize)) -> bool {
        // Set members are hashable (immutable) values: they cannot lead back here.
        true
    }
    fn clear(&self) {}
}

impl Traverse for Instance {
    fn visit(&self, f: &mut dyn FnMut(usize)) -> bool {
        f(Rc::as_ptr(&self.class) as *const () as usize);
        if self.dict_shared.get() {
            // A tracked container of its own (someone may hold it alone).
            f(Rc::as_ptr(&self.dict) as *const () as usize);
        } else {
            let Ok(d) = self.dict.try_borrow() else {
                return false;
            };
            for e in d.iter() {
                visit_values([&e.key, &e.value].into_iter(), f);
            }
        }
        if let Some(x) = &self.exc {
            let Ok(x) = x.try_borrow() else { return false };
            visit_values(x.args.iter().chain([&x.cause, &x.context]), f);
        }
        true
    }
    fn clear(&self) {
        // A shared dict may outlive the instance; if it is garbage too, the
        // collector clears it as the tracked container it is.
        if !self.dict_shared.get()
            && let Ok(mut d) = self.dict.try_borrow_mut()
        {
            let _dropped = std::mem::take(&mut *d);
        }
        if let Some(x) = &self.exc
            && let Ok(mut x) = x.try_borrow_mut()
        {
            let _dropped = (
                std::mem::take(&mut x.args),
                std::mem::take(&mut x.cause),
                std::mem::take(&mut x.context),
            );
        }
    }
}

impl Traverse for Class {
    fn visit(&self, f: &mut dyn FnMut(usize)) -> bool {
        let Ok(d) = self.dict.try_borrow() else {
            return false;
        };
        for e in d.iter() {
            visit_values([&e.key, &e.value].into_iter(), f);
        }
        for b in &self.bases {
            f(Rc::as_ptr(b) as *const () as usize);
        }
        true
    }
    fn clear(&self) {
        if let Ok(mut d) = self.dict.try_borrow_mut() {
            let _dropped = std::mem::take(&mut *d);
        }
        if let Ok(mut m) = self.mro.try_borrow_mut() {
            m.truncate(1);
        }
    }
}

impl Traverse for Function {
    fn visit(&self, f: &mut dyn FnMut(usize)) -> bool {
        visit_values(self.defaults.iter(), f);
        visit_values(self.kwdefaults.iter().map(|(_, v)| v), f);
        for c in &self.closure {
            f(Rc::as_ptr(c) as *const () as usize);
        }
        f(Rc::as_ptr(&self.globals) as *const () as usize);
        f(Rc::as_ptr(&self.globals.dict) as *const () as usize);
        true
    }
    fn clear(&self) {
        // Functions are cleared through what they reference (cells, globals dict).
    }
}

impl Traverse for PyCell {
    fn visit(&self, f: &mut dyn FnMut(usize)) -> bool {
        match self.value.try_borrow() {
            Ok(v) => {
                visit_values(std::iter::once(&*v), f);
                true
            }
            Err(_) => false,
        }
    }
    fn clear(&self) {
        if let Ok(mut v) = self.value.try_borrow_mut() {
            let _dropped = std::mem::take(&mut *v);
        }
    }
}

impl Traverse for Module {
    fn visit(&self, f: &mut dyn FnMut(usize)) -> bool {
        f(Rc::as_ptr(&self.dict) as *const () as usize);
        true
    }
    fn clear(&self) {}
}

/// A value that may be moved to another thread together with the engine owning it.
///
/// The interpreter's object graph uses `Rc`, which is not `Send`. An engine owns its
/// whole graph: no `Rc` into it is ever handed to the host (host values are detached
/// copies), and its [`Heap`] travels with it (the thread-local is only borrowed while
/// the engine runs, see [`HeapScope`]). So moving the engine moves every reference to
/// its objects at once, and no two threads can touch one reference count.
pub struct Isolated<T>(pub T);

// SAFETY: see the type's documentation — every `Rc` reachable from an `Isolated`
// engine state is reachable only through it, so sending it sends all owners together.
unsafe impl<T> Send for Isolated<T> {}
