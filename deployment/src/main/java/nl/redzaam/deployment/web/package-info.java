/** Serving the web work environment (/werkomgeving/): the configured house style. */
package nl.redzaam.deployment.web;
