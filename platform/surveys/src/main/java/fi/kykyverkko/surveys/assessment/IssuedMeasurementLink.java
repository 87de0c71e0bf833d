package fi.kykyverkko.surveys.assessment;

import fi.kykyverkko.kernel.links.IssuedLink;

/** A link issued for a measurement: the link (its token exists only here), its path, and whether it was e-mailed. */
public record IssuedMeasurementLink(long measurementId, IssuedLink link, String path, boolean mailed) {

    @Override
    public String toString() {
        return "IssuedMeasurementLink[" + measurementId + ", mailed=" + mailed + "]";
    }
}
