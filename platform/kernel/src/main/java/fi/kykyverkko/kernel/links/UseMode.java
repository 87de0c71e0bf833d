package fi.kykyverkko.kernel.links;

/** How long a personal link lasts within its lifetime. Opening a link ({@code resolve}) never spends it. */
public enum UseMode {
    /** Spent by the first act through it: its first use ({@code markUsed}) or its submission. */
    SINGLE_USE,
    /** Usable again and again (a draft saved, come back tomorrow) until it is submitted. */
    REUSABLE_UNTIL_SUBMITTED
}
