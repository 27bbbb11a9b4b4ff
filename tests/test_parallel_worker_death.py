"""A worker process that dies mid-run (the OOM killer's SIGKILL, SIGPIPE on a closed
standard error) stops the run with a one-line error; ``multiprocessing.Pool`` alone would
wait forever for the task it held. Each case runs in a child process with a time limit, so
a regression fails instead of hanging the suite."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from papercorpus.parallel import WorkerDied, Workers

    def kill(x):
        if x == 5:
            os.kill(os.getpid(), signal.SIGKILL)
        return x

    def closed_stderr(x):
        if x == 5:
            read, write = os.pipe()
            os.close(read)
            os.dup2(write, 2)
            os.write(2, b"a warning\\n")  # SIGPIPE: a worker's default
        return x

    fn = {"kill": kill, "closed_stderr": closed_stderr}[sys.argv[1]]
    with Workers(2) as workers:
        try:
            list(workers.map(fn, ((i, i) for i in range(40))))
        except WorkerDied as exc:
            print(exc)
    """
)


@pytest.mark.parametrize(
    "case, said",
    [("kill", "killed by SIGKILL (out of memory?)"),
     ("closed_stderr", "killed by SIGPIPE (standard error closed?)")],
)  # fmt: skip
def test_a_dead_worker_stops_the_run_instead_of_hanging_it(case: str, said: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, case], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"a worker process was {said}; its work is lost and the run stopped\n"


def test_the_cli_tells_it_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    from papercorpus.exits import exit_codes
    from papercorpus.parallel import WorkerDied

    with pytest.raises(SystemExit) as stopped, exit_codes(False, ()):
        raise WorkerDied(-9)
    assert stopped.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error" not in err
    assert "a worker process was killed by SIGKILL (out of memory?)" in err
