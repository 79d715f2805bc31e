package org.disputes.testsupport;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A write that commits between a read's statements: a data source that runs it, once, right after the n-th
 * prepared statement it executes. Reads made of several statements are tried against it for torn answers.
 */
public final class MidwayCommit {

    private MidwayCommit() {
    }

    /** {@code target}, running {@code between} once after the first statement executed through it. */
    public static DataSource afterFirstStatement(DataSource target, Runnable between) {
        return afterStatement(1, target, between);
    }

    /** {@code target}, running {@code between} once after the {@code n}-th statement executed through it. */
    public static DataSource afterStatement(int n, DataSource target, Runnable between) {
        AtomicInteger executed = new AtomicInteger();
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return proxy(Connection.class, connection, (method, result) -> result instanceof PreparedStatement s
                        ? proxy(PreparedStatement.class, s, (called, answer) -> {
                            if (called.getName().startsWith("execute") && executed.incrementAndGet() == n) {
                                between.run();
                            }
                            return answer;
                        })
                        : result);
            }
        };
    }

    private interface After {
        Object apply(Method method, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, args) -> {
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
