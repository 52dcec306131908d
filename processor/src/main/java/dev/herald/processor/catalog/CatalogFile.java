package dev.herald.processor.catalog;

/**
 * One file of the catalog: its name under {@code META-INF/herald/<package>/} and how it prints a
 * catalog; adding a file means adding a subclass to {@link CatalogStep}'s list.
 */
abstract class CatalogFile {

  /** The file's name, e.g. {@code catalog.json}. */
  abstract String fileName();

  /** The whole file's text, the same for the same catalog on every build. */
  abstract String content(Catalog catalog);
}
