package org.gamepicker.adapter.persistence.apitoken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gamepicker.application.port.out.ApiTokenRepository;
import org.gamepicker.domain.apitoken.ApiToken;
import org.gamepicker.domain.apitoken.TokenScope;
import org.gamepicker.domain.common.DomainException;

/** The bot tokens in the api_token table. */
@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public List<ApiToken> findAll() {
    return entityManager
        .createQuery("SELECT t FROM ApiTokenJpaEntity t ORDER BY t.id", ApiTokenJpaEntity.class)
        .getResultList()
        .stream()
        .map(JpaApiTokenRepository::toDomain)
        .toList();
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public Optional<ApiToken> findById(long id) {
    return Optional.ofNullable(entityManager.find(ApiTokenJpaEntity.class, id))
        .map(JpaApiTokenRepository::toDomain);
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public Optional<ApiToken> findBySecretHash(String secretHash) {
    return entityManager
        .createQuery(
            "SELECT t FROM ApiTokenJpaEntity t WHERE t.secretHash = :hash", ApiTokenJpaEntity.class)
        .setParameter("hash", secretHash)
        .getResultStream()
        .findFirst()
        .map(JpaApiTokenRepository::toDomain);
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public ApiToken add(ApiToken token) {
    ApiTokenJpaEntity row = new ApiTokenJpaEntity();
    row.name = token.name();
    row.scopes =
        Arrays.stream(TokenScope.values())
            .filter(token.scopes()::contains)
            .map(TokenScope::wireName)
            .collect(Collectors.joining(","));
    row.secretHash = token.secretHash();
    row.createdAt = toColumn(token.createdAt());
    row.lastUsedAt = toColumn(token.lastUsedAt());
    entityManager.persist(row);
    entityManager.flush();
    return toDomain(row);
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public void recordUse(long id, Instant usedAt) {
    entityManager
        .createQuery("UPDATE ApiTokenJpaEntity t SET t.lastUsedAt = :usedAt WHERE t.id = :id")
        .setParameter("usedAt", toColumn(usedAt))
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public boolean delete(long id) {
    return entityManager
            .createQuery("DELETE FROM ApiTokenJpaEntity t WHERE t.id = :id")
            .setParameter("id", id)
            .executeUpdate()
        > 0;
  }

  private static ApiToken toDomain(ApiTokenJpaEntity row) {
    return ApiToken.restore(
        row.id,
        row.name,
        Arrays.stream(row.scopes.split(",")).map(TokenScope::named).toList(),
        row.secretHash,
        row.createdAt.toInstant(),
        row.lastUsedAt == null ? null : row.lastUsedAt.toInstant());
  }

  private static OffsetDateTime toColumn(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
  }
}
