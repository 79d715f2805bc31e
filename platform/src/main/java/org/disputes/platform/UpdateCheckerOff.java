package org.disputes.platform;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * A system that regulators audit does not phone home: Axon's update checker (which calls an outside host and
 * writes {@code ~/.axoniq}) is not even configured unless someone opts in with
 * {@code axoniq.update-checker.disabled=false} (property, system property, or
 * {@code AXONIQ_UPDATE_CHECKER_DISABLED=false}).
 */
public class UpdateCheckerOff implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String UPDATE_CHECKER = "org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration";
    static final String KEY = "axoniq.update-checker.disabled";

    private boolean optedIn;

    @Override
    public void setEnvironment(Environment environment) {
        optedIn = "false".equalsIgnoreCase(environment.getProperty(KEY,
                environment.getProperty("AXONIQ_UPDATE_CHECKER_DISABLED", "true")));
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] keep = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            keep[i] = optedIn || !UPDATE_CHECKER.equals(autoConfigurationClasses[i]);
        }
        return keep;
    }
}
