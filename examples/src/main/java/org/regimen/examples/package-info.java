/**
 * The embedding example ({@link org.regimen.examples.EmbeddingExample}: the Java quick start in
 * full). <b>Not an API:</b> an example, not published; read it, copy it.
 */
package org.regimen.examples;
