/**
 * The contract-test kit (artifact {@code regimen-testkit}). <b>Public API</b> for module authors'
 * tests (docs/writing-a-module.md): the tests every treatment module runs
 * ({@link org.regimen.testing.TreatmentModuleContract}, {@link
 * org.regimen.testing.CourseInProgressExamples}), the seeded request generator they run on ({@link
 * org.regimen.testing.RequestGenerator}) and the checks of a plan, of screening and of a combined
 * plan that they and other modules' tests call. Add the artifact in test scope; it brings JUnit
 * Jupiter (with its engine), AssertJ and QuickTheories, so a module's contract test runs with no
 * other test dependency.
 *
 * <p>Not for production code: the checks fail with assertion errors.
 *
 * @since 0.1.0
 */
package org.regimen.testing;
