/**
 * Messages between a resident and their coaches: each message is a small aggregate of its own, with
 * who wrote it, when, and who has read it.
 */
package nl.redzaam.domain.conversation;
