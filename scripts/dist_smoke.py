"""What a new user does right after `pip install`: run with the Python of a fresh venv holding the built wheel.

    make dist                                       # builds, checks, installs into build/dist-venv, runs this
    build/dist-venv/bin/python scripts/dist_smoke.py

Each step uses only the installed package (this file's folder holds no `pachca_client`): the fake Pachca
served as documented (`python -m pachca_client.testing`) and called once through the installed client, the
`pachca` command, and the bundled bots of the sandbox by name (`python -m pachca_client.bot echo`, `form`),
fed the lines a person would type. Every subprocess has a timeout; the first failure raises with its output.
"""

from __future__ import annotations

import importlib
import os
import queue
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

TIMEOUT = 60.0
FORM_LINES = ["/feedback", "!click feedback", "!submit name=Vera 'email=v@example.com'"]


def _env() -> dict[str, str]:
    drop = {"PYTHONPATH", "PACHCA_TOKEN", "PACHCA_BASE_URL", "PACHCA_SIGNING_SECRET"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def run(args: list[str], lines: list[str] | None = None) -> str:
    """Run `args` to the end (stdin: `lines`); return stdout, or raise with everything it printed."""
    done = subprocess.run(
        args,
        input="".join(f"{line}\n" for line in lines or []),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=_env(),
        check=False,
    )
    if done.returncode != 0 or done.stderr.strip():
        raise AssertionError(f"{' '.join(args)}: exit {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done.stdout


def _lines_of(stream: IO[str], into: queue.Queue[str | None]) -> None:
    for line in stream:
        into.put(line.rstrip("\n"))
    into.put(None)


def installed() -> Any:
    """The installed package, imported when run (scripts/ is type-checked without it on its path)."""
    return importlib.import_module("pachca_client")


def check_installed() -> Path:
    pachca_client = installed()
    location = Path(pachca_client.__file__).resolve()
    if not location.is_relative_to(Path(sys.prefix).resolve()):
        raise AssertionError(f"pachca_client comes from {location}, not from the venv {sys.prefix}")
    print(f"ok: pachca_client {pachca_client.__version__} installed at {location.parent}")
    return location.parent


def check_fake_server() -> None:
    """`python -m pachca_client.testing --port 0`, one call through the installed client, then SIGTERM."""
    Pachca = installed().Pachca

    run([sys.executable, "-m", "pachca_client.testing", "--help"])
    server = subprocess.Popen(
        [sys.executable, "-m", "pachca_client.testing", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert server.stdout is not None and server.stderr is not None
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_lines_of, args=(server.stdout, lines), daemon=True).start()
    printed: list[str] = []
    try:
        while not printed or printed[-1] != "Ctrl+C stops it.":
            line = lines.get(timeout=TIMEOUT)
            if line is None:
                raise AssertionError("the fake stopped before it was ready:\n" + "\n".join(printed))
            printed.append(line)
        settings = dict(re.findall(r"^\s*(PACHCA_BASE_URL|PACHCA_TOKEN)=(\S+)$", "\n".join(printed), re.M))
        with Pachca(settings["PACHCA_TOKEN"], base_url=settings["PACHCA_BASE_URL"]) as pachca:
            me = pachca.profile.get_profile()
            chats = [chat.name for chat in pachca.chats.list_chats_iter()]
        if not chats:
            raise AssertionError("the seeded fake lists no chats")
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=TIMEOUT)
        while (line := lines.get(timeout=TIMEOUT)) is not None:  # the reader ends with the process's stdout
            printed.append(line)
        errors = server.stderr.read()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    if server.returncode != 0 or printed[-1] != "stopped." or errors.strip():
        raise AssertionError(f"the fake did not stop cleanly: exit {server.returncode}\n" + "\n".join(printed) + errors)
    print(f"ok: the fake served {settings['PACHCA_BASE_URL']}; profile {me.first_name}, chats {', '.join(chats)}")


def check_command_line() -> None:
    command = Path(sys.executable).with_name("pachca.exe" if os.name == "nt" else "pachca")
    out = run([str(command), "--help"])
    if "messages" not in out:
        raise AssertionError(f"`pachca --help` names no `messages` resource:\n{out}")
    print("ok: the `pachca` command answers --help")


def check_bot_sandbox(package: Path) -> None:
    listed = run([sys.executable, "-m", "pachca_client.bot", "--list"])
    examples = dict(line.split(None, 1) for line in listed.splitlines())
    for name in ("echo", "form"):
        if not Path(examples.get(name, "")).is_relative_to(package):
            raise AssertionError(f"the bundled example {name!r} is not installed with the package:\n{listed}")
    echo = run([sys.executable, "-m", "pachca_client.bot", "echo"], ["hello"])
    if echo.splitlines()[1:] != ["bot says: hello"]:
        raise AssertionError(f"the echo bot said:\n{echo}")
    form = run([sys.executable, "-m", "pachca_client.bot", "form", "--via", "poll"], FORM_LINES)
    if (
        "form accepted" not in form.splitlines()
        or "bot says: Thank you, Vera! We will write to v@example.com." not in form
    ):
        raise AssertionError(f"the form bot said:\n{form}")
    print(f"ok: the bot sandbox ran the bundled examples {', '.join(examples)}")


def main() -> int:
    package = check_installed()
    check_fake_server()
    check_command_line()
    check_bot_sandbox(package)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
