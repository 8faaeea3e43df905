package fr.bde.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GET /api/v1/offers over HTTP/1.1 with keep-alive (JDK HttpClient): one client, one connection per worker. */
final class HttpSearch implements LoadGenerator.Client {

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private final String baseUrl;
    private final HttpClient client;

    HttpSearch(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @Override
    public long search(QueryMix.Query query) throws IOException, InterruptedException {
        return total(get(query.httpPath()));
    }

    String get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            String body = response.body();
            throw new IOException("HTTP " + response.statusCode() + ": "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        }
        return response.body();
    }

    static long total(String json) throws IOException {
        Matcher m = TOTAL.matcher(json);
        if (!m.find()) {
            throw new IOException("No total in the response: " + (json.length() > 200 ? json.substring(0, 200) : json));
        }
        return Long.parseLong(m.group(1));
    }

    /** One attempt; -1 when the server does not answer 200 (yet). */
    long tryTotal(String path) {
        try {
            return total(get(path));
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
