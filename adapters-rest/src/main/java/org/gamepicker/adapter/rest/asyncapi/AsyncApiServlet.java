package org.gamepicker.adapter.rest.asyncapi;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.gamepicker.adapter.rest.error.Problem;
import org.gamepicker.adapter.rest.error.ProblemResponses;

/**
 * {@code GET /asyncapi}: the live WebSocket's AsyncAPI description, public like {@code /openapi}
 * and negotiated the same way: YAML, or JSON with {@code ?format=json} or {@code Accept:
 * application/json}.
 */
@WebServlet("/asyncapi")
public class AsyncApiServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private transient AsyncApiDescription description;

  @Override
  public void init() {
    description = AsyncApiDescription.bundled();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Format> format =
        Format.requested(request.getParameter("format"), request.getHeader("Accept"));
    response.setCharacterEncoding("UTF-8");
    if (format.isEmpty()) {
      response.setStatus(400);
      response.setContentType(Problem.MEDIA_TYPE);
      response
          .getWriter()
          .write(
              ProblemResponses.toJson(
                  Problem.of(400, "Bad Request", "format must be yaml or json")));
      return;
    }
    response.setContentType(format.get().mediaType);
    response
        .getWriter()
        .write(format.get() == Format.JSON ? description.json() : description.yaml());
  }

  /** The two forms of the description. */
  enum Format {
    YAML("application/yaml"),
    JSON("application/json");

    final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    /**
     * The form a request asks for: its {@code format} parameter (either case), else JSON when it
     * accepts JSON, else YAML; empty for a format parameter naming neither.
     */
    static Optional<Format> requested(String formatParameter, String accept) {
      if (formatParameter != null) {
        return switch (formatParameter.toLowerCase(Locale.ROOT)) {
          case "yaml" -> Optional.of(YAML);
          case "json" -> Optional.of(JSON);
          default -> Optional.empty();
        };
      }
      return Optional.of(accept != null && accept.contains(JSON.mediaType) ? JSON : YAML);
    }
  }
}
