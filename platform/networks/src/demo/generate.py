"""Writes the demo network of each demo region (organisations, people, services as CSV in the import format,
groups and events as JSON) into the jar's resources. Run from
platform/networks/src/main/resources/demo/networks: python3 ../../../../demo/generate.py. The files are committed; this script
documents where they come from (the seeds in shared/seeds: Lapland's development group of 22 monthly and
steering group of 14, Keusote's job coaches' network and Kohtaamot, Kymenlaakso's morning coffees).

The files name no dates: the loader (NetworksDemoData, DemoCalendar) counts them from the day the demo is loaded.
A group's "meetings" are occurrences of its cadence (0 = the latest on or before that day, -1 the one before,
1 the next), so a "first Tuesday" group meets on first Tuesdays; an event is a working day of a week ("week": 0 is
that week, "day": MONDAY-FRIDAY); a task's due date is a number of days, moved back to a working day. The people
linked to demo accounts carry the names the kernel's DemoUsers gives those accounts in Keycloak, so one person has
one name and one title everywhere."""
import csv, json, os, random

REGIONS = {
 "lappi": dict(name="Lappi", munis=["Rovaniemi", "Kemijärvi"], county="Lapin hyvinvointialue", city="Rovaniemen kaupunki",
     ngo=("nuorten-ystavat", "Nuorten Ystävät ry", "Roihula, Rovaniemi"), ngo2=("rovaniemen-invalidit", "Rovaniemen Invalidit ry", "Rovaniemi"),
     edu="Lapin koulutuskeskus REDU", pilot="Rovaniemen työllisyyden kuntakokeilu"),
 "kymenlaakso": dict(name="Kymenlaakso", munis=["Kotka", "Kouvola", "Hamina", "Iitti", "Pyhtää", "Miehikkälä", "Virolahti"],
     county="Kymenlaakson hyvinvointialue", city="Kotkan kaupunki", ngo=("kymenlaakson-jarjestot", "Kymenlaakson Järjestöt ry", "Kotka"),
     ngo2=("kuntouttava-tyotoiminta-kotka", "Kotkan Sosiaalinen Yhdistys ry", "Kotka"), edu="Ekami", pilot="Kouvolan työllisyyden kuntakokeilu"),
 "keski-uusimaa": dict(name="Keski-Uusimaa", munis=["Hyvinkää", "Järvenpää", "Mäntsälä", "Nurmijärvi", "Pornainen", "Tuusula"],
     county="Keski-Uudenmaan hyvinvointialue (Keusote)", city="Järvenpään kaupunki", ngo=("hyvinkaan-mielenterveysyhdistys", "Hyvinkään Seudun Mielenterveysseura ry", "Hyvinkää"),
     ngo2=("tuusulan-tyottomat", "Tuusulan Työttömät ry", "Tuusula"), edu="Keuda", pilot="Keski-Uudenmaan työllisyyden kuntakokeilu"),
 "etela-savo": dict(name="Etelä-Savo", munis=["Mikkeli", "Savonlinna", "Pieksämäki", "Juva", "Kangasniemi", "Mäntyharju"],
     county="Etelä-Savon hyvinvointialue (Eloisa)", city="Mikkelin kaupunki", ngo=("mikkelin-seudun-tyottomat", "Mikkelin Seudun Työttömät ry", "Mikkeli"),
     ngo2=("savonlinnan-mielenterveysseura", "Savonlinnan Mielenterveysseura ry", "Savonlinna"), edu="Esedu", pilot="Mikkelin työllisyyden kuntakokeilu"),
}

def orgs(r):
    m = r["munis"]
    return [
     ("kela", "Kela", "FPA", "Kela", "KELA", "0246246-0", "https://www.kela.fi", m),
     ("te-palvelut", "TE-palvelut", "TE-tjänsterna", "TE Services", "TE_SERVICES", "", "https://toimistot.te-palvelut.fi", m),
     ("hyvinvointialue", r["county"], "", "", "WELLBEING_COUNTY", "", "", m),
     ("kaupunki", r["city"], "", "", "MUNICIPALITY", "", "", [m[0]]),
     ("kuntakokeilu", r["pilot"], "", "", "MUNICIPAL_EMPLOYMENT_PILOT", "", "", m[:2]),
     ("ohjaamo", "Ohjaamo " + m[0], "Navigatorn " + m[0], "Ohjaamo " + m[0], "OHJAAMO", "", "", [m[0]]),
     ("typ", "TYP " + r["name"], "", "", "TYP", "", "", m),
     (r["ngo"][0], r["ngo"][1], "", "", "NGO", "", "", [r["ngo"][2].split(", ")[-1]]),
     (r["ngo2"][0], r["ngo2"][1], "", "", "NGO", "", "", [r["ngo2"][2]]),
     ("oppilaitos", r["edu"], "", "", "EDUCATION", "", "", m),
     ("tyoterveys", "Työterveyshuolto " + m[0], "", "", "OCCUPATIONAL_HEALTH", "", "", [m[0]]),
     ("tyonantaja", "Esimerkki Oy (työnantajakumppani)", "", "", "EMPLOYER", "", "", [m[0]]),
    ]

# (code, organisation, category, channels, name, description, target group, how to access, keywords, municipality scope)
SERVICES = [
 ("kela-kuntoutusraha", "kela", "KELA", "ON_SITE|PHONE|REMOTE", "Kuntoutusraha ja ammatillinen kuntoutus", "Kelan ammatillinen kuntoutus: työkokeilu, koulutus ja työhönvalmennus, kun sairaus uhkaa työkykyä.", "Työikäiset, joiden työkyky on heikentynyt", "Hakemus Kelaan (KU101), lääkärinlausunto B", "kuntoutus työkyky raha toimeentulo", "all"),
 ("kela-tyokykyneuvonta", "kela", "KELA", "PHONE|REMOTE", "Kelan työkykyneuvonta", "Henkilökohtaista neuvontaa työkyvyn tukemiseen ja kuntoutusmahdollisuuksiin.", "Työikäiset, joiden työkyky on heikentynyt", "Ajanvaraus Kelan palvelunumerosta tai ammattilaisen yhteydenotolla", "työkyky neuvonta", "all"),
 ("kela-toimeentulotuki", "kela", "KELA", "ON_SITE|PHONE|REMOTE", "Perustoimeentulotuki", "Viimesijainen taloudellinen tuki välttämättömiin menoihin.", "Kaikki, joiden tulot eivät riitä", "Hakemus OmaKelassa", "toimeentulo raha velat", "all"),
 ("te-tyonhaku", "te-palvelut", "TE_SERVICES", "ON_SITE|PHONE|REMOTE", "Työnhaun tuki ja työvoimapalvelut", "Työnhakijan haastattelut, työnhakusuunnitelma, valmennukset ja koulutukset.", "Työttömät ja työttömyysuhan alla olevat", "Ilmoittautuminen työnhakijaksi verkossa", "työnhaku työttömyys", "all"),
 ("te-tyokykykoordinaattori", "te-palvelut", "TE_SERVICES", "ON_SITE|PHONE", "Työkykykoordinaattorin palvelu", "Osatyökykyisen työnhakijan tuki: työ- ja toimintakyvyn selvittely ja jatkopolut.", "Osatyökykyiset työnhakijat", "Oman asiantuntijan ohjaamana", "osatyökyky työkyky työnhaku", "all"),
 ("te-palkkatuki", "te-palvelut", "TE_SERVICES", "PHONE|REMOTE", "Palkkatuki työnantajalle", "Tuki työnantajalle osatyökykyisen palkkaamiseen.", "Työnantajat ja osatyökykyiset työnhakijat", "Työnantajan hakemus", "palkkatuki työnantaja", "all"),
 ("te-tyokokeilu", "te-palvelut", "TE_SERVICES", "ON_SITE", "Työkokeilu", "Ammatinvalinnan selvittely tai työmarkkinoille paluun tuki työpaikalla.", "Työnhakijat", "TE-asiantuntijan kanssa sovittuna", "työkokeilu paluu työelämään", "all"),
 ("hva-tyokykytiimi", "hyvinvointialue", "HEALTH_CARE", "ON_SITE|REMOTE", "Työkyvyn tuen tiimi", "Moniammatillinen tiimi selvittää työ- ja toimintakykyä ja laatii työkyvyn tuen suunnitelman.", "Työttömät osatyökykyiset", "Lähete ammattilaiselta (sosiaalityö, TE, kuntakokeilu, terveydenhuolto)", "työkyky arviointi tiimi suunnitelma", "all"),
 ("hva-terveystarkastus", "hyvinvointialue", "HEALTH_CARE", "ON_SITE", "Työttömien terveystarkastus", "Terveydenhoitajan terveystarkastus ja tarvittaessa lääkärin vastaanotto.", "Työttömät", "Ajanvaraus terveysasemalta tai TE-asiantuntijan ohjaamana", "terveys tarkastus terveydenhoitaja", "all"),
 ("hva-fysioterapia", "hyvinvointialue", "REHABILITATION", "ON_SITE", "Fyysisen toimintakyvyn kartoitus", "Fysioterapeutin laaja tai suppea kartoitus ja ohjaus liikkumiseen.", "Työkyvyn tuen tiimin asiakkaat", "Tiimin tai lääkärin lähete", "fysioterapia liikunta toimintakyky", "all"),
 ("hva-mielenterveys", "hyvinvointialue", "MENTAL_HEALTH_SUBSTANCE", "ON_SITE|PHONE|REMOTE", "Mielenterveyspalvelut aikuisille", "Matalan kynnyksen vastaanotto ja hoito mielenterveyden ongelmiin.", "Aikuiset", "Oma terveysasema tai suora yhteydenotto", "mielenterveys masennus ahdistus", "all"),
 ("hva-paihdepalvelut", "hyvinvointialue", "MENTAL_HEALTH_SUBSTANCE", "ON_SITE|PHONE", "Päihdepalvelut", "Päihdeneuvonta, katkaisuhoito ja avohoito.", "Aikuiset ja läheiset", "Suora yhteydenotto ilman lähetettä", "päihteet alkoholi riippuvuus", "all"),
 ("hva-aikuissosiaalityo", "hyvinvointialue", "SOCIAL_WELFARE", "ON_SITE|PHONE", "Aikuissosiaalityö", "Sosiaaliohjaus ja -työ elämäntilanteen selvittämiseen ja tukeen.", "Työikäiset aikuiset", "Yhteydenotto sosiaalipalvelujen neuvontaan", "sosiaalityö elämäntilanne asuminen", "all"),
 ("hva-kuntouttava-tyotoiminta", "hyvinvointialue", "SOCIAL_WELFARE", "ON_SITE", "Kuntouttava työtoiminta", "Työ- ja toimintakykyä vahvistava toiminta sosiaalihuollon palveluna.", "Pitkään työttömänä olleet", "Aktivointisuunnitelma sosiaalityön ja TE-palvelujen kanssa", "kuntouttava työtoiminta aktivointi", "all"),
 ("hva-vammaispalvelut", "hyvinvointialue", "DISABILITY_HOUSING", "ON_SITE|PHONE", "Vammaispalvelut ja työtoiminta", "Vammaisten työtoiminta, avotyö ja tuettu työllistyminen.", "Vammaiset henkilöt", "Vammaispalvelujen sosiaalityöntekijä", "vammaispalvelu avotyö työtoiminta", "all"),
 ("hva-asumisneuvonta", "hyvinvointialue", "DISABILITY_HOUSING", "PHONE|ON_SITE", "Asumisneuvonta", "Neuvontaa vuokravelkoihin ja asumisen ongelmiin.", "Vuokralaiset ja asunnottomuusuhan alla olevat", "Suora yhteydenotto", "asuminen vuokra velat", "all"),
 ("hva-talous-ja-velkaneuvonta", "hyvinvointialue", "SOCIAL_WELFARE", "PHONE|REMOTE", "Talous- ja velkaneuvonta", "Apua talouden suunnitteluun ja velkajärjestelyyn.", "Kaikki velkaantuneet", "Ajanvaraus puhelimitse", "velat talous raha", "all"),
 ("kunta-tyollisyyspalvelut", "kaupunki", "MUNICIPAL", "ON_SITE|PHONE", "Kunnan työllisyyspalvelut", "Työllistämisen tuki, kuntalisä ja työpajat.", "Kunnan työttömät asukkaat", "Yhteydenotto työllisyyspalveluihin", "työllisyys työpaja kuntalisä", "first"),
 ("kunta-tyopaja", "kaupunki", "MUNICIPAL", "ON_SITE", "Työpajatoiminta", "Työvalmennusta käytännön töissä pajoilla.", "Nuoret ja aikuiset työttömät", "Ohjaus TE-palveluista, sosiaalityöstä tai Ohjaamosta", "työpaja valmennus", "first"),
 ("kuntakokeilu-asiakasvastaava", "kuntakokeilu", "TE_SERVICES", "ON_SITE|PHONE|REMOTE", "Kuntakokeilun asiakasvastaava", "Nimetty asiakasvastaava, työllistymissuunnitelma ja palveluohjaus.", "Kuntakokeilun asiakkaat", "Asiakkuus siirtyy TE-palveluista", "asiakasvastaava suunnitelma", "two"),
 ("ohjaamo-neuvonta", "ohjaamo", "YOUTH_OHJAAMO", "ON_SITE|PHONE|REMOTE", "Ohjaamon neuvonta alle 30-vuotiaille", "Maksutonta apua opiskeluun, työhön, asumiseen ja arkeen yhdestä paikasta.", "Alle 30-vuotiaat", "Tule paikalle ilman ajanvarausta", "nuori opiskelu työ asuminen", "first"),
 ("typ-monialainen", "typ", "TYP", "ON_SITE|PHONE", "Monialainen yhteispalvelu (TYP)", "TE-palvelujen, kunnan ja Kelan yhteinen palvelu pitkään työttömänä olleille.", "Pitkään työttömänä olleet", "TE-asiantuntijan, sosiaalityön tai Kelan ohjaus", "pitkäaikaistyöttömyys monialainen", "all"),
 ("jarjesto-vertaistuki", "NGO1", "NGO", "ON_SITE|REMOTE", "Vertaistukiryhmät", "Vertaistukea ja toimintaa työttömille ja osatyökykyisille.", "Kaikki kiinnostuneet", "Tule mukaan ryhmään", "vertaistuki yksinäisyys mielekäs tekeminen", "ngo"),
 ("jarjesto-tyohonvalmennus", "NGO1", "NGO", "ON_SITE", "Järjestön työhönvalmennus", "Yksilöllinen työhönvalmennus työpaikan löytämiseen ja työssä pysymiseen.", "Osatyökykyiset ja nuoret", "Ohjaus ammattilaiselta tai oma yhteydenotto", "työhönvalmennus työpaikka", "ngo"),
 ("jarjesto-neuvonta", "NGO2", "NGO", "PHONE|ON_SITE", "Järjestön neuvonta ja edunvalvonta", "Neuvontaa etuuksiin, palveluihin ja oikeuksiin.", "Vammaiset ja pitkäaikaissairaat", "Soita tai tule käymään", "etuudet neuvonta oikeudet", "ngo2"),
 ("oppilaitos-valma", "oppilaitos", "EDUCATION", "ON_SITE", "Tutkintokoulutukseen valmentava koulutus (TUVA)", "Valmentava koulutus ammatillisiin opintoihin.", "Nuoret ja aikuiset ilman toisen asteen tutkintoa", "Haku oppilaitokseen jatkuvana hakuna", "koulutus opiskelu", "all"),
 ("oppilaitos-oppisopimus", "oppilaitos", "EDUCATION", "ON_SITE|PHONE", "Oppisopimuskoulutus", "Tutkinto työn ohessa työpaikalla.", "Työnantajat ja opiskelijat", "Yhteys oppisopimustoimistoon", "oppisopimus tutkinto", "all"),
 ("tyoterveys-paluu", "tyoterveys", "HEALTH_CARE", "ON_SITE", "Työhön paluun tuki työterveyshuollossa", "Työterveysneuvottelu ja paluun suunnitelma sairauspoissaolon jälkeen.", "Työssä olevat", "Oma työterveyshuolto", "työterveys paluu sairausloma", "first"),
 ("tyonantaja-yhteistyo", "tyonantaja", "MUNICIPAL", "PHONE|REMOTE", "Työnantajayhteistyö ja työpaikkojen räätälöinti", "Työnantaja tarjoaa räätälöityjä työtehtäviä yhteistyössä työhönvalmentajien kanssa.", "Osatyökykyiset työnhakijat", "Työhönvalmentajan kautta", "työnantaja räätälöinti työpaikka", "first"),
]

FIRST = ["Anna", "Mikko", "Laura", "Juha", "Sari", "Timo", "Heidi", "Janne", "Minna", "Ville", "Outi", "Petri", "Riikka", "Jari", "Katja", "Antti", "Hanna", "Marko", "Elina", "Sami", "Tuula", "Kari", "Noora", "Pasi", "Leena", "Olli", "Satu", "Harri"]
LAST = ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen"]
TITLES = {"kela": "Kelan asiantuntija", "te-palvelut": "TE-asiantuntija", "hyvinvointialue": "sosiaalityöntekijä", "kaupunki": "työllisyyspalvelupäällikkö",
          "kuntakokeilu": "asiakasvastaava", "ohjaamo": "palveluohjaaja", "typ": "TYP-asiantuntija", "oppilaitos": "opinto-ohjaaja",
          "tyoterveys": "työterveyshoitaja", "tyonantaja": "henkilöstöpäällikkö"}

def write(region, r):
    random.seed(region)
    os.makedirs(region, exist_ok=True)
    o = orgs(r)
    with open(f"{region}/organisations.csv", "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["code", "name_fi", "name_sv", "name_en", "type", "business_id", "email", "phone", "website", "address", "municipalities"])
        for code, fi, sv, en, typ, bid, web, munis in o:
            w.writerow([code, fi, sv, en, typ, bid, "", "", web, "", "; ".join(munis)])
    codes = [x[0] for x in o]
    people = []
    # the demo users, linked to their login so they maintain their organisation's entries; the names are the ones
    # DemoUsers (platform/kernel) gives the accounts in Keycloak, and the title agrees with the name
    people.append(("p-koordinaattori", "Pekka Työkykykoordinaattori", "työkykykoordinaattori", "hyvinvointialue", f"{region}.professional"))
    people.append(("p-verkostojasen", "Nina Verkostojäsen", "toiminnanjohtaja", r["ngo"][0], f"{region}.network-member"))
    people.append(("p-fasilitaattori", "Fanni Fasilitaattori", "verkostokoordinaattori", "kaupunki", f"{region}.panel-facilitator"))
    people.append(("p-esihenkilo", "Maija Esihenkilö", "palvelupäällikkö", "hyvinvointialue", f"{region}.manager"))
    if region in ("lappi", "kymenlaakso"):
        people.append(("p-kela-asiantuntija", "Kaisa Kelan ratkaisuasiantuntija", "Kelan ratkaisuasiantuntija", "kela", "kela.asiantuntija"))
    pool = [c for c in codes if c not in (r["ngo"][0], r["ngo2"][0])]
    n = 0
    while len(people) < 30:
        org = pool[n % len(pool)]
        # 11 is coprime to 28: every surname comes up (with 7 only four did, and people shared names)
        name = f"{FIRST[n % len(FIRST)]} {LAST[(n * 11 + len(region)) % len(LAST)]}"
        people.append((f"p-{n + 1:02d}", name, TITLES.get(org, "asiantuntija"), org, ""))
        n += 1
    with open(f"{region}/people.csv", "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["code", "name", "title", "organisation", "email", "phone", "username"])
        for code, name, title, org, user in people:
            email = (user or code) + "@demo.kykyverkko.invalid"
            w.writerow([code, name, title, org, email, "", user])
    m = r["munis"]
    with open(f"{region}/services.csv", "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["code", "organisation", "name_fi", "description_fi", "category", "target_group", "how_to_access", "channels",
                    "municipalities", "keywords", "locations", "last_reviewed", "contact_name", "contact_email"])
        for i, (code, org, cat, ch, name, desc, tg, how, kw, scope) in enumerate(SERVICES):
            org = {"NGO1": r["ngo"][0], "NGO2": r["ngo2"][0]}.get(org, org)
            munis = {"all": "", "first": m[0], "two": "; ".join(m[:2]), "ngo": r["ngo"][2].split(", ")[-1], "ngo2": r["ngo2"][2]}[scope]
            loc = "" if "REMOTE" == ch else f"{m[0]}, palvelupiste"
            # most entries reviewed recently; every fifth is over six months old, so the review reminder shows
            reviewed = "2026-02-10" if i % 5 == 4 else "2026-10-%02d" % (1 + i % 28)
            # contact addresses are in the reserved .invalid domain: demo data must never reach a real mailbox
            w.writerow([code, org, name, desc, cat, tg, how, ch, munis, kw, loc, reviewed, "Neuvonta", f"neuvonta@{org}.demo.kykyverkko.invalid"])
    return people

def groups(region, people):
    ids = [p[0] for p in people]
    convener = "p-koordinaattori"
    g = []
    if region == "lappi":
        g.append(dict(code="kehittamisryhma", name="Kehittämisryhmä", kind="DEVELOPMENT_GROUP", cadence="M1:TUESDAY:1", convener=convener,
                      purpose="Ohjaa työkyvyn tuen palvelukokonaisuuden kehittämistä ja työryhmien työtä. Mukana kehittäjäasiakas.",
                      members=ids[:22], meetings=[-2, -1, 0, 1], tasks=[("Työkyvyn tuen tiimin mallin kommentit", 14, "p-01"), ("Asiakasvastaavamallin kuvaus Innokylään", -5, "p-02")]))
        g.append(dict(code="ohjausryhma", name="Ohjausryhmä", kind="STEERING_GROUP", cadence="M2:THURSDAY", convener="p-esihenkilo",
                      purpose="Seuraa ja arvioi toiminnan etenemistä; Kela, TYP, työllisyyspalvelut, järjestöt, kokemusasiantuntija.",
                      members=ids[2:16], meetings=[-1, 0, 1], tasks=[]))
        g.append(dict(code="tyohonvalmentajat", name="Työhönvalmentajien verkosto", kind="NETWORK", cadence="M1:FRIDAY", convener="p-verkostojasen",
                      purpose="Rovaniemen alueen työhönvalmentajien verkosto (Roihula, Nuorten Ystävät ry).", members=ids[1:12], meetings=[-1, 0, 1], tasks=[]))
    if region == "keski-uusimaa":
        g.append(dict(code="tyohonvalmennuksen-verkosto", name="Työ- ja työhönvalmennuksen verkosto", kind="NETWORK", cadence="M1:WEDNESDAY", convener="p-verkostojasen",
                      purpose="Alueellinen työ- ja työhönvalmennuksen verkosto, yli 90 jäsentä; Teams-ryhmä on olemassa, mutta tapaamiset ovat jääneet.",
                      members=ids[:25], meetings=[-6, -5, -4], tasks=[("Kokoa verkosto yhteen TE-toimiston verkoston kanssa", -60, "p-03")]))
        g.append(dict(code="tyokykytiimi-kehittaminen", name="Työkykytiimin kehittämisryhmä", kind="WORKING_GROUP", cadence="W2:WEDNESDAY", convener=convener,
                      purpose="Työkykytiimin mallin muokkaus verkostomaiseksi.", members=ids[:9], meetings=[-1, 0, 1], tasks=[]))
    if region == "kymenlaakso":
        g.append(dict(code="aamukahvit", name="Kuntouttavan työtoiminnan aamukahvit", kind="MORNING_COFFEE", cadence="M1:FRIDAY:1", convener="p-fasilitaattori",
                      purpose="Kerran kuukaudessa: alustus tai koulutusosuus, sitten verkostoitumista järjestöjen kanssa.", members=ids[:18], meetings=[-1, 0, 1], tasks=[]))
        g.append(dict(code="ohjausryhma", name="Ohjausryhmä", kind="STEERING_GROUP", cadence="M2", convener="p-esihenkilo",
                      purpose="Kymsoten, TE-palveluiden, Kelan, kuntien, järjestöjen, THL:n ja yritysten edustajat.", members=ids[3:15], meetings=[-1, 0, 1], tasks=[]))
    if region == "etela-savo":
        g.append(dict(code="kumppanuuspoyta", name="Kumppanuuspöytä", kind="PARTNERSHIP_TABLE", cadence="M3", convener=None,
                      purpose="Työllisyyden kumppanuuspöytä. Kukaan ei kutsunut sitä koolle, ja se hiipui.", members=ids[:12], meetings=[-3], tasks=[]))
        g.append(dict(code="ips-valmentajat", name="IPS-työhönvalmentajien tiimi", kind="WORKING_GROUP", cadence="W1:MONDAY", convener=convener,
                      purpose="Viikoittainen tapausohjaus (enintään 10 asiakasta valmentajaa kohden).", members=ids[:6], meetings=[-1, 0, 1], tasks=[]))
    return g

def events(region):
    random.seed(region + "events")
    out = []
    kinds = {"keski-uusimaa": ("COMPETENCE_EVENT", "Kohtaamo"), "kymenlaakso": ("MORNING_COFFEE", "Aamukahvit"),
             "lappi": ("INFO_SESSION", "Info ammattilaisille"), "etela-savo": ("WEBINAR", "Webinaari")}
    kind, title = kinds[region]
    topics = ["osatyökykyisyys ja palkkatuki", "Kelan ammatillinen kuntoutus", "IPS-työhönvalmennus", "mielenterveys ja työ", "Ohjaamon palvelut",
              "velkaneuvonta", "työkyvyn tuen suunnitelma", "kokemusasiantuntijuus", "TE24-uudistus", "vammaisten työtoiminta", "työterveyshuollon polku"]
    # about a month apart over the past year, on a Tuesday, Wednesday or Thursday (never on a weekend)
    days = ["TUESDAY", "WEDNESDAY", "THURSDAY"]
    for i in range(11):
        week = round((-330 + i * 30) / 7)
        out.append(dict(code=f"{region}-tapahtuma-{i + 1}", title=f"{title}: {topics[i]}", kind=kind, week=week, day=days[i % 3],
                        participants=random.randint(12, 40) if kind != "WEBINAR" else random.randint(70, 95),
                        place="" if kind == "WEBINAR" else f"{REGIONS[region]['munis'][0]}, kaupungintalo", online="https://teams.example.invalid/kohtaamo" if kind == "WEBINAR" else ""))
    out.append(dict(code=f"{region}-tuleva", title=f"{title}: työnantajayhteistyö", kind=kind, week=3, day="WEDNESDAY", participants=None,
                    place=f"{REGIONS[region]['munis'][0]}, kaupungintalo", online="", registrationOpen=True, capacity=40))
    return out

for region, r in REGIONS.items():
    people = write(region, r)
    with open(f"{region}/networks.json", "w", encoding="utf-8") as f:
        json.dump(dict(groups=groups(region, people), events=events(region)), f, ensure_ascii=False, indent=1)
print("ok")
