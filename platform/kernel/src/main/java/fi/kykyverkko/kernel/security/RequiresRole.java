package fi.kykyverkko.kernel.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Roles a REST resource (class or method) needs; checked by {@link RoleCheckFilter} against the caller the
 * API authenticated. Our own annotation rather than {@code @RolesAllowed}: Payara intercepts that one on CDI
 * beans against the container identity, which a stateless Bearer-token call does not have.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {

    String[] value();
}
