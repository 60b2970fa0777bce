package nl.redzaam.domain.shared;

/**
 * Marks the root of an aggregate: the one object through which its parts are changed, stored by its
 * own repository, and referred to by other aggregates by its id only (the architecture tests derive
 * the aggregates from this mark).
 *
 * @param <I> the type of its id
 */
public interface AggregateRoot<I> {

  I id();
}
