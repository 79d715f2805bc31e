package org.disputes.command.policy;

import java.util.Objects;
import java.util.function.Function;

/** One named burden-of-proof rule (an id from POLICY.md or docs/POLICY.md) and what it finds in a case. */
public interface Rule {

    String id();

    Finding evaluate(CaseAssessment assessment);

    static Rule of(String id, Function<CaseAssessment, Finding> evaluation) {
        return new Named(id, evaluation);
    }

    record Named(String id, Function<CaseAssessment, Finding> evaluation) implements Rule {

        public Named {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(evaluation, "evaluation");
        }

        @Override
        public Finding evaluate(CaseAssessment assessment) {
            return evaluation.apply(assessment);
        }

        @Override
        public String toString() {
            return id;
        }
    }
}
