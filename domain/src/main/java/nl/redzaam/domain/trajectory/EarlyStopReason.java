package nl.redzaam.domain.trajectory;

/** Why the coach stopped a trajectory before its planned end. */
public enum EarlyStopReason {
  /** The resident is clearly self-reliant enough sooner than planned. */
  READY_SOONER,
  /** It became clear that the resident is not ready for more independence yet. */
  NOT_READY,
  /** The resident no longer wants to take part. */
  RESIDENT_WITHDREW,
  /** Anything else; the explanation says what. */
  OTHER
}
