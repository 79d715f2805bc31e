package org.disputes.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateCheckerOffTest {

    @ParameterizedTest(name = "property={0}, variable={1} -> kept={2}")
    @CsvSource(nullValues = "-", value = {
            "-,     -,     false",
            "true,  -,     false",
            "-,     true,  false",
            "false, -,     true",
            "-,     false, true",
            "true,  false, false"})
    void axonsUpdateCheckerIsLeftOutUnlessSomeoneOptsIn(String property, String variable, boolean kept) {
        MockEnvironment environment = new MockEnvironment();
        if (property != null) {
            environment.setProperty("axoniq.update-checker.disabled", property);
        }
        if (variable != null) {
            environment.setProperty("AXONIQ_UPDATE_CHECKER_DISABLED", variable);
        }
        UpdateCheckerOff filter = new UpdateCheckerOff();
        filter.setEnvironment(environment);

        boolean[] match = filter.match(new String[]{UpdateCheckerOff.UPDATE_CHECKER,
                "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"}, null);

        assertThat(match[0]).isEqualTo(kept);
        assertThat(match[1]).isTrue();
    }
}
