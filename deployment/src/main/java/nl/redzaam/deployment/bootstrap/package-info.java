/** Creates the first municipality and its administrator from configuration on an empty database. */
package nl.redzaam.deployment.bootstrap;
