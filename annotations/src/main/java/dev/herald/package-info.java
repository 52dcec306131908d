/**
 * The annotations a service puts on its events and handlers; the Herald processor reads them at
 * compile time and generates the dispatch code, so nothing here is read at run time.
 */
package dev.herald;
