//! Generators: resuming a suspended generator frame with a sent value or a
//! thrown exception, `yield from` delegation, and the generator methods
//! `send`, `throw` and `close`.
//!
//! A generator is a `Value::Iter` whose state is [`IterState::Generator`] (a
//! suspended frame, see [`Suspended`]), `GeneratorRunning` while its frame runs,
//! and `GeneratorDone` once it has returned or raised. `YieldValue` suspends the
//! frame; [`Vm::resume_generator`] pushes it back and runs it.
//!
//! `yield from sub` compiles to CPython's loop (`GetYieldFromIter`, then
//! `YieldFromSend` / `YieldValue` / `Jump` back): a sent value goes to `sub` on
//! the next `YieldFromSend`. A thrown exception (or `close()`) reaches `sub`
//! first, here, while the delegating frame stays suspended.
//!
//! Not emulated: CPython closes a generator that is dropped unfinished (its
//! `finally` blocks run then); here they run only if it is closed or finished.

use std::cell::RefCell;
use std::rc::Rc;

use super::Vm;
use crate::compiler::bytecode::Instr;
use crate::runtime::exceptions::{ExcKind, PyErr, PyResult, runtime_error, type_error};
use crate::runtime::iter::{IterState, Suspended};
use crate::runtime::value::{Args, Value};

/// What a resumed generator frame receives.
pub enum GenInput {
    /// The value of the `yield` it stopped at (`None` for `next()`).
    Send(Value),
    /// An exception raised at the `yield` it stopped at.
    Throw(PyErr),
    /// Nothing: continue at the saved offset (after `yield from` finished).
    Continue,
}

/// How a resumed generator frame stopped.
pub enum GenStep {
    /// It yielded the value; the frame is suspended again.
    Yielded(Box<Suspended>, Value),
    /// It returned the value.
    Returned(Value),
}

/// What resuming a generator gave its caller.
pub enum GenOutput {
    /// The next item.
    Yielded(Value),
    /// The generator is finished; its return value.
    Returned(Value),
}

/// `StopIteration(value)`, or a bare `StopIteration` for `None`.
pub fn stop_iteration_with(value: Value) -> PyErr {
    if value.is_none() {
        crate::runtime::exceptions::stop_iteration()
    } else {
        PyErr::with_args(ExcKind::StopIteration, vec![value])
    }
}

/// The generator state behind `v`, if `v` is a generator.
fn generator_cell(v: &Value) -> Option<&Rc<RefCell<IterState>>> {
    match v {
        Value::Iter(cell)
            if matches!(
                &*cell.borrow(),
                IterState::Generator(_)
                    | IterState::GeneratorRunning(_)
                    | IterState::GeneratorDone(_)
            ) =>
        {
            Some(cell)
        }
        _ => None,
    }
}

/// The code of generator `v` (for `__name__` and `__qualname__`).
pub fn generator_code(v: &Value) -> Option<Rc<crate::compiler::CodeObject>> {
    let cell = generator_cell(v)?;
    match &*cell.borrow() {
        IterState::Generator(g) => Some(g.code.clone()),
        IterState::GeneratorRunning(c) | IterState::GeneratorDone(c) => Some(c.clone()),
        _ => None,
    }
}

/// If `g` is suspended inside a `yield from`: the sub-iterator (on top of its
/// saved stack) and the offset where the `yield from` ends.
fn delegating_to(g: &Suspended) -> Option<(Value, usize)> {
    let code = &g.code.plain;
    let (Some(Instr::YieldValue), Some(&Instr::Jump { target })) =
        (code.get(g.pc.checked_sub(1)?), code.get(g.pc))
    else {
        return None;
    };
    let Some(&Instr::YieldFromSend { target: done }) = code.get(target as usize) else {
        return None;
    };
    Some((g.saved.last()?.clone(), done as usize))
}

impl Vm {
    /// Resumes the generator `cell` with `input`; marks it finished when it
    /// returns or raises.
    pub(crate) fn gen_resume(
        &mut self,
        cell: &Rc<RefCell<IterState>>,
        input: GenInput,
    ) -> PyResult<GenOutput> {
        let mut g = {
            let mut st = cell.try_borrow_mut().map_err(|_| {
                crate::runtime::exceptions::value_error("generator already executing")
            })?;
            match &*st {
                IterState::Generator(g) => {
                    let running = IterState::GeneratorRunning(g.code.clone());
                    let IterState::Generator(g) = std::mem::replace(&mut *st, running) else {
                        unreachable!("matched just above")
                    };
                    g
                }
                IterState::GeneratorRunning(_) => {
                    return Err(crate::runtime::exceptions::value_error(
                        "generator already executing",
                    ));
                }
                _ => {
                    return match input {
                        GenInput::Throw(e) => Err(e),
                        _ => Ok(GenOutput::Returned(Value::None)),
                    };
                }
            }
        };
        let code = g.code.clone();
        let finish = |cell: &Rc<RefCell<IterState>>| {
            *cell.borrow_mut() = IterState::GeneratorDone(code.clone());
        };
        let mut input = input;
        if !g.started {
            match input {
                GenInput::Send(ref v) if !v.is_none() => {
                    *cell.borrow_mut() = IterState::Generator(g);
                    return Err(type_error(
                        "can't send non-None value to a just-started generator",
                    ));
                }
                // Thrown in before it started: it ends without running.
                GenInput::Throw(e) => {
                    finish(cell);
                    return Err(e);
                }
                _ => {}
            }
        }
        if let GenInput::Throw(err) = input {
            input = match self.throw_into_yield_from(&mut g, err) {
                Ok(Some(item)) => {
                    // The sub-iterator yielded: this frame stays where it is.
                    *cell.borrow_mut() = IterState::Generator(g);
                    return Ok(GenOutput::Yielded(item));
                }
                Ok(None) => GenInput::Continue,
                Err(err) => GenInput::Throw(err),
            };
        }
        match self.resume_generator(*g, input) {
            Ok(GenStep::Yielded(g, item)) => {
                *cell.borrow_mut() = IterState::Generator(g);
                Ok(GenOutput::Yielded(item))
            }
            Ok(GenStep::Returned(v)) => {
                finish(cell);
                Ok(GenOutput::Returned(v))
            }
            Err(e) => {
                finish(cell);
                Err(e)
            }
        }
    }

    /// A throw into `g` while it is suspended in a `yield from`: the exception
    /// goes to the sub-iterator first. `Ok(Some(item))`: the sub-iterator
    /// yielded (and `g` stays suspended); `Ok(None)`: it returned, and `g` now
    /// continues after the `yield from` with that value; `Err(e)`: raise `e` at
    /// `g`'s `yield` (the thrown exception itself when there is no sub-iterator
    /// or it cannot take a throw).
    fn throw_into_yield_from(
        &mut self,
        g: &mut Suspended,
        err: PyErr,
    ) -> Result<Option<Value>, PyErr> {
        let Some((sub, done)) = delegating_to(g) else {
            return Err(err);
        };
        let Some(sub_cell) = generator_cell(&sub) else {
            // Iterators without `throw` (lists, ranges, ...): raised here.
            return Err(err);
        };
        if err.matches(ExcKind::GeneratorExit) {
            // `close()`: the sub-generator is closed, then this frame gets it.
            self.gen_close(sub_cell)?;
            return Err(err);
        }
        match self.gen_resume(sub_cell, GenInput::Throw(err))? {
            GenOutput::Yielded(item) => Ok(Some(item)),
            GenOutput::Returned(v) => {
                g.saved.pop();
                g.saved.push(v);
                g.pc = done;
                Ok(None)
            }
        }
    }

    /// `yield from`'s step: sends `v` into `sub` (`next()` for `None`).
    pub(crate) fn yield_from_send(&mut self, sub: &Value, v: Value) -> PyResult<GenOutput> {
        if let Some(cell) = generator_cell(sub) {
            return self.gen_resume(cell, GenInput::Send(v));
        }
        if v.is_none() {
            self.generator_return = None;
            return Ok(match crate::runtime::ops::iter_next(self, sub)? {
                Some(item) => GenOutput::Yielded(item),
                None => GenOutput::Returned(self.generator_return.take().unwrap_or(Value::None)),
            });
        }
        let name = Rc::new(crate::runtime::value::PyStr::new("send"));
        let send = crate::runtime::ops::get_attr(self, sub, &name)?;
        match self.call(&send, &[v]) {
            Ok(item) => Ok(GenOutput::Yielded(item)),
            Err(mut e) if e.matches(ExcKind::StopIteration) => {
                let inst = self.materialize(&mut e);
                let value = inst
                    .exc_data()
                    .and_then(|d| d.borrow().args.first().cloned())
                    .unwrap_or(Value::None);
                Ok(GenOutput::Returned(value))
            }
            Err(e) => Err(e),
        }
    }

    /// `gen.close()`: GeneratorExit thrown in at its `yield`; fine if it ends,
    /// a RuntimeError if it yields again.
    fn gen_close(&mut self, cell: &Rc<RefCell<IterState>>) -> PyResult<()> {
        let suspended_started = matches!(&*cell.borrow(), IterState::Generator(g) if g.started);
        if !suspended_started {
            // Not started (or already finished): it just ends.
            let code = match &*cell.borrow() {
                IterState::Generator(g) => Some(g.code.clone()),
                _ => None,
            };
            if let Some(code) = code {
                *cell.borrow_mut() = IterState::GeneratorDone(code);
            }
            return Ok(());
        }
        let exit = PyErr::with_args(ExcKind::GeneratorExit, vec![]);
        match self.gen_resume(cell, GenInput::Throw(exit)) {
            Ok(GenOutput::Yielded(_)) => Err(runtime_error("generator ignored GeneratorExit")),
            Ok(GenOutput::Returned(_)) => Ok(()),
            Err(e) if e.matches(ExcKind::GeneratorExit) || e.matches(ExcKind::StopIteration) => {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

/// The generator `self` of a generator method.
fn receiver<'a>(a: &'a Args, method: &str) -> PyResult<&'a Rc<RefCell<IterState>>> {
    a.pos.first().and_then(generator_cell).ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' for 'generator' objects needs a generator"
        ))
    })
}

/// `gen.send(value)`.
pub fn gen_send(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("send")?;
    if a.pos.len() != 2 {
        return Err(type_error(format!(
            "generator.send() takes exactly one argument ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    }
    let cell = receiver(a, "send")?.clone();
    let v = a.pos[1].clone();
    match vm.gen_resume(&cell, GenInput::Send(v))? {
        GenOutput::Yielded(item) => Ok(item),
        GenOutput::Returned(v) => Err(stop_iteration_with(v)),
    }
}

/// `gen.throw(exc)` / `gen.throw(type, value)`.
pub fn gen_throw(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.no_kwargs("throw")?;
    if !(2..=4).contains(&a.pos.len()) {
        return Err(type_error(format!(
            "throw expected at least 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let cell = receiver(a, "throw")?.clone();
    let typ = a.pos[1].clone();
    let value = a.pos.get(2).cloned().unwrap_or(Value::None);
    let exc = match (&typ, &value) {
        (Value::Class(c), _) if c.is_exception() => {
            let is_instance = matches!(&value, Value::Instance(i) if i.class.is_subclass(c));
            if is_instance {
                value.clone()
            } else {
                let args = if value.is_none() {
                    vec![]
                } else {
                    vec![value.clone()]
                };
                vm.call(&typ, &args)?
            }
        }
        (Value::Instance(i), v) if i.exc_data().is_some() => {
            if !v.is_none() {
                return Err(type_error(
                    "instance exception may not have a separate value",
                ));
            }
            typ.clone()
        }
        _ => {
            return Err(type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                crate::runtime::ops::type_name(vm, &typ)
            )));
        }
    };
    let inst = crate::runtime::class_ops::exception_instance(vm, exc)?;
    let err = PyErr::from_instance(inst);
    match vm.gen_resume(&cell, GenInput::Throw(err))? {
        GenOutput::Yielded(item) => Ok(item),
        GenOutput::Returned(v) => Err(stop_iteration_with(v)),
    }
}

/// `gen.close()`.
pub fn gen_close(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    a.check("close", 1, 1)?;
    let cell = receiver(a, "close")?.clone();
    vm.gen_close(&cell)?;
    Ok(Value::None)
}
