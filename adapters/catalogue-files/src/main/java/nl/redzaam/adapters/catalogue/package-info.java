/**
 * Catalogue adapter: reads the published catalogues from versioned JSON files on the classpath
 * ({@code catalog/index.json} and the files it lists) and offers them through the {@link
 * nl.redzaam.application.port.CatalogueRepository} port. See {@code docs/catalogue.md} for the file
 * format.
 */
package nl.redzaam.adapters.catalogue;
