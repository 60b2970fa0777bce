/** What the OpenAPI document says about every operation, added in one place. */
package nl.redzaam.adapters.rest.openapi;
