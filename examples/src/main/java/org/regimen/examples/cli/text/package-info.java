/**
 * Plans, comparisons and the list of treatments as text for a person at a terminal, for the
 * command-line tool. <b>Internal:</b> not published; the wording may change in any release.
 */
package org.regimen.examples.cli.text;
