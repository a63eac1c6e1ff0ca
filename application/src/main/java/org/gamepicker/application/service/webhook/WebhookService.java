package org.gamepicker.application.service.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.gamepicker.application.port.in.webhook.CreateWebhookCommand;
import org.gamepicker.application.port.in.webhook.CreatedWebhook;
import org.gamepicker.application.port.in.webhook.ManageWebhooksUseCase;
import org.gamepicker.application.port.in.webhook.PruneDeletedWebhooksUseCase;
import org.gamepicker.application.port.in.webhook.UpdateWebhookCommand;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.application.port.out.webhook.WebhookDeliveryLog;
import org.gamepicker.application.port.out.webhook.WebhookRepository;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.webhook.Webhook;

/**
 * Registers, lists, changes and deletes webhooks; generates a secret when none is given. A delete
 * takes effect at once; the deleted webhook's deliveries are pruned afterwards, in batches of
 * {@value #PRUNE_BATCH}.
 */
@ApplicationScoped
public class WebhookService implements ManageWebhooksUseCase, PruneDeletedWebhooksUseCase {

  /** Deliveries removed per transaction: a few tens of milliseconds of row locks. */
  static final int PRUNE_BATCH = 500;

  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookRepository webhooks;
  private WebhookDeliveryLog deliveries;
  private TimeSource time;

  protected WebhookService() {}

  @Inject
  public WebhookService(
      WebhookRepository webhooks, WebhookDeliveryLog deliveries, TimeSource time) {
    this.webhooks = webhooks;
    this.deliveries = deliveries;
    this.time = time;
  }

  @Override
  public List<Webhook> list() {
    return webhooks.findAll();
  }

  @Override
  public Webhook get(long id) {
    return find(webhooks, id);
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public CreatedWebhook create(CreateWebhookCommand command) {
    String secret = command.secret().orElseGet(WebhookService::generateSecret);
    Webhook webhook =
        Webhook.create(
            command.name(), command.url(), command.events(), command.enabled(), secret, time.now());
    return new CreatedWebhook(webhooks.save(webhook), command.secret().isEmpty());
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public Webhook update(UpdateWebhookCommand command) {
    Webhook webhook = find(webhooks, command.id());
    webhook = command.name().map(webhook::withName).orElse(webhook);
    webhook = command.url().map(webhook::withUrl).orElse(webhook);
    webhook = command.secret().map(webhook::withSecret).orElse(webhook);
    webhook = command.events().map(webhook::withEvents).orElse(webhook);
    webhook = command.enabled().map(webhook::withEnabled).orElse(webhook);
    return webhooks.save(webhook);
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public void delete(long id) {
    if (!webhooks.delete(id)) {
      throw notFound(id);
    }
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public int pruneBatch() {
    return deliveries.pruneOfDeletedWebhooks(PRUNE_BATCH);
  }

  static Webhook find(WebhookRepository webhooks, long id) {
    return webhooks.findById(id).orElseThrow(() -> notFound(id));
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("No webhook with id " + id);
  }

  /** 32 random bytes as 64 hex digits; the HMAC key is the UTF-8 bytes of this text. */
  private static String generateSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
