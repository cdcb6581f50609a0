package portal.searchengine;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;

/**
 * Runs one OpenSearch node in the foreground until the process is told to stop (SIGTERM).
 *
 * <p>Used instead of {@code org.opensearch.bootstrap.OpenSearch} because that refuses to run as
 * root (CI runs as root) and installs a security manager that would need each module's policy
 * file. The node itself is the stock one: it reads {@code opensearch.yml} from
 * {@code -Dopensearch.path.conf} and loads the modules under {@code <path.home>/modules} in their
 * own class loaders, so lang-painless gets its extensions as in a distribution.
 *
 * <p>Arguments are {@code key=value} settings that override {@code opensearch.yml}.
 */
public final class SearchEngineNode {

    private SearchEngineNode() {}

    public static void main(String[] args) throws Exception {
        LogConfigurator.registerErrorListener();

        Settings.Builder overrides = Settings.builder().put("path.home", NodeProcess.requiredProperty("opensearch.path.home"));
        NodeProcess.settings(args).forEach(overrides::put);
        Path configDir = Path.of(NodeProcess.requiredProperty("opensearch.path.conf"));
        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            overrides.build(),
            Map.of(),
            configDir,
            () -> "search-engine"
        );
        LogConfigurator.setNodeName(Node.NODE_NAME_SETTING.get(environment.settings()));
        LogConfigurator.configure(environment);
        Logger logger = LogManager.getLogger(SearchEngineNode.class);

        Node node = NodeProcess.create(() -> new Node(environment), logger);
        NodeProcess.runUntilStopped(node::start, seconds -> {
            node.close();
            return node.awaitClose(seconds, TimeUnit.SECONDS);
        }, logger);
    }
}
