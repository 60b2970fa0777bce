/**
 * Demo data for the embedded default only: a municipality, its staff and a resident in week 5, so
 * that someone trying Redzaam can log in at once. Never runs against PostgreSQL.
 */
package nl.redzaam.deployment.demo;
