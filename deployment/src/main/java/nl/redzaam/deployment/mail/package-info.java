/**
 * Mail in the server: the notification adapter recording into the outbox, the scheduled sender, and
 * on the embedded default the local mailbox page ({@code /dev/mailbox}). Settings: {@code
 * redzaam.mail.*}, docs/operations.md.
 */
package nl.redzaam.deployment.mail;
