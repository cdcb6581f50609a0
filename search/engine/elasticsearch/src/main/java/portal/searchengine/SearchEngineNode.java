package portal.searchengine;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.elasticsearch.cluster.ClusterName;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

/**
 * Runs one Elasticsearch node in the foreground until the process is told to stop (SIGTERM).
 *
 * <p>Used instead of {@code org.elasticsearch.bootstrap.Elasticsearch}, which expects its
 * settings from the distribution's command-line tool on stdin, refuses to run as root (CI runs
 * as root), and installs entitlements (a Java agent and per-module policies) and bootstrap
 * checks that only a packaged distribution satisfies. The node itself is the stock one: it
 * reads {@code elasticsearch.yml} from {@code -Des.path.conf} and loads the modules under
 * {@code <path.home>/modules} in their own class loaders, as in a distribution. The server's
 * jars must be on the module path, as named modules: it looks its own modules up by name.
 *
 * <p>Arguments are {@code key=value} settings that override {@code elasticsearch.yml}.
 */
public final class SearchEngineNode {

    private SearchEngineNode() {}

    public static void main(String[] args) throws Exception {
        LogConfigurator.registerErrorListener();
        // Reading elasticsearch.yml already logs (through Elasticsearch's logging facade), so
        // the facade needs its implementation before the settings are read.
        LogConfigurator.configureESLogging();

        Settings.Builder overrides = Settings.builder().put("path.home", NodeProcess.requiredProperty("es.path.home"));
        NodeProcess.settings(args).forEach(overrides::put);
        Path configDir = Path.of(NodeProcess.requiredProperty("es.path.conf"));
        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            overrides.build(),
            Map.of(),
            configDir,
            () -> "search-engine"
        );
        Settings settings = environment.settings();
        LogConfigurator.setClusterName(ClusterName.CLUSTER_NAME_SETTING.get(settings).value());
        LogConfigurator.setNodeName(Node.NODE_NAME_SETTING.get(settings));
        LogConfigurator.configure(environment, true);
        Logger logger = LogManager.getLogger(SearchEngineNode.class);

        Node node = NodeProcess.create(() -> {
            PluginsLoader plugins = PluginsLoader.createPluginsLoader(
                PluginsLoader.loadModulesBundles(environment.modulesDir(), false),
                PluginsLoader.loadPluginsBundles(environment.pluginsDir(), false),
                Map.of()
            );
            return new Node(environment, plugins);
        }, logger);
        NodeProcess.runUntilStopped(node::start, seconds -> {
            node.prepareForClose();
            node.close();
            return node.awaitClose(seconds, TimeUnit.SECONDS);
        }, logger);
    }
}
