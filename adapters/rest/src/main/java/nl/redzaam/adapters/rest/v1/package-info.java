/** Version 1 of the API: resources and their JSON bodies. */
package nl.redzaam.adapters.rest.v1;
