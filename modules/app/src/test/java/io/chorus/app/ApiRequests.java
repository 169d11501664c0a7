package io.chorus.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The requests the client-side ITs send to the deployed WAR: a path on its loopback address, HTTP
 * Basic when credentials ("user:password") are given, a JSON body when there is one; and answers
 * read as JSON after checking they succeeded.
 */
final class ApiRequests {

  private ApiRequests() {}

  static HttpRequest request(
      URL base, String method, String path, String credentials, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Deployments.loopback(base).resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return request.build();
  }

  static JsonObject object(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  static JsonArray array(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    return Json.createReader(new StringReader(response.body())).readArray();
  }
}
