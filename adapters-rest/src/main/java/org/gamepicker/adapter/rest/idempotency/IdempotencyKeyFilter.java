package org.gamepicker.adapter.rest.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gamepicker.adapter.rest.error.DatabaseOutage;
import org.gamepicker.adapter.rest.error.Problem;
import org.gamepicker.adapter.rest.error.ProblemResponses;
import org.gamepicker.application.port.out.StoredAnswers;
import org.gamepicker.application.port.out.StoredAnswers.StoredAnswer;
import org.gamepicker.application.port.out.TimeSource;

/**
 * Makes a write sent with an {@code Idempotency-Key} (IETF draft "The Idempotency-Key HTTP Header
 * Field", as Stripe uses it) safe to retry. The key is scoped to the caller (its token's subject),
 * the method and the path. The first request runs in one transaction that claims the key, performs
 * the write and stores its 2xx answer (status, body, Location): a retry then gets that answer again
 * with {@code Idempotent-Replayed: true}, whether or not the first one reached the client; an error
 * answer is not stored, the write is rolled back, and a retry performs it afresh. The same key with
 * another body is a 422; while the first request is in progress on this server, a retry is a 409
 * (on another node the retry waits for it, then gets its answer). Applies to POST, PUT, PATCH and
 * DELETE, except the operations whose {@code @Operation} has the extension {@link #IGNORED}. A
 * request without the header costs nothing more.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyKeyFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Logger LOG = Logger.getLogger(IdempotencyKeyFilter.class.getName());

  /** The header a replayed answer carries, as Stripe's. */
  public static final String REPLAYED = "Idempotent-Replayed";

  /**
   * The OpenAPI extension that marks a write ignoring the header, with the reason: an answer
   * holding a secret (a token), which is never stored, or an import, safe to send again by itself.
   * It says so in the API's description too.
   */
  public static final String IGNORED = "x-idempotency-key-ignored";

  static final Set<String> WRITES =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
  private static final String CLAIM = IdempotencyKeyFilter.class.getName() + ".claim";

  /** The stored-answer keys whose first request is in progress on this server. */
  private static final Set<String> IN_PROGRESS = ConcurrentHashMap.newKeySet();

  @Context ResourceInfo resource;
  @Context Providers providers;
  @Inject StoredAnswers answers;
  @Inject UserTransaction transaction;
  @Inject TimeSource time;

  /** A key claimed by the transaction of the request in progress. */
  private record Claim(String requestKey, String fingerprint) {}

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String header = request.getHeaderString(IdempotencyKey.HEADER);
    if (header == null || !appliesTo(request.getMethod(), resource.getResourceMethod())) {
      return;
    }
    IdempotencyKey key = IdempotencyKey.parse(header).orElseThrow();
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    Claim claim =
        new Claim(
            key.scopedTo(caller(request), request.getMethod(), pathOf(request)),
            IdempotencyKey.sha256(body));
    if (!IN_PROGRESS.add(claim.requestKey())) {
      request.abortWith(inProgress());
      return;
    }
    try {
      Optional<Response> replay = claimOrReplay(claim);
      if (replay.isPresent()) {
        IN_PROGRESS.remove(claim.requestKey());
        request.abortWith(replay.get());
        return;
      }
    } catch (RuntimeException e) {
      IN_PROGRESS.remove(claim.requestKey());
      throw e;
    }
    request.setProperty(CLAIM, claim);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
      return;
    }
    try {
      if (response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
        answers.answer(claim.requestKey(), storedAnswer(claim, response));
        transaction.commit();
      } else {
        rollBack();
      }
    } catch (Exception e) {
      rollBack();
      failed(response, e);
    } finally {
      IN_PROGRESS.remove(claim.requestKey());
    }
  }

  private static boolean appliesTo(String httpMethod, Method method) {
    return WRITES.contains(httpMethod)
        && method != null
        && (!method.isAnnotationPresent(Operation.class)
            || Arrays.stream(method.getAnnotation(Operation.class).extensions())
                .noneMatch(extension -> IGNORED.equals(extension.name())));
  }

  private static String caller(ContainerRequestContext request) {
    Principal principal = request.getSecurityContext().getUserPrincipal();
    return principal == null ? "" : principal.getName();
  }

  private static String pathOf(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    return uri.getRawQuery() == null
        ? uri.getRawPath()
        : uri.getRawPath() + "?" + uri.getRawQuery();
  }

  /**
   * Begins the write's transaction and claims the key in it; or, when a committed request holds the
   * key, ends it and returns the stored answer to replay.
   */
  private Optional<Response> claimOrReplay(Claim claim) {
    try {
      transaction.begin();
      if (answers.claim(claim.requestKey(), claim.fingerprint(), time.now())) {
        return Optional.empty();
      }
      Optional<StoredAnswer> stored = answers.find(claim.requestKey());
      transaction.rollback();
      return Optional.of(
          stored.map(answer -> replay(answer, claim)).orElseGet(IdempotencyKeyFilter::inProgress));
    } catch (RuntimeException e) {
      rollBack();
      throw e;
    } catch (Exception e) {
      rollBack();
      throw new IllegalStateException("Cannot begin the transaction of an idempotent write", e);
    }
  }

  private static Response replay(StoredAnswer answer, Claim claim) {
    if (!answer.fingerprint().equals(claim.fingerprint())) {
      return ProblemResponses.of(
          Problem.of(
              422,
              "Unprocessable Content",
              "This Idempotency-Key was used with another request body; send a new key for a new"
                  + " request"));
    }
    Response.ResponseBuilder replay = Response.status(answer.status()).header(REPLAYED, "true");
    if (answer.body() != null) {
      replay.entity(answer.body().getBytes(StandardCharsets.UTF_8)).type(answer.contentType());
    }
    if (answer.location() != null) {
      replay.header(HttpHeaders.LOCATION, answer.location());
    }
    return replay.build();
  }

  private static Response inProgress() {
    return Response.fromResponse(
            ProblemResponses.of(
                Problem.of(
                    409,
                    "Conflict",
                    "A request with this Idempotency-Key is still in progress; retry it once that"
                        + " one is answered")))
        .header("Retry-After", 1)
        .build();
  }

  /** The answer as it goes out; the entity is written here once, and sent as these bytes. */
  private StoredAnswer storedAnswer(Claim claim, ContainerResponseContext response) {
    String location = response.getHeaderString(HttpHeaders.LOCATION);
    if (!response.hasEntity()) {
      return new StoredAnswer(claim.fingerprint(), response.getStatus(), null, location, null);
    }
    MediaType type = response.getMediaType();
    byte[] body = written(response, type);
    response.setEntity(body, response.getEntityAnnotations(), type);
    return new StoredAnswer(
        claim.fingerprint(),
        response.getStatus(),
        type.toString(),
        location,
        new String(body, StandardCharsets.UTF_8));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private byte[] written(ContainerResponseContext response, MediaType type) {
    Object entity = response.getEntity();
    MessageBodyWriter writer =
        providers.getMessageBodyWriter(
            entity.getClass(), response.getEntityType(), response.getEntityAnnotations(), type);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      writer.writeTo(
          entity,
          entity.getClass(),
          response.getEntityType(),
          response.getEntityAnnotations(),
          type,
          response.getHeaders(),
          bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private void rollBack() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException | SecurityException e) {
      LOG.log(Level.FINE, "Rollback of an idempotent write failed", e);
    }
  }

  /** The write's answer could not be stored or committed: 503 when the database is away. */
  private static void failed(ContainerResponseContext response, Exception e) {
    Response problem;
    if (DatabaseOutage.isCause(e)) {
      LOG.warning(() -> "The database cannot be reached; answered 503: " + e);
      problem = ProblemResponses.databaseUnreachable();
    } else {
      LOG.log(Level.SEVERE, "An idempotent write could not be committed", e);
      problem = ProblemResponses.of(Problem.forStatus(500, null));
    }
    response.setStatus(problem.getStatus());
    response.getHeaders().remove(HttpHeaders.LOCATION);
    problem.getHeaders().forEach(response.getHeaders()::put);
    response.setEntity(
        problem.getEntity(), new Annotation[0], MediaType.valueOf(Problem.MEDIA_TYPE));
  }
}
