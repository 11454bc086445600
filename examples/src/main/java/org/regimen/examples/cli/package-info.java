/**
 * The command-line tool ({@link org.regimen.examples.cli.RegimenCli}, picocli), built as the
 * runnable {@code examples/target/regimen-cli.jar}: {@code plan}, {@code compare}, {@code batch},
 * {@code treatments} and the FHIR commands. <b>Internal:</b> not published as a library; its
 * command line, not its classes, is what users rely on (README, "The command-line tool").
 */
package org.regimen.examples.cli;
