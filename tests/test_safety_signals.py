"""Issue 15, signals: Ctrl-C and SIGTERM stop a run cleanly and fast, whatever it is doing.

The interface these tests fix (the fix follows it):

* SIGINT (sent to the whole process group, as a terminal's Ctrl-C does) ends the run with exit
  130, SIGTERM (to the main process, as ``kill PID`` does) with exit 143, within a couple of
  seconds (the suite allows ``EXIT_WITHIN`` seconds on a loaded machine;
  ``benchmarks/signals.py`` checks 2 s), with at most one ``papercorpus: ...`` line on stderr
  and nothing else: no worker tracebacks, no ``Process ForkPoolWorker-N:`` lines.
* Afterwards no process of the run is alive, no temp output (``.NAME.*.tmp``) and no spill
  directory (``papercorpus-*`` in ``$TMPDIR``) is left, and the old output is intact.
* When the main process is killed outright (SIGKILL), its workers notice and exit silently
  within 2 s (temp files and spill may stay: nothing can remove them then).

Each test runs a few trials at seeded random moments after the run has begun (its spill
directory appeared); ``benchmarks/signals.py`` runs many more. The old output is a complete
earlier run of the same command, so "intact" means: those bytes, whatever the moment.
"""

from __future__ import annotations

import random
import shutil
import signal

import pytest

from .safety_tools import digest, write_corpus
from .signal_trials import reference_run, signal_trial

EXIT_WITHIN = 5.0  # a hang detector on a shared machine, not a timing assert
SEED = 15


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    """Four input files (~2.5 MB) and the complete output of cleaning them, with the duration
    of that run."""
    root = tmp_path_factory.mktemp("signals")
    work = root / "work"
    (work / "in").mkdir(parents=True)
    for i in range(4):
        write_corpus(work / "in" / f"part{i}.jsonl", records=600, seed=100 + i)
    args = ["clean", "in", "-o", "out.jsonl", "-j", "2", "-q"]
    ready, wall = reference_run(args, cwd=work)
    shutil.copy(work / "out.jsonl", root / "reference.jsonl")
    return work, args, digest(work / "out.jsonl"), ready, wall


def _trials(setup, sig: signal.Signals, n: int, seed: int) -> list[str]:
    work, args, expected, ready, wall = setup
    rng = random.Random(seed)
    span = max(0.05, 0.8 * (wall - ready))
    failures = []
    for k in range(n):
        delay = rng.uniform(0.0, span)
        trial = signal_trial(args, cwd=work, output=work / "out.jsonl", expected=expected,
                             sig=sig, delay=delay, exit_within=EXIT_WITHIN)  # fmt: skip
        problems = trial.problems(EXIT_WITHIN)
        if problems:
            failures.append(f"trial {k} ({sig.name} at +{delay:.2f} s): " + "; ".join(problems))
        if (work / "out.jsonl").exists() and not trial.output_intact:
            shutil.copy(work.parent / "reference.jsonl", work / "out.jsonl")
    return failures


def test_ctrl_c_stops_cleanly(setup):
    failures = _trials(setup, signal.SIGINT, n=2, seed=SEED)
    assert not failures, "\n".join(failures)


def test_sigterm_stops_cleanly(setup):
    failures = _trials(setup, signal.SIGTERM, n=1, seed=SEED + 1)
    assert not failures, "\n".join(failures)


def test_workers_exit_when_the_main_process_dies(setup):
    failures = _trials(setup, signal.SIGKILL, n=1, seed=SEED + 2)
    assert not failures, "\n".join(failures)


def test_reference_output_is_complete(setup):
    work, _, _, _, _ = setup
    ref = (work.parent / "reference.jsonl").read_bytes()
    assert len(ref.splitlines()) == 2400
