#!/usr/bin/env python3
"""Regenerate expected outputs for the differential test corpus.

For every tests/scripts/**/*.py and tests/programs/**/*.py (helper modules named _*.py are skipped) this runs
`python3 script.py` with cwd = the script's directory, a 60 s timeout and
PYTHONHASHSEED=0, and writes:

  name.out  -- the exact stdout bytes of the run
  name.err  -- only when the exit status is non-zero: exactly two lines,
               the exit status and the LAST line of stderr, e.g.
                   1
                   ZeroDivisionError: division by zero
               A stale name.err is removed when the script exits with status 0.

Usage:
  python3 tests/gen_expected.py              # regenerate everything
  python3 tests/gen_expected.py A.py B/ ...  # only these scripts (or dirs)
"""
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = HERE / "scripts"
PROGRAMS = HERE / "programs"
TIMEOUT = 60


def collect(args):
    if not args:
        return sorted(
            p
            for root in (SCRIPTS, PROGRAMS)
            for p in root.rglob("*.py")
            if not p.name.startswith("_")
        )
    out = []
    for a in args:
        p = Path(a).resolve()
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*.py") if not q.name.startswith("_")))
        elif p.suffix == ".py" and p.exists():
            if p.name.startswith("_"):
                print(f"skip helper module {p}", file=sys.stderr)
            else:
                out.append(p)
        else:
            sys.exit(f"not a script: {a}")
    return out


def env():
    e = dict(os.environ)
    e["PYTHONHASHSEED"] = "0"
    e["PYTHONDONTWRITEBYTECODE"] = "1"  # keep __pycache__ out of tests/scripts
    e["PYTHONIOENCODING"] = "utf-8"
    e.pop("PYTHONSTARTUP", None)
    e.pop("PYTHONPATH", None)
    return e


def run(script):
    try:
        proc = subprocess.run(
            ["python3", script.name],
            cwd=script.parent,
            env=env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        print(f"TIMEOUT {script}", file=sys.stderr)
        return False
    script.with_suffix(".out").write_bytes(proc.stdout)
    err = script.with_suffix(".err")
    if proc.returncode != 0:
        lines = proc.stderr.decode("utf-8", "replace").splitlines()
        last = lines[-1] if lines else ""
        err.write_text(f"{proc.returncode}\n{last}\n", encoding="utf-8")
    elif err.exists():
        err.unlink()
    return True


def main():
    scripts = collect(sys.argv[1:])
    failed = 0
    n_err = 0
    for s in scripts:
        if not run(s):
            failed += 1
        elif s.with_suffix(".err").exists():
            n_err += 1
    print(f"{len(scripts)} scripts, {n_err} with .err, {failed} timed out")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
