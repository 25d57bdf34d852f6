package dev.scrapecleaner.aws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A small HTTP/1.1 proxy on loopback between the SDK client and the S3 server, which injects
 * faults into the requests a rule picks: an HTTP 500, a 503 SlowDown, a connection reset, or a
 * response held back past the client's timeout; and, if asked, a latency on every request, fixed or
 * with a random jitter on top (which reorders requests sent at the same moment).
 * Everything else is forwarded byte for byte,
 * request signatures included. Bounded: it serves only loopback and stops when closed.
 */
final class FaultProxy implements AutoCloseable {
    /** What to do to a request. */
    enum Fault {
        INTERNAL_ERROR, SLOW_DOWN, RESET, SLOW
    }

    /** One request as the proxy saw it. */
    record Request(String method, String path) {
        boolean is(String m, String pathPart) {
            return method.equals(m) && path.contains(pathPart);
        }
    }

    private record Rule(Predicate<Request> matches, Fault fault, AtomicInteger remaining) {
    }

    private final ServerSocket server;
    private final int upstreamPort;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile long slowMillis = 3_000;
    private volatile long latencyMillis;
    private volatile long jitterMillis;

    FaultProxy(URI upstream) throws IOException {
        this.upstreamPort = upstream.getPort();
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(this::acceptLoop);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Injects {@code fault} into the next {@code times} requests that {@code matches} picks. */
    FaultProxy inject(Fault fault, int times, Predicate<Request> matches) {
        rules.add(new Rule(matches, fault, new AtomicInteger(times)));
        return this;
    }

    /** Ends every injection: the fault is over. */
    void clearFaults() {
        rules.clear();
    }

    /** How long a {@link Fault#SLOW} response is held back. */
    FaultProxy slowFor(long millis) {
        this.slowMillis = millis;
        return this;
    }

    /** Holds every forwarded request this long first, as a round trip to a distant S3 would. */
    FaultProxy latency(long millis) {
        this.latencyMillis = millis;
        return this;
    }

    /** Adds to every forwarded request's latency a random wait of 0 to {@code maxMillis}, drawn per request. */
    FaultProxy jitter(long maxMillis) {
        this.jitterMillis = maxMillis;
        return this;
    }

    /** Every request seen, as "METHOD path -> what happened". */
    List<String> log() {
        return List.copyOf(log);
    }

    long faultsInjected() {
        return log.stream().filter(l -> !l.endsWith("-> forwarded")).count();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) s.close();
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                pool.execute(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** Serves one client connection, one request after another (keep-alive). */
    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                Head head = Head.read(in);
                if (head == null) return;
                Request req = new Request(head.method(), head.path());
                if (head.header("expect").equalsIgnoreCase("100-continue")) {
                    out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                byte[] body = readBody(in, head);
                Fault fault = faultFor(req);
                log.add(req.method() + " " + req.path() + " -> " + (fault == null ? "forwarded" : fault));
                if (fault == Fault.RESET) {
                    client.setSoLinger(true, 0); // RST rather than FIN
                    return;
                }
                if (fault == Fault.INTERNAL_ERROR || fault == Fault.SLOW_DOWN) {
                    error(out, fault == Fault.SLOW_DOWN ? 503 : 500,
                            fault == Fault.SLOW_DOWN ? "SlowDown" : "InternalError",
                            fault == Fault.SLOW_DOWN ? "Please reduce your request rate." : "We encountered an internal error.");
                    continue;
                }
                if (fault == Fault.SLOW) {
                    Thread.sleep(slowMillis);
                }
                long wait = latencyMillis + (jitterMillis > 0 ? ThreadLocalRandom.current().nextLong(jitterMillis + 1) : 0);
                if (wait > 0) Thread.sleep(wait);
                forward(head, body, out);
            }
        } catch (IOException | InterruptedException e) {
            // The client went away (a timeout cut it, or the test ended): nothing to do.
        } finally {
            open.remove(client);
        }
    }

    private Fault faultFor(Request req) {
        for (Rule r : rules) {
            if (r.matches().test(req) && r.remaining().getAndDecrement() > 0) return r.fault();
        }
        return null;
    }

    private static void error(OutputStream out, int status, String code, String message) throws IOException {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
                + "</Message><RequestId>fault-proxy</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " " + code + "\r\nContent-Type: application/xml\r\nContent-Length: " + xml.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(xml);
        out.flush();
    }

    /** Sends the request upstream on a fresh connection and copies the response back. */
    private void forward(Head head, byte[] body, OutputStream out) throws IOException {
        try (Socket up = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            OutputStream upOut = up.getOutputStream();
            upOut.write(head.raw());
            upOut.write(body);
            upOut.flush();
            InputStream upIn = up.getInputStream();
            Head response;
            do {
                response = Head.read(upIn); // skip the server's own 100 Continue, already answered
            } while (response != null && response.status() == 100);
            if (response == null) throw new SocketException("upstream closed");
            out.write(response.raw());
            if (!head.method().equals("HEAD") && response.status() != 204 && response.status() != 304) {
                copyBody(upIn, response, out);
            }
            out.flush();
        }
    }

    private static byte[] readBody(InputStream in, Head head) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        copyBody(in, head, body);
        return body.toByteArray();
    }

    /** Copies a message body: chunked (chunks re-sent as they are), by length, or nothing. */
    private static void copyBody(InputStream in, Head head, OutputStream out) throws IOException {
        if (head.header("transfer-encoding").toLowerCase(Locale.ROOT).contains("chunked")) {
            while (true) {
                String sizeLine = line(in);
                out.write((sizeLine + "\r\n").getBytes(StandardCharsets.US_ASCII));
                int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
                if (size == 0) {
                    for (String trailer; !(trailer = line(in)).isEmpty(); ) {
                        out.write((trailer + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    return;
                }
                out.write(in.readNBytes(size + 2)); // data and its CRLF
            }
        }
        String length = head.header("content-length");
        if (!length.isEmpty()) {
            long n = Long.parseLong(length.trim());
            byte[] buf = new byte[8192];
            while (n > 0) {
                int r = in.read(buf, 0, (int) Math.min(buf.length, n));
                if (r < 0) throw new SocketException("body cut short");
                out.write(buf, 0, r);
                n -= r;
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c; (c = in.read()) >= 0; ) {
            if (c == '\n') {
                int len = sb.length();
                return len > 0 && sb.charAt(len - 1) == '\r' ? sb.substring(0, len - 1) : sb.toString();
            }
            sb.append((char) c);
        }
        if (sb.length() == 0) return null;
        return sb.toString();
    }

    /** The start line and headers of a request or response, kept raw for forwarding. */
    private record Head(String startLine, List<String> headers, byte[] raw) {
        static Head read(InputStream in) throws IOException {
            String start = line(in);
            if (start == null) return null;
            List<String> headers = new ArrayList<>();
            StringBuilder raw = new StringBuilder(start).append("\r\n");
            for (String h; (h = line(in)) != null && !h.isEmpty(); ) {
                headers.add(h);
                raw.append(h).append("\r\n");
            }
            raw.append("\r\n");
            return new Head(start, headers, raw.toString().getBytes(StandardCharsets.ISO_8859_1));
        }

        String method() {
            return startLine.split(" ", 2)[0];
        }

        String path() {
            String[] parts = startLine.split(" ");
            return parts.length > 1 ? parts[1] : "";
        }

        int status() {
            String[] parts = startLine.split(" ");
            return parts.length > 1 && startLine.startsWith("HTTP/") ? Integer.parseInt(parts[1]) : -1;
        }

        String header(String name) {
            for (String h : headers) {
                int colon = h.indexOf(':');
                if (colon > 0 && h.substring(0, colon).trim().equalsIgnoreCase(name)) return h.substring(colon + 1).trim();
            }
            return "";
        }
    }
}
