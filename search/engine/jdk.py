"""Finding a Java for an engine: its own variable, JAVA_HOME, `java` on PATH, or any JDK installed
under /usr/lib/jvm, the first that is new enough and can also compile the launcher (has javac)."""

import os
import re
import shutil
import subprocess
from pathlib import Path


def java_major(home):
    """The feature version of the Java in home (17, 21, 25 ...), or None when there is none."""
    try:
        release = (home / "release").read_text()
        version = re.search(r'^JAVA_VERSION="([^"]+)"', release, re.MULTILINE).group(1)
    except (OSError, AttributeError):
        java = home / "bin" / "java"
        if not os.access(java, os.X_OK):
            return None
        output = subprocess.run([java, "-version"], capture_output=True, text=True).stderr  # noqa: S603
        match = re.search(r'version "([^"]+)"', output)
        if match is None:
            return None
        version = match.group(1)
    parts = version.removeprefix("1.").split(".")
    return int(parts[0]) if parts[0].isdigit() else None


class JavaNotFound(Exception):
    pass


def _candidate_homes(variable):
    """Java homes in order of preference: the engine's own variable, JAVA_HOME, `java` on PATH,
    then every JDK under /usr/lib/jvm, newest first."""
    for name in (variable, "JAVA_HOME"):
        if os.environ.get(name):
            yield Path(os.environ[name])
    on_path = shutil.which("java")
    if on_path:
        yield Path(on_path).resolve().parent.parent
    installed = [path for path in Path("/usr/lib/jvm").glob("*") if path.is_dir() and not path.is_symlink()]
    yield from sorted(installed, key=lambda home: java_major(home) or 0, reverse=True)


def find_jdk(variable, minimum):
    """The first JDK home of Java `minimum` or newer, looking at $variable first."""
    seen = []
    for home in _candidate_homes(variable):
        major = java_major(home)
        seen.append(f"{home} ({major or 'no Java'})")
        if major and major >= minimum and (home / "bin" / "javac").exists():
            return home
    raise JavaNotFound(
        f"a Java {minimum} or newer JDK is needed: set {variable} or JAVA_HOME. "
        f"Looked at: {', '.join(seen) or 'nothing'}"
    )
