"""The command line as a real subprocess (`python -m barnearket ...`), for tests that need a new Python
(start-up, the user's folders read afresh, exit codes as the shell sees them)."""

from __future__ import annotations

import os
import subprocess
import sys

TIMEOUT = 90


def start(*args: str, stdin: str = "") -> subprocess.Popen[str]:
    """Start `python -m barnearket ARGS` with its standard input already written and closed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "barnearket", *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdin is not None
    proc.stdin.write(stdin)
    proc.stdin.close()
    return proc


def finish(proc: subprocess.Popen[str]) -> subprocess.CompletedProcess[str]:
    """Wait for a started command; a traceback on stderr is always a failure."""
    assert proc.stdout is not None and proc.stderr is not None
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    code = proc.wait(timeout=TIMEOUT)
    assert "Traceback" not in err and "Error:" not in err, err
    return subprocess.CompletedProcess(proc.args, code, out, err)


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run one command to the end."""
    return finish(start(*args, stdin=stdin))


def lines(*secrets: str) -> str:
    """Secrets one per line, as `--passphrase-stdin` reads them."""
    return "".join(f"{s}\n" for s in secrets)
