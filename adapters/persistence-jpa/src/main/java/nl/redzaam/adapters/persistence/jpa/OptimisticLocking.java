package nl.redzaam.adapters.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import nl.redzaam.application.port.ConcurrentUpdateException;

/**
 * How every repository of this adapter updates an aggregate: refuse a stale object, never merge.
 *
 * <ol>
 *   <li>The version of the entity in the persistence context must equal the version the domain
 *       object was loaded with. This catches a domain object kept from an earlier transaction (or
 *       updated twice from one load); within one request the entity is the one just loaded, so the
 *       real guard against concurrent writers is the next step.
 *   <li>The entity is brought in line with the domain object and its version is always incremented
 *       ({@link LockModeType#OPTIMISTIC_FORCE_INCREMENT}), also when only parts changed, so the
 *       flush runs {@code UPDATE ... SET version = n + 1 WHERE id = ? AND version = n}.
 *   <li>The flush happens here, inside the repository: when another transaction committed the same
 *       aggregate after this one read it (both loaded version n), that statement updates no row and
 *       JPA throws an {@link OptimisticLockException}.
 * </ol>
 *
 * Both refusals become the port's {@link ConcurrentUpdateException}.
 */
public final class OptimisticLocking {

  private OptimisticLocking() {}

  public static <E> void update(
      EntityManager em,
      Class<E> type,
      Object id,
      long loadedVersion,
      ToLongFunction<E> storedVersion,
      Consumer<E> copy,
      String what) {
    try {
      E entity = em.find(type, id);
      if (entity == null) {
        throw new ConcurrentUpdateException(what + " no longer exists", null);
      }
      long stored = storedVersion.applyAsLong(entity);
      if (stored != loadedVersion) {
        throw new ConcurrentUpdateException(
            what
                + " was changed by someone else: it was loaded at version "
                + loadedVersion
                + " and is stored at version "
                + stored,
            null);
      }
      copy.accept(entity);
      em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      em.flush();
    } catch (RuntimeException e) {
      if (isOptimisticLockFailure(e)) {
        throw new ConcurrentUpdateException(
            what + " was changed by someone else while this change was being stored", e);
      }
      throw e;
    }
  }

  /** True when the exception, or one of its causes, reports a failed optimistic lock. */
  public static boolean isOptimisticLockFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException
          || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
