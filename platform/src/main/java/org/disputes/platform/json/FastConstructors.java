package org.disputes.platform.json;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Calls the constructors that stored JSON is read through (every event and view is a record) by a method handle
 * adapted once a type. Jackson 3 calls a creator constructor with {@code MethodHandle.invokeWithArguments}, which
 * adapts the handle to an array of arguments again on every call: a tenth of a rebuild's reading in a profile, and a
 * fifth of reading a view back. Only the call changes: the same constructor gets the same arguments, and what it
 * throws is reported as Jackson reports it.
 */
public final class FastConstructors extends ValueInstantiators.Base {

    private static final MethodType FROM_ARGUMENTS = MethodType.methodType(Object.class, Object[].class);

    private FastConstructors() {
    }

    public static SimpleModule module() {
        return new SimpleModule("fast-constructors") {
            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addValueInstantiators(new FastConstructors());
            }
        };
    }

    @Override
    public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
                                                     BeanDescription.Supplier type, ValueInstantiator found) {
        // Jackson's own instantiator exactly, not one of its special kinds, and only when it calls a constructor
        if (found.getClass() == StdValueInstantiator.class
                && found.getWithArgsCreator() instanceof AnnotatedConstructor creator) {
            try {
                MethodHandle constructor = MethodHandles.lookup().unreflectConstructor(creator.getAnnotated())
                        .asSpreader(Object[].class, creator.getParameterCount())
                        .asType(FROM_ARGUMENTS);
                return new Spreading((StdValueInstantiator) found, constructor);
            } catch (IllegalAccessException closedToUs) {
                return found;
            }
        }
        return found;
    }

    private static final class Spreading extends StdValueInstantiator {

        private final MethodHandle constructor;

        Spreading(StdValueInstantiator found, MethodHandle constructor) {
            super(found);
            this.constructor = constructor;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, Object[] args) throws JacksonException {
            try {
                return (Object) constructor.invokeExact(args);
            } catch (Error error) {
                throw error;
            } catch (Throwable thrown) {
                // as Jackson's own instantiator reports a constructor's failure
                return context.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(context, thrown));
            }
        }
    }
}
