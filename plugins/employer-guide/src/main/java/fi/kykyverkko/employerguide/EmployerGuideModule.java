package fi.kykyverkko.employerguide;

import fi.kykyverkko.kernel.module.ModuleRole;
import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.module.PublicPage;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Region plugin: the employer guide (työnantajaopas). Employers asked first for plain information on job
 * coaching, work trials and pay subsidy (Kymenlaakso's and Rovaniemi's reports); the region's employer
 * liaison keeps the guide here, the region's staff read it in the portal and employers read it without login.
 * Everything the plugin adds is declared in this class; nothing outside its folder names it but
 * {@code plugins/pom.xml} and the definitions of the regions that enable it.
 */
@ApplicationScoped
public class EmployerGuideModule implements PortalModule {

    public static final String ID = "employer-guide";
    public static final String BUNDLE = "i18n." + ID;
    /** Writes and publishes the guide; tenant admins may too. */
    public static final String EDITOR = "employer-liaison";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("Työnantajaopas", "Arbetsgivarguide", "Employer guide");
    }

    @Override
    public boolean core() {
        return false;
    }

    @Override
    public int menuOrder() {
        return 400;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(GuideSection.class);
    }

    @Override
    public List<ModuleRole> roles() {
        return List.of(new ModuleRole(EDITOR, "työnantajayhteistyön vastaava", "ansvarig för arbetsgivarsamarbetet",
                "employer liaison"));
    }

    /** Every member of the region reads the guide; the view itself offers editing to editors. */
    @Override
    public List<ModuleView> views() {
        return List.of(new ModuleView(EmployerGuideView.class, "guide.title", "vaadin:briefcase", Set.of(), true));
    }

    @Override
    public List<Class<?>> resources() {
        return List.of(GuideResource.class);
    }

    @Override
    public List<Class<? extends PublicPage>> publicPages() {
        return List.of(PublicGuidePage.class);
    }
}
