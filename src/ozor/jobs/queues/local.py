"""In-process queue: a dispatcher thread claims jobs from the database and runs them in child
processes, so CPU-heavy work never competes with the API's threads for the GIL."""

from __future__ import annotations

import contextlib
import functools
import logging
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor

from ozor.config import Settings
from ozor.db import Database
from ozor.jobs import runner, service
from ozor.jobs.context import Handlers

log = logging.getLogger(__name__)
POLL_SEC = 0.5
SWEEP_SEC = 10.0

JOB_NICENESS = 10
_worker: runner.Worker | None = None  # the pool process's own, built by its initializer


def _start_worker(settings: Settings, handlers: Handlers) -> None:
    """Pool initializer. Each worker leads its own process group, so stopping it also stops the
    processes a job started (a render's chunk workers) instead of orphaning them. Jobs run at a lower
    CPU priority (inherited by those processes): the API answering polls comes first, a render only
    takes longer."""
    global _worker
    os.setpgrp()
    os.nice(JOB_NICENESS)
    _worker = runner.Worker(settings, handlers)


def _run(job_id: str) -> list[str]:
    """Runs in a pool process; returns the jobs this one created, for the dispatcher to start."""
    assert _worker is not None
    created: list[str] = []
    _worker.execute(job_id, created.append)
    return created


class LocalQueue:
    def __init__(self, settings: Settings, db: Database, handlers: Handlers):
        self.settings = settings
        self.db = db
        self.handlers = handlers
        self.slots = max(1, settings.workers)
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._running: set[str] = set()
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        ctx = multiprocessing.get_context("forkserver")
        # Preloading the handlers' modules (the whole domain) makes each worker start warm.
        ctx.set_forkserver_preload(sorted({type(h).__module__ for h in self.handlers.values()}))
        self._pool = ProcessPoolExecutor(
            max_workers=self.slots,
            mp_context=ctx,
            initializer=_start_worker,
            initargs=(self.settings, self.handlers),
        )
        runner.sweep(self.db, self.handlers, self.settings.job_max_attempts)
        self._thread = threading.Thread(target=self._dispatch, name="ozor-dispatcher", daemon=True)
        self._thread.start()

    def submit(self, job_id: str) -> None:
        self._wake.set()

    def stop(self) -> None:
        """Stop promptly: end the worker processes and put their jobs back in the queue, so the
        next start runs them again at once (their credit holds stay; nothing is charged twice)."""
        self._stopping.set()
        self._wake.set()
        if self._thread:
            self._thread.join(timeout=10)
        with self._lock:
            interrupted = list(self._running)
        if self._pool:
            processes = list(getattr(self._pool, "_processes", {}).values())
            self._pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
            for process in processes:
                process.join(timeout=10)
        for job_id in interrupted:
            with self.db.session() as session:
                service.requeue(session, job_id)

    def idle(self) -> bool:
        with self._lock:
            return not self._running

    def _dispatch(self) -> None:
        last_sweep = time.monotonic()
        while not self._stopping.is_set():
            self._wake.wait(POLL_SEC)
            self._wake.clear()
            try:
                if time.monotonic() - last_sweep > SWEEP_SEC:
                    runner.sweep(self.db, self.handlers, self.settings.job_max_attempts)
                    last_sweep = time.monotonic()
                self._fill_slots()
            except Exception:  # the dispatcher must outlive a database hiccup
                log.exception("job dispatcher error")

    def _fill_slots(self) -> None:
        with self._lock:
            free = self.slots - len(self._running)
        if free <= 0:
            return
        with self.db.reader() as session:
            candidates = service.claimable(session, limit=free)
        for job_id in candidates:
            with self.db.session() as session:
                if not service.claim(session, job_id, self.settings.job_lease_sec):
                    continue
            with self._lock:
                self._running.add(job_id)
            assert self._pool is not None
            future = self._pool.submit(_run, job_id)
            future.add_done_callback(functools.partial(self._finished, job_id))

    def _finished(self, job_id: str, future: Future[list[str]]) -> None:
        with self._lock:
            self._running.discard(job_id)
        error = None if future.cancelled() else future.exception()
        # The slot is free and the jobs it created are committed: wake the dispatcher either way.
        if error is not None and not self._stopping.is_set():
            # the child died (killed, out of memory) while we run: the job must not hang
            log.error("job %s: worker process failed: %r", job_id, error)
            runner.settle_failure(
                self.db, self.handlers, job_id, "The worker running this job stopped unexpectedly."
            )
        for created in [] if error is not None or future.cancelled() else future.result():
            self.submit(created)
        self._wake.set()
