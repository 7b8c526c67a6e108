"""Start the real `hotline run` process against a Bot API root (the demo, e2e tests, benchmarks)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path


class BotProcess:
    """One `python -m bot run` child process with its own environment and log file."""

    def __init__(self, *, token: str, api_root: str, database_url: str, workdir: Path,
                 framework: str = "ptb", config: Path | None = None,
                 extra_env: Mapping[str, str] | None = None) -> None:
        self.workdir = Path(workdir)
        self.log_path = self.workdir / f"bot-{framework}.log"
        self.framework = framework
        self.env = {**os.environ, "HOTLINE_TOKEN": token, "HOTLINE_TELEGRAM_API": api_root,
                    "HOTLINE_DB": database_url, "HOTLINE_SECRET_KEY": "sandbox-secret-key",
                    "PYTHONUNBUFFERED": "1", **(extra_env or {})}
        if config is not None:
            self.env["HOTLINE_CONFIG"] = str(config)
        self.process: subprocess.Popen | None = None
        self.started_at = 0.0

    def start(self, ready: Callable[[], bool] | None = None, timeout: float = 60.0) -> BotProcess:
        """Launch; if `ready` is given, wait until it says the bot is polling."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.started_at = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run", "--framework", self.framework],
            cwd=self.workdir, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        if ready is not None:
            self.wait_until(ready, timeout)
        return self

    def wait_until(self, condition: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"bot exited with {self.process.returncode}:\n{self.logs()[-3000:]}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"bot not ready in {timeout}s:\n{self.logs()[-3000:]}")
            time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL: the crash the bot must survive."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def logs(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def __enter__(self) -> BotProcess:
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()
