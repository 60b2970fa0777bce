package nl.redzaam.deployment.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.redzaam.application.port.BudgetPlanRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.MessageRepository;
import nl.redzaam.application.port.Notifications;
import nl.redzaam.application.usecase.ListMessages;
import nl.redzaam.application.usecase.MarkMessagesRead;
import nl.redzaam.application.usecase.ReadBudgetPlan;
import nl.redzaam.application.usecase.ReplaceBudgetPlan;
import nl.redzaam.application.usecase.SendMessage;
import nl.redzaam.application.usecase.SetResidentBudgetRight;
import nl.redzaam.application.usecase.TrajectoryAccess;

/** Builds the use cases of messages and the budget plan; see {@link UseCases}. */
@ApplicationScoped
public class ConversationAndBudgetUseCases {

  @Produces
  SendMessage sendMessage(
      CurrentUser currentUser,
      TrajectoryAccess access,
      MessageRepository messages,
      IdentityGenerator ids,
      Clock clock,
      Notifications notifications) {
    return new SendMessage(currentUser, access, messages, ids, clock, notifications);
  }

  @Produces
  ListMessages listMessages(
      CurrentUser currentUser, TrajectoryAccess access, MessageRepository messages) {
    return new ListMessages(currentUser, access, messages);
  }

  @Produces
  MarkMessagesRead markMessagesRead(
      CurrentUser currentUser, TrajectoryAccess access, MessageRepository messages, Clock clock) {
    return new MarkMessagesRead(currentUser, access, messages, clock);
  }

  @Produces
  ReadBudgetPlan readBudgetPlan(
      CurrentUser currentUser, TrajectoryAccess access, BudgetPlanRepository plans, Clock clock) {
    return new ReadBudgetPlan(currentUser, access, plans, clock);
  }

  @Produces
  ReplaceBudgetPlan replaceBudgetPlan(
      CurrentUser currentUser, TrajectoryAccess access, BudgetPlanRepository plans, Clock clock) {
    return new ReplaceBudgetPlan(currentUser, access, plans, clock);
  }

  @Produces
  SetResidentBudgetRight setResidentBudgetRight(
      CurrentUser currentUser, TrajectoryAccess access, BudgetPlanRepository plans, Clock clock) {
    return new SetResidentBudgetRight(currentUser, access, plans, clock);
  }
}
