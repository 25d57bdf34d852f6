package dev.scrapecleaner.aws;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where a Docker engine answers, and otherwise says so once, in plain words.
 * Testcontainers' own check ({@code disabledWithoutDocker}) logs every strategy it tried as an
 * ERROR, with a stack trace, which makes a passing build look broken; this one asks the engine's
 * socket for {@code /_ping} and leaves {@code DOCKER_HOST} setups to Testcontainers.
 */
public final class DockerEngine implements ExecutionCondition {
    static final Path SOCKET = Path.of("/var/run/docker.sock");
    private static volatile boolean told;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = missingReason(System.getenv(), SOCKET);
        if (reason == null) return ConditionEvaluationResult.enabled("a Docker engine answers");
        if (!told) {
            told = true;
            System.err.println("LocalStack tests skipped: " + reason);
        }
        return ConditionEvaluationResult.disabled("LocalStack tests skipped: " + reason);
    }

    /** Why no Docker engine can be used, or null when one answers (or DOCKER_HOST names one). */
    static String missingReason(Map<String, String> env, Path socket) {
        if (env.get("DOCKER_HOST") != null && !env.get("DOCKER_HOST").isBlank()) return null;
        if (!Files.exists(socket)) return "no Docker engine (" + socket + " does not exist and DOCKER_HOST is not set)";
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer answer = ByteBuffer.allocate(64);
            channel.read(answer);
            String head = new String(answer.array(), 0, answer.position(), StandardCharsets.US_ASCII);
            return head.startsWith("HTTP/1.") && head.contains(" 200") ? null
                    : "no Docker engine (" + socket + " answered " + head.lines().findFirst().orElse("nothing") + ")";
        } catch (IOException e) {
            return "no Docker engine (" + socket + " does not answer: " + e.getMessage() + ")";
        }
    }
}
