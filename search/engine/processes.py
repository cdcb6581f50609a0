"""What Linux's /proc tells about the engine's processes: their arguments, whether one has really
exited, which processes match a node, and who holds a file lock. `nodes.py` builds on it."""

import os
import signal
import time
from pathlib import Path

PROC = Path("/proc")
POLL_SECONDS = 0.1


def cmdline(pid):
    """The process's arguments, or None when it has gone.

    The list is empty for a zombie, and also for a moment after a fork: Python's subprocess
    (vfork) goes on as soon as the kernel has swapped in the new program, before it has laid
    out that program's arguments, so a just-started process can show none yet.
    """
    try:
        return [arg for arg in (PROC / str(pid) / "cmdline").read_bytes().split(b"\0") if arg]
    except OSError:
        return None


def _state_and_threads(pid):
    """(state letter, number of threads) from /proc/<pid>/stat, or None when it has gone."""
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    # The command name in parentheses may hold spaces; the fields after it are fixed.
    fields = stat.rsplit(")", 1)[1].split()
    return fields[0], int(fields[17])


def is_alive(pid):
    """True while pid runs.

    A zombie (exited, not yet reaped by its parent, which for a node is whatever adopted it)
    has released its ports and locks and does not count, unless some of its threads are
    still exiting.
    """
    try:
        reaped, _ = os.waitpid(pid, os.WNOHANG)
        if reaped == pid:
            return False
    except ChildProcessError:
        pass
    found = _state_and_threads(pid)
    if found is None:
        return False
    state, threads = found
    return state not in ("Z", "X") or threads > 1


def wait_gone(pid, timeout):
    """Wait until pid has exited; False when it still runs after timeout seconds."""
    deadline = time.monotonic() + timeout
    while is_alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(POLL_SECONDS)
    return True


def wait_for_arguments(pid, timeout):
    """The arguments of a just-started process once the kernel shows them ([] if it shows none
    within timeout seconds), or None when it has exited."""
    deadline = time.monotonic() + timeout
    while is_alive(pid):
        arguments = cmdline(pid)
        if arguments or time.monotonic() > deadline:
            return arguments
        time.sleep(0.01)
    return None


def matching(predicate):
    """The pids of live processes whose arguments satisfy predicate(arguments)."""
    pids = []
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            arguments = cmdline(int(entry.name))
            if arguments and predicate(arguments) and is_alive(int(entry.name)):
                pids.append(int(entry.name))
    return pids


def lock_holders(path):
    """The pids of live processes holding a lock on the file at path (POSIX or flock), per /proc/locks."""
    try:
        status = os.stat(path)
        locks = (PROC / "locks").read_text()
    except OSError:
        return []
    file_id = f"{os.major(status.st_dev):02x}:{os.minor(status.st_dev):02x}:{status.st_ino}"
    holders = set()
    for line in locks.splitlines():
        fields = line.split()
        # "1: POSIX  ADVISORY  WRITE 23147 fe:00:7840877 0 EOF"; a blocked waiter's line has "->".
        if "->" in fields or len(fields) < 6:
            continue
        if fields[5] == file_id and fields[4].isdigit() and is_alive(int(fields[4])):
            holders.add(int(fields[4]))
    return sorted(holders)


def end(pid, grace, kill_timeout):
    """SIGTERM (the node closes cleanly; no grace: SIGKILL at once), SIGKILL if it has not exited
    after `grace` seconds; return False when it still runs `kill_timeout` seconds after SIGKILL."""
    try:
        if grace:
            os.kill(pid, signal.SIGTERM)
            if wait_gone(pid, grace):
                return True
            print(f"  pid {pid} ignored SIGTERM for {grace} s; killing it", flush=True)
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return True
    return wait_gone(pid, kill_timeout)


def describe(pid):
    """The start of the process's command line, to name it in a message."""
    return b" ".join(cmdline(pid) or [b"(gone)"])[:160].decode(errors="replace")
