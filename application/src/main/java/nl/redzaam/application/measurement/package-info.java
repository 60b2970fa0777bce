/**
 * Measurement: the municipality's figures (KPIs) for its administrators and policy officers, as
 * anonymous aggregates in which no cell under five is shown.
 */
package nl.redzaam.application.measurement;
