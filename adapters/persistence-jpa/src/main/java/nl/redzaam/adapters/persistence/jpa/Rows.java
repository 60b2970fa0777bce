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
final class Rows {

  private Rows() {}

  /** Copies a domain value into a child entity that sits at {@code position} in its list. */
  @FunctionalInterface
  interface Copier<D, C> {
    void copy(D value, C child, int position);
  }

  /**
   * Rewrites an element collection to hold {@code wanted}, unless it already holds the same values
   * (compared as domain values).
   */
  static <R, D> void replace(
      List<R> rows, List<D> wanted, Function<R, D> toDomain, Function<D, R> toRow) {
    if (!rows.stream().map(toDomain).toList().equals(wanted)) {
      rows.clear();
      wanted.forEach(value -> rows.add(toRow.apply(value)));
    }
  }

  /** Makes {@code values} hold exactly {@code wanted}, removing and adding only the differences. */
  static <T> void replace(Set<T> values, Collection<T> wanted) {
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
  static <D, C, K> void sync(
      List<C> children,
      List<D> wanted,
      Function<D, K> keyOfValue,
      Function<C, K> keyOfChild,
      Function<D, C> create,
      Copier<D, C> copier) {
    Map<K, D> wantedByKey = new HashMap<>();
    for (D value : wanted) {
      if (wantedByKey.put(keyOfValue.apply(value), value) != null) {
        throw new IllegalStateException("Two parts with the key " + keyOfValue.apply(value));
      }
    }
    removeWhere(children, child -> !wantedByKey.containsKey(keyOfChild.apply(child)));
    Map<K, C> existing = new HashMap<>();
    children.forEach(child -> existing.put(keyOfChild.apply(child), child));
    for (int position = 0; position < wanted.size(); position++) {
      D value = wanted.get(position);
      C child = existing.get(keyOfValue.apply(value));
      if (child == null) {
        child = create.apply(value);
        children.add(child);
      }
      copier.copy(value, child, position);
    }
  }

  /**
   * Makes {@code children} hold one child entity per wanted value, identified by its position: a
   * child past the end is removed (and deleted as an orphan), a missing position is created, and
   * every child is brought up to date with the value at its position. A changed value is thus an
   * update of the row at its position, never a delete and insert of the same key.
   */
  static <D, C> void syncByPosition(
      List<C> children,
      List<D> wanted,
      ToIntFunction<C> position,
      IntFunction<C> create,
      BiConsumer<D, C> copier) {
    removeWhere(children, child -> position.applyAsInt(child) >= wanted.size());
    Map<Integer, C> existing = new HashMap<>();
    children.forEach(child -> existing.put(position.applyAsInt(child), child));
    for (int i = 0; i < wanted.size(); i++) {
      C child = existing.get(i);
      if (child == null) {
        child = create.apply(i);
        children.add(child);
      }
      copier.accept(wanted.get(i), child);
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
  static <C, D> List<D> inOrder(
      Collection<C> children, ToIntFunction<C> position, Function<C, D> toDomain) {
    return children.stream().sorted(Comparator.comparingInt(position)).map(toDomain).toList();
  }
}
