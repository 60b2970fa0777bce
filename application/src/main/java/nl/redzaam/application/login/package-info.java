/**
 * Logging in and out, sessions, activation of accounts from invitations, and the tokens these use.
 */
package nl.redzaam.application.login;
