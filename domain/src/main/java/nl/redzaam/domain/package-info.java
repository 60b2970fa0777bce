/**
 * The Redzaam domain: the coaching method for financial self-reliance as plain Java. Nothing here
 * depends on anything but the JDK; rules live in aggregate methods and fail with {@link
 * nl.redzaam.domain.shared.RuleViolation}.
 */
package nl.redzaam.domain;
