package nl.redzaam.adapters.persistence.jpa;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * The primary key of a row in a list without identities of its own (a trajectory's pauses, a note's
 * replies, an evaluation's answers, ...): the owner's id and the row's position in the owner's
 * list. Each such entity declares it with {@code @IdClass}, so their key fields are named {@code
 * owner} (the {@code @ManyToOne} to the owner, whose id is a UUID) and {@code position}.
 */
public class OwnerPosition implements Serializable {
  private static final long serialVersionUID = 1L;

  UUID owner;
  int position;

  public OwnerPosition() {}

  @Override
  public boolean equals(Object o) {
    return o instanceof OwnerPosition k && Objects.equals(owner, k.owner) && position == k.position;
  }

  @Override
  public int hashCode() {
    return Objects.hash(owner, position);
  }
}
