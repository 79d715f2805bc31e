/**
 * The burden-of-proof policy {@value org.disputes.command.policy.PolicyVersion#CURRENT} (POLICY.md, and the
 * project's own docs/POLICY.md for every rule added where the specification is silent).
 *
 * <p>Pure Java on purpose: no Spring, no Axon (an ArchUnit test holds the line); it speaks the shared language's
 * outcomes, tiers, recommendations and signals. The case ({@code DisputeCase}) gathers its own facts into
 * {@link org.disputes.command.policy.CaseFacts}, the {@code Adjudicator} adds what only other cases tell and the
 * settings ({@link org.disputes.command.policy.PolicyTerms}), and the case records the
 * {@link org.disputes.command.policy.Decision} that {@link org.disputes.command.policy.BurdenOfProofPolicy} returns;
 * the saga only says when. The same facts always give the same decision: nothing here reads a clock or a database.
 */
package org.disputes.command.policy;
