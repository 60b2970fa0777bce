package nl.redzaam.adapters.persistence.jpa;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Brings the collections of a managed entity in line with the domain state, touching only what
 * changed: the persistence provider then writes only the rows that differ, and a child entity that
 * stays keeps its identity (never deleted and inserted again under the same key within one flush).
 */
public final class Rows {

  private Rows() {}

  /** Copies a domain value into a child entity that sits at {@code position} in its list. */
  @FunctionalInterface
  public interface Copier<D, C> {
    void copy(D value, C child, int position);
  }

  /**
   * Rewrites an element collection to hold {@code wanted}, unless it already holds the same values
   * (compared as domain values).
   */
  public static <R, D> void replace(
      List<R> rows, List<D> wanted, Function<R, D> toDomain, Function<D, R> toRow) {
    if (!rows.stream().map(toDomain).toList().equals(wanted)) {
      rows.clear();
      wanted.forEach(value -> rows.add(toRow.apply(value)));
    }
  }

  /** Makes {@code values} hold exactly {@code wanted}, removing and adding only the differences. */
  public static <T> void replace(Set<T> values, Collection<T> wanted) {
    Set<T> keep = new HashSet<>(wanted);
    removeWhere(values, value -> !keep.contains(value));
    keep.removeAll(values);
    values.addAll(keep);
  }

  /**
   * Makes {@code children} hold one child entity per wanted value, matched by key: a child whose
   * key is no longer wanted is removed (and deleted as an orphan), a missing one is created, and
   * every child is brought up to date with its value and its position in {@code wanted}.
   */
  public static <D, C, K> void sync(
      List<C> children,
      List<D> wanted,
      Function<D, K> keyOfValue,
      Function<C, K> keyOfChild,
      Function<D, C> create,
      Copier<D, C> copier) {
    syncKeyed(
        children,
        wanted,
        i -> keyOfValue.apply(wanted.get(i)),
        keyOfChild,
        i -> create.apply(wanted.get(i)),
        copier);
  }

  /**
   * Makes {@code children} hold one child entity per wanted value, identified by its position: a
   * child past the end is removed (and deleted as an orphan), a missing position is created, and
   * every child is brought up to date with the value at its position. A changed value is thus an
   * update of the row at its position, never a delete and insert of the same key.
   */
  public static <D, C> void syncByPosition(
      List<C> children,
      List<D> wanted,
      ToIntFunction<C> position,
      IntFunction<C> create,
      BiConsumer<D, C> copier) {
    syncKeyed(
        children,
        wanted,
        i -> i,
        position::applyAsInt,
        create,
        (value, child, i) -> copier.accept(value, child));
  }

  /**
   * What {@link #sync} and {@link #syncByPosition} share: the wanted value at index {@code i} has
   * the key {@code keyAt(i)}; children whose key is not wanted go, missing ones are created with
   * {@code createAt(i)}, and every child is copied from its value.
   */
  private static <D, C, K> void syncKeyed(
      List<C> children,
      List<D> wanted,
      IntFunction<K> keyAt,
      Function<C, K> keyOfChild,
      IntFunction<C> createAt,
      Copier<D, C> copier) {
    Set<K> wantedKeys = new HashSet<>();
    for (int i = 0; i < wanted.size(); i++) {
      if (!wantedKeys.add(keyAt.apply(i))) {
        throw new IllegalStateException("Two parts with the key " + keyAt.apply(i));
      }
    }
    removeWhere(children, child -> !wantedKeys.contains(keyOfChild.apply(child)));
    Map<K, C> existing = new HashMap<>();
    children.forEach(child -> existing.put(keyOfChild.apply(child), child));
    for (int i = 0; i < wanted.size(); i++) {
      C child = existing.get(keyAt.apply(i));
      if (child == null) {
        child = createAt.apply(i);
        children.add(child);
      }
      copier.copy(wanted.get(i), child, i);
    }
  }

  /**
   * Removes through the iterator, which the provider's lazy collections (a {@code Vector} holding a
   * delegate) implement faithfully, unlike some bulk operations inherited from {@code Vector}.
   */
  private static <T> void removeWhere(Collection<T> values, Predicate<T> unwanted) {
    for (Iterator<T> i = values.iterator(); i.hasNext(); ) {
      if (unwanted.test(i.next())) {
        i.remove();
      }
    }
  }

  /** The children in the order of their position column, as domain values. */
  public static <C, D> List<D> inOrder(
      Collection<C> children, ToIntFunction<C> position, Function<C, D> toDomain) {
    return children.stream().sorted(Comparator.comparingInt(position)).map(toDomain).toList();
  }
}
