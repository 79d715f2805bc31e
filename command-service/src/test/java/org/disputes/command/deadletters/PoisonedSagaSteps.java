package org.disputes.command.deadletters;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.disputes.api.adjudication.RequestProof;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tests' switch for a saga step that cannot be carried out: the command gateway, in every test context (they
 * share the database, and any of their processors may take the event), throws when the adjudication asks for proof
 * on a case named here, as a saga handler that throws would.
 */
@Component
public class PoisonedSagaSteps implements BeanPostProcessor {

    private static final Set<String> POISONED = ConcurrentHashMap.newKeySet();

    public static void poison(String caseId) {
        POISONED.add(caseId);
    }

    public static void heal(String caseId) {
        POISONED.remove(caseId);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof CommandGateway gateway)) {
            return bean;
        }
        return Proxy.newProxyInstance(CommandGateway.class.getClassLoader(), new Class<?>[]{CommandGateway.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("send") && args != null && args.length > 0
                            && args[0] instanceof RequestProof request
                            && POISONED.contains(request.caseId().toString())) {
                        throw new IllegalStateException("Cannot ask for proof on " + request);
                    }
                    try {
                        return method.invoke(gateway, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
