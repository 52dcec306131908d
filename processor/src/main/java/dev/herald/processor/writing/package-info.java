/**
 * Writers that turn the compilation model into Java source with JavaPoet, one writer per generated
 * file, all stamped the same way by {@link dev.herald.processor.writing.SourceWriter}; and the
 * integration-event contract, the one resource written beside the sources.
 */
package dev.herald.processor.writing;
