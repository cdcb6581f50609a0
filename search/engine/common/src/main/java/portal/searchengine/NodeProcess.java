package portal.searchengine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * What the Elasticsearch and the OpenSearch launcher share (this folder is compiled into both):
 * the settings given on the command line, and a node's life in the process, which ends when the
 * process is told to stop (SIGTERM).
 */
final class NodeProcess {

    static final long CLOSE_TIMEOUT_SECONDS = 20;

    /** Closes the node and waits for it; false when it did not close within the seconds given. */
    interface Closing {
        boolean closeWithin(long seconds) throws Exception;
    }

    /** Starts the node. */
    interface Starting {
        void start() throws Exception;
    }

    private NodeProcess() {}

    /** {@code key=value} arguments: settings that override the configuration file, like {@code -E}. */
    static Map<String, String> settings(String[] args) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got [" + arg + "]");
            }
            settings.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return settings;
    }

    static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("system property [" + name + "] must be set");
        }
        return value;
    }

    /** The node the factory builds; the process exits when it cannot be built, having nothing else to do. */
    static <T> T create(Callable<T> factory, Logger logger) {
        try {
            return factory.call();
        } catch (Throwable e) {
            logger.error("node failed to initialize", e);
            System.exit(1);
            throw new AssertionError("unreachable", e);
        }
    }

    /** Starts the node and returns once it has closed after SIGTERM. */
    static void runUntilStopped(Starting node, Closing closing, Logger logger) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (closing.closeWithin(CLOSE_TIMEOUT_SECONDS) == false) {
                    logger.warn("node did not close within {} seconds", CLOSE_TIMEOUT_SECONDS);
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
}
