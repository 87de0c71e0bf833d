package fi.kykyverkko.kernel.module;

/**
 * A per-tenant setting a module offers to tenant admins (declared shape; the settings screen arrives with the
 * first module that needs one).
 *
 * @param key          stable key, prefixed with the module id
 * @param labelKey     translation key of the label
 * @param type         how to edit and validate the value
 * @param defaultValue the value until a tenant admin changes it
 */
public record ModuleSetting(String key, String labelKey, Type type, String defaultValue) {

    public enum Type { TEXT, NUMBER, BOOLEAN }
}
