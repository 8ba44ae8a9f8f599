//! The native standard-library modules: `random`, `heapq`, `math`, `time`.
//!
//! Each is built on first import. `random` wraps [`super::random_core`] (bit-identical
//! to CPython's Mersenne Twister); `heapq` follows CPython's `heapq.py` step for step,
//! so heaps have the same layout and ties resolve identically.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::builtins::{float_arg, int_arg, register, register_fast, register_method_fast};
use super::class::{Class, Instance, TypeKind};
use super::exceptions::{PyErr, PyResult, index_error, overflow_error, type_error, value_error};
use super::numeric;
use super::ops::{self, type_name};
use super::random_core::{self as rc, Mt19937, RandomError};
use super::value::{Args, Builtin, Module, PyStr, Value};
use crate::interp::Vm;
#[allow(unused_imports)]
use crate::runtime::value::{B64, F64};

/// Builds a native module, or `None` if `name` is not one.
pub fn native_module(vm: &mut Vm, name: &str) -> Option<Rc<Module>> {
    let m = match name {
        "random" => random_module(vm),
        "heapq" => heapq_module(vm),
        "math" => math_module(vm),
        "time" => time_module(vm),
        "sys" => super::sys_module::sys_module(vm),
        "typing" => super::typing_module::typing_module(vm),
        "__future__" => {
            // Accepted for compatibility; every feature it names is already on.
            let m = vm.new_module("__future__");
            for f in [
                "annotations",
                "division",
                "absolute_import",
                "print_function",
                "generator_stop",
                "nested_scopes",
                "with_statement",
                "unicode_literals",
                "generators",
            ] {
                let _ = ops::dict_set_str(&m.dict, f, Value::bool(true));
            }
            m
        }
        _ => return None,
    };
    Some(m)
}

// ----- random -------------------------------------------------------------------------------

fn random_err(e: RandomError) -> PyErr {
    match e {
        RandomError::Value(m) => value_error(m),
        RandomError::Type(m) => type_error(m),
        RandomError::Index(m) => index_error(m),
    }
}

fn rng_of(v: &Value) -> PyResult<Rc<Instance>> {
    match v {
        Value::Instance(i) if i.native.is_some() => Ok(i.clone()),
        _ => Err(type_error("descriptor requires a 'random.Random' object")),
    }
}

fn with_rng<T>(inst: &Instance, f: impl FnOnce(&mut Mt19937) -> T) -> PyResult<T> {
    let cell = inst
        .native
        .as_ref()
        .ok_or_else(|| type_error("not a Random instance"))?;
    let mut b = cell
        .try_borrow_mut()
        .map_err(|_| super::exceptions::runtime_error("generator busy"))?;
    let mt = b
        .downcast_mut::<Mt19937>()
        .ok_or_else(|| type_error("not a Random instance"))?;
    Ok(f(mt))
}

fn seeded(vm: &Vm, seed: Option<&Value>) -> PyResult<Mt19937> {
    Ok(match seed {
        None | Some(Value::None) => Mt19937::from_entropy(),
        Some(Value::Int(i)) => Mt19937::from_seed_i64(*i),
        Some(Value::Bool(b)) => Mt19937::from_seed_i64(b.get() as i64),
        Some(Value::BigInt(b)) => Mt19937::from_seed_int(b),
        Some(Value::Float(f)) => Mt19937::from_seed_f64(f.get()),
        Some(Value::Str(s)) => Mt19937::from_seed_str(s.as_str()),
        Some(other) => {
            return Err(type_error(format!(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray. (got {})",
                type_name(vm, other)
            )));
        }
    })
}

fn new_random_instance(cls: &Rc<Class>, mt: Mt19937) -> Value {
    Value::Instance(Rc::new(Instance::new(
        cls.clone(),
        None,
        Some(RefCell::new(Box::new(mt))),
    )))
}

fn random_module(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("random");
    let cls = super::types::new_class(
        "Random",
        TypeKind::User,
        vec![vm.types.object.clone()],
        "random",
    );
    let methods: &[(&'static str, super::value::NativeFn)] = &[
        ("__init__", rnd_init),
        ("seed", rnd_seed),
        ("random", rnd_random),
        ("getrandbits", rnd_getrandbits),
        ("randrange", rnd_randrange),
        ("randint", rnd_randint),
        ("choice", rnd_choice),
        ("choices", rnd_choices),
        ("shuffle", rnd_shuffle),
        ("sample", rnd_sample),
        ("uniform", rnd_uniform),
        ("triangular", rnd_triangular),
        ("normalvariate", rnd_normalvariate),
        ("gauss", rnd_gauss),
        ("lognormvariate", rnd_lognormvariate),
        ("expovariate", rnd_expovariate),
        ("vonmisesvariate", rnd_vonmisesvariate),
        ("gammavariate", rnd_gammavariate),
        ("betavariate", rnd_betavariate),
        ("paretovariate", rnd_paretovariate),
        ("weibullvariate", rnd_weibullvariate),
    ];
    for &(name, f) in methods {
        register_method_fast(&cls, "Random", name, f, random_fast(name));
    }
    let _ = ops::dict_set_str(&m.dict, "Random", Value::Class(cls.clone()));
    // Module-level functions are bound methods of a hidden shared instance.
    let inst = new_random_instance(&cls, Mt19937::from_entropy());
    for &(name, f) in &methods[1..] {
        let b = Value::Builtin(Rc::new(Builtin {
            name,
            func: f,
            bound: Some(inst.clone()),
            owner: Some("Random"),
            // Native code calls fast entries of unbound built-ins only.
            fast: None,
        }));
        let _ = ops::dict_set_str(&m.dict, name, b);
    }
    m
}

fn rnd_init(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    // Called on a fresh instance of `Random` (or a subclass) by `instantiate`.
    let Some(Value::Instance(inst)) = a.pos.first().cloned() else {
        return Err(type_error("Random.__init__ needs an instance"));
    };
    let seed = a.arg_or_kw(1, "x");
    let mt = seeded(vm, seed.as_ref())?;
    if let Some(cell) = &inst.native {
        *cell.borrow_mut() = Box::new(mt);
    }
    set_gauss_next(&inst, Value::None);
    Ok(Value::None)
}

/// Creates `Random` instances with their native generator state.
pub fn random_new(cls: &Rc<Class>) -> Value {
    new_random_instance(cls, Mt19937::from_seed_u64(0))
}

fn rnd_seed(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.seed", &["self", "a", "version"], 1)?;
    let inst = rng_of(&a.pos[0])?;
    let seed = a.arg_or_kw(1, "a");
    // `version` only changes how str and bytes seeds are hashed.
    a.take_kw("version");
    a.finish_kw_py("Random.seed")?;
    let mt = seeded(vm, seed.as_ref())?;
    with_rng(&inst, |r| *r = mt)?;
    set_gauss_next(&inst, Value::None);
    Ok(Value::None)
}

fn rnd_random(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("Random", "random", 1, 1)?;
    let inst = rng_of(&a.pos[0])?;
    Ok(Value::float(with_rng(&inst, |r| r.random())?))
}

fn rnd_getrandbits(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_method("Random", "getrandbits", 2, 2)?;
    let inst = rng_of(&a.pos[0])?;
    let k = int_arg(vm, &a.pos[1], "getrandbits")?;
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    let v = with_rng(&inst, |r| {
        if k <= 63 {
            Value::Int(r.getrandbits_u64(k as u32) as i64)
        } else {
            Value::from_bigint(BigInt::from(r.getrandbits(k as u64)))
        }
    })?;
    Ok(v)
}

/// A `randrange` argument as `random.py` converts it: `operator.index(v)`, else
/// `int(v)`, which must equal `v` ("non-integer arg 1 for randrange()").
fn int_of(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(v.to_bigint().unwrap_or_default()),
        Value::Float(f) => {
            let i = numeric::float_to_bigint(f.get().trunc()).map_err(ops::num_err)?;
            if f.get().fract() != 0.0 {
                return Err(value_error(format!("non-integer {what} for randrange()")));
            }
            Ok(i)
        }
        _ => {
            let int_cls = Value::Class(vm.types.int.clone());
            let i = vm.call(&int_cls, std::slice::from_ref(v))?;
            if !ops::eq(vm, &i, v)? {
                return Err(value_error(format!("non-integer {what} for randrange()")));
            }
            Ok(i.to_bigint().unwrap_or_default())
        }
    }
}

fn rnd_randrange(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    if a.kw.is_empty() {
        return rnd_randrange_fast(vm, &a.pos);
    }
    randrange_args(vm, a)
}

/// `Random.randrange` with its arguments bound as `random.py` binds them.
fn randrange_args(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.randrange", &["self", "start", "stop", "step"], 2)?;
    let inst = rng_of(&a.pos[0])?;
    let start = a
        .arg_or_kw(1, "start")
        .ok_or_else(|| type_error("randrange() missing 1 required positional argument: 'start'"))?;
    let stop = a.arg_or_kw(2, "stop").filter(|v| !v.is_none());
    let step = a.arg_or_kw(3, "step");
    a.take_kw("start");
    a.take_kw("stop");
    a.take_kw("step");
    a.finish_kw_py("Random.randrange")?;
    randrange_values(vm, &inst, start, stop, step)
}

/// The positional-only entries of `Random`'s methods that have one.
fn random_fast(name: &str) -> Option<super::value::FastFn> {
    match name {
        "randrange" => Some(rnd_randrange_fast),
        "random" => Some(rnd_random_fast),
        _ => None,
    }
}

/// `Random.randrange` with positional arguments (native code calls it
/// directly): small int bounds (the dijkstra workload) straight to the
/// generator, anything else through [`randrange_args`].
fn rnd_randrange_fast(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (inst, start, stop) = match args {
        [Value::Instance(inst), Value::Int(start)] => (inst, *start, None),
        [Value::Instance(inst), Value::Int(start), Value::Int(stop)] => (inst, *start, Some(*stop)),
        _ => return randrange_positional(vm, args),
    };
    if inst.native.is_none() {
        return randrange_positional(vm, args);
    }
    let r = with_rng(inst, |mt| rc::randrange_i64(mt, start, stop, 1))?.map_err(random_err)?;
    Ok(Value::Int(r))
}

/// `Random.randrange` with positional arguments other than the small ints
/// [`rnd_randrange_fast`] takes: out of line, so that the fast entry stays small.
#[cold]
#[inline(never)]
fn randrange_positional(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    randrange_args(vm, &mut positional(args))
}

/// `Random.random` for native code.
fn rnd_random_fast(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if let [Value::Instance(inst)] = args
        && inst.native.is_some()
    {
        return Ok(Value::float(with_rng(inst, |r| r.random())?));
    }
    rnd_random(vm, &mut positional(args))
}

/// Owned positional arguments, for a fast entry passing a call on.
fn positional(args: &[Value]) -> Args {
    Args {
        pos: args.to_vec(),
        kw: Vec::new(),
    }
}

fn randrange_values(
    vm: &mut Vm,
    inst: &Instance,
    start: Value,
    stop: Option<Value>,
    step: Option<Value>,
) -> PyResult<Value> {
    // Fast path for small ints (the dijkstra workload).
    if let (Value::Int(s), None | Some(Value::Int(_)), None) = (&start, &stop, &step) {
        let stop_i = stop.as_ref().and_then(|v| v.as_i64());
        let r = with_rng(inst, |r| rc::randrange_i64(r, *s, stop_i, 1))?.map_err(random_err)?;
        return Ok(Value::Int(r));
    }
    let start = int_of(vm, &start, "arg 1")?;
    let stop = match &stop {
        Some(v) => Some(int_of(vm, v, "stop")?),
        None => None,
    };
    let step = match &step {
        Some(v) => int_of(vm, v, "step")?,
        None => BigInt::from(1),
    };
    let r =
        with_rng(inst, |r| rc::randrange(r, &start, stop.as_ref(), &step))?.map_err(random_err)?;
    Ok(Value::from_bigint(r))
}

fn rnd_randint(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.randint", &["self", "a", "b"], 3)?;
    let inst = rng_of(&a.pos[0])?;
    if let (Value::Int(x), Value::Int(y)) = (&a.pos[1], &a.pos[2]) {
        let r = with_rng(&inst, |r| rc::randint_i64(r, *x, *y))?.map_err(random_err)?;
        return Ok(Value::Int(r));
    }
    // `randrange(a, b + 1)`.
    let add = crate::compiler::bytecode::bin_op_index(crate::syntax::ast::BinOp::Add);
    let stop = ops::binary_op(vm, add, a.pos[2].clone(), Value::Int(1), false)?;
    randrange_values(vm, &inst, a.pos[1].clone(), Some(stop), None)
}

fn seq_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(super::builtins::len_of(vm, v)? as usize)
}

fn rnd_choice(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.choice", &["self", "seq"], 2)?;
    let inst = rng_of(&a.pos[0])?;
    let seq = a.pos[1].clone();
    let n = seq_len(vm, &seq)?;
    let i = with_rng(&inst, |r| rc::choice_index(r, n))?.map_err(random_err)?;
    ops::getitem(vm, &seq, &Value::Int(i as i64))
}

fn float_list(vm: &mut Vm, v: &Value) -> PyResult<Vec<f64>> {
    let items = ops::collect_iterable(vm, v)?;
    items.iter().map(|x| float_arg(vm, x, "weight")).collect()
}

fn rnd_choices(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.choices", &["self", "population", "weights"], 2)?;
    let inst = rng_of(&a.pos[0])?;
    let population = a.arg_or_kw(1, "population").ok_or_else(|| {
        type_error("choices() missing 1 required positional argument: 'population'")
    })?;
    let weights = a.arg_or_kw(2, "weights").filter(|v| !v.is_none());
    let cum = a.take_kw("cum_weights").filter(|v| !v.is_none());
    let k = match a.take_kw("k") {
        Some(v) => int_arg(vm, &v, "choices")?,
        None => 1,
    };
    a.take_kw("population");
    a.take_kw("weights");
    a.finish_kw_py("Random.choices")?;
    let n = seq_len(vm, &population)?;
    let w = match &weights {
        Some(v) => Some(float_list(vm, v)?),
        None => None,
    };
    let cw = match &cum {
        Some(v) => Some(float_list(vm, v)?),
        None => None,
    };
    let k = k.max(0) as usize;
    let idx = with_rng(&inst, |r| {
        rc::choices_indices(r, n, w.as_deref(), cw.as_deref(), k)
    })?
    .map_err(random_err)?;
    let mut out = Vec::with_capacity(idx.len());
    match &population {
        Value::Str(s) if s.is_ascii() => {
            let b = s.as_str().as_bytes();
            for i in idx {
                out.push(vm.char_value(b[i] as char));
            }
        }
        Value::List(l) => {
            let items = l.items.borrow();
            for i in idx {
                out.push(items[i].clone());
            }
        }
        Value::Tuple(t) => {
            for i in idx {
                out.push(t.items[i].clone());
            }
        }
        _ => {
            for i in idx {
                out.push(ops::getitem(vm, &population, &Value::Int(i as i64))?);
            }
        }
    }
    Ok(Value::list(out))
}

fn rnd_shuffle(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.shuffle", &["self", "x"], 2)?;
    let inst = rng_of(&a.pos[0])?;
    let x = a.pos[1].clone();
    if let Value::List(l) = &x {
        let mut items = std::mem::take(&mut *l.items.borrow_mut());
        with_rng(&inst, |r| rc::shuffle(r, &mut items))?;
        *l.items.borrow_mut() = items;
        return Ok(Value::None);
    }
    // `random.py`: `x[i], x[j] = x[j], x[i]` for i from len(x) - 1 down to 1.
    let n = seq_len(vm, &x)?;
    for i in (1..n).rev() {
        let j = with_rng(&inst, |r| r.randbelow_u64(i as u64 + 1))? as i64;
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j));
        let xj = ops::getitem(vm, &x, &vj)?;
        let xi = ops::getitem(vm, &x, &vi)?;
        ops::setitem(vm, &x, vi, xj)?;
        ops::setitem(vm, &x, vj, xi)?;
    }
    Ok(Value::None)
}

fn rnd_sample(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.sample", &["self", "population", "k"], 3)?;
    let inst = rng_of(&a.pos[0])?;
    let population = a.arg_or_kw(1, "population").ok_or_else(|| {
        type_error("sample() missing 2 required positional arguments: 'population' and 'k'")
    })?;
    let k = a
        .arg_or_kw(2, "k")
        .ok_or_else(|| type_error("sample() missing 1 required positional argument: 'k'"))?;
    a.take_kw("population");
    a.take_kw("k");
    a.finish_kw_py("Random.sample")?;
    if let Value::Set(_) | Value::Dict(_) = population {
        return Err(type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let k = int_arg(vm, &k, "sample")?;
    let n = seq_len(vm, &population)?;
    if k < 0 {
        return Err(value_error(rc::SAMPLE_SIZE_ERROR));
    }
    let idx = with_rng(&inst, |r| rc::sample_indices(r, n, k as usize))?.map_err(random_err)?;
    let mut out = Vec::with_capacity(idx.len());
    for i in idx {
        out.push(ops::getitem(vm, &population, &Value::Int(i as i64))?);
    }
    Ok(Value::list(out))
}

fn rnd_uniform(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.uniform", &["self", "a", "b"], 3)?;
    let inst = rng_of(&a.pos[0])?;
    let x = float_arg(vm, &a.pos[1], "a")?;
    let y = float_arg(vm, &a.pos[2], "b")?;
    Ok(Value::float(with_rng(&inst, |r| rc::uniform(r, x, y))?))
}

// The distributions of `random.py`, operation for operation, so that they consume
// `random()` and round exactly as CPython does.

const TWOPI: f64 = 2.0 * std::f64::consts::PI;

/// `self.gauss_next`, an instance attribute as in `random.py`.
fn set_gauss_next(inst: &Instance, v: Value) {
    if let Ok(mut d) = inst.dict.try_borrow_mut() {
        let key = Rc::new(PyStr::new("gauss_next"));
        let _ = d.insert(key.hash(), Value::Str(key), v, &mut |_, _| Ok(false));
    }
}

fn gauss_next(inst: &Instance) -> Value {
    let key = Rc::new(PyStr::new("gauss_next"));
    inst.dict
        .try_borrow()
        .ok()
        .and_then(|d| {
            d.get(key.hash(), &Value::Str(key.clone()), &mut |_, _| Ok(false))
                .ok()
                .flatten()
        })
        .unwrap_or(Value::None)
}

fn rand(inst: &Instance) -> PyResult<f64> {
    with_rng(inst, |r| r.random())
}

/// A float parameter (`mu`, `sigma`, ...), positional `i` or keyword `name`.
fn float_param(
    vm: &Vm,
    a: &mut Args,
    i: usize,
    name: &str,
    default: Option<f64>,
    func: &str,
) -> PyResult<f64> {
    match a.arg_or_kw(i, name) {
        Some(v) => real(vm, &v),
        None => default.ok_or_else(|| {
            type_error(format!(
                "Random.{func}() missing 1 required positional argument: '{name}'"
            ))
        }),
    }
}

fn fdiv(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(super::exceptions::zero_division("float division by zero"));
    }
    Ok(x / y)
}

fn fpow(x: f64, y: f64) -> PyResult<f64> {
    numeric::float_pow(x, y).map_err(ops::num_err)
}

/// `math.log` on a float.
fn flog(x: f64) -> PyResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.ln())
}

/// `math.exp` on a float.
fn fexp(x: f64) -> PyResult<f64> {
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(r)
}

fn fsqrt(x: f64) -> PyResult<f64> {
    if x < 0.0 {
        return Err(domain());
    }
    Ok(x.sqrt())
}

fn rnd_triangular(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.triangular", &["self", "low", "high", "mode"], 1)?;
    let inst = rng_of(&a.pos[0])?;
    let low_v = a.arg_or_kw(1, "low").unwrap_or(Value::float(0.0));
    let high_v = a.arg_or_kw(2, "high").unwrap_or(Value::float(1.0));
    let mode = a.arg_or_kw(3, "mode").filter(|v| !v.is_none());
    a.finish_kw_py("Random.triangular")?;
    let mut low = real(vm, &low_v)?;
    let mut high = real(vm, &high_v)?;
    let mut u = rand(&inst)?;
    let mut c = match &mode {
        None => 0.5,
        Some(m) => {
            let m = real(vm, m)?;
            if high - low == 0.0 {
                return Ok(low_v);
            }
            (m - low) / (high - low)
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::float(low + (high - low) * fsqrt(u * c)?))
}

fn normal(inst: &Instance) -> PyResult<f64> {
    // NV_MAGICCONST = 4 * exp(-0.5) / sqrt(2.0)
    let nv_magic = 4.0 * (-0.5f64).exp() / 2f64.sqrt();
    loop {
        let u1 = rand(inst)?;
        let u2 = 1.0 - rand(inst)?;
        let z = nv_magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -flog(u2)? {
            return Ok(z);
        }
    }
}

fn rnd_normalvariate(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.normalvariate", &["self", "mu", "sigma"], 1)?;
    let inst = rng_of(&a.pos[0])?;
    let mu = float_param(vm, a, 1, "mu", Some(0.0), "normalvariate")?;
    let sigma = float_param(vm, a, 2, "sigma", Some(1.0), "normalvariate")?;
    a.finish_kw_py("Random.normalvariate")?;
    let z = normal(&inst)?;
    Ok(Value::float(mu + z * sigma))
}

fn rnd_lognormvariate(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.lognormvariate", &["self", "mu", "sigma"], 3)?;
    let inst = rng_of(&a.pos[0])?;
    let mu = float_param(vm, a, 1, "mu", None, "lognormvariate")?;
    let sigma = float_param(vm, a, 2, "sigma", None, "lognormvariate")?;
    a.finish_kw_py("Random.lognormvariate")?;
    let z = normal(&inst)?;
    Ok(Value::float(fexp(mu + z * sigma)?))
}

fn rnd_gauss(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.gauss", &["self", "mu", "sigma"], 1)?;
    let inst = rng_of(&a.pos[0])?;
    let mu = float_param(vm, a, 1, "mu", Some(0.0), "gauss")?;
    let sigma = float_param(vm, a, 2, "sigma", Some(1.0), "gauss")?;
    a.finish_kw_py("Random.gauss")?;
    let cached = gauss_next(&inst);
    set_gauss_next(&inst, Value::None);
    let z = match cached {
        Value::Float(z) => z.get(),
        _ => {
            let x2pi = rand(&inst)? * TWOPI;
            let g2rad = fsqrt(-2.0 * flog(1.0 - rand(&inst)?)?)?;
            set_gauss_next(&inst, Value::float(x2pi.sin() * g2rad));
            x2pi.cos() * g2rad
        }
    };
    Ok(Value::float(mu + z * sigma))
}

fn rnd_expovariate(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.expovariate", &["self", "lambd"], 2)?;
    let inst = rng_of(&a.pos[0])?;
    let lambd = float_param(vm, a, 1, "lambd", None, "expovariate")?;
    a.finish_kw_py("Random.expovariate")?;
    let u = rand(&inst)?;
    Ok(Value::float(fdiv(-flog(1.0 - u)?, lambd)?))
}

fn rnd_vonmisesvariate(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.vonmisesvariate", &["self", "mu", "kappa"], 3)?;
    let inst = rng_of(&a.pos[0])?;
    let mu = float_param(vm, a, 1, "mu", None, "vonmisesvariate")?;
    let kappa = float_param(vm, a, 2, "kappa", None, "vonmisesvariate")?;
    a.finish_kw_py("Random.vonmisesvariate")?;
    if kappa <= 1e-6 {
        return Ok(Value::float(TWOPI * rand(&inst)?));
    }
    let s = 0.5 / kappa;
    let r = s + fsqrt(1.0 + s * s)?;
    let z = loop {
        let u1 = rand(&inst)?;
        let z = (std::f64::consts::PI * u1).cos();
        let d = z / (r + z);
        let u2 = rand(&inst)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * fexp(d)? {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let u3 = rand(&inst)?;
    let acos = f.acos();
    if acos.is_nan() && !f.is_nan() {
        return Err(domain());
    }
    let theta = if u3 > 0.5 { mu + acos } else { mu - acos };
    Ok(Value::float(
        numeric::float_mod(theta, TWOPI).map_err(ops::num_err)?,
    ))
}

fn gamma(inst: &Instance, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    if alpha > 1.0 {
        let log4 = 4f64.ln();
        let sg_magic = 1.0 + 4.5f64.ln();
        let ainv = fsqrt(2.0 * alpha - 1.0)?;
        let bbb = alpha - log4;
        let ccc = alpha + ainv;
        loop {
            let u1 = rand(inst)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - rand(inst)?;
            let v = flog(u1 / (1.0 - u1))? / ainv;
            let x = alpha * fexp(v)?;
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magic - 4.5 * z >= 0.0 || r >= flog(z)? {
                return Ok(x * beta);
            }
        }
    } else if alpha == 1.0 {
        Ok(-flog(1.0 - rand(inst)?)? * beta)
    } else {
        let e = std::f64::consts::E;
        loop {
            let u = rand(inst)?;
            let b = (e + alpha) / e;
            let p = b * u;
            let x = if p <= 1.0 {
                fpow(p, 1.0 / alpha)?
            } else {
                -flog((b - p) / alpha)?
            };
            let u1 = rand(inst)?;
            if p > 1.0 {
                if u1 <= fpow(x, alpha - 1.0)? {
                    return Ok(x * beta);
                }
            } else if u1 <= fexp(-x)? {
                return Ok(x * beta);
            }
        }
    }
}

fn rnd_gammavariate(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.gammavariate", &["self", "alpha", "beta"], 3)?;
    let inst = rng_of(&a.pos[0])?;
    let alpha = float_param(vm, a, 1, "alpha", None, "gammavariate")?;
    let beta = float_param(vm, a, 2, "beta", None, "gammavariate")?;
    a.finish_kw_py("Random.gammavariate")?;
    Ok(Value::float(gamma(&inst, alpha, beta)?))
}

fn rnd_betavariate(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.betavariate", &["self", "alpha", "beta"], 3)?;
    let inst = rng_of(&a.pos[0])?;
    let alpha = float_param(vm, a, 1, "alpha", None, "betavariate")?;
    let beta = float_param(vm, a, 2, "beta", None, "betavariate")?;
    a.finish_kw_py("Random.betavariate")?;
    let y = gamma(&inst, alpha, 1.0)?;
    if y != 0.0 {
        let y2 = gamma(&inst, beta, 1.0)?;
        return Ok(Value::float(fdiv(y, y + y2)?));
    }
    Ok(Value::float(0.0))
}

fn rnd_paretovariate(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.paretovariate", &["self", "alpha"], 2)?;
    let inst = rng_of(&a.pos[0])?;
    let alpha = float_param(vm, a, 1, "alpha", None, "paretovariate")?;
    a.finish_kw_py("Random.paretovariate")?;
    let u = 1.0 - rand(&inst)?;
    Ok(Value::float(fpow(u, fdiv(-1.0, alpha)?)?))
}

fn rnd_weibullvariate(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_py("Random.weibullvariate", &["self", "alpha", "beta"], 3)?;
    let inst = rng_of(&a.pos[0])?;
    let alpha = float_param(vm, a, 1, "alpha", None, "weibullvariate")?;
    let beta = float_param(vm, a, 2, "beta", None, "weibullvariate")?;
    a.finish_kw_py("Random.weibullvariate")?;
    let u = 1.0 - rand(&inst)?;
    Ok(Value::float(alpha * fpow(-flog(u)?, fdiv(1.0, beta)?)?))
}

// ----- heapq ----------------------------------------------------------------------------------

fn heapq_module(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("heapq");
    register_fast(&m.dict, "heappush", hq_push, Some(hq_push_fast));
    register_fast(&m.dict, "heappop", hq_pop, Some(hq_pop_fast));
    let fns: &[(&'static str, super::value::NativeFn)] = &[
        ("heapify", hq_heapify),
        ("heappushpop", hq_pushpop),
        ("heapreplace", hq_replace),
        ("nsmallest", hq_nsmallest),
        ("nlargest", hq_nlargest),
    ];
    for &(name, f) in fns {
        register(&m.dict, name, f);
    }
    m
}

fn heap_list(vm: &Vm, v: &Value, func: &str) -> PyResult<Rc<super::value::List>> {
    match v {
        Value::List(l) => Ok(l.clone()),
        other => Err(type_error(format!(
            "{func}() argument{} must be list, not {}",
            // The one-argument functions are `METH_O`, which do not number it.
            if matches!(func, "heappop" | "heapify") {
                ""
            } else {
                " 1"
            },
            ops::clinic_type_name(vm, other)
        ))),
    }
}

/// Runs `f` on the heap's items taken out of the list, so comparisons that call
/// Python code never see the list borrowed.
fn with_heap<T>(
    l: &super::value::List,
    f: impl FnOnce(&mut Vec<Value>) -> PyResult<T>,
) -> PyResult<T> {
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let r = f(&mut items);
    let mut cur = l.items.borrow_mut();
    let added = std::mem::take(&mut *cur);
    *cur = items;
    cur.extend(added);
    r
}

// The sifts swap items as CPython's C `_heapq` does (not the moving hole of
// `heapq.py`): a comparison that raises leaves the list a permutation of its items.

fn sift_down(vm: &mut Vm, heap: &mut [Value], start: usize, mut pos: usize) -> PyResult<()> {
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        if !ops::less_than(vm, &heap[pos], &heap[parentpos])? {
            break;
        }
        heap.swap(pos, parentpos);
        pos = parentpos;
    }
    Ok(())
}

fn sift_up(vm: &mut Vm, heap: &mut [Value], mut pos: usize) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    while pos < end >> 1 {
        let mut child = 2 * pos + 1;
        if child + 1 < end && !ops::less_than(vm, &heap[child], &heap[child + 1])? {
            child += 1;
        }
        heap.swap(pos, child);
        pos = child;
    }
    sift_down(vm, heap, start, pos)
}

fn hq_push(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("_heapq.heappush")?;
    a.check("heappush", 2, 2)?;
    let l = heap_list(vm, &a.pos[0], "heappush")?;
    heap_push(vm, &l, a.pos[1].clone())
}

fn heap_push(vm: &mut Vm, l: &super::value::List, item: Value) -> PyResult<Value> {
    with_heap(l, |h| {
        super::value::push_item(h, item);
        let last = h.len() - 1;
        sift_down(vm, h, 0, last)
    })?;
    Ok(Value::None)
}

/// `heappush` for native code.
fn hq_push_fast(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args {
        [Value::List(l), item] => heap_push(vm, l, item.clone()),
        _ => hq_push(vm, &mut positional(args)),
    }
}

fn hq_pop(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("_heapq.heappop", 1, 1)?;
    let l = heap_list(vm, &a.pos[0], "heappop")?;
    heap_pop(vm, &l)
}

/// `heappop` for native code.
fn hq_pop_fast(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args {
        [Value::List(l)] => heap_pop(vm, l),
        _ => hq_pop(vm, &mut positional(args)),
    }
}

fn heap_pop(vm: &mut Vm, l: &super::value::List) -> PyResult<Value> {
    with_heap(l, |h| {
        let Some(last) = h.pop() else {
            return Err(index_error("index out of range"));
        };
        if h.is_empty() {
            return Ok(last);
        }
        let ret = std::mem::replace(&mut h[0], last);
        sift_up(vm, h, 0)?;
        Ok(ret)
    })
}

fn hq_heapify(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("_heapq.heapify", 1, 1)?;
    let l = heap_list(vm, &a.pos[0], "heapify")?;
    with_heap(&l, |h| {
        for i in (0..h.len() / 2).rev() {
            sift_up(vm, h, i)?;
        }
        Ok(())
    })?;
    Ok(Value::None)
}

fn hq_pushpop(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("_heapq.heappushpop")?;
    a.check("heappushpop", 2, 2)?;
    let l = heap_list(vm, &a.pos[0], "heappushpop")?;
    let item = a.pos[1].clone();
    with_heap(&l, |h| {
        if !h.is_empty() && ops::less_than(vm, &h[0], &item)? {
            let ret = std::mem::replace(&mut h[0], item);
            sift_up(vm, h, 0)?;
            return Ok(ret);
        }
        Ok(item)
    })
}

fn hq_replace(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("_heapq.heapreplace")?;
    a.check("heapreplace", 2, 2)?;
    let l = heap_list(vm, &a.pos[0], "heapreplace")?;
    let item = a.pos[1].clone();
    with_heap(&l, |h| {
        if h.is_empty() {
            return Err(index_error("index out of range"));
        }
        let ret = std::mem::replace(&mut h[0], item);
        sift_up(vm, h, 0)?;
        Ok(ret)
    })
}

/// `_siftdown_max` of `heapq.py`.
fn sift_down_max(vm: &mut Vm, heap: &mut [Value], start: usize, mut pos: usize) -> PyResult<()> {
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        if !ops::less_than(vm, &heap[parentpos], &heap[pos])? {
            break;
        }
        heap.swap(pos, parentpos);
        pos = parentpos;
    }
    Ok(())
}

/// `_siftup_max` of `heapq.py`.
fn sift_up_max(vm: &mut Vm, heap: &mut [Value], mut pos: usize) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    while pos < end >> 1 {
        let mut child = 2 * pos + 1;
        if child + 1 < end && !ops::less_than(vm, &heap[child + 1], &heap[child])? {
            child += 1;
        }
        heap.swap(pos, child);
        pos = child;
    }
    sift_down_max(vm, heap, start, pos)
}

/// Calls the built-in function `name` (`min`, `max`) with prepared arguments.
fn call_builtin(vm: &mut Vm, name: &str, mut args: Args) -> PyResult<Value> {
    match ops::dict_get_str(&vm.builtins.dict, name) {
        Some(Value::Builtin(b)) => (b.func)(vm, &mut args),
        _ => Err(super::exceptions::runtime_error("missing built-in")),
    }
}

/// `heapq.nsmallest`/`nlargest`, step for step as CPython's `heapq.py`: `min`/`max`
/// for `n == 1`, `sorted(...)[:n]` when `n` covers a sized input, and otherwise a
/// bounded heap of `(elem, order)` (or `(key, order, elem)`) tuples, so ties and
/// comparison calls come out exactly as there.
fn n_select(vm: &mut Vm, a: &mut Args, name: &str, largest: bool) -> PyResult<Value> {
    a.check_py(name, &["n", "iterable", "key"], 2)?;
    let key = a.take_kw("key");
    a.finish_kw_py(name)?;
    let key = key
        .or_else(|| a.pos.get(2).cloned())
        .filter(|v| !v.is_none());
    let n = int_arg(vm, &a.pos[0], name)?;
    let iterable = a.pos[1].clone();
    if n == 1 {
        let it = ops::get_iter(vm, iterable)?;
        let sentinel = Value::list(Vec::new());
        let mut kw = vec![(Rc::new(PyStr::new("default")), sentinel.clone())];
        if let Some(k) = &key {
            kw.push((Rc::new(PyStr::new("key")), k.clone()));
        }
        let r = call_builtin(
            vm,
            if largest { "max" } else { "min" },
            Args { pos: vec![it], kw },
        )?;
        return Ok(Value::list(if r.is(&sentinel) { vec![] } else { vec![r] }));
    }
    let sized = matches!(
        iterable,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Dict(_) | Value::Set(_)
    ) || matches!(iterable, Value::Range(_))
        || super::class_ops::lookup_special(vm, &iterable, "__len__").is_some();
    if sized {
        let size = super::builtins::len_of(vm, &iterable)?;
        if n >= size {
            let mut items = ops::collect_iterable(vm, &iterable)?;
            super::builtins::sort_values(vm, &mut items, key.as_ref(), largest)?;
            items.truncate(n.max(0) as usize);
            return Ok(Value::list(items));
        }
    }
    let it = ops::get_iter(vm, iterable)?;
    let mut result: Vec<Value> = Vec::new();
    let decorate = |vm: &mut Vm, elem: Value, order: i64| -> PyResult<Value> {
        Ok(match &key {
            Some(f) => {
                let k = vm.call(f, std::slice::from_ref(&elem))?;
                Value::tuple(vec![k, Value::Int(order), elem])
            }
            None => Value::tuple(vec![elem, Value::Int(order)]),
        })
    };
    for i in 0..n.max(0) {
        let Some(elem) = ops::iter_next(vm, &it)? else {
            break;
        };
        let order = if largest { -i } else { i };
        result.push(decorate(vm, elem, order)?);
    }
    if result.is_empty() {
        return Ok(Value::list(result));
    }
    let first = |v: &Value| match v {
        Value::Tuple(t) => t.items[0].clone(),
        other => other.clone(),
    };
    if largest {
        for i in (0..result.len() / 2).rev() {
            sift_up(vm, &mut result, i)?;
        }
    } else {
        for i in (0..result.len() / 2).rev() {
            sift_up_max(vm, &mut result, i)?;
        }
    }
    let mut top = first(&result[0]);
    let mut order = if largest { -n } else { n };
    while let Some(elem) = ops::iter_next(vm, &it)? {
        let (k, elem) = match &key {
            Some(f) => (vm.call(f, std::slice::from_ref(&elem))?, elem),
            None => (elem.clone(), elem),
        };
        let better = if largest {
            ops::less_than(vm, &top, &k)?
        } else {
            ops::less_than(vm, &k, &top)?
        };
        if better {
            result[0] = match &key {
                Some(_) => Value::tuple(vec![k, Value::Int(order), elem]),
                None => Value::tuple(vec![k, Value::Int(order)]),
            };
            if largest {
                sift_up(vm, &mut result, 0)?;
                order -= 1;
            } else {
                sift_up_max(vm, &mut result, 0)?;
                order += 1;
            }
            top = first(&result[0]);
        }
    }
    super::builtins::sort_values(vm, &mut result, None, largest)?;
    let idx = if key.is_some() { 2 } else { 0 };
    let out = result
        .iter()
        .map(|v| match v {
            Value::Tuple(t) => t.items[idx].clone(),
            other => other.clone(),
        })
        .collect();
    Ok(Value::list(out))
}

fn hq_nsmallest(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    n_select(vm, a, "nsmallest", false)
}

fn hq_nlargest(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    n_select(vm, a, "nlargest", true)
}

// ----- math -----------------------------------------------------------------------------------

fn math_module(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("math");
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let _ = ops::dict_set_str(&m.dict, name, Value::float(v));
    }
    let fns: &[(&'static str, super::value::NativeFn)] = &[
        ("sqrt", m_sqrt),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("isnan", m_isnan),
        ("isinf", m_isinf),
        ("isfinite", m_isfinite),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("sinh", m_sinh),
        ("cosh", m_cosh),
        ("tanh", m_tanh),
        ("atan2", m_atan2),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("log1p", m_log1p),
        ("fabs", m_fabs),
        ("fmod", m_fmod),
        ("modf", m_modf),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("pow", m_pow),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("isqrt", m_isqrt),
        ("hypot", m_hypot),
        ("dist", m_dist),
        ("factorial", m_factorial),
        ("copysign", m_copysign),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("isclose", m_isclose),
        ("fsum", m_fsum),
        ("prod", m_prod),
        ("comb", m_comb),
        ("perm", m_perm),
    ];
    for &(name, f) in fns {
        register(&m.dict, name, f);
    }
    // Not bit-exact here yet (CPython uses the platform libm or its own code):
    // present, but a clear NotImplementedError rather than an AttributeError.
    for name in [
        "cbrt",
        "asinh",
        "acosh",
        "atanh",
        "erf",
        "erfc",
        "gamma",
        "lgamma",
        "ulp",
        "nextafter",
        "remainder",
    ] {
        register(&m.dict, name, m_unsupported);
    }
    m
}

fn m_unsupported(_vm: &mut Vm, _a: &mut Args) -> PyResult<Value> {
    Err(super::exceptions::not_implemented(
        "this math function is not supported by firebrand yet",
    ))
}

fn domain() -> PyErr {
    value_error("math domain error")
}

fn range_err() -> PyErr {
    overflow_error("math range error")
}

/// A `double` argument as CPython's argument clinic converts it: ints (an
/// `OverflowError` when too big for a float), bools and floats.
fn real(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::BigInt(b) => numeric::bigint_to_f64(b).map_err(ops::num_err),
        _ => Err(type_error(format!(
            "must be real number, not {}",
            type_name(vm, v)
        ))),
    }
}

fn one_float(vm: &Vm, a: &Args, name: &str) -> PyResult<f64> {
    let qualified = format!("math.{name}");
    a.no_kwargs(&qualified)?;
    a.check(&qualified, 1, 1)?;
    real(vm, &a.pos[0])
}

fn two_floats(vm: &Vm, a: &Args, name: &str) -> PyResult<(f64, f64)> {
    a.no_kwargs(&format!("math.{name}"))?;
    a.check(name, 2, 2)?;
    Ok((real(vm, &a.pos[0])?, real(vm, &a.pos[1])?))
}

/// CPython's `math_1`: a NaN result from a non-NaN input is a domain error; an
/// infinite result from a finite input is a range error when the function can
/// overflow and a domain error otherwise (a pole, like `atanh(1)`).
fn float_fn(
    vm: &Vm,
    a: &Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = one_float(vm, a, name)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_err() } else { domain() });
    }
    Ok(Value::float(r))
}

macro_rules! math_1 {
    ($($fname:ident => $name:literal, $f:expr, $overflow:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
                float_fn(vm, a, $name, $f, $overflow)
            }
        )*
    };
}

math_1! {
    m_sqrt => "sqrt", f64::sqrt, false;
    m_sin => "sin", f64::sin, false;
    m_cos => "cos", f64::cos, false;
    m_tan => "tan", f64::tan, false;
    m_asin => "asin", f64::asin, false;
    m_acos => "acos", f64::acos, false;
    m_atan => "atan", f64::atan, false;
    m_sinh => "sinh", f64::sinh, true;
    m_cosh => "cosh", f64::cosh, true;
    m_tanh => "tanh", f64::tanh, false;
    m_exp => "exp", f64::exp, true;
    m_exp2 => "exp2", f64::exp2, true;
    m_expm1 => "expm1", f64::exp_m1, true;
    m_log1p => "log1p", f64::ln_1p, false;
    m_fabs => "fabs", f64::abs, false;
}

fn m_degrees(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    Ok(Value::float(
        one_float(vm, a, "degrees")? * (180.0 / std::f64::consts::PI),
    ))
}
fn m_radians(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    Ok(Value::float(
        one_float(vm, a, "radians")? * (std::f64::consts::PI / 180.0),
    ))
}

/// CPython's `loghelper`: `func(x)` for anything that converts to a float; an int too
/// big for a float is split as `m * 2**e` and logged as `func(m) + func(2) * e`.
fn log_helper(vm: &Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if !b.is_positive() {
            return Err(domain());
        }
        let x = b.to_f64().unwrap_or(f64::INFINITY);
        if x.is_finite() {
            return Ok(func(x));
        }
        // Keep the top 64 bits: m = top / 2**64 lies in [0.5, 1).
        let bits = b.bits();
        let shift = bits - 64;
        let top = (&**b >> shift).to_f64().unwrap_or(f64::INFINITY);
        let m = top / 2f64.powi(64);
        return Ok(func(m) + func(2.0) * (shift + 64) as f64);
    }
    let x = real(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(func(x))
}

fn m_log(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("log")?;
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let x = log_helper(vm, &a.pos[0], f64::ln)?;
    match a.pos.get(1) {
        None => Ok(Value::float(x)),
        Some(b) => {
            let lb = log_helper(vm, b, f64::ln)?;
            if lb == 0.0 {
                return Err(super::exceptions::zero_division("float division by zero"));
            }
            Ok(Value::float(x / lb))
        }
    }
}

fn m_log2(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("math.log2", 1, 1)?;
    Ok(Value::float(log_helper(vm, &a.pos[0], f64::log2)?))
}

fn m_log10(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("math.log10", 1, 1)?;
    Ok(Value::float(log_helper(vm, &a.pos[0], f64::log10)?))
}

fn int_result(vm: &Vm, a: &Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    a.check(name, 1, 1)?;
    match &a.pos[0] {
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        v => {
            let x = real(vm, v)?;
            Ok(Value::from_bigint(
                numeric::float_to_bigint(f(x)).map_err(ops::num_err)?,
            ))
        }
    }
}

fn m_floor(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    int_result(vm, a, "math.floor", f64::floor)
}
fn m_ceil(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    int_result(vm, a, "math.ceil", f64::ceil)
}
fn m_trunc(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("math.trunc", 1, 1)?;
    if !matches!(
        a.pos[0],
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
    ) {
        return Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            type_name(vm, &a.pos[0])
        )));
    }
    int_result(vm, a, "math.trunc", f64::trunc)
}

fn m_isnan(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    Ok(Value::bool(one_float(vm, a, "isnan")?.is_nan()))
}
fn m_isinf(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    Ok(Value::bool(one_float(vm, a, "isinf")?.is_infinite()))
}
fn m_isfinite(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    Ok(Value::bool(one_float(vm, a, "isfinite")?.is_finite()))
}

fn m_atan2(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let (y, x) = two_floats(vm, a, "atan2")?;
    Ok(Value::float(y.atan2(x)))
}

fn m_copysign(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, a, "copysign")?;
    Ok(Value::float(x.copysign(y)))
}

/// CPython's `math.fmod`: C `fmod`, with `fmod(x, ±inf) == x` for finite `x`.
fn m_fmod(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, a, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::float(r))
}

fn m_modf(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let x = one_float(vm, a, "modf")?;
    let (frac, int) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(Value::tuple(vec![Value::float(frac), Value::float(int)]))
}

/// `2**e` as a float, for `e` in the range of finite powers (subnormals included).
fn pow2(e: i64) -> f64 {
    if e > 1023 {
        f64::INFINITY
    } else if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else if e >= -1074 {
        f64::from_bits(1u64 << (e + 1074))
    } else {
        0.0
    }
}

/// C `frexp` for finite nonzero `x`: `(m, e)` with `x == m * 2**e`, `0.5 <= |m| < 1`.
fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * pow2(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

fn m_frexp(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let x = one_float(vm, a, "frexp")?;
    let (m, e) = frexp(x);
    Ok(Value::tuple(vec![Value::float(m), Value::Int(e)]))
}

/// `x * 2**e`, correctly rounded like C `ldexp` (also into the subnormal range).
fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, me) = frexp(x);
    let mut n = me.saturating_add(e);
    if n > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if n < -1100 {
        return 0f64.copysign(x);
    }
    let mut y = m;
    if n > 1023 {
        y *= 2.0;
        n -= 1;
    }
    if n < -1022 {
        // Exact: y stays normal. The final product then rounds once.
        y *= pow2(-969);
        n += 969;
    }
    y * pow2(n)
}

fn m_ldexp(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("math.ldexp")?;
    a.check("ldexp", 2, 2)?;
    let x = real(vm, &a.pos[0])?;
    let e = match &a.pos[1] {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        Value::BigInt(b) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => {
            return Err(type_error("Expected an int as second argument to ldexp."));
        }
    };
    let r = ldexp(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(Value::float(r))
}

fn m_pow(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, a, "pow")?;
    if !x.is_finite() || !y.is_finite() {
        // IEEE specials as CPython handles them itself.
        let r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
        return Ok(Value::float(r));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain() } else { range_err() });
    }
    Ok(Value::float(r))
}

fn big_int_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(v.to_bigint().unwrap_or_default()),
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(vm, v)
        ))),
    }
}

fn m_gcd(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("math.gcd")?;
    let mut g = BigInt::zero();
    for v in a.pos.iter() {
        g = g.gcd(&big_int_arg(vm, v)?);
    }
    Ok(Value::from_bigint(g))
}

fn m_lcm(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("math.lcm")?;
    let mut l = BigInt::from(1);
    for v in a.pos.iter() {
        let x = big_int_arg(vm, v)?;
        if l.is_zero() || x.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&x);
    }
    Ok(Value::from_bigint(l.abs()))
}

fn m_isqrt(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("math.isqrt", 1, 1)?;
    let n = big_int_arg(vm, &a.pos[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

/// CPython 3.11's `vector_norm`: the Euclidean norm of non-negative finite `vec`
/// whose largest entry is `max`, scaled by a power of two, summed with compensated
/// (Neumaier) sums of the exact squares (Dekker split) and finished with one
/// Newton-style correction of the square root.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134_217_729.0; // 2**27 + 1
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    // Adds `x` to `csum` (|csum| >= |x| always holds), keeping the lost low bits.
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    if max_e >= -1023 {
        let scale = pow2(-max_e);
        let mut frac2 = 0.0f64;
        let mut frac3 = 0.0f64;
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            add(&mut csum, &mut frac1, hi * hi);
            add(&mut csum, &mut frac2, 2.0 * hi * lo);
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        add(&mut csum, &mut frac1, -hi * hi);
        add(&mut csum, &mut frac2, -2.0 * hi * lo);
        add(&mut csum, &mut frac3, -lo * lo);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // ldexp(1.0, -max_e) would overflow: divide by max instead.
    for &v in vec {
        let x = v / max;
        add(&mut csum, &mut frac1, x * x);
    }
    max * (csum - 1.0 + frac1).sqrt()
}

/// Absolute values of `xs`, their maximum and whether one is a NaN.
fn norm_input(xs: impl Iterator<Item = f64>) -> (Vec<f64>, f64, bool) {
    let mut max = 0.0f64;
    let mut found_nan = false;
    let v: Vec<f64> = xs
        .map(|x| {
            let x = x.abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            x
        })
        .collect();
    (v, max, found_nan)
}

fn m_hypot(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("math.hypot")?;
    let mut xs = Vec::with_capacity(a.pos.len());
    for v in a.pos.iter() {
        xs.push(real(vm, v)?);
    }
    let (v, max, nan) = norm_input(xs.into_iter());
    Ok(Value::float(vector_norm(&v, max, nan)))
}

fn m_dist(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("math.dist")?;
    a.check("dist", 2, 2)?;
    let p = ops::collect_iterable(vm, &a.pos[0])?;
    let q = ops::collect_iterable(vm, &a.pos[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(q.iter()) {
        let px = real(vm, x)?;
        let qx = real(vm, y)?;
        diffs.push(px - qx);
    }
    let (v, max, nan) = norm_input(diffs.into_iter());
    Ok(Value::float(vector_norm(&v, max, nan)))
}

/// A non-negative-checked int argument that must fit a C `long long`.
fn ll_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    big_int_arg(vm, v)
}

const LLONG_MAX: i64 = i64::MAX;

fn m_factorial(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("math.factorial", 1, 1)?;
    let n = ll_arg(vm, &a.pos[0])?;
    let Some(n) = n.to_i64() else {
        return Err(if n.is_negative() {
            value_error("factorial() not defined for negative values")
        } else {
            overflow_error(format!(
                "factorial() argument should not exceed {LLONG_MAX}"
            ))
        });
    };
    if n < 0 {
        return Err(value_error("factorial() not defined for negative values"));
    }
    Ok(Value::from_bigint(product_range(1, n)))
}

/// `lo * (lo+1) * ... * hi` (1 when empty), multiplied as a balanced tree.
fn product_range(lo: i64, hi: i64) -> BigInt {
    if lo > hi {
        return BigInt::from(1);
    }
    if hi - lo < 16 {
        let mut r = BigInt::from(lo);
        for i in lo + 1..=hi {
            r *= i;
        }
        return r;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn m_comb(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("math.comb")?;
    a.check("comb", 2, 2)?;
    let n = ll_arg(vm, &a.pos[0])?;
    let k = ll_arg(vm, &a.pos[1])?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    let Some(k) = k.to_i64() else {
        return Err(overflow_error(format!(
            "min(n - k, k) must not exceed {LLONG_MAX}"
        )));
    };
    let mut r = BigInt::from(1);
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn m_perm(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("math.perm")?;
    a.check("perm", 1, 2)?;
    let n = ll_arg(vm, &a.pos[0])?;
    let k = match a.pos.get(1) {
        Some(Value::None) | None => n.clone(),
        Some(v) => ll_arg(vm, v)?,
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(overflow_error(format!("k must not exceed {LLONG_MAX}")));
    };
    let mut r = BigInt::from(1);
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}

fn m_isclose(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let rel = match a.take_kw("rel_tol") {
        Some(v) => real(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match a.take_kw("abs_tol") {
        Some(v) => real(vm, &v)?,
        None => 0.0,
    };
    a.finish_kw("isclose")?;
    a.check_clinic("isclose", &["a", "b"], 0, 2, 4)?;
    let (x, y) = two_floats(vm, a, "isclose")?;
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs_tol,
    ))
}

/// CPython's `math.fsum`: Shewchuk's exact partial sums, with its handling of
/// infinities and NaNs among the inputs, `OverflowError` on intermediate
/// overflow and the final half-even correction across partials.
fn m_fsum(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("math.fsum", 1, 1)?;
    let it = ops::get_iter(vm, a.pos[0].clone())?;
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = ops::iter_next(vm, &it)? {
        let mut x = real(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From an inf or nan among the inputs, or from overflow.
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn m_prod(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check_clinic("prod", &["iterable"], 1, 1, 2)?;
    let start = a.take_kw("start").unwrap_or(Value::Int(1));
    a.finish_kw("prod")?;
    a.check("prod", 1, 1)?;
    let items = ops::collect_iterable(vm, &a.pos[0])?;
    let mul = crate::compiler::bytecode::bin_op_index(crate::syntax::ast::BinOp::Mult);
    let mut acc = start;
    for v in items {
        acc = ops::binary_op(vm, mul, acc, v, false)?;
    }
    Ok(acc)
}

// ----- time -----------------------------------------------------------------------------------

fn time_module(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("time");
    register(&m.dict, "perf_counter", t_perf_counter);
    register(&m.dict, "time", t_time);
    register(&m.dict, "monotonic", t_monotonic);
    register(&m.dict, "sleep", t_sleep);
    register(&m.dict, "perf_counter_ns", t_perf_counter_ns);
    register(&m.dict, "monotonic_ns", t_monotonic_ns);
    register(&m.dict, "time_ns", t_time_ns);
    m
}

/// Names CPython's versions of the native modules have that firebrand's do not:
/// looking one up is a NotImplementedError naming it, not an AttributeError
/// that would read as the script's mistake.
pub fn missing_from_native_module(module: &str, name: &str) -> bool {
    const MISSING: &[(&str, &[&str])] = &[
        ("heapq", &["merge"]),
        (
            "time",
            &[
                "altzone",
                "asctime",
                "clock_getres",
                "clock_gettime",
                "clock_gettime_ns",
                "clock_settime",
                "clock_settime_ns",
                "ctime",
                "daylight",
                "get_clock_info",
                "gmtime",
                "localtime",
                "mktime",
                "process_time",
                "process_time_ns",
                "pthread_getcpuclockid",
                "strftime",
                "strptime",
                "struct_time",
                "thread_time",
                "thread_time_ns",
                "timezone",
                "tzname",
                "tzset",
            ],
        ),
        (
            "random",
            &["SystemRandom", "getstate", "setstate", "randbytes"],
        ),
        ("Random", &["getstate", "setstate", "randbytes"]),
        (
            "sys",
            &[
                "stdin",
                "path",
                "modules",
                "getsizeof",
                "platform",
                "version",
                "executable",
                "float_info",
                "int_info",
                "exc_info",
                "exception",
                "flags",
                "getrefcount",
                "intern",
                "set_int_max_str_digits",
                "get_int_max_str_digits",
                "settrace",
                "setprofile",
                "implementation",
                "hexversion",
                "api_version",
                "path_hooks",
                "meta_path",
                "builtin_module_names",
                "stdlib_module_names",
                "orig_argv",
                "prefix",
                "exec_prefix",
                "base_prefix",
                "float_repr_style",
                "displayhook",
                "excepthook",
                "getdefaultencoding",
                "getfilesystemencoding",
            ],
        ),
    ];
    MISSING
        .iter()
        .any(|(m, names)| *m == module && names.contains(&name))
}

/// Nanoseconds of `d` as an int value.
fn nanos(d: std::time::Duration) -> Value {
    match i64::try_from(d.as_nanos()) {
        Ok(n) => Value::Int(n),
        Err(_) => Value::BigInt(Rc::new(BigInt::from(d.as_nanos()))),
    }
}

fn t_perf_counter_ns(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("time.perf_counter_ns")?;
    a.check("perf_counter_ns", 0, 0)?;
    Ok(EPOCH.with(|e| nanos(e.elapsed())))
}

fn t_monotonic_ns(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("time.monotonic_ns")?;
    t_perf_counter_ns(vm, a)
}

fn t_time_ns(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("time.time_ns")?;
    a.check("time_ns", 0, 0)?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    Ok(nanos(now))
}

thread_local! {
    static EPOCH: std::time::Instant = std::time::Instant::now();
}

fn t_perf_counter(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("time.perf_counter")?;
    a.check("perf_counter", 0, 0)?;
    Ok(Value::float(EPOCH.with(|e| e.elapsed().as_secs_f64())))
}

/// `time.monotonic()`: the same clock as `perf_counter`, under its own name in
/// the keyword error.
fn t_monotonic(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("time.monotonic")?;
    t_perf_counter(vm, a)
}

fn t_time(_vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("time.time")?;
    a.check("time", 0, 0)?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::float(now))
}

fn t_sleep(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("time.sleep")?;
    a.check("sleep", 1, 1)?;
    let s = float_arg(vm, &a.pos[0], "sleep")?;
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if s.is_finite() {
        std::thread::sleep(std::time::Duration::from_secs_f64(s.min(1e6)));
    }
    Ok(Value::None)
}

/// The `str` of a module name for messages.
pub fn module_name(m: &Module) -> &str {
    let s: &PyStr = &m.name;
    s.as_str()
}
