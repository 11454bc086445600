/**
 * The embedding example ({@link org.regimen.examples.EmbeddingExample}: the Java quick start in
 * full). Not published: read it, copy it.
 */
package org.regimen.examples;
