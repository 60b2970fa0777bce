/**
 * The application layer: use cases named by intent, in packages by capability, and the outbound
 * ports they need ({@code port}). It depends on the domain only; adapters implement the ports and
 * call the use cases.
 *
 * <ul>
 *   <li>{@code trajectory}: the change template ({@code TrajectoryChanges}), authorisation ({@code
 *       TrajectoryAccess}, {@code TrajectoryPermission}) and reading a trajectory; below it one
 *       package per capability: {@code start}, {@code weeklywork}, {@code tailoring}, {@code
 *       tempo}, {@code notes}, {@code conversation}, {@code evaluation}, {@code screening}, {@code
 *       aftercare}, {@code growthplan}, {@code budget};
 *   <li>{@code worklist}: the coach's caseload and the specialist's tasks;
 *   <li>{@code administration}: a municipality's staff, coach teams, catalogue variants, modules
 *       and access log;
 *   <li>{@code support}: support organisations, their workers and the residents' grants;
 *   <li>{@code mail}: scheduled and optional mails, mail preferences;
 *   <li>{@code login}: logging in, sessions, activation and password reset.
 * </ul>
 */
package nl.redzaam.application;
