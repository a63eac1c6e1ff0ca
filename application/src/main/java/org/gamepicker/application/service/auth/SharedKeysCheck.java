package org.gamepicker.application.service.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.gamepicker.application.port.out.KeyFingerprint;
import org.gamepicker.application.port.out.RecordedKeyFingerprint;

/**
 * Stops the start of a node whose admin key or token signing key differs from those of the node
 * that first started on the same database: behind one load balancer, it would issue tokens the
 * other nodes refuse, and refuse theirs.
 */
@ApplicationScoped
public class SharedKeysCheck {

  static final String DIFFERENT_KEYS =
      "This node's ADMIN_KEY and JWT_SECRET differ from those of the node that first started on"
          + " this database, so the nodes would refuse each other's tokens. Give every node the"
          + " same ADMIN_KEY and JWT_SECRET: those of the first node (a node started without them"
          + " generated its own, in its data directory: admin.key and jwt-signing-key.pem). See"
          + " docs/deployment.md, \"Several nodes\".";

  private KeyFingerprint fingerprint;
  private RecordedKeyFingerprint recorded;

  protected SharedKeysCheck() {}

  @Inject
  public SharedKeysCheck(KeyFingerprint fingerprint, RecordedKeyFingerprint recorded) {
    this.fingerprint = fingerprint;
    this.recorded = recorded;
  }

  void checkAtStartup(@Observes Startup startup) {
    check();
  }

  /** Throws when this node's keys are not those recorded by the first node. */
  void check() {
    String mine = fingerprint.value();
    if (!recorded.recordIfAbsent(mine).equals(mine)) {
      throw new IllegalStateException(DIFFERENT_KEYS);
    }
  }
}
