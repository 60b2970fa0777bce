/**
 * Use cases, one class per intent, each taking a command or query record. They check who asks
 * (through {@link nl.redzaam.application.port.CurrentUser}), load aggregates through ports, call
 * the aggregate's rule-keeping methods and store the result. Transactions are the caller's
 * business.
 */
package nl.redzaam.application.usecase;
