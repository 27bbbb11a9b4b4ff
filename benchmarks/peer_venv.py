"""The peers' own virtual environment: created once beside the project's (never in its
dependencies), the peers' packages installed into it at pinned versions, and which peer can
run from it (a peer that cannot is skipped with the reason, not failed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from child_runs import log

__all__ = ["PEER_PACKAGES", "PEER_VENV", "ensure_peer_venv", "package_versions"]

PEER_VENV = Path("/tmp/papercorpus-peers-venv")
PEER_PACKAGES = ("rensa==0.5.0", "datasketch==2.0.0", "numpy", "xxhash", "text-dedup==0.4.0")


def ensure_peer_venv(venv: Path) -> tuple[Path, dict[str, str]]:
    """The peers' Python, and for each peer the reason it cannot run ("" when it can)."""
    python = venv / "bin" / "python"
    if not python.exists():
        log(f"creating {venv} and installing {' '.join(PEER_PACKAGES)} (once) ...")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        res = subprocess.run(
            [str(python), "-m", "pip", "install", "-q", *PEER_PACKAGES],
            capture_output=True,
            text=True,
            check=False,
        )
        if res.returncode:
            log(f"pip install failed: {res.stderr.strip()[-500:]}")
            # Install what can be installed, one package at a time.
            for pkg in PEER_PACKAGES:
                subprocess.run(
                    [str(python), "-m", "pip", "install", "-q", pkg],
                    capture_output=True,
                    check=False,
                )
    reasons = {}
    modules = {
        "rensa": "rensa",
        "datasketch": "datasketch",
        "numpy": "numpy",
        "text-dedup": "text_dedup.minhash",
    }
    for peer, module in modules.items():
        res = (
            subprocess.run(
                [str(python), "-c", f"import numpy, {module}"],
                capture_output=True,
                text=True,
                check=False,
            )
            if python.exists()
            else None
        )
        if res is None or res.returncode:
            err = res.stderr.strip().splitlines()[-1] if res and res.stderr.strip() else ""
            reasons[peer] = f"not importable from {venv} ({err or 'no venv'})"
        else:
            reasons[peer] = ""
    return python, reasons


def package_versions(python: Path) -> str:
    code = (
        "import importlib.metadata as m\n"
        "print(', '.join(f'{p} {m.version(p)}' for p in "
        "('rensa', 'datasketch', 'numpy', 'text-dedup') if __import__('importlib.util')"
        ".util.find_spec(p.replace('-', '_'))))"
    )
    res = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=False)
    return res.stdout.strip()
