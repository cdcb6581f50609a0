"""How `search/engine/nodes.py` keeps track of a node's process, with a Python stand-in for the
JVM (same arguments, no Java): the pid file names it from the moment `launch` returns, a node
never runs twice, stopping leaves no process behind, and a data lock is waited for or named."""

import importlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.services import free_port

ENGINE_DIR = Path(__file__).resolve().parents[2] / "search" / "engine"
# Sleeps until ended, or holds a lock on the file given as its first argument first.
STAND_IN = (
    "import fcntl, sys, time\n"
    "if sys.argv[1] != '-':\n"
    "    lock = open(sys.argv[1], 'a'); fcntl.lockf(lock, fcntl.LOCK_EX)\n"
    "time.sleep(300)\n"
)


class StandInDistribution:
    """What a Node asks of its distribution, with a command that starts the stand-in."""

    title = "Stand-in"

    def __init__(self, root, main_class):
        self.home = root / "home"
        self.main_class = main_class
        self.home_option = f"-Dstandin.path.home={self.home}"
        self.lock = "-"

    def command(self, java, port, data, logs, tmp, settings=(), heap=None, jvm_options=()):
        node_settings = [f"http.port={port}", f"path.data={data}", *settings]
        return [
            sys.executable,
            "-c",
            STAND_IN,
            self.lock,
            *jvm_options,
            self.home_option,
            self.main_class,
            *node_settings,
        ]


@pytest.fixture
def engine(monkeypatch):
    """The engine scripts' modules, imported as the scripts import each other."""
    monkeypatch.syspath_prepend(str(ENGINE_DIR))
    return importlib.import_module("nodes"), importlib.import_module("processes")


@pytest.fixture
def node(engine, tmp_path, monkeypatch):
    nodes, _ = engine
    monkeypatch.delenv("SEARCH_ENGINE_THROWAWAY", raising=False)
    distribution = StandInDistribution(tmp_path, nodes.MAIN_CLASS)
    node = nodes.Node(distribution, tmp_path / "node-1")
    yield node
    for pid in node.processes():
        os.kill(pid, signal.SIGKILL)


def wait_for_lock_holders(node, pids):
    deadline = time.monotonic() + 10
    while node.lock_holders() != pids and time.monotonic() < deadline:
        time.sleep(0.05)
    return node.lock_holders()


def test_a_launched_node_is_running_at_once(node, tmp_path):
    # Right after a fork the kernel may show no arguments yet; that once dropped the pid file.
    for _ in range(10):
        port = free_port()
        pid = node.launch(tmp_path, port)
        assert node.running() == (pid, port)
        assert node.pid_file.read_text().strip() == str(pid)
        assert node.stop(kill=True) is not None
        assert node.running() is None


def test_a_node_is_found_and_stopped_without_its_pid_file(node, engine, tmp_path):
    _, processes = engine
    port = free_port()
    pid = node.launch(tmp_path, port)
    node.pid_file.unlink()

    assert node.running() == (pid, port)
    assert node.stop() is not None
    assert not processes.is_alive(pid)
    assert node.processes() == []


def test_a_second_launch_of_a_running_node_is_refused(node, engine, tmp_path):
    nodes, _ = engine
    pid = node.launch(tmp_path, free_port())
    node.pid_file.unlink()

    with pytest.raises(nodes.EngineError, match=f"still runs \\(pid {pid}\\)"):
        node.launch(tmp_path, free_port())
    assert node.processes() == [pid]


def test_a_lock_file_left_by_a_dead_process_does_not_stop_a_start(node, tmp_path):
    node.data.mkdir(parents=True)
    (node.data / "node.lock").write_text("")

    pid = node.launch(tmp_path, free_port())

    assert node.running()[0] == pid


def test_a_data_lock_still_held_is_named(node, engine, tmp_path, monkeypatch):
    nodes, _ = engine
    monkeypatch.setattr(nodes, "LOCK_TIMEOUT", 0.5)
    node.data.mkdir(parents=True)
    lock = node.data / "node.lock"
    holder = subprocess.Popen([sys.executable, "-c", STAND_IN, str(lock)])  # noqa: S603
    try:
        assert wait_for_lock_holders(node, [holder.pid]) == [holder.pid]
        with pytest.raises(nodes.EngineError, match=f"still locked by another process .*pid {holder.pid}"):
            node.launch(tmp_path, free_port())
    finally:
        holder.kill()
        holder.wait()
    assert node.processes() == []


def test_a_killed_node_is_started_again_and_takes_its_data_lock_back(node, tmp_path):
    node.distribution.lock = str(node.data / "node.lock")
    node.data.mkdir(parents=True)
    port = free_port()
    first = node.launch(tmp_path, port)
    assert wait_for_lock_holders(node, [first]) == [first]

    node.stop(kill=True)
    second = node.launch(tmp_path, port)

    assert node.running() == (second, port)
    assert wait_for_lock_holders(node, [second]) == [second]


def test_a_throwaway_node_keeps_its_data_in_memory_until_it_is_stopped(engine, tmp_path, monkeypatch):
    nodes, processes = engine
    monkeypatch.setenv("SEARCH_ENGINE_THROWAWAY", "1")
    distribution = StandInDistribution(tmp_path, nodes.MAIN_CLASS)
    node = nodes.Node(distribution, tmp_path / "node-1")
    assert node.data.parent == nodes.MEMORY
    node.data.mkdir()
    pid = node.launch(tmp_path, free_port())
    try:
        arguments = processes.cmdline(pid)
        assert f"path.data={node.data}".encode() in arguments
        assert b"-XX:TieredStopAtLevel=1" in arguments
        assert not (tmp_path / "node-1" / "data").exists()

        # Found and stopped by a script run without the setting, and its data given back.
        monkeypatch.delenv("SEARCH_ENGINE_THROWAWAY")
        later = nodes.Node(distribution, tmp_path / "node-1")
        later.forget_memory_data()
        assert node.data.is_dir()  # not while it runs
        assert later.stop() is not None
        later.forget_memory_data()
        assert not node.data.exists()
    finally:
        for each in node.processes():
            os.kill(each, signal.SIGKILL)
