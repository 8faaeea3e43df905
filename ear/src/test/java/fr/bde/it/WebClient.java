package fr.bde.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-less HTTP client with its own session: anonymous, or logged in through the FORM login. */
public final class WebClient {

    private final String root;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    public WebClient(String root) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /** The server's own HTTP address, from inside it (port offset included). */
    public static WebClient local() {
        return new WebClient("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)));
    }

    /** Logs in as a demo user (password of the demo data); fails loudly when the login is refused. */
    public WebClient login(String login) throws IOException, InterruptedException {
        return login(login, TestUsers.PASSWORD);
    }

    /** Logs in with a password of the test's own (a candidate account it created). */
    public WebClient login(String login, String password) throws IOException, InterruptedException {
        get("/espace/index.xhtml");
        String form = "j_username=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(root + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("login-failed") || location.contains("erreur")) {
            throw new IllegalStateException("login refused for " + login + ": " + posted.statusCode() + " " + location);
        }
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(root + path)).build();
    }
}
