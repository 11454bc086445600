/**
 * What every core package shares and no consumer needs. <b>Internal:</b> not exported from the
 * {@code org.regimen.core} module; may change in any release.
 *
 * <p>{@link org.regimen.internal.RegimenStyle} is the Immutables style of every value type (class
 * retention: it leaves nothing a consumer reads at run time); {@link
 * org.regimen.internal.LibraryVersion} reads the version a plan names in {@code library} (the API is
 * {@link org.regimen.Regimen#version()}).
 */
package org.regimen.internal;
