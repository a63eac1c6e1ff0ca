package org.gamepicker.adapter.rest.idempotency;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.gamepicker.adapter.rest.error.Problem;
import org.gamepicker.adapter.rest.error.ProblemResponses;

/**
 * Describes the retry contract in the generated OpenAPI: every operation of the API may answer 503
 * with {@code Retry-After} while the database cannot be reached, and every write that takes an
 * {@code Idempotency-Key} ({@link IdempotencyKeyFilter}) lists the header. Registered with {@code
 * mp.openapi.filter}.
 */
public class RetryOpenApiFilter implements OASFilter {

  static final String UNAVAILABLE = "ServiceUnavailable";
  static final String KEY = "IdempotencyKey";

  @Override
  public void filterOpenAPI(OpenAPI api) {
    api.getComponents().addResponse(UNAVAILABLE, unavailable()).addParameter(KEY, keyParameter());
    if (api.getPaths() == null) {
      return;
    }
    api.getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith("/api/")) {
                item.getOperations().forEach(RetryOpenApiFilter::describe);
              }
            });
  }

  private static void describe(PathItem.HttpMethod method, Operation operation) {
    operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse().ref(UNAVAILABLE));
    Map<String, Object> extensions = operation.getExtensions();
    if (IdempotencyKeyFilter.WRITES.contains(method.name())
        && (extensions == null || !extensions.containsKey(IdempotencyKeyFilter.IGNORED))) {
      operation.addParameter(OASFactory.createParameter().ref(KEY));
    }
  }

  private static APIResponse unavailable() {
    return OASFactory.createAPIResponse()
        .description(
            "The database cannot be reached at the moment: send the request again after"
                + " Retry-After seconds (a write with the same Idempotency-Key)")
        .addHeader(
            "Retry-After",
            OASFactory.createHeader()
                .description(
                    "Seconds to wait (" + ProblemResponses.DATABASE_RETRY_AFTER_SECONDS + ")")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))))
        .content(
            OASFactory.createContent()
                .addMediaType(
                    Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
  }

  private static Parameter keyParameter() {
    return OASFactory.createParameter()
        .name(IdempotencyKey.HEADER)
        .in(Parameter.In.HEADER)
        .required(false)
        .description(
            "A unique value (a UUID) per write, the same on each retry of it (IETF draft \"The"
                + " Idempotency-Key HTTP Header Field\"; quoted or bare): a retry gets the first"
                + " 2xx answer again, with Idempotent-Replayed: true, instead of writing twice;"
                + " the same key with another body is a 422, and a retry while the first request"
                + " is still running a 409. Kept 24 hours, per caller, method and path.")
        .schema(
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING))
                .minLength(1)
                .maxLength(IdempotencyKey.MAX_LENGTH)
                .examples(List.of("\"3f1c9a52-7a4e-4b8f-9d3e-2a6c1b0e5f77\"")));
  }
}
