package org.actiontracker.infra;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small web inbox over the mail GreenMail received, for people running the system locally:
 * {@code /} lists every message (newest first), {@code /messages/N} shows one, {@code /messages/N/raw} its MIME
 * source, and {@code /api/messages} lists them as JSON for scripts.
 * <p>
 * GreenMail's own REST API ships only inside the greenmail-standalone uber-jar, whose unshaded Jersey, Jackson and
 * Log4j would clash with Quarkus on the services' test classpath; the JDK's HTTP server needs no dependency.
 */
final class MailInboxWebServer implements AutoCloseable {

    private static final Pattern MESSAGE_PATH = Pattern.compile("/messages/(\\d+)(/raw)?");

    private final MailServer mailServer;
    private final HttpServer http;

    private MailInboxWebServer(MailServer mailServer, HttpServer http) {
        this.mailServer = mailServer;
        this.http = http;
    }

    static MailInboxWebServer start(MailServer mailServer, int port) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            MailInboxWebServer inbox = new MailInboxWebServer(mailServer, http);
            http.createContext("/", inbox::handle);
            http.start();
            return inbox;
        } catch (IOException e) {
            throw new UncheckedIOException("The mail inbox web server did not start on port " + port, e);
        }
    }

    String url() {
        return "http://localhost:" + http.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        http.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange);
            } catch (MessagingException | RuntimeException e) {
                respond(exchange, 500, "text/plain", "Could not read the mail: " + e);
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException, MessagingException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "text/plain", "Only GET is supported.");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        List<MimeMessage> messages = Arrays.asList(mailServer.greenMail().getReceivedMessages());
        Matcher messagePath = MESSAGE_PATH.matcher(path);
        if (path.equals("/")) {
            respond(exchange, 200, "text/html", inboxPage(messages));
        } else if (path.equals("/api/messages")) {
            respond(exchange, 200, "application/json", messagesJson(messages));
        } else if (messagePath.matches() && isMessageId(messagePath.group(1), messages)) {
            int id = Integer.parseInt(messagePath.group(1));
            MimeMessage message = messages.get(id - 1);
            if (messagePath.group(2) == null) {
                respond(exchange, 200, "text/html", messagePage(id, message));
            } else {
                respond(exchange, 200, "text/plain", GreenMailUtil.getWholeMessage(message));
            }
        } else {
            respond(exchange, 404, "text/plain", "Not found: " + path);
        }
    }

    private static boolean isMessageId(String id, List<MimeMessage> messages) {
        return id.length() < 10 && Integer.parseInt(id) >= 1 && Integer.parseInt(id) <= messages.size();
    }

    private String inboxPage(List<MimeMessage> messages) throws MessagingException {
        StringBuilder rows = new StringBuilder();
        for (int id = messages.size(); id >= 1; id--) {
            MimeMessage message = messages.get(id - 1);
            rows.append("<tr><td>").append(html(date(message)))
                    .append("</td><td>").append(html(addresses(message.getFrom())))
                    .append("</td><td>").append(html(addresses(message.getAllRecipients())))
                    .append("</td><td><a href=\"/messages/").append(id).append("\">")
                    .append(html(subject(message))).append("</a></td></tr>\n");
        }
        return page("Local mail inbox", "<meta http-equiv=\"refresh\" content=\"5\">",
                "<p>" + messages.size() + " message(s) received on SMTP localhost:" + mailServer.smtpPort()
                        + ", newest first. This page reloads every 5 seconds.</p>\n"
                        + "<table><tr><th>Date</th><th>From</th><th>To</th><th>Subject</th></tr>\n" + rows + "</table>");
    }

    private static String messagePage(int id, MimeMessage message) throws MessagingException, IOException {
        Optional<String> htmlBody = findBody(message, "text/html");
        String body = htmlBody.isPresent()
                ? "<iframe sandbox srcdoc=\"" + html(htmlBody.get()) + "\"></iframe>"
                : "<pre>" + html(findBody(message, "text/plain").orElse("(no text body)")) + "</pre>";
        return page(subject(message), "",
                "<p><a href=\"/\">&larr; Inbox</a></p>\n<table>"
                        + "<tr><th>Date</th><td>" + html(date(message)) + "</td></tr>"
                        + "<tr><th>From</th><td>" + html(addresses(message.getFrom())) + "</td></tr>"
                        + "<tr><th>To</th><td>" + html(addresses(message.getAllRecipients())) + "</td></tr>"
                        + "<tr><th>Subject</th><td>" + html(subject(message)) + "</td></tr></table>\n"
                        + body + "\n<p><a href=\"/messages/" + id + "/raw\">MIME source</a></p>");
    }

    private static Optional<String> findBody(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return Optional.of(part.getContent().toString());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> body = findBody(multipart.getBodyPart(i), mimeType);
                if (body.isPresent()) {
                    return body;
                }
            }
        }
        return Optional.empty();
    }

    private static String messagesJson(List<MimeMessage> messages) throws MessagingException {
        StringBuilder json = new StringBuilder("[");
        for (int id = 1; id <= messages.size(); id++) {
            MimeMessage message = messages.get(id - 1);
            json.append(id == 1 ? "" : ",").append("\n  {\"id\": ").append(id)
                    .append(", \"date\": ").append(json(date(message)))
                    .append(", \"from\": ").append(json(addresses(message.getFrom())))
                    .append(", \"to\": ").append(json(addresses(message.getAllRecipients())))
                    .append(", \"subject\": ").append(json(subject(message)))
                    .append(", \"messageId\": ").append(json(String.valueOf(message.getMessageID())))
                    .append("}");
        }
        return json.append("\n]\n").toString();
    }

    private static String page(String title, String head, String body) {
        return "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>" + html(title) + "</title>" + head
                + "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}"
                + "iframe{width:100%;height:70vh;border:1px solid #ccc;margin-top:1em}</style></head>\n<body><h1>"
                + html(title) + "</h1>\n" + body + "\n</body></html>\n";
    }

    private static String date(MimeMessage message) throws MessagingException {
        Date sent = message.getSentDate();
        return sent == null ? "" : sent.toInstant().toString();
    }

    private static String subject(MimeMessage message) throws MessagingException {
        return message.getSubject() == null ? "(no subject)" : message.getSubject();
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
