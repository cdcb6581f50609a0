package portal.searchengine;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
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
 * <p>Arguments are {@code key=value} settings that override {@code opensearch.yml}, like
 * {@code -E} for the stock launcher.
 */
public final class SearchEngineNode {

    private SearchEngineNode() {}

    public static void main(String[] args) throws Exception {
        LogConfigurator.registerErrorListener();

        Settings.Builder overrides = Settings.builder().put("path.home", requiredProperty("opensearch.path.home"));
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got [" + arg + "]");
            }
            overrides.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Path configDir = Path.of(requiredProperty("opensearch.path.conf"));
        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            overrides.build(),
            Map.of(),
            configDir,
            () -> "search-engine"
        );
        LogConfigurator.setNodeName(Node.NODE_NAME_SETTING.get(environment.settings()));
        LogConfigurator.configure(environment);
        Logger logger = LogManager.getLogger(SearchEngineNode.class);

        Node node;
        try {
            node = new Node(environment);
        } catch (Throwable e) {
            logger.error("node failed to initialize", e);
            System.exit(1);
            return;
        }
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                if (node.awaitClose(20, TimeUnit.SECONDS) == false) {
                    logger.warn("node did not close within 20 seconds");
                }
            } catch (Exception e) {
                logger.error("failed to close the node", e);
            } finally {
                closed.countDown();
                LogManager.shutdown();
            }
        }, "search-engine-shutdown"));

        try {
            node.start();
        } catch (Throwable e) {
            logger.error("node failed to start", e);
            System.exit(1);
        }
        // The node's threads are daemons: this thread keeps the JVM alive until shutdown.
        closed.await();
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("system property [" + name + "] must be set");
        }
        return value;
    }
}
