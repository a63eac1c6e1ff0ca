package org.gamepicker.adapter.persistence.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.gamepicker.adapter.persistence.common.NativeColumns;
import org.gamepicker.application.port.out.RecordedKeyFingerprint;
import org.gamepicker.domain.common.DomainException;

/** The key fingerprint in the one-row key_fingerprint table; the first node to start writes it. */
@ApplicationScoped
public class JpaRecordedKeyFingerprint implements RecordedKeyFingerprint {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public String recordIfAbsent(String fingerprint) {
    entityManager
        .createNativeQuery(
            "INSERT INTO key_fingerprint (id, fingerprint, recorded_at) VALUES (1, ?1, ?2)"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, fingerprint)
        .setParameter(2, NativeColumns.utc(Instant.now()))
        .executeUpdate();
    return (String)
        entityManager
            .createNativeQuery("SELECT fingerprint FROM key_fingerprint WHERE id = 1")
            .getSingleResult();
  }
}
