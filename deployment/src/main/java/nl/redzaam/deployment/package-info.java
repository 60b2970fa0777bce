/**
 * Deployment wiring for Payara Micro: the data source chosen by configuration (embedded H2 or
 * PostgreSQL), the database readiness check and the startup message. Configuration keys are listed
 * in {@code docs/operations.md}.
 */
package nl.redzaam.deployment;
