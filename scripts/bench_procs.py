"""Find the server processes by port and read their memory, CPU time and threads from /proc.

``bot.harness`` yields URLs, not processes, so the bench finds each server by
the TCP port it listens on. Linux only (the bench machine); psutil is not a
dependency of the project.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
_LISTEN = "0A"
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass(frozen=True)
class ProcessStats:
    """One process tree (a server and any children), summed.

    Attributes:
        pids: the processes counted.
        rss_mb: resident memory now.
        peak_rss_mb: sum of each process's peak resident memory (VmHWM).
        cpu_seconds: user + system CPU time used so far.
        threads: OS threads.
    """

    pids: tuple[int, ...]
    rss_mb: float
    peak_rss_mb: float
    cpu_seconds: float
    threads: int


def listening_inodes(port: int, proc: Path = PROC) -> set[str]:
    """Socket inodes listening on TCP ``port`` (IPv4 or IPv6)."""
    inodes = set()
    for table in ("net/tcp", "net/tcp6"):
        path = proc / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) < 10:
                continue
            local, state, inode = fields[1], fields[3], fields[9]
            if state == _LISTEN and int(local.rsplit(":", 1)[1], 16) == port:
                inodes.add(inode)
    return inodes


def pid_listening_on(port: int, proc: Path = PROC) -> int | None:
    """The process that owns the listening socket on ``port``, or None."""
    targets = {f"socket:[{inode}]" for inode in listening_inodes(port, proc)}
    if not targets:
        return None
    owners = []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            for fd in (entry / "fd").iterdir():
                if os.readlink(fd) in targets:
                    owners.append(int(entry.name))
                    break
        except OSError:  # gone, or not ours to read
            continue
    return min(owners) if owners else None  # forked workers share the socket; the parent is oldest


def _stat_fields(pid: int, proc: Path) -> list[str]:
    raw = (proc / str(pid) / "stat").read_text()
    return raw[raw.rindex(")") + 2 :].split()  # fields from "state" on; the name may hold spaces


def descendants(pid: int, proc: Path = PROC) -> list[int]:
    """``pid`` and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in proc.iterdir():
        if entry.name.isdigit():
            try:
                parent = int(_stat_fields(int(entry.name), proc)[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def _status_kb(pid: int, key: str, proc: Path) -> int:
    for line in (proc / str(pid) / "status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def process_stats(pid: int, proc: Path = PROC) -> ProcessStats:
    """Memory, CPU time and threads of ``pid`` and its children, now."""
    pids, rss, peak, cpu, threads = [], 0, 0, 0.0, 0
    for member in descendants(pid, proc):
        try:
            fields = _stat_fields(member, proc)
            rss += _status_kb(member, "VmRSS", proc)
            peak += _status_kb(member, "VmHWM", proc)
            threads += _status_kb(member, "Threads", proc)
            cpu += (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS  # utime, stime
            pids.append(member)
        except (OSError, ValueError, IndexError):
            continue
    return ProcessStats(tuple(pids), rss / 1024, peak / 1024, cpu, threads)
