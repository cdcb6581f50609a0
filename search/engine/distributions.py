"""The two engines `engine.py` and `cluster.py` can run, where each one's files live, and the Java each needs.

Each engine has its own Maven build (search/engine/<name>/pom.xml), configuration and state
folder (var/search-engine/<name>/), so both can run side by side on different ports.
"""

import hashlib
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

ENGINE_DIR = Path(__file__).resolve().parent
REPO_ROOT = ENGINE_DIR.parent.parent
STATE_ROOT = REPO_ROOT / "var" / "search-engine"
SHARED_CONFIG = ENGINE_DIR / "config"
# Java compiled into both engines' launchers (see their pom.xml).
COMMON_SOURCES = ENGINE_DIR / "common" / "src"
MAIN_CLASS = "portal.searchengine.SearchEngineNode"

# What both distributions' jvm.options set, less what only matters in production.
COMMON_JVM_OPTIONS = (
    "-Xms512m",
    "-Xmx1g",
    "-XX:+UseG1GC",
    "-Xss1m",
    "-XX:-OmitStackTraceInFastThrow",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-Djna.nosys=true",
    "-Dio.netty.noUnsafe=true",
    "-Dio.netty.noKeySetOptimization=true",
    "-Dio.netty.recycler.maxCapacityPerThread=0",
    "-Dlog4j.shutdownHookEnabled=false",
    "-Dlog4j2.disable.jmx=true",
)


class EngineError(Exception):
    pass


@dataclass(frozen=True)
class Distribution:
    """One engine: its Maven build, its Java, and how its launcher is started."""

    name: str
    title: str
    minimum_java: int
    java_home_variable: str
    property_prefix: str
    jvm_options: tuple
    # Elasticsearch looks its own Java modules up by name, so its jars go on the module path.
    named_modules: bool
    # `package` where the build makes jars (Elasticsearch's launcher and plugin), else `compile`.
    maven_phase: str
    # How a node finds the others (`discovery.type`) and the setting naming a new cluster's first masters.
    cluster_discovery: str
    initial_masters_setting: str

    @property
    def source(self):
        return ENGINE_DIR / self.name

    @property
    def state(self):
        return STATE_ROOT / self.name

    @property
    def home(self):
        return self.state / "home"

    @property
    def build(self):
        return self.state / "build"

    @property
    def home_option(self):
        """The launcher's system property naming home/, which also tells its nodes apart."""
        return f"-D{self.property_prefix}.path.home={self.home}"

    @property
    def layout_stamp(self):
        return self.home / ".layout-stamp"

    def _sources_digest(self):
        """A digest of what determines home/lib, home/modules and build/: the pom, modules/ and the sources."""
        digest = hashlib.sha256()
        files = [self.source / "pom.xml"]
        for folder in (self.source / "modules", self.source / "src", COMMON_SOURCES):
            files.extend(sorted(path for path in folder.rglob("*") if path.is_file()))
        for path in files:
            digest.update(str(path.relative_to(ENGINE_DIR)).encode() + b"\0")
            digest.update(path.read_bytes())
        return digest.hexdigest()

    def ensure_layout(self, jdk):
        """Run Maven with the JDK when home/ is missing or was laid out from other sources; report whether it ran."""
        digest = self._sources_digest()
        if self.layout_stamp.is_file() and self.layout_stamp.read_text() == digest:
            return False
        mvn = shutil.which("mvn")
        if mvn is None:
            raise EngineError("the first start needs Maven (`mvn`); on Debian: apt-get install maven")
        # Start clean: jars of an older version left beside the new ones would be "jar hell".
        for folder in (self.home / "lib", self.home / "modules", self.build):
            shutil.rmtree(folder, ignore_errors=True)
        self.layout_stamp.unlink(missing_ok=True)

        command = [mvn, "-q", "-B", "-Dstyle.color=never", "-f", str(self.source / "pom.xml")]
        command += [f"-Dengine.home={self.home}", self.maven_phase]
        environment = {**os.environ, "JAVA_HOME": str(jdk)}
        print(f"Laying out {self.title} from Maven artifacts (first start only) ...", flush=True)
        # Offline first: with a warm ~/.m2 that needs no network at all.
        offline = subprocess.run([mvn, "-o", *command[1:]], capture_output=True, text=True, env=environment)  # noqa: S603
        if offline.returncode != 0:
            print("  downloading from Maven Central into the local Maven repository (~/.m2) ...", flush=True)
            online = subprocess.run(command, capture_output=True, text=True, env=environment)  # noqa: S603
            if online.returncode != 0:
                raise EngineError(f"Maven failed:\n{online.stdout}{online.stderr}")
        self.layout_stamp.write_text(digest)
        return True

    def install_config(self):
        """Copy the configuration into home/config on each start, so edits apply and the node reads nothing from git."""
        target = self.home / "config"
        target.mkdir(parents=True, exist_ok=True)
        for folder in (SHARED_CONFIG, self.source / "config"):
            for source in folder.iterdir():
                shutil.copy2(source, target / source.name)

    def command(self, java, port, data, logs, tmp, settings=(), heap=None, jvm_options=()):
        """The node's command line; `settings` (key=value) override the configuration file."""
        options = [
            *COMMON_JVM_OPTIONS,
            # The JVM takes the last heap option given.
            *((f"-Xms{heap}", f"-Xmx{heap}") if heap else ()),
            *self.jvm_options,
            *jvm_options,
            f"-Djava.io.tmpdir={tmp}",
            self.home_option,
            f"-D{self.property_prefix}.path.conf={self.home / 'config'}",
        ]
        if self.named_modules:
            classes = [
                f"--module-path={self.home / 'lib'}",
                "--add-modules=ALL-MODULE-PATH",
                "-cp",
                str(self.build / "launcher.jar"),
            ]
        else:
            classes = ["-cp", f"{self.home / 'lib'}/*{os.pathsep}{self.build / 'classes'}"]
        node_settings = [f"http.port={port}", f"path.data={data}", f"path.logs={logs}", *settings]
        return [java, *options, *classes, MAIN_CLASS, *node_settings]


DISTRIBUTIONS = {
    "elasticsearch": Distribution(
        name="elasticsearch",
        title="Elasticsearch",
        minimum_java=21,
        java_home_variable="ES_JAVA_HOME",
        property_prefix="es",
        jvm_options=(
            "-Djava.locale.providers=CLDR",
            "-Dlog4j2.formatMsgNoLookups=true",
            "-Des.distribution.type=tar",
            # Lucene and the server call native code through the JDK's foreign function API.
            "--enable-native-access=org.elasticsearch.nativeaccess,org.apache.lucene.core",
        ),
        named_modules=True,
        maven_phase="package",
        cluster_discovery="multi-node",
        initial_masters_setting="cluster.initial_master_nodes",
    ),
    "opensearch": Distribution(
        name="opensearch",
        title="OpenSearch",
        minimum_java=17,
        java_home_variable="OPENSEARCH_JAVA_HOME",
        property_prefix="opensearch",
        jvm_options=("-Djava.locale.providers=SPI,COMPAT", "-Dopensearch.distribution.type=tar"),
        named_modules=False,
        maven_phase="compile",
        cluster_discovery="zen",
        initial_masters_setting="cluster.initial_cluster_manager_nodes",
    ),
}
DEFAULT = "elasticsearch"


def selected():
    """The distribution named by $SEARCH_ENGINE (default: elasticsearch)."""
    name = os.environ.get("SEARCH_ENGINE") or DEFAULT
    if name not in DISTRIBUTIONS:
        raise EngineError(f"SEARCH_ENGINE is {name!r}; choose one of {', '.join(DISTRIBUTIONS)}")
    return DISTRIBUTIONS[name]
