/** The municipality aggregate: a tenant of Redzaam and the modules it has purchased. */
package nl.redzaam.domain.municipality;
