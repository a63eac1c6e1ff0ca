package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** The Picker UI's files as the server serves them: at {@code /}, with the security headers. */
@RunAsClient
class WebAppEndToEndIT extends EndToEndTest {

  @Test
  void theRootServesTheAppWithAStrictContentSecurityPolicy() {
    HttpResponse<String> page = send(get("/"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("<script type=\"module\" src=\"app/main.js\"></script>");
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy)
        .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.body()).doesNotContain(" style=", " onclick=", "<script>");
  }

  @Test
  void theScriptsAreJavaScriptModulesWithTheSameHeaders() {
    HttpResponse<String> script = send(get("/app/main.js"));
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    assertThat(script.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(send(get("/app/app.css")).headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
  }

  @Test
  void theApiAndTheOpenApiExplorerKeepTheirOwnHeaders() {
    HttpResponse<String> api = send(get("/api/stats"));
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.headers().firstValue("Content-Security-Policy")).isEmpty();
    HttpResponse<String> explorer = send(get("/openapi/ui/"));
    assertThat(explorer.statusCode()).isEqualTo(200);
    assertThat(explorer.body()).containsIgnoringCase("swagger");
  }

  @Test
  void theOverlayFolderServesItsPageWithTheSameHeaders() {
    for (String path : new String[] {"/overlay/", "/overlay/?corner=top-right&theme=light"}) {
      HttpResponse<String> page = send(get(path));
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.body()).contains("<script type=\"module\" src=\"overlay.js\"></script>");
      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .hasValue(send(get("/")).headers().firstValue("Content-Security-Policy").orElseThrow());
    }
    assertThat(send(get("/no-such-folder/")).statusCode()).isEqualTo(404);
  }

  @Test
  void anUnknownPageIsStillAProblemNotFound() {
    HttpResponse<String> missing = send(get("/app/no-such-module.js"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }
}
