/**
 * The burden-of-proof policy {@value org.disputes.command.policy.PolicyVersion#CURRENT} (POLICY.md, and the
 * project's own docs/POLICY.md for every rule added where the specification is silent).
 *
 * <p>Pure Java on purpose: no Spring, no Axon (an ArchUnit test holds the line). The saga gathers the facts of a
 * case into {@link org.disputes.command.policy.CaseFacts}, the settings into
 * {@link org.disputes.command.policy.PolicyTerms}, and records the {@link org.disputes.command.policy.Decision}
 * that {@link org.disputes.command.policy.BurdenOfProofPolicy} returns. The same facts always give the same
 * decision: nothing here reads a clock or a database.
 */
package org.disputes.command.policy;
