package nl.redzaam.application.trajectory;

import static nl.redzaam.application.trajectory.Relation.ADMINISTRATOR;
import static nl.redzaam.application.trajectory.Relation.COACH;
import static nl.redzaam.application.trajectory.Relation.RESIDENT;
import static nl.redzaam.application.trajectory.Relation.SPECIALIST;
import static nl.redzaam.application.trajectory.Relation.STAND_IN_COACH;
import static nl.redzaam.application.trajectory.Relation.SUPPORT_WORKER;

import java.util.EnumSet;
import java.util.Set;

/**
 * What may be done with a trajectory and who may do it: the rule set that docs/security.md
 * documents (a test keeps the two equal). Someone with no relation to a trajectory, or from another
 * municipality, gets "not found"; someone with a relation but without the permission gets
 * "forbidden".
 */
public enum TrajectoryPermission {
  VIEW(
      "read the trajectory, its weeks, answers, notes, growth plan, evaluations and screenings",
      RESIDENT,
      COACH,
      STAND_IN_COACH,
      SPECIALIST,
      SUPPORT_WORKER),
  ANSWER_ASSIGNMENTS("save drafts and submit answers", RESIDENT),
  WRITE_NOTES("leave a note on an assignment", RESIDENT),
  REPLY_TO_NOTES("reply to a resident's note", COACH, STAND_IN_COACH, SPECIALIST),
  REVIEW_ANSWERS("approve answers or send them back with feedback", COACH, STAND_IN_COACH),
  CHANGE_TEMPO("pause, resume, faster, normal, slower", COACH, STAND_IN_COACH),
  TAILOR("skip, reinstate or stress an assignment, add an own assignment", COACH, STAND_IN_COACH),
  EDIT_GROWTH_PLAN(
      "set and achieve goals, make agreements, record progress", COACH, STAND_IN_COACH),
  LEAD_EVALUATIONS(
      "open an evaluation, write the joint conclusion, set the outcome", COACH, STAND_IN_COACH),
  TAKE_PART_IN_EVALUATIONS(
      "answer one's own part of an evaluation", RESIDENT, COACH, STAND_IN_COACH, SPECIALIST),
  RECORD_SCREENINGS("record a start or end screening", RESIDENT, COACH, STAND_IN_COACH),
  PLAN_CONVERSATIONS(
      "plan or cancel the next conversation with the resident", COACH, STAND_IN_COACH),
  RUN_AFTERCARE("plan and record aftercare check-ins, close", COACH, STAND_IN_COACH),
  STOP_EARLY("stop the trajectory early with a reason", COACH, STAND_IN_COACH),
  INVITE_RESIDENT("invite the resident (again)", SPECIALIST, COACH),
  EXCHANGE_MESSAGES("read and send messages", RESIDENT, COACH, STAND_IN_COACH),
  MANAGE_SUPPORT_ACCESS("grant and revoke a support organisation's access", RESIDENT),
  SET_BUDGET_RIGHTS(
      "set what the resident may do with the budget plan", COACH, STAND_IN_COACH, SPECIALIST),
  EDIT_BUDGET_PLAN(
      "change the budget plan (the resident only with the right to edit)",
      RESIDENT,
      COACH,
      STAND_IN_COACH,
      SPECIALIST),
  WRITE_COURT_ADVICE(
      "write the advice to the sub-district court and make it final (protective administration)",
      SPECIALIST),
  DOWNLOAD_FINAL_REPORT(
      "download the final report", COACH, STAND_IN_COACH, SPECIALIST, ADMINISTRATOR);

  private final String description;
  private final Set<Relation> grantedTo;

  TrajectoryPermission(String description, Relation first, Relation... rest) {
    this.description = description;
    this.grantedTo = EnumSet.of(first, rest);
  }

  public String description() {
    return description;
  }

  public Set<Relation> grantedTo() {
    return Set.copyOf(grantedTo);
  }

  public boolean grantedToAnyOf(Set<Relation> relations) {
    return relations.stream().anyMatch(grantedTo::contains);
  }
}
