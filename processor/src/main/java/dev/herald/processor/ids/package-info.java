/**
 * The rename guard: the route ids and stored event names of a compilation, the ids file a project
 * keeps in version control, and the check of one against the other, so that a rename which would
 * strand stored deliveries or events is a compile error rather than a surprise after a deploy.
 */
package dev.herald.processor.ids;
