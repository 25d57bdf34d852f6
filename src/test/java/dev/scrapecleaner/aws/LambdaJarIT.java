package dev.scrapecleaner.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The artifact template.yaml deploys, checked after {@code package}: small, free of the embedded
 * S3 server, of the training code and of test code, carrying the content models, and able to run
 * the handler on its own class path.
 */
class LambdaJarIT {
    private static final Path JAR = Path.of("target", "scrape-cleaner-lambda.jar");
    private static final long MAX_BYTES = 15L * 1024 * 1024;

    @Test
    void carriesNoEmbeddedServerNoTestCodeAndStaysSmall() throws IOException {
        assertTrue(Files.size(JAR) < MAX_BYTES, "jar is " + Files.size(JAR) + " bytes");
        List<String> unwanted = new ArrayList<>();
        boolean handler = false;
        List<String> models = new ArrayList<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (name.equals("dev/scrapecleaner/aws/EventHandler.class")) handler = true;
                if (name.startsWith("dev/scrapecleaner/clean/") && name.endsWith(".trees")) models.add(name);
                if (name.startsWith("org/gaul/") || name.startsWith("org/jclouds/") || name.startsWith("org/eclipse/jetty/")
                        || name.startsWith("org/junit/") || name.startsWith("dev/scrapecleaner/cli/")
                        || name.startsWith("dev/scrapecleaner/learn/")
                        || name.endsWith("Test.class") || name.endsWith("IT.class") || name.equals("logback-test.xml")) {
                    unwanted.add(name);
                }
            }
        }
        assertTrue(handler, "the handler class is missing from " + JAR);
        assertEquals(List.of("dev/scrapecleaner/clean/content-html.stage2-other.trees",
                        "dev/scrapecleaner/clean/content-html.stage2.trees", "dev/scrapecleaner/clean/content-html.trees",
                        "dev/scrapecleaner/clean/content-text.stage2-other.trees",
                        "dev/scrapecleaner/clean/content-text.stage2.trees", "dev/scrapecleaner/clean/content-text.trees",
                        "dev/scrapecleaner/clean/page-type-html.trees", "dev/scrapecleaner/clean/page-type-text.trees"),
                models.stream().sorted().toList(), "the content and page-type models ship in the jar");
        assertEquals(List.of(), unwanted.subList(0, Math.min(10, unwanted.size())));
    }

    @Test
    void handlerRunsFromTheJarAloneAgainstARealS3Server() throws Exception {
        try (S3TestServer server = S3TestServer.start();
             URLClassLoader isolated = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            server.client().createBucket(b -> b.bucket("raw"));
            server.client().createBucket(b -> b.bucket("out"));
            server.client().putObject(b -> b.bucket("raw").key("page.html"),
                    RequestBody.fromFile(Path.of("events", "raw", "harbour-wind-farm.html")));
            Class<?> type = isolated.loadClass("dev.scrapecleaner.aws.EventHandler");
            assertTrue(type.getClassLoader() == isolated, "handler must come from the jar, not the test class path");
            Constructor<?> ctor = type.getConstructor(Map.class, isolated.loadClass("software.amazon.awssdk.services.s3.S3Client"));
            Map<String, String> env = Map.of("OUTPUT_BUCKET", "out", "DEDUPE", "off", "S3_ENDPOINT", server.endpoint(),
                    "AWS_ACCESS_KEY_ID", dev.scrapecleaner.cli.EmbeddedS3Server.ACCESS_KEY,
                    "AWS_SECRET_ACCESS_KEY", dev.scrapecleaner.cli.EmbeddedS3Server.SECRET_KEY, "AWS_REGION", "us-east-1");
            Object handler = ctor.newInstance(env, null);
            String event = "{\"Records\":[{\"s3\":{\"bucket\":{\"name\":\"raw\"},\"object\":{\"key\":\"page.html\"}}}]}";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            type.getMethod("handleRequest", InputStream.class, OutputStream.class,
                            isolated.loadClass("com.amazonaws.services.lambda.runtime.Context"))
                    .invoke(handler, new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"verdict\":\"accept\""), out.toString(StandardCharsets.UTF_8));
            String report = server.client().getObjectAsBytes(b -> b.bucket("out").key("reports/page.html.json")).asUtf8String();
            assertTrue(report.contains("\"verdict\" : \"accept\""), report);
        }
    }
}
