package fi.kykyverkko.kernel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A {@link Stamped} row with a code: the stable key imports and the API match on. */
@MappedSuperclass
public abstract class Coded extends Stamped {

    @Column(nullable = false)
    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = Problems.clean(code);
    }
}
