/**
 * Mail: the notification adapter records each mail in an outbox table in the caller's transaction
 * ({@link nl.redzaam.adapters.mail.OutboxNotifications}); a sender ({@link
 * nl.redzaam.adapters.mail.OutboxSender}) delivers it later, once, through a {@link
 * nl.redzaam.adapters.mail.MailDelivery}: SMTP, or the local mailbox of the embedded default. Why
 * it works this way: docs/adr/0010-mail-outbox.md.
 */
package nl.redzaam.adapters.mail;
