package io.chorus.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small client for Chorus's REST API with HTTP Basic, on one keep-alive connection pool. JSON is
 * read with a few patterns instead of a library, so the bench jar needs nothing but the JDK.
 */
public final class ApiClient {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URI base;
  private final String authorization;

  public ApiClient(URI base, String user, String password) {
    this.base = base;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  public HttpResponse<String> post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofMinutes(5))
        .header("Authorization", authorization)
        .header("Accept", "application/json");
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Fails with the answer's body unless it has the expected status. */
  public static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return response;
  }

  /** A top-level string field of a JSON object. */
  public static String stringField(String json, String name) {
    Matcher m =
        Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  /** A numeric or boolean field of a JSON object (the first occurrence). */
  public static String valueField(String json, String name) {
    Matcher m =
        Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*([-0-9.eE]+|true|false)")
            .matcher(json);
    return m.find() ? m.group(1) : null;
  }
}
