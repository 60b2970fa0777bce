/** Building blocks shared by every aggregate: rule violations and the domain event contract. */
package nl.redzaam.domain.shared;
