package nl.redzaam.adapters.rest.security;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.redzaam.application.login.RequestLimits.Door;

/** A resource method whose requests count against a per-address limit ({@link RateLimitFilter}). */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {
  Door value() default Door.LOGIN_PER_ADDRESS;
}
