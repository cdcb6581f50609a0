"""Demo content for the Smart City Innovation Cluster (SCIC) portal.

Data only: this module defines the themes, pages, member organisations, challenge
calls, references and news items that the demo loader turns into Wagtail pages. Every
translatable text is a dict with the keys "en", "fi" and "sv"; longer texts are dicts
of lists of plain-text paragraphs.

The facts about the cluster come from its mission statement and its founding press
release of 8 February 2023, written in our own words. The City of Espoo, the City of
Tampere and VTT are real members and are described only in general terms. All other
member organisations are fictional (is_demo=True), use .example addresses and must not
be mistaken for real companies. Challenge calls are plausible demo content: their
dates are relative to the day the demo is loaded, and they make no claim about real
tenders, budgets or procurements.
"""

# The ten themes that classify challenges, members, references and news, in display order.
THEMES = [
    {
        "slug": "mobility",
        "name": {"en": "Mobility", "fi": "Liikkuminen", "sv": "Mobilitet"},
        "description": {
            "en": (
                "Moving around the city: public transport, walking and cycling, shared and automated "
                "mobility, and logistics."
            ),
            "fi": (
                "Kaupungissa liikkuminen: joukkoliikenne, kävely ja pyöräily, jaetut ja automaattiset "
                "liikkumispalvelut sekä logistiikka."
            ),
            "sv": (
                "Att röra sig i staden: kollektivtrafik, gång och cykling, delad och automatiserad mobilitet "
                "samt logistik."
            ),
        },
    },
    {
        "slug": "energy",
        "name": {"en": "Energy", "fi": "Energia", "sv": "Energi"},
        "description": {
            "en": (
                "Producing, storing and using energy efficiently in cities, from district heating and "
                "cooling to smart grids and renewables."
            ),
            "fi": (
                "Energian tuotanto, varastointi ja tehokas käyttö kaupungeissa kaukolämmöstä ja "
                "-jäähdytyksestä älykkäisiin sähköverkkoihin ja uusiutuvaan energiaan."
            ),
            "sv": (
                "Produktion, lagring och effektiv användning av energi i städer, från fjärrvärme och "
                "fjärrkyla till smarta elnät och förnybar energi."
            ),
        },
    },
    {
        "slug": "water",
        "name": {"en": "Water", "fi": "Vesi", "sv": "Vatten"},
        "description": {
            "en": (
                "Clean water, wastewater and stormwater: networks, treatment, flood protection and the "
                "digital tools that keep them running."
            ),
            "fi": (
                "Puhdas vesi, jätevesi ja hulevesi: verkostot, vedenkäsittely, tulvasuojelu sekä niiden "
                "toimintaa tukevat digitaaliset työkalut."
            ),
            "sv": (
                "Rent vatten, avloppsvatten och dagvatten: ledningsnät, vattenrening, översvämningsskydd och "
                "de digitala verktyg som håller dem i drift."
            ),
        },
    },
    {
        "slug": "built-environment",
        "name": {"en": "Built environment", "fi": "Rakennettu ympäristö", "sv": "Byggd miljö"},
        "description": {
            "en": (
                "Planning, building and maintaining low-carbon neighbourhoods, buildings and infrastructure "
                "that are pleasant to live in."
            ),
            "fi": (
                "Vähähiilisten ja viihtyisien asuinalueiden, rakennusten ja infrastruktuurin suunnittelu, "
                "rakentaminen ja ylläpito."
            ),
            "sv": (
                "Planering, byggande och underhåll av koldioxidsnåla och trivsamma stadsdelar, byggnader och "
                "infrastruktur."
            ),
        },
    },
    {
        "slug": "health-wellbeing",
        "name": {
            "en": "Health and wellbeing",
            "fi": "Terveys ja hyvinvointi",
            "sv": "Hälsa och välbefinnande",
        },
        "description": {
            "en": (
                "Services and environments that support people's health, wellbeing and independent living at every age."
            ),
            "fi": (
                "Palvelut ja ympäristöt, jotka tukevat ihmisten terveyttä, hyvinvointia ja itsenäistä elämää "
                "kaikenikäisinä."
            ),
            "sv": (
                "Tjänster och miljöer som stöder människors hälsa, välbefinnande och självständiga liv i alla åldrar."
            ),
        },
    },
    {
        "slug": "safety-security",
        "name": {"en": "Safety and security", "fi": "Turvallisuus", "sv": "Säkerhet och trygghet"},
        "description": {
            "en": (
                "Keeping residents and critical services safe, from traffic safety and emergency response to "
                "resilient infrastructure."
            ),
            "fi": (
                "Asukkaiden ja elintärkeiden palvelujen turvaaminen liikenneturvallisuudesta "
                "pelastustoimintaan ja häiriönkestävään infrastruktuuriin."
            ),
            "sv": (
                "Att skydda invånare och samhällsviktiga tjänster, från trafiksäkerhet och räddningsinsatser "
                "till motståndskraftig infrastruktur."
            ),
        },
    },
    {
        "slug": "circular-economy",
        "name": {"en": "Circular economy", "fi": "Kiertotalous", "sv": "Cirkulär ekonomi"},
        "description": {
            "en": (
                "Keeping materials in use for longer through reuse, recycling, sharing and smarter waste management."
            ),
            "fi": (
                "Materiaalien pitäminen pidempään käytössä uudelleenkäytön, kierrätyksen, jakamisen ja "
                "fiksumman jätehuollon avulla."
            ),
            "sv": (
                "Att hålla material i bruk längre genom återanvändning, återvinning, delning och smartare "
                "avfallshantering."
            ),
        },
    },
    {
        "slug": "digital-twins-data",
        "name": {
            "en": "Digital twins and data",
            "fi": "Digitaaliset kaksoset ja data",
            "sv": "Digitala tvillingar och data",
        },
        "description": {
            "en": (
                "Digital models of the city, open data platforms and analytics that help cities plan, "
                "operate and share information."
            ),
            "fi": (
                "Kaupungin digitaaliset mallit, avoimen datan alustat ja analytiikka, jotka auttavat "
                "kaupunkeja suunnittelemaan, operoimaan ja jakamaan tietoa."
            ),
            "sv": (
                "Digitala modeller av staden, plattformar för öppna data och analys som hjälper städer att "
                "planera, driva sin verksamhet och dela information."
            ),
        },
    },
    {
        "slug": "arctic-conditions",
        "name": {"en": "Arctic conditions", "fi": "Arktiset olosuhteet", "sv": "Arktiska förhållanden"},
        "description": {
            "en": (
                "Solutions that work in snow, ice, darkness and extreme cold, where northern cities face "
                "challenges of their own."
            ),
            "fi": (
                "Ratkaisut, jotka toimivat lumessa, jäässä, pimeydessä ja kovassa pakkasessa, missä "
                "pohjoisilla kaupungeilla on omat haasteensa."
            ),
            "sv": (
                "Lösningar som fungerar i snö, is, mörker och sträng kyla, där nordliga städer har sina egna "
                "utmaningar."
            ),
        },
    },
    {
        "slug": "participation-governance",
        "name": {
            "en": "Participation and governance",
            "fi": "Osallisuus ja hallinto",
            "sv": "Delaktighet och förvaltning",
        },
        "description": {
            "en": (
                "Involving residents in decisions and helping public organisations to plan, procure and "
                "govern in new ways."
            ),
            "fi": (
                "Asukkaiden ottaminen mukaan päätöksentekoon ja julkisten organisaatioiden tukeminen "
                "uudenlaisessa suunnittelussa, hankinnoissa ja johtamisessa."
            ),
            "sv": (
                "Att involvera invånarna i besluten och hjälpa offentliga organisationer att planera, "
                "upphandla och styra på nya sätt."
            ),
        },
    },
]


# The home page. The cluster's name is the same in every language.
HOME = {
    "title": {
        "en": "Smart City Innovation Cluster",
        "fi": "Smart City Innovation Cluster",
        "sv": "Smart City Innovation Cluster",
    },
    "intro": {
        "en": (
            "The Smart City Innovation Cluster brings together companies, cities, research institutes and "
            "universities to solve smart-city challenges in Finland and around the world. We collect "
            "challenges, find the members whose capabilities fit and help them join forces in consortia and "
            "joint offers."
        ),
        "fi": (
            "Smart City Innovation Cluster kokoaa yhteen yrityksiä, kaupunkeja, tutkimuslaitoksia ja "
            "korkeakouluja ratkaisemaan älykkäiden kaupunkien haasteita Suomessa ja maailmalla. Keräämme "
            "haasteita, etsimme niihin sopivaa osaamista jäsenistämme ja autamme jäseniä yhdistämään "
            "voimansa konsortioiksi ja yhteistarjouksiksi."
        ),
        "sv": (
            "Smart City Innovation Cluster samlar företag, städer, forskningsinstitut och högskolor för att "
            "lösa utmaningar för smarta städer i Finland och runt om i världen. Vi samlar in utmaningar, "
            "hittar de medlemmar vars kompetens passar och hjälper dem att gå samman i konsortier och "
            "gemensamma anbud."
        ),
    },
}


# The index pages under the home page. The slug is the URL part and stays English in every language.
SECTIONS = {
    "challenges": {
        "slug": "challenges",
        "title": {"en": "Challenges", "fi": "Haasteet", "sv": "Utmaningar"},
        "intro": {
            "en": (
                "Cities, regions and companies bring their smart-city challenges to the cluster. Browse the "
                "calls by theme, country and status, and find the ones your organisation can help to solve."
            ),
            "fi": (
                "Kaupungit, alueet ja yritykset tuovat älykaupunkihaasteitaan klusterin ratkottaviksi. Selaa "
                "haasteita teeman, maan ja tilan mukaan ja löydä ne, joiden ratkaisemisessa organisaatiosi "
                "voi auttaa."
            ),
            "sv": (
                "Städer, regioner och företag kommer till klustret med sina utmaningar inom smarta städer. "
                "Bläddra bland utlysningarna efter tema, land och status och hitta dem som din organisation "
                "kan hjälpa till att lösa."
            ),
        },
    },
    "members": {
        "slug": "members",
        "title": {"en": "Members", "fi": "Jäsenet", "sv": "Medlemmar"},
        "intro": {
            "en": (
                "Our members range from start-ups to listed companies, and from cities to research "
                "institutes and universities. Find organisations by capability, type and location."
            ),
            "fi": (
                "Jäsenemme ovat start-up-yrityksistä pörssiyhtiöihin ja kaupungeista tutkimuslaitoksiin ja "
                "yliopistoihin. Etsi organisaatioita osaamisen, tyypin ja sijainnin mukaan."
            ),
            "sv": (
                "Våra medlemmar sträcker sig från startupföretag till börsbolag och från städer till "
                "forskningsinstitut och universitet. Sök organisationer efter kompetens, typ och ort."
            ),
        },
    },
    "references": {
        "slug": "references",
        "title": {"en": "References", "fi": "Referenssit", "sv": "Referenser"},
        "intro": {
            "en": (
                "Selected cooperation projects that show how the cluster works with cities and brings "
                "solution providers together."
            ),
            "fi": (
                "Valikoituja yhteistyöhankkeita, jotka kertovat, miten klusteri toimii kaupunkien kanssa ja "
                "tuo ratkaisujen tarjoajat yhteen."
            ),
            "sv": (
                "Ett urval samarbetsprojekt som visar hur klustret arbetar med städer och för samman "
                "lösningsleverantörer."
            ),
        },
    },
    "news": {
        "slug": "news",
        "title": {"en": "News", "fi": "Uutiset", "sv": "Nyheter"},
        "intro": {
            "en": "News from the cluster: new challenges, cooperation agreements, members and events.",
            "fi": "Ajankohtaista klusterista: uudet haasteet, yhteistyösopimukset, jäsenet ja tapahtumat.",
            "sv": "Aktuellt från klustret: nya utmaningar, samarbetsavtal, medlemmar och evenemang.",
        },
    },
}


# The About page: a title, an intro and a body of heading and paragraph blocks (plain text).
ABOUT = {
    "slug": "about",
    "title": {"en": "About the cluster", "fi": "Tietoa klusterista", "sv": "Om klustret"},
    "intro": {
        "en": (
            "The Smart City Innovation Cluster (SCIC) is an independent, non-profit cooperative that "
            "connects the challenges of cities with the companies, research institutes and universities that "
            "can solve them."
        ),
        "fi": (
            "Smart City Innovation Cluster (SCIC) on itsenäinen, voittoa tavoittelematon osuuskunta, joka "
            "tuo kaupunkien haasteet ja niiden ratkaisijat – yritykset, tutkimuslaitokset ja yliopistot – "
            "yhteen."
        ),
        "sv": (
            "Smart City Innovation Cluster (SCIC) är ett självständigt andelslag utan vinstsyfte som för "
            "samman städernas utmaningar med de företag, forskningsinstitut och universitet som kan lösa dem."
        ),
    },
    "body": [
        {"type": "heading", "text": {"en": "Who we are", "fi": "Keitä olemme", "sv": "Vilka vi är"}},
        {
            "type": "paragraph",
            "text": {
                "en": (
                    "SCIC was founded in Finland by a group of Finnish and international companies and "
                    "cities. It is organised as a cooperative: an independent, non-profit organisation in "
                    "which every member takes part on equal terms. When the cluster was announced in "
                    "February 2023, it already had close to one hundred members."
                ),
                "fi": (
                    "SCIC:n perusti Suomessa joukko kotimaisia ja kansainvälisiä yrityksiä ja kaupunkeja. Se "
                    "toimii osuuskuntana: itsenäisenä, voittoa tavoittelemattomana organisaationa, jossa "
                    "jokainen jäsen osallistuu toimintaan tasavertaisena. Kun klusterin perustamisesta "
                    "kerrottiin helmikuussa 2023, jäseniä oli jo lähes sata."
                ),
                "sv": (
                    "SCIC grundades i Finland av en grupp finländska och internationella företag och städer. "
                    "Klustret är organiserat som ett andelslag: en självständig organisation utan vinstsyfte "
                    "där alla medlemmar deltar på lika villkor. När klustret offentliggjordes i februari "
                    "2023 hade det redan närmare hundra medlemmar."
                ),
            },
        },
        {
            "type": "paragraph",
            "text": {
                "en": (
                    "Our members include companies of every size, from some of Finland's largest listed "
                    "companies to small start-ups, as well as cities, research institutes and universities "
                    "from Finland and abroad. The cities of Espoo and Tampere are anchor members who helped "
                    "design how the cluster works, and VTT Technical Research Centre of Finland played a "
                    "decisive role in getting it started."
                ),
                "fi": (
                    "Jäseninämme on kaikenkokoisia yrityksiä Suomen suurimmista pörssiyhtiöistä pieniin "
                    "start-up-yrityksiin sekä kaupunkeja, tutkimuslaitoksia ja yliopistoja Suomesta ja "
                    "ulkomailta. Espoon ja Tampereen kaupungit ovat ankkurijäseniä, jotka ovat olleet mukana "
                    "suunnittelemassa klusterin toimintamallia, ja Teknologian tutkimuskeskus VTT:llä oli "
                    "ratkaiseva rooli toiminnan käynnistämisessä."
                ),
                "sv": (
                    "Bland våra medlemmar finns företag i alla storlekar, från några av Finlands största "
                    "börsbolag till små startupföretag, samt städer, forskningsinstitut och universitet från "
                    "Finland och utlandet. Esbo och Tammerfors städer är ankarmedlemmar som har varit med "
                    "och utformat klustrets verksamhetsmodell, och Teknologiska forskningscentralen VTT hade "
                    "en avgörande roll när verksamheten kom i gång."
                ),
            },
        },
        {"type": "heading", "text": {"en": "How we work", "fi": "Miten toimimme", "sv": "Så arbetar vi"}},
        {
            "type": "paragraph",
            "text": {
                "en": (
                    "We work through concrete challenges. Cities, regions and companies in Finland and "
                    "worldwide bring us technical and service challenges, and we build a portfolio of them "
                    "from many sources. Because we know our members and their capabilities, we can find the "
                    "companies, research institutes and universities that fit each challenge."
                ),
                "fi": (
                    "Toimimme konkreettisten haasteiden kautta. Kaupungit, alueet ja yritykset Suomessa ja "
                    "maailmalla tuovat meille teknisiä ja palveluihin liittyviä haasteita, ja kokoamme "
                    "niistä haasteportfolion monista eri lähteistä. Koska tunnemme jäsenemme ja heidän "
                    "osaamisensa, löydämme kuhunkin haasteeseen sopivat yritykset, tutkimuslaitokset ja "
                    "yliopistot."
                ),
                "sv": (
                    "Vi arbetar utifrån konkreta utmaningar. Städer, regioner och företag i Finland och runt "
                    "om i världen kommer till oss med tekniska och servicerelaterade utmaningar, och vi "
                    "bygger upp en portfölj av utmaningar från många olika källor. Eftersom vi känner våra "
                    "medlemmar och deras kompetens kan vi hitta de företag, forskningsinstitut och "
                    "universitet som passar för varje utmaning."
                ),
            },
        },
        {
            "type": "paragraph",
            "text": {
                "en": (
                    "Many smart-city challenges are complex and call for several technologies at once. Our "
                    "members therefore join forces as needed: they form consortia around a challenge, "
                    "propose solutions together and make joint offers. The cluster coordinates this work and "
                    "brings the challenge owner and the solvers to the same table."
                ),
                "fi": (
                    "Monet älykaupunkien haasteet ovat monimutkaisia ja vaativat useiden teknologioiden "
                    "yhdistämistä. Siksi jäsenemme yhdistävät tarpeen mukaan voimansa: ne muodostavat "
                    "haasteen ympärille konsortioita, ehdottavat yhdessä ratkaisuja ja tekevät "
                    "yhteistarjouksia. Klusteri koordinoi työtä ja tuo haasteen omistajan ja ratkaisijat "
                    "saman pöydän ääreen."
                ),
                "sv": (
                    "Många utmaningar i smarta städer är komplexa och kräver flera tekniker samtidigt. "
                    "Därför går våra medlemmar samman vid behov: de bildar konsortier kring en utmaning, "
                    "föreslår lösningar tillsammans och lämnar gemensamma anbud. Klustret samordnar arbetet "
                    "och för samman utmaningens ägare och lösarna vid samma bord."
                ),
            },
        },
        {"type": "heading", "text": {"en": "Funding", "fi": "Rahoitus", "sv": "Finansiering"}},
        {
            "type": "paragraph",
            "text": {
                "en": (
                    "Business Finland has supported the growth of the cluster with funding from the EU's "
                    "Recovery and Resilience Facility (RRF): a project with a total value of EUR 1.8 million "
                    "over the years 2022–2024. We have also agreed with Business Finland on continuous "
                    "cooperation in finding solutions and solvers for challenges of every size around the "
                    "world."
                ),
                "fi": (
                    "Business Finland on tukenut klusterin kasvua EU:n elpymis- ja palautumistukivälineen "
                    "(RRF) rahoituksella: hankkeen kokonaisarvo vuosina 2022–2024 on 1,8 miljoonaa euroa. "
                    "Olemme lisäksi sopineet Business Finlandin kanssa jatkuvasta yhteistyöstä, jonka "
                    "tavoitteena on löytää ratkaisuja ja ratkaisijoita erikokoisiin haasteisiin kaikkialla "
                    "maailmassa."
                ),
                "sv": (
                    "Business Finland har stött klustrets tillväxt med finansiering från EU:s facilitet för "
                    "återhämtning och resiliens (RRF): ett projekt med ett totalt värde på 1,8 miljoner euro "
                    "under åren 2022–2024. Vi har också kommit överens med Business Finland om ett "
                    "fortlöpande samarbete för att hitta lösningar och lösare till utmaningar av alla "
                    "storlekar runt om i världen."
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "en": "Join us or bring a challenge",
                "fi": "Liity jäseneksi tai tuo haaste",
                "sv": "Bli medlem eller kom med en utmaning",
            },
        },
        {
            "type": "paragraph",
            "text": {
                "en": (
                    "Membership is open to companies, cities, research institutes, universities and other "
                    "organisations that want to develop smarter cities together. Members get access to the "
                    "challenge portfolio, present their capabilities in the member directory and can join "
                    "consortia. If your city, region or company has a challenge that needs new solutions, "
                    "you do not have to be a member to bring it to us: we help you describe it, publish it "
                    "as a call on this portal and find the members best placed to solve it. Contact the "
                    "cluster's office to get started."
                ),
                "fi": (
                    "Jäseneksi voivat liittyä yritykset, kaupungit, tutkimuslaitokset, korkeakoulut ja muut "
                    "organisaatiot, jotka haluavat kehittää älykkäämpiä kaupunkeja yhdessä. Jäsenet pääsevät "
                    "käsiksi haasteportfolioon, esittelevät osaamistaan jäsenhakemistossa ja voivat "
                    "osallistua konsortioihin. Jos kaupungillasi, alueellasi tai yritykselläsi on haaste, "
                    "joka kaipaa uusia ratkaisuja, sinun ei tarvitse olla jäsen tuodaksesi sen meille: "
                    "autamme kuvaamaan haasteen, julkaisemaan sen tässä portaalissa ja löytämään jäsenet, "
                    "joilla on parhaat edellytykset ratkaista se. Ota yhteyttä klusterin toimistoon, niin "
                    "päästään alkuun."
                ),
                "sv": (
                    "Medlemskapet är öppet för företag, städer, forskningsinstitut, högskolor och andra "
                    "organisationer som vill utveckla smartare städer tillsammans. Medlemmarna får tillgång "
                    "till utmaningsportföljen, presenterar sin kompetens i medlemskatalogen och kan delta i "
                    "konsortier. Om din stad, region eller ditt företag har en utmaning som kräver nya "
                    "lösningar behöver du inte vara medlem för att komma till oss med den: vi hjälper dig "
                    "att beskriva utmaningen, publicera den som en utlysning på den här portalen och hitta "
                    "de medlemmar som har bäst förutsättningar att lösa den. Kontakta klustrets kansli så "
                    "kommer vi i gång."
                ),
            },
        },
    ],
}


# Member organisations. The first three are real members; every other one is fictional (is_demo=True).
# organisation_type: company, city, research, university, public_agency or other.
# size: micro, small, medium or large. offices: [city, ISO 3166-1 alpha-2 country code].
MEMBERS = [
    {
        "slug": "city-of-espoo",
        "name": {"en": "City of Espoo", "fi": "Espoon kaupunki", "sv": "Esbo stad"},
        "organisation_type": "city",
        "size": "large",
        "is_demo": False,
        "member_since": 2022,
        "website": "https://www.espoo.fi/",
        "contact_email": "",
        "offices": [["Espoo", "FI"]],
        "themes": ["participation-governance", "built-environment", "mobility", "circular-economy"],
        "summary": {
            "en": (
                "Espoo is Finland's second-largest city and has two official languages, Finnish and Swedish. "
                "As an anchor member, it helped design how the cluster works and brings its own practical "
                "challenges to be solved together with companies and researchers."
            ),
            "fi": (
                "Espoo on Suomen toiseksi suurin kaupunki, ja sen viralliset kielet ovat suomi ja ruotsi. "
                "Ankkurijäsenenä se on ollut mukana suunnittelemassa klusterin toimintamallia ja tuo omia "
                "käytännön haasteitaan ratkottaviksi yhdessä yritysten ja tutkijoiden kanssa."
            ),
            "sv": (
                "Esbo är Finlands näst största stad och har två officiella språk, finska och svenska. Som "
                "ankarmedlem har staden varit med och utformat klustrets verksamhetsmodell, och den för fram "
                "sina egna praktiska utmaningar för att lösa dem tillsammans med företag och forskare."
            ),
        },
        "description": {
            "en": [
                (
                    "Espoo is a city of several urban centres with a strong community of technology "
                    "companies, research institutes and higher education. Its population is growing and "
                    "becoming more international, which makes inclusive services and sustainable urban "
                    "development everyday priorities."
                ),
                (
                    "In the cluster, Espoo is one of the anchor members that have shaped the operating model "
                    "from the start. The city brings its own challenges to the portfolio, tests solutions "
                    "together with companies and researchers, and shares its experience with other cities."
                ),
            ],
            "fi": [
                (
                    "Espoo on usean kaupunkikeskuksen kaupunki, jossa on vahva teknologiayritysten, "
                    "tutkimuslaitosten ja korkeakoulujen yhteisö. Kaupungin väestö kasvaa ja "
                    "kansainvälistyy, minkä vuoksi kaikille sopivat palvelut ja kestävä kaupunkikehitys ovat "
                    "arjen painopisteitä."
                ),
                (
                    "Klusterissa Espoo on yksi ankkurijäsenistä, jotka ovat muovanneet toimintamallia alusta "
                    "asti. Kaupunki tuo omia haasteitaan portfolioon, testaa ratkaisuja yhdessä yritysten ja "
                    "tutkijoiden kanssa ja jakaa kokemuksiaan muille kaupungeille."
                ),
            ],
            "sv": [
                (
                    "Esbo är en stad med flera stadskärnor och en stark gemenskap av teknikföretag, "
                    "forskningsinstitut och högskolor. Befolkningen växer och blir allt mer internationell, "
                    "vilket gör inkluderande tjänster och hållbar stadsutveckling till vardagliga "
                    "prioriteringar."
                ),
                (
                    "I klustret är Esbo en av de ankarmedlemmar som har format verksamhetsmodellen från "
                    "första början. Staden för in sina egna utmaningar i portföljen, testar lösningar "
                    "tillsammans med företag och forskare och delar med sig av sina erfarenheter till andra "
                    "städer."
                ),
            ],
        },
        "capabilities": [
            {
                "name": {
                    "en": "Real-world test environments",
                    "fi": "Aidot kehitys- ja testausympäristöt",
                    "sv": "Verkliga test- och utvecklingsmiljöer",
                },
                "description": {
                    "en": (
                        "The city can offer its streets, buildings and services as environments where new "
                        "solutions are piloted with residents."
                    ),
                    "fi": (
                        "Kaupunki voi tarjota katujaan, rakennuksiaan ja palvelujaan ympäristöiksi, joissa "
                        "uusia ratkaisuja kokeillaan yhdessä asukkaiden kanssa."
                    ),
                    "sv": (
                        "Staden kan erbjuda sina gator, byggnader och tjänster som miljöer där nya lösningar "
                        "testas tillsammans med invånarna."
                    ),
                },
            },
            {
                "name": {
                    "en": "Experience as a challenge owner",
                    "fi": "Kokemus haasteen omistajana",
                    "sv": "Erfarenhet som utmaningsägare",
                },
                "description": {
                    "en": (
                        "Espoo helps shape how challenges are described and how cities and companies work "
                        "together in the cluster."
                    ),
                    "fi": (
                        "Espoo auttaa kehittämään tapaa, jolla haasteet kuvataan ja jolla kaupungit ja "
                        "yritykset tekevät yhteistyötä klusterissa."
                    ),
                    "sv": (
                        "Esbo hjälper till att utveckla hur utmaningar beskrivs och hur städer och företag "
                        "samarbetar i klustret."
                    ),
                },
            },
            {
                "name": {
                    "en": "Bilingual and multilingual services",
                    "fi": "Kaksi- ja monikieliset palvelut",
                    "sv": "Två- och flerspråkiga tjänster",
                },
                "description": {
                    "en": (
                        "As a bilingual and international city, Espoo knows what it takes to serve residents "
                        "in several languages."
                    ),
                    "fi": (
                        "Kaksikielisenä ja kansainvälisenä kaupunkina Espoo tietää, mitä asukkaiden "
                        "palveleminen monella kielellä vaatii."
                    ),
                    "sv": (
                        "Som tvåspråkig och internationell stad vet Esbo vad som krävs för att betjäna "
                        "invånarna på flera språk."
                    ),
                },
            },
        ],
    },
    {
        "slug": "city-of-tampere",
        "name": {"en": "City of Tampere", "fi": "Tampereen kaupunki", "sv": "Tammerfors stad"},
        "organisation_type": "city",
        "size": "large",
        "is_demo": False,
        "member_since": 2022,
        "website": "https://www.tampere.fi/",
        "contact_email": "",
        "offices": [["Tampere", "FI"]],
        "themes": ["mobility", "digital-twins-data", "participation-governance"],
        "summary": {
            "en": (
                "Tampere is Finland's third-largest city and the centre of a growing urban region. As an "
                "anchor member of the cluster, it brings practical urban challenges to companies and "
                "researchers and shares its experience of developing a smart, sustainable city."
            ),
            "fi": (
                "Tampere on Suomen kolmanneksi suurin kaupunki ja kasvavan kaupunkiseudun keskus. Klusterin "
                "ankkurijäsenenä se tuo käytännön kaupunkihaasteita yritysten ja tutkijoiden ratkottaviksi "
                "ja jakaa kokemuksiaan älykkään ja kestävän kaupungin kehittämisestä."
            ),
            "sv": (
                "Tammerfors är Finlands tredje största stad och centrum för en växande stadsregion. Som "
                "ankarmedlem i klustret för staden fram praktiska utmaningar för företag och forskare att "
                "lösa och delar med sig av sina erfarenheter av att utveckla en smart och hållbar stad."
            ),
        },
        "description": {
            "en": [
                (
                    "Tampere combines a strong industrial heritage with a lively community of universities, "
                    "research and technology companies. The city has invested in sustainable mobility, "
                    "including its tramway, and in new districts built around public transport."
                ),
                (
                    "Tampere was closely involved in planning how the cluster operates. For the city, the "
                    "cluster is a way to work more effectively with companies, to bring its own practical "
                    "challenges forward and to take part in solving international challenges together with "
                    "businesses and other cities."
                ),
            ],
            "fi": [
                (
                    "Tampereella vahva teollinen perinne yhdistyy vilkkaaseen korkeakoulu-, tutkimus- ja "
                    "teknologiayhteisöön. Kaupunki on panostanut kestävään liikkumiseen, kuten raitiotiehen, "
                    "sekä joukkoliikenteen varaan rakentuviin uusiin kaupunginosiin."
                ),
                (
                    "Tampere on osallistunut aktiivisesti klusterin toimintamallin suunnitteluun. "
                    "Kaupungille klusteri on keino toimia entistä tehokkaammin yhdessä yritysten kanssa, "
                    "tuoda omia käytännön haasteitaan ratkottaviksi ja osallistua kansainvälisten haasteiden "
                    "ratkaisemiseen yhdessä yritysten ja muiden kaupunkien kanssa."
                ),
            ],
            "sv": [
                (
                    "I Tammerfors förenas ett starkt industriarv med en livlig gemenskap av universitet, "
                    "forskning och teknikföretag. Staden har satsat på hållbar mobilitet, bland annat "
                    "spårvägen, och på nya stadsdelar som byggs kring kollektivtrafiken."
                ),
                (
                    "Tammerfors har varit aktivt med och planerat klustrets verksamhetsmodell. För staden är "
                    "klustret ett sätt att samarbeta effektivare med företag, föra fram sina egna praktiska "
                    "utmaningar och delta i att lösa internationella utmaningar tillsammans med företag och "
                    "andra städer."
                ),
            ],
        },
        "capabilities": [
            {
                "name": {
                    "en": "Sustainable urban mobility",
                    "fi": "Kestävä kaupunkiliikkuminen",
                    "sv": "Hållbar mobilitet i staden",
                },
                "description": {
                    "en": (
                        "The city has experience of planning and running public transport and mobility "
                        "services in a growing urban region."
                    ),
                    "fi": (
                        "Kaupungilla on kokemusta joukkoliikenteen ja liikkumispalvelujen suunnittelusta ja "
                        "järjestämisestä kasvavalla kaupunkiseudulla."
                    ),
                    "sv": (
                        "Staden har erfarenhet av att planera och ordna kollektivtrafik och "
                        "mobilitetstjänster i en växande stadsregion."
                    ),
                },
            },
            {
                "name": {
                    "en": "Piloting with residents",
                    "fi": "Kokeilut yhdessä asukkaiden kanssa",
                    "sv": "Pilotprojekt tillsammans med invånarna",
                },
                "description": {
                    "en": (
                        "Tampere can offer urban environments and services where companies test new "
                        "solutions together with residents."
                    ),
                    "fi": (
                        "Tampere voi tarjota kaupunkiympäristöjä ja palveluja, joissa yritykset kokeilevat "
                        "uusia ratkaisuja yhdessä asukkaiden kanssa."
                    ),
                    "sv": (
                        "Tammerfors kan erbjuda stadsmiljöer och tjänster där företag testar nya lösningar "
                        "tillsammans med invånarna."
                    ),
                },
            },
            {
                "name": {
                    "en": "City data and digital services",
                    "fi": "Kaupungin data ja digitaaliset palvelut",
                    "sv": "Stadens data och digitala tjänster",
                },
                "description": {
                    "en": ("The city shares its know-how in using data and digital services to plan and run the city."),
                    "fi": (
                        "Kaupunki jakaa osaamistaan datan ja digitaalisten palvelujen hyödyntämisestä "
                        "kaupungin suunnittelussa ja toiminnassa."
                    ),
                    "sv": (
                        "Staden delar med sig av sitt kunnande om hur data och digitala tjänster kan "
                        "användas för att planera och driva staden."
                    ),
                },
            },
        ],
    },
    {
        "slug": "vtt",
        "name": {
            "en": "VTT Technical Research Centre of Finland Ltd",
            "fi": "Teknologian tutkimuskeskus VTT Oy",
            "sv": "Teknologiska forskningscentralen VTT Ab",
        },
        "organisation_type": "research",
        "size": "large",
        "is_demo": False,
        "member_since": 2022,
        "website": "https://www.vttresearch.com/",
        "contact_email": "",
        "offices": [["Espoo", "FI"], ["Tampere", "FI"], ["Oulu", "FI"]],
        "themes": ["energy", "digital-twins-data", "built-environment", "circular-economy"],
        "summary": {
            "en": (
                "VTT is one of Europe's leading research and technology organisations. Its role in starting "
                "the cluster was decisive, and it brings research and scientific depth to the cluster's "
                "solution portfolio together with member companies and universities."
            ),
            "fi": (
                "VTT on yksi Euroopan johtavista tutkimus- ja teknologiaorganisaatioista. Sen rooli "
                "klusterin käynnistämisessä oli ratkaiseva, ja se tuo ratkaisuportfolioon tutkimuksellista "
                "ja tieteellistä syvyyttä yhdessä jäsenyritysten ja yliopistojen kanssa."
            ),
            "sv": (
                "VTT är en av Europas ledande forsknings- och teknologiorganisationer. VTT hade en avgörande "
                "roll när klustret startades och tillför lösningsportföljen forskningsmässigt och "
                "vetenskapligt djup tillsammans med medlemsföretagen och universiteten."
            ),
        },
        "description": {
            "en": [
                (
                    "VTT is a state-owned research and technology company that works with companies and the "
                    "public sector to turn research into new solutions. Its work covers areas central to "
                    "smart cities, such as energy systems, the built environment, mobility, data and the "
                    "circular economy."
                ),
                (
                    "VTT's expertise and networks were decisive when the cluster was set up. In the cluster, "
                    "it helps consortia assess and develop solutions and links challenges to the latest "
                    "research."
                ),
            ],
            "fi": [
                (
                    "VTT on valtion omistama tutkimus- ja teknologiayhtiö, joka muuttaa tutkimusta uusiksi "
                    "ratkaisuiksi yhdessä yritysten ja julkisen sektorin kanssa. Sen työ kattaa älykkäiden "
                    "kaupunkien kannalta keskeisiä alueita, kuten energiajärjestelmät, rakennetun "
                    "ympäristön, liikkumisen, datan ja kiertotalouden."
                ),
                (
                    "VTT:n osaaminen ja verkostot olivat ratkaisevia, kun klusteria perustettiin. "
                    "Klusterissa VTT auttaa konsortioita arvioimaan ja kehittämään ratkaisuja ja kytkee "
                    "haasteet uusimpaan tutkimukseen."
                ),
            ],
            "sv": [
                (
                    "VTT är ett statsägt forsknings- och teknologibolag som tillsammans med företag och den "
                    "offentliga sektorn omsätter forskning i nya lösningar. Arbetet omfattar områden som är "
                    "centrala för smarta städer, såsom energisystem, byggd miljö, mobilitet, data och "
                    "cirkulär ekonomi."
                ),
                (
                    "VTT:s kompetens och nätverk var avgörande när klustret grundades. I klustret hjälper "
                    "VTT konsortierna att bedöma och utveckla lösningar och kopplar utmaningarna till den "
                    "senaste forskningen."
                ),
            ],
        },
        "capabilities": [
            {
                "name": {
                    "en": "Energy systems research",
                    "fi": "Energiajärjestelmien tutkimus",
                    "sv": "Forskning om energisystem",
                },
                "description": {
                    "en": ("VTT studies how cities can produce, store and use energy in smarter, lower-carbon ways."),
                    "fi": (
                        "VTT tutkii, miten kaupungit voivat tuottaa, varastoida ja käyttää energiaa "
                        "älykkäämmin ja vähähiilisemmin."
                    ),
                    "sv": (
                        "VTT forskar i hur städer kan producera, lagra och använda energi smartare och med "
                        "lägre koldioxidutsläpp."
                    ),
                },
            },
            {
                "name": {
                    "en": "Built environment and digital twins",
                    "fi": "Rakennettu ympäristö ja digitaaliset kaksoset",
                    "sv": "Byggd miljö och digitala tvillingar",
                },
                "description": {
                    "en": (
                        "VTT develops models and data methods that help plan and operate buildings, "
                        "infrastructure and whole urban areas."
                    ),
                    "fi": (
                        "VTT kehittää malleja ja datamenetelmiä, joiden avulla rakennuksia, infrastruktuuria "
                        "ja kokonaisia kaupunkialueita voidaan suunnitella ja käyttää."
                    ),
                    "sv": (
                        "VTT utvecklar modeller och datametoder som hjälper till att planera och driva "
                        "byggnader, infrastruktur och hela stadsområden."
                    ),
                },
            },
            {
                "name": {
                    "en": "Circular economy solutions",
                    "fi": "Kiertotalouden ratkaisut",
                    "sv": "Lösningar för cirkulär ekonomi",
                },
                "description": {
                    "en": (
                        "VTT helps companies and cities keep materials in use and cut waste through new "
                        "technologies and business models."
                    ),
                    "fi": (
                        "VTT auttaa yrityksiä ja kaupunkeja pitämään materiaalit käytössä ja vähentämään "
                        "jätettä uusien teknologioiden ja liiketoimintamallien avulla."
                    ),
                    "sv": (
                        "VTT hjälper företag och städer att hålla material i bruk och minska avfallet med "
                        "hjälp av ny teknik och nya affärsmodeller."
                    ),
                },
            },
            {
                "name": {
                    "en": "Independent testing and assessment",
                    "fi": "Riippumaton testaus ja arviointi",
                    "sv": "Oberoende testning och bedömning",
                },
                "description": {
                    "en": (
                        "VTT can assess the performance and impact of proposed solutions before they are scaled up."
                    ),
                    "fi": (
                        "VTT voi arvioida ehdotettujen ratkaisujen suorituskykyä ja vaikutuksia ennen niiden "
                        "laajempaa käyttöönottoa."
                    ),
                    "sv": ("VTT kan bedöma prestanda och effekter hos föreslagna lösningar innan de skalas upp."),
                },
            },
        ],
    },
    {
        "slug": "nordlight-mobility",
        "name": {"en": "Nordlight Mobility Oy", "fi": "Nordlight Mobility Oy", "sv": "Nordlight Mobility Oy"},
        "organisation_type": "company",
        "size": "micro",
        "is_demo": True,
        "member_since": 2023,
        "website": "https://www.nordlight-mobility.example/",
        "contact_email": "info@nordlight-mobility.example",
        "offices": [["Tampere", "FI"]],
        "themes": ["mobility", "arctic-conditions", "safety-security"],
        "summary": {
            "en": (
                "Nordlight Mobility is a Tampere start-up that makes walking, cycling and on-demand "
                "transport work in the Nordic winter. Its routing service uses real-time data on snow, ice "
                "and street maintenance to guide people along safe routes."
            ),
            "fi": (
                "Nordlight Mobility on tamperelainen start-up, joka saa kävelyn, pyöräilyn ja "
                "kutsuliikenteen toimimaan pohjoismaisessa talvessa. Sen reittipalvelu hyödyntää "
                "reaaliaikaista tietoa lumesta, jäästä ja katujen kunnossapidosta ja ohjaa ihmiset "
                "turvallisille reiteille."
            ),
            "sv": (
                "Nordlight Mobility är ett startupföretag från Tammerfors som får gång, cykling och "
                "anropsstyrd trafik att fungera under den nordiska vintern. Dess ruttjänst använder "
                "realtidsdata om snö, is och gatuunderhåll för att vägleda människor längs säkra rutter."
            ),
        },
        "description": {
            "en": [
                (
                    "Nordlight Mobility was founded by transport engineers who were tired of route planners "
                    "that ignore the weather. The company combines data from street maintenance, weather "
                    "services and users' own reports into a winter-aware routing engine for cities and "
                    "transport operators."
                ),
                (
                    "The company is small but well connected: it works in consortia with larger members of "
                    "the cluster and brings its software and data know-how to mobility challenges in Finland "
                    "and abroad."
                ),
            ],
            "fi": [
                (
                    "Nordlight Mobilityn perustivat liikenneinsinöörit, jotka olivat kyllästyneet säästä "
                    "piittaamattomiin reittioppaisiin. Yritys yhdistää katujen kunnossapidon, sääpalvelujen "
                    "ja käyttäjien omien ilmoitusten tiedot talviolosuhteet huomioivaksi reitityspalveluksi "
                    "kaupungeille ja liikennöitsijöille."
                ),
                (
                    "Yritys on pieni mutta hyvin verkottunut: se toimii konsortioissa klusterin suurempien "
                    "jäsenten kanssa ja tuo ohjelmisto- ja dataosaamisensa liikkumisen haasteisiin Suomessa "
                    "ja ulkomailla."
                ),
            ],
            "sv": [
                (
                    "Nordlight Mobility grundades av trafikingenjörer som var trötta på ruttplanerare som "
                    "inte tar hänsyn till vädret. Företaget kombinerar data från gatuunderhållet, "
                    "vädertjänster och användarnas egna rapporter till en ruttmotor som beaktar "
                    "vinterförhållandena, för städer och trafikoperatörer."
                ),
                (
                    "Företaget är litet men har ett brett nätverk: det arbetar i konsortier med klustrets "
                    "större medlemmar och bidrar med sitt kunnande om programvara och data till "
                    "mobilitetsutmaningar i Finland och utomlands."
                ),
            ],
        },
        "capabilities": [
            {
                "name": {
                    "en": "Winter-aware route planning",
                    "fi": "Talviolosuhteet huomioiva reititys",
                    "sv": "Ruttplanering som beaktar vintern",
                },
                "description": {
                    "en": (
                        "The routing engine takes snow, ice and street maintenance into account in real time "
                        "when guiding pedestrians and cyclists."
                    ),
                    "fi": (
                        "Reitityspalvelu ottaa lumen, jään ja katujen kunnossapidon huomioon reaaliajassa "
                        "opastaessaan jalankulkijoita ja pyöräilijöitä."
                    ),
                    "sv": (
                        "Ruttmotorn tar hänsyn till snö, is och gatuunderhåll i realtid när den vägleder "
                        "fotgängare och cyklister."
                    ),
                },
            },
            {
                "name": {
                    "en": "On-demand transport planning",
                    "fi": "Kutsuliikenteen suunnittelu",
                    "sv": "Planering av anropsstyrd trafik",
                },
                "description": {
                    "en": (
                        "Nordlight plans and simulates demand-responsive feeder services that connect "
                        "neighbourhoods to main public transport lines."
                    ),
                    "fi": (
                        "Nordlight suunnittelee ja simuloi kutsuohjattuja liityntäpalveluja, jotka "
                        "yhdistävät asuinalueet joukkoliikenteen runkolinjoihin."
                    ),
                    "sv": (
                        "Nordlight planerar och simulerar anropsstyrd matartrafik som förbinder "
                        "bostadsområden med kollektivtrafikens stomlinjer."
                    ),
                },
            },
            {
                "name": {
                    "en": "Maintenance data integration",
                    "fi": "Kunnossapitodatan integrointi",
                    "sv": "Integrering av underhållsdata",
                },
                "description": {
                    "en": (
                        "The company connects data from snow-clearing fleets and road weather stations to "
                        "city services."
                    ),
                    "fi": ("Yritys yhdistää lumenaurauskaluston ja tiesääasemien tiedot kaupungin palveluihin."),
                    "sv": (
                        "Företaget kopplar data från snöröjningsfordon och vägväderstationer till stadens tjänster."
                    ),
                },
            },
        ],
    },
    {
        "slug": "kestora-infra",
        "name": {"en": "Kestora Infra Plc", "fi": "Kestora Infra Oyj", "sv": "Kestora Infra Abp"},
        "organisation_type": "company",
        "size": "large",
        "is_demo": True,
        "member_since": 2022,
        "website": "https://www.kestora.example/",
        "contact_email": "info@kestora.example",
        "offices": [["Helsinki", "FI"], ["Tampere", "FI"], ["Stockholm", "SE"], ["Tallinn", "EE"]],
        "themes": ["built-environment", "circular-economy", "water", "energy"],
        "summary": {
            "en": (
                "Kestora Infra is a listed Finnish infrastructure group that designs, builds and maintains "
                "streets, utility networks and energy infrastructure in Finland, Sweden and Estonia. In the "
                "cluster, it leads consortia for large urban development projects."
            ),
            "fi": (
                "Kestora Infra on pörssilistattu suomalainen infrakonserni, joka suunnittelee, rakentaa ja "
                "ylläpitää katuja, yhdyskuntateknisiä verkostoja ja energiainfrastruktuuria Suomessa, "
                "Ruotsissa ja Virossa. Klusterissa se vetää konsortioita suuriin kaupunkikehityshankkeisiin."
            ),
            "sv": (
                "Kestora Infra är en börsnoterad finländsk infrakoncern som projekterar, bygger och "
                "underhåller gator, ledningsnät och energiinfrastruktur i Finland, Sverige och Estland. I "
                "klustret leder koncernen konsortier för stora stadsutvecklingsprojekt."
            ),
        },
        "description": {
            "en": [
                (
                    "With several thousand employees, Kestora Infra covers the whole life cycle of urban "
                    "infrastructure, from planning and construction to long-term maintenance contracts. Its "
                    "work includes street and park construction, water and district heating networks, and "
                    "the renovation of ageing infrastructure."
                ),
                (
                    "The group has set itself the goal of carbon-neutral construction sites and a high reuse "
                    "rate for demolition materials. Through the cluster, it looks for start-ups and "
                    "researchers whose solutions can be scaled up in its projects, and it brings its own "
                    "challenges to the portfolio."
                ),
            ],
            "fi": [
                (
                    "Useita tuhansia henkilöitä työllistävä Kestora Infra kattaa kaupunki-infrastruktuurin "
                    "koko elinkaaren suunnittelusta ja rakentamisesta pitkäaikaisiin "
                    "kunnossapitosopimuksiin. Sen toimintaan kuuluvat katu- ja puistorakentaminen, vesi- ja "
                    "kaukolämpöverkostot sekä ikääntyvän infrastruktuurin peruskorjaus."
                ),
                (
                    "Konserni on asettanut tavoitteekseen hiilineutraalit työmaat ja purkumateriaalien "
                    "korkean uudelleenkäyttöasteen. Klusterin kautta se etsii start-up-yrityksiä ja "
                    "tutkijoita, joiden ratkaisuja voidaan skaalata sen hankkeissa, ja tuo myös omia "
                    "haasteitaan portfolioon."
                ),
            ],
            "sv": [
                (
                    "Kestora Infra har flera tusen anställda och täcker hela livscykeln för urban "
                    "infrastruktur, från planering och byggande till långsiktiga underhållsavtal. "
                    "Verksamheten omfattar gatu- och parkbyggande, vatten- och fjärrvärmenät samt renovering "
                    "av åldrande infrastruktur."
                ),
                (
                    "Koncernen har som mål att ha koldioxidneutrala byggarbetsplatser och en hög "
                    "återanvändningsgrad för rivningsmaterial. Genom klustret söker den startupföretag och "
                    "forskare vars lösningar kan skalas upp i dess projekt, och den för också in sina egna "
                    "utmaningar i portföljen."
                ),
            ],
        },
        "capabilities": [
            {
                "name": {
                    "en": "Urban infrastructure construction",
                    "fi": "Kaupunki-infran rakentaminen",
                    "sv": "Byggande av urban infrastruktur",
                },
                "description": {
                    "en": (
                        "Kestora Infra builds streets, public spaces and utility networks for growing cities "
                        "and new districts."
                    ),
                    "fi": (
                        "Kestora Infra rakentaa katuja, julkisia tiloja ja yhdyskuntateknisiä verkostoja "
                        "kasvaviin kaupunkeihin ja uusille alueille."
                    ),
                    "sv": (
                        "Kestora Infra bygger gator, offentliga platser och ledningsnät för växande städer "
                        "och nya stadsdelar."
                    ),
                },
            },
            {
                "name": {
                    "en": "Life-cycle maintenance contracts",
                    "fi": "Elinkaariurakat ja kunnossapito",
                    "sv": "Livscykelentreprenader och underhåll",
                },
                "description": {
                    "en": (
                        "The group takes long-term responsibility for maintaining streets and networks, "
                        "including winter maintenance."
                    ),
                    "fi": (
                        "Konserni ottaa pitkäaikaisen vastuun katujen ja verkostojen kunnossapidosta "
                        "talvikunnossapito mukaan lukien."
                    ),
                    "sv": (
                        "Koncernen tar ett långsiktigt ansvar för underhållet av gator och ledningsnät, "
                        "inklusive vinterunderhåll."
                    ),
                },
            },
            {
                "name": {
                    "en": "Low-carbon construction sites",
                    "fi": "Vähähiiliset työmaat",
                    "sv": "Koldioxidsnåla byggarbetsplatser",
                },
                "description": {
                    "en": (
                        "Kestora Infra runs electrified construction sites and measures their emissions "
                        "throughout each project."
                    ),
                    "fi": (
                        "Kestora Infra käyttää sähköistettyjä työmaita ja mittaa niiden päästöjä koko hankkeen ajan."
                    ),
                    "sv": (
                        "Kestora Infra driver elektrifierade byggarbetsplatser och mäter deras utsläpp under "
                        "hela projektet."
                    ),
                },
            },
            {
                "name": {
                    "en": "Consortium leadership",
                    "fi": "Konsortioiden johtaminen",
                    "sv": "Ledning av konsortier",
                },
                "description": {
                    "en": (
                        "The group can lead large consortia and take on the main contractor's role in joint offers."
                    ),
                    "fi": ("Konserni voi johtaa suuria konsortioita ja toimia pääurakoitsijana yhteistarjouksissa."),
                    "sv": (
                        "Koncernen kan leda stora konsortier och ta rollen som huvudentreprenör i gemensamma anbud."
                    ),
                },
            },
        ],
    },
    {
        "slug": "pohjanranta-university",
        "name": {
            "en": "Pohjanranta University",
            "fi": "Pohjanrannan yliopisto",
            "sv": "Pohjanranta universitet",
        },
        "organisation_type": "university",
        "size": "large",
        "is_demo": True,
        "member_since": 2022,
        "website": "https://www.pohjanranta.example/",
        "contact_email": "cooperation@pohjanranta.example",
        "offices": [["Oulu", "FI"], ["Kokkola", "FI"]],
        "themes": ["arctic-conditions", "health-wellbeing", "digital-twins-data", "participation-governance"],
        "summary": {
            "en": (
                "Pohjanranta University is a multidisciplinary university in northern Finland, known for its "
                "research on northern cities, wellbeing and data. Its researchers and students take part in "
                "cluster challenges, particularly those related to Arctic conditions."
            ),
            "fi": (
                "Pohjanrannan yliopisto on monitieteinen yliopisto Pohjois-Suomessa, ja se tunnetaan "
                "pohjoisia kaupunkeja, hyvinvointia ja dataa koskevasta tutkimuksestaan. Sen tutkijat ja "
                "opiskelijat osallistuvat klusterin haasteisiin, erityisesti arktisiin olosuhteisiin "
                "liittyviin."
            ),
            "sv": (
                "Pohjanranta universitet är ett mångvetenskapligt universitet i norra Finland, känt för sin "
                "forskning om nordliga städer, välbefinnande och data. Dess forskare och studenter deltar i "
                "klustrets utmaningar, särskilt sådana som gäller arktiska förhållanden."
            ),
        },
        "description": {
            "en": [
                (
                    "The university has around 12,000 students and faculties of technology, health sciences, "
                    "humanities and business. Its Northern Cities research platform brings together urban "
                    "planners, engineers, health researchers and social scientists to study how cities in "
                    "the North can become healthier and more resilient."
                ),
                (
                    "In the cluster, the university offers research partnerships, student projects and "
                    "access to its cold-climate test facilities. It often joins consortia as the partner "
                    "responsible for impact assessment and resident studies."
                ),
            ],
            "fi": [
                (
                    "Yliopistossa on noin 12 000 opiskelijaa sekä tekniikan, terveystieteiden, humanististen "
                    "tieteiden ja kauppatieteiden tiedekunnat. Sen Pohjoiset kaupungit -tutkimusalusta "
                    "kokoaa yhteen kaupunkisuunnittelijoita, insinöörejä, terveystutkijoita ja "
                    "yhteiskuntatieteilijöitä tutkimaan, miten pohjoisista kaupungeista voi tulla "
                    "terveellisempiä ja häiriönkestävämpiä."
                ),
                (
                    "Klusterissa yliopisto tarjoaa tutkimuskumppanuuksia, opiskelijaprojekteja ja pääsyn "
                    "kylmän ilmaston testausympäristöihinsä. Se liittyy konsortioihin usein kumppanina, joka "
                    "vastaa vaikutusten arvioinnista ja asukastutkimuksista."
                ),
            ],
            "sv": [
                (
                    "Universitetet har cirka 12 000 studenter och fakulteter för teknik, hälsovetenskaper, "
                    "humaniora och ekonomi. Dess forskningsplattform Nordliga städer samlar stadsplanerare, "
                    "ingenjörer, hälsoforskare och samhällsvetare för att undersöka hur städerna i norr kan "
                    "bli hälsosammare och mer motståndskraftiga."
                ),
                (
                    "I klustret erbjuder universitetet forskningspartnerskap, studentprojekt och tillgång "
                    "till sina testmiljöer för kallt klimat. Det deltar ofta i konsortier som den partner "
                    "som ansvarar för konsekvensbedömning och invånarstudier."
                ),
            ],
        },
        "capabilities": [
            {
                "name": {
                    "en": "Cold-climate test facilities",
                    "fi": "Kylmän ilmaston testausympäristöt",
                    "sv": "Testmiljöer för kallt klimat",
                },
                "description": {
                    "en": (
                        "The university runs climate chambers and an outdoor test field for testing "
                        "materials, sensors and vehicles at temperatures down to −40 °C."
                    ),
                    "fi": (
                        "Yliopistolla on ilmastokammioita ja ulkotestikenttä, joissa materiaaleja, antureita "
                        "ja ajoneuvoja voidaan testata aina −40 asteen pakkaseen asti."
                    ),
                    "sv": (
                        "Universitetet har klimatkammare och ett testfält utomhus där material, sensorer och "
                        "fordon kan testas i temperaturer ned till −40 °C."
                    ),
                },
            },
            {
                "name": {
                    "en": "Resident and user studies",
                    "fi": "Asukas- ja käyttäjätutkimukset",
                    "sv": "Invånar- och användarstudier",
                },
                "description": {
                    "en": (
                        "Researchers study how residents experience new services and how those services "
                        "affect health and wellbeing."
                    ),
                    "fi": (
                        "Tutkijat selvittävät, miten asukkaat kokevat uudet palvelut ja miten palvelut "
                        "vaikuttavat terveyteen ja hyvinvointiin."
                    ),
                    "sv": (
                        "Forskarna undersöker hur invånarna upplever nya tjänster och hur tjänsterna "
                        "påverkar hälsa och välbefinnande."
                    ),
                },
            },
            {
                "name": {
                    "en": "Urban data analytics",
                    "fi": "Kaupunkidatan analytiikka",
                    "sv": "Analys av stadsdata",
                },
                "description": {
                    "en": (
                        "The university's data scientists help cities turn sensor and register data into "
                        "knowledge for decision-making."
                    ),
                    "fi": (
                        "Yliopiston data-analyytikot auttavat kaupunkeja jalostamaan anturi- ja "
                        "rekisteritiedoista tietoa päätöksenteon tueksi."
                    ),
                    "sv": (
                        "Universitetets dataforskare hjälper städer att omvandla sensor- och registerdata "
                        "till kunskap som stöd för beslutsfattandet."
                    ),
                },
            },
            {
                "name": {"en": "Student projects", "fi": "Opiskelijaprojektit", "sv": "Studentprojekt"},
                "description": {
                    "en": (
                        "Multidisciplinary student teams can explore early-stage ideas for a challenge in a "
                        "single term."
                    ),
                    "fi": (
                        "Monialaiset opiskelijatiimit voivat työstää haasteeseen varhaisen vaiheen ideoita "
                        "yhden lukukauden aikana."
                    ),
                    "sv": (
                        "Mångvetenskapliga studentteam kan utforska idéer i ett tidigt skede för en utmaning "
                        "under en termin."
                    ),
                },
            },
        ],
    },
    {
        "slug": "aanikartta",
        "name": {"en": "Äänikartta Oy", "fi": "Äänikartta Oy", "sv": "Äänikartta Oy"},
        "organisation_type": "company",
        "size": "micro",
        "is_demo": True,
        "member_since": 2024,
        "website": "https://www.aanikartta.example/",
        "contact_email": "info@aanikartta.example",
        "offices": [["Turku", "FI"]],
        "themes": ["health-wellbeing", "safety-security", "digital-twins-data"],
        "summary": {
            "en": (
                "Äänikartta is a Turku start-up that measures and maps the urban soundscape. Its sensors "
                "recognise sound events such as traffic, construction and alarms without recording speech, "
                "helping cities to reduce noise and react faster to incidents."
            ),
            "fi": (
                "Äänikartta on turkulainen start-up, joka mittaa ja kartoittaa kaupungin äänimaisemaa. Sen "
                "anturit tunnistavat äänitapahtumia, kuten liikenteen, rakennustyöt ja hälytykset, "
                "tallentamatta puhetta. Näin kaupungit voivat vähentää melua ja reagoida tilanteisiin "
                "nopeammin."
            ),
            "sv": (
                "Äänikartta är ett startupföretag från Åbo som mäter och kartlägger stadens ljudlandskap. "
                "Dess sensorer känner igen ljudhändelser som trafik, byggarbeten och larm utan att spela in "
                "tal, vilket hjälper städer att minska bullret och reagera snabbare på incidenter."
            ),
        },
        "description": {
            "en": [
                (
                    "Noise is one of the most common environmental health problems in cities, yet most "
                    "cities still measure it only occasionally. Äänikartta's small, low-power sensors "
                    "analyse sound on the device itself and send only anonymous data, such as noise levels "
                    "and the types of recognised events, to a map service."
                ),
                (
                    "The company joined the cluster to find partners for larger deployments. Its data can be "
                    "combined with city digital twins, mobility data and health research, which makes it a "
                    "good fit for consortia working on safety and wellbeing."
                ),
            ],
            "fi": [
                (
                    "Melu on kaupunkien yleisimpiä ympäristöterveyden ongelmia, mutta useimmat kaupungit "
                    "mittaavat sitä yhä vain satunnaisesti. Äänikartan pienet ja vähän virtaa kuluttavat "
                    "anturit analysoivat äänen laitteessa itsessään ja lähettävät karttapalveluun vain "
                    "anonyymia tietoa, kuten melutasoja ja tunnistettujen tapahtumien tyyppejä."
                ),
                (
                    "Yritys liittyi klusteriin löytääkseen kumppaneita laajempiin käyttöönottoihin. Sen "
                    "dataa voidaan yhdistää kaupunkien digitaalisiin kaksosiin, liikkumisdataan ja "
                    "terveystutkimukseen, joten se sopii hyvin turvallisuuden ja hyvinvoinnin parissa "
                    "toimiviin konsortioihin."
                ),
            ],
            "sv": [
                (
                    "Buller är ett av de vanligaste miljöhälsoproblemen i städer, men de flesta städer mäter "
                    "det fortfarande bara sporadiskt. Äänikarttas små, energisnåla sensorer analyserar "
                    "ljudet direkt i enheten och skickar endast anonyma data, såsom bullernivåer och typer "
                    "av identifierade händelser, till en karttjänst."
                ),
                (
                    "Företaget gick med i klustret för att hitta partner för större installationer. Dess "
                    "data kan kombineras med städernas digitala tvillingar, mobilitetsdata och "
                    "hälsoforskning, vilket gör företaget till en bra partner för konsortier som arbetar med "
                    "säkerhet och välbefinnande."
                ),
            ],
        },
        "capabilities": [
            {
                "name": {
                    "en": "Privacy-preserving sound sensors",
                    "fi": "Yksityisyyttä suojaavat äänianturit",
                    "sv": "Ljudsensorer som skyddar integriteten",
                },
                "description": {
                    "en": (
                        "The sensors classify sound events on the device and never store or transmit "
                        "recordings of speech."
                    ),
                    "fi": (
                        "Anturit luokittelevat äänitapahtumat laitteessa eivätkä koskaan tallenna tai lähetä "
                        "puhetta sisältäviä äänitteitä."
                    ),
                    "sv": (
                        "Sensorerna klassificerar ljudhändelser i enheten och lagrar eller skickar aldrig "
                        "inspelningar av tal."
                    ),
                },
            },
            {
                "name": {
                    "en": "Real-time noise maps",
                    "fi": "Reaaliaikaiset melukartat",
                    "sv": "Bullerkartor i realtid",
                },
                "description": {
                    "en": (
                        "Äänikartta's map service shows noise levels and trends by street and by hour for "
                        "planners and residents."
                    ),
                    "fi": (
                        "Äänikartan karttapalvelu näyttää melutasot ja niiden kehityksen kaduittain ja "
                        "tunneittain kaavoittajille ja asukkaille."
                    ),
                    "sv": (
                        "Äänikarttas karttjänst visar bullernivåer och trender per gata och timme för "
                        "planerare och invånare."
                    ),
                },
            },
            {
                "name": {
                    "en": "Incident detection",
                    "fi": "Poikkeamien havaitseminen",
                    "sv": "Identifiering av incidenter",
                },
                "description": {
                    "en": ("The system can alert operators to sounds such as breaking glass, collisions or alarms."),
                    "fi": (
                        "Järjestelmä voi hälyttää operaattoreille esimerkiksi lasin rikkoutumisesta, "
                        "kolareista tai hälytysäänistä."
                    ),
                    "sv": ("Systemet kan larma operatörer om ljud som krossat glas, kollisioner eller larmsignaler."),
                },
            },
        ],
    },
    {
        "slug": "meseta-urban-data",
        "name": {
            "en": "Meseta Urban Data S.L.",
            "fi": "Meseta Urban Data S.L.",
            "sv": "Meseta Urban Data S.L.",
        },
        "organisation_type": "company",
        "size": "small",
        "is_demo": True,
        "member_since": 2023,
        "website": "https://www.mesetaurbandata.example/",
        "contact_email": "info@mesetaurbandata.example",
        "offices": [["Madrid", "ES"], ["Valencia", "ES"]],
        "themes": ["digital-twins-data", "mobility", "energy"],
        "summary": {
            "en": (
                "Meseta Urban Data is a Madrid-based company that builds digital twins and data platforms "
                "for urban development projects. It helps developers and cities test planning options for "
                "mobility, energy and public space before anything is built."
            ),
            "fi": (
                "Meseta Urban Data on madridilainen yritys, joka rakentaa digitaalisia kaksosia ja "
                "data-alustoja kaupunkikehityshankkeisiin. Se auttaa rakennuttajia ja kaupunkeja testaamaan "
                "liikkumisen, energian ja julkisten tilojen suunnitteluvaihtoehtoja ennen kuin mitään "
                "rakennetaan."
            ),
            "sv": (
                "Meseta Urban Data är ett företag i Madrid som bygger digitala tvillingar och "
                "dataplattformar för stadsutvecklingsprojekt. Det hjälper byggherrar och städer att testa "
                "planeringsalternativ för mobilitet, energi och offentliga rum innan något byggs."
            ),
        },
        "description": {
            "en": [
                (
                    "The company was founded by urban planners and software engineers who saw that large "
                    "development projects needed a shared picture of the city for all parties. Its platform "
                    "combines planning models, open data and simulations of traffic, energy demand and heat "
                    "in the streets."
                ),
                (
                    "Meseta joined the cluster to work with Nordic partners, and it brings local knowledge "
                    "of the Spanish market to consortia. It is one of the members that have taken part in "
                    "the solution-provider work for Madrid Nuevo Norte."
                ),
            ],
            "fi": [
                (
                    "Yrityksen perustivat kaupunkisuunnittelijat ja ohjelmistokehittäjät, jotka huomasivat, "
                    "että suuret kehityshankkeet tarvitsevat kaikille osapuolille yhteisen kuvan "
                    "kaupungista. Sen alusta yhdistää suunnittelumallit, avoimen datan sekä liikenteen, "
                    "energiantarpeen ja katutilan lämpöolojen simuloinnit."
                ),
                (
                    "Meseta liittyi klusteriin tehdäkseen yhteistyötä pohjoismaisten kumppanien kanssa, ja "
                    "se tuo konsortioihin Espanjan markkinoiden paikallistuntemusta. Se on yksi jäsenistä, "
                    "jotka ovat osallistuneet Madrid Nuevo Norten ratkaisutoimittajayhteistyöhön."
                ),
            ],
            "sv": [
                (
                    "Företaget grundades av stadsplanerare och programvaruutvecklare som såg att stora "
                    "utvecklingsprojekt behövde en gemensam bild av staden för alla parter. Dess plattform "
                    "kombinerar planeringsmodeller, öppna data och simuleringar av trafik, energibehov och "
                    "värme i gaturummet."
                ),
                (
                    "Meseta gick med i klustret för att samarbeta med nordiska partner, och företaget bidrar "
                    "med lokal kännedom om den spanska marknaden i konsortierna. Det är en av de medlemmar "
                    "som har deltagit i arbetet med lösningsleverantörer för Madrid Nuevo Norte."
                ),
            ],
        },
        "capabilities": [
            {
                "name": {
                    "en": "Urban digital twins",
                    "fi": "Kaupunkien digitaaliset kaksoset",
                    "sv": "Digitala tvillingar av städer",
                },
                "description": {
                    "en": ("Meseta builds 3D city models linked to live and planning data for development projects."),
                    "fi": (
                        "Meseta rakentaa kehityshankkeille 3D-kaupunkimalleja, jotka on kytketty "
                        "reaaliaikaiseen dataan ja suunnittelutietoon."
                    ),
                    "sv": (
                        "Meseta bygger 3D-modeller av städer som är kopplade till realtids- och "
                        "planeringsdata för utvecklingsprojekt."
                    ),
                },
            },
            {
                "name": {
                    "en": "Mobility and heat simulation",
                    "fi": "Liikenteen ja lämpöolojen simulointi",
                    "sv": "Simulering av trafik och värme",
                },
                "description": {
                    "en": (
                        "The company simulates traffic flows and summer heat in the streets to compare "
                        "planning options."
                    ),
                    "fi": (
                        "Yritys simuloi liikennevirtoja ja kesähelteitä katutilassa suunnitteluvaihtoehtojen "
                        "vertailemiseksi."
                    ),
                    "sv": (
                        "Företaget simulerar trafikflöden och sommarhetta i gaturummet för att jämföra "
                        "planeringsalternativ."
                    ),
                },
            },
            {
                "name": {
                    "en": "Knowledge of the Spanish market",
                    "fi": "Espanjan markkinoiden tuntemus",
                    "sv": "Kännedom om den spanska marknaden",
                },
                "description": {
                    "en": (
                        "Meseta helps Nordic partners understand Spanish planning practice, procurement and "
                        "local stakeholders."
                    ),
                    "fi": (
                        "Meseta auttaa pohjoismaisia kumppaneita ymmärtämään espanjalaista "
                        "suunnittelukäytäntöä, hankintoja ja paikallisia toimijoita."
                    ),
                    "sv": (
                        "Meseta hjälper nordiska partner att förstå spansk planeringspraxis, upphandling och "
                        "lokala aktörer."
                    ),
                },
            },
        ],
    },
    {
        "slug": "varanger-polartech",
        "name": {"en": "Varanger Polartech AS", "fi": "Varanger Polartech AS", "sv": "Varanger Polartech AS"},
        "organisation_type": "company",
        "size": "small",
        "is_demo": True,
        "member_since": 2023,
        "website": "https://www.varanger-polartech.example/",
        "contact_email": "post@varanger-polartech.example",
        "offices": [["Kirkenes", "NO"], ["Tromsø", "NO"]],
        "themes": ["arctic-conditions", "mobility", "energy"],
        "summary": {
            "en": (
                "Varanger Polartech is a Norwegian engineering company from Kirkenes that specialises in "
                "infrastructure for Arctic towns and ports. Its work ranges from snow and ice management to "
                "port logistics and the use of waste heat."
            ),
            "fi": (
                "Varanger Polartech on kirkenesiläinen norjalainen insinööritoimisto, joka on erikoistunut "
                "arktisten kaupunkien ja satamien infrastruktuuriin. Sen työ ulottuu lumen- ja "
                "jäänhallinnasta satamalogistiikkaan ja hukkalämmön hyödyntämiseen."
            ),
            "sv": (
                "Varanger Polartech är ett norskt ingenjörsföretag från Kirkenes som är specialiserat på "
                "infrastruktur för arktiska städer och hamnar. Verksamheten omfattar allt från snö- och "
                "ishantering till hamnlogistik och tillvaratagande av spillvärme."
            ),
        },
        "description": {
            "en": [
                (
                    "Founded by engineers who grew up by the Barents Sea, Varanger Polartech designs "
                    "solutions that cope with the polar night, storms and long winters. The company has "
                    "worked on heated walkways, snow storage and quay operations in northern Norway."
                ),
                (
                    "As a member of the cluster, the company connects Finnish solution providers with Arctic "
                    "challenges in Norway, and it has been an active partner in the Kirkenes challenges."
                ),
            ],
            "fi": [
                (
                    "Barentsinmeren rannalla kasvaneiden insinöörien perustama Varanger Polartech "
                    "suunnittelee ratkaisuja, jotka kestävät kaamoksen, myrskyt ja pitkät talvet. Yritys on "
                    "työskennellyt Pohjois-Norjassa muun muassa lämmitettyjen kävelyteiden, "
                    "lumenvarastoinnin ja laituritoimintojen parissa."
                ),
                (
                    "Klusterin jäsenenä yritys yhdistää suomalaisia ratkaisujen tarjoajia Norjan arktisiin "
                    "haasteisiin, ja se on ollut aktiivinen kumppani Kirkenesin haasteissa."
                ),
            ],
            "sv": [
                (
                    "Varanger Polartech grundades av ingenjörer som vuxit upp vid Barents hav och utformar "
                    "lösningar som klarar polarnatt, stormar och långa vintrar. Företaget har arbetat med "
                    "bland annat uppvärmda gångvägar, snöupplag och kajverksamhet i norra Norge."
                ),
                (
                    "Som medlem i klustret för företaget samman finländska lösningsleverantörer med arktiska "
                    "utmaningar i Norge, och det har varit en aktiv partner i utmaningarna från Kirkenes."
                ),
            ],
        },
        "capabilities": [
            {
                "name": {
                    "en": "Snow and ice management",
                    "fi": "Lumen- ja jäänhallinta",
                    "sv": "Snö- och ishantering",
                },
                "description": {
                    "en": (
                        "Varanger Polartech plans snow clearing, snow storage and ice prevention for streets "
                        "and public spaces."
                    ),
                    "fi": (
                        "Varanger Polartech suunnittelee katujen ja julkisten tilojen lumenaurauksen, lumen "
                        "varastoinnin ja liukkaudentorjunnan."
                    ),
                    "sv": (
                        "Varanger Polartech planerar snöröjning, snöupplag och halkbekämpning för gator och "
                        "offentliga platser."
                    ),
                },
            },
            {
                "name": {
                    "en": "Arctic port logistics",
                    "fi": "Arktinen satamalogistiikka",
                    "sv": "Arktisk hamnlogistik",
                },
                "description": {
                    "en": (
                        "The company designs quay operations and cargo flows that keep working through "
                        "storms and the polar night."
                    ),
                    "fi": (
                        "Yritys suunnittelee laituritoimintoja ja rahtivirtoja, jotka toimivat myrskyissä ja "
                        "kaamoksen aikana."
                    ),
                    "sv": (
                        "Företaget utformar kajverksamhet och godsflöden som fungerar även under stormar och polarnatt."
                    ),
                },
            },
            {
                "name": {
                    "en": "Use of waste heat",
                    "fi": "Hukkalämmön hyödyntäminen",
                    "sv": "Tillvaratagande av spillvärme",
                },
                "description": {
                    "en": (
                        "Varanger Polartech finds ways to use waste heat from industry and ports to keep "
                        "surfaces free of ice."
                    ),
                    "fi": (
                        "Varanger Polartech etsii keinoja hyödyntää teollisuuden ja satamien hukkalämpöä "
                        "pintojen pitämiseksi jäättöminä."
                    ),
                    "sv": (
                        "Varanger Polartech hittar sätt att använda spillvärme från industri och hamnar för "
                        "att hålla ytor isfria."
                    ),
                },
            },
        ],
    },
    {
        "slug": "civitera",
        "name": {"en": "Civitera OÜ", "fi": "Civitera OÜ", "sv": "Civitera OÜ"},
        "organisation_type": "company",
        "size": "small",
        "is_demo": True,
        "member_since": 2025,
        "website": "https://www.civitera.example/",
        "contact_email": "hello@civitera.example",
        "offices": [["Tallinn", "EE"], ["Tartu", "EE"]],
        "themes": ["participation-governance", "digital-twins-data"],
        "summary": {
            "en": (
                "Civitera is an Estonian software company that builds digital tools for public "
                "participation. With them, residents can comment on plans, vote on local budgets and follow "
                "how their feedback is used, securely and in several languages."
            ),
            "fi": (
                "Civitera on virolainen ohjelmistoyritys, joka kehittää digitaalisia osallistumisen "
                "työkaluja. Niiden avulla asukkaat voivat kommentoida suunnitelmia, äänestää osallistuvassa "
                "budjetoinnissa ja seurata, miten heidän palautettaan hyödynnetään – turvallisesti ja "
                "useilla kielillä."
            ),
            "sv": (
                "Civitera är ett estniskt programvaruföretag som utvecklar digitala verktyg för "
                "medborgardelaktighet. Med dem kan invånarna kommentera planer, rösta om lokala budgetar och "
                "följa hur deras synpunkter används – säkert och på flera språk."
            ),
        },
        "description": {
            "en": [
                (
                    "Civitera draws on Estonia's experience of digital public services. Its platform works "
                    "with national electronic identification, supports accessible and multilingual use, and "
                    "gives officials tools to analyse and report on the feedback they receive."
                ),
                (
                    "The company joined the cluster to work with Finnish cities and to take part in "
                    "consortia where new services are designed together with residents."
                ),
            ],
            "fi": [
                (
                    "Civitera hyödyntää Viron kokemusta digitaalisista julkisista palveluista. Sen alusta "
                    "toimii kansallisen sähköisen tunnistautumisen kanssa, tukee saavutettavaa ja "
                    "monikielistä käyttöä ja antaa viranhaltijoille työkalut saadun palautteen analysointiin "
                    "ja raportointiin."
                ),
                (
                    "Yritys liittyi klusteriin tehdäkseen yhteistyötä suomalaisten kaupunkien kanssa ja "
                    "osallistuakseen konsortioihin, joissa uusia palveluja suunnitellaan yhdessä asukkaiden "
                    "kanssa."
                ),
            ],
            "sv": [
                (
                    "Civitera bygger på Estlands erfarenhet av digitala offentliga tjänster. Plattformen "
                    "fungerar med nationell elektronisk identifiering, stöder tillgänglig och flerspråkig "
                    "användning och ger tjänstemännen verktyg för att analysera och rapportera den respons "
                    "de får."
                ),
                (
                    "Företaget gick med i klustret för att samarbeta med finländska städer och delta i "
                    "konsortier där nya tjänster utformas tillsammans med invånarna."
                ),
            ],
        },
        "capabilities": [
            {
                "name": {
                    "en": "Digital participation platform",
                    "fi": "Digitaalinen osallistumisalusta",
                    "sv": "Digital plattform för delaktighet",
                },
                "description": {
                    "en": (
                        "Civitera's platform supports comments on maps, surveys, participatory budgeting and "
                        "feedback reports."
                    ),
                    "fi": (
                        "Civiteran alusta tukee karttapohjaista kommentointia, kyselyjä, osallistuvaa "
                        "budjetointia ja palauteraportteja."
                    ),
                    "sv": (
                        "Civiteras plattform stöder kommentarer på kartor, enkäter, medborgarbudgetar och "
                        "återkopplingsrapporter."
                    ),
                },
            },
            {
                "name": {
                    "en": "Accessible, multilingual design",
                    "fi": "Saavutettava ja monikielinen suunnittelu",
                    "sv": "Tillgänglig och flerspråkig design",
                },
                "description": {
                    "en": (
                        "The company designs services that meet accessibility requirements and work in "
                        "several languages from the start."
                    ),
                    "fi": (
                        "Yritys suunnittelee palvelut, jotka täyttävät saavutettavuusvaatimukset ja toimivat "
                        "alusta alkaen useilla kielillä."
                    ),
                    "sv": (
                        "Företaget utformar tjänster som uppfyller tillgänglighetskraven och fungerar på "
                        "flera språk från början."
                    ),
                },
            },
            {
                "name": {
                    "en": "Feedback analytics",
                    "fi": "Palautteen analytiikka",
                    "sv": "Analys av respons",
                },
                "description": {
                    "en": (
                        "Text analytics help officials group and summarise large amounts of feedback from residents."
                    ),
                    "fi": (
                        "Tekstianalytiikka auttaa viranhaltijoita ryhmittelemään ja tiivistämään suuria "
                        "määriä asukaspalautetta."
                    ),
                    "sv": (
                        "Textanalys hjälper tjänstemännen att gruppera och sammanfatta stora mängder respons "
                        "från invånarna."
                    ),
                },
            },
        ],
    },
    {
        "slug": "arusdata-indonesia",
        "name": {"en": "PT Arusdata Indonesia", "fi": "PT Arusdata Indonesia", "sv": "PT Arusdata Indonesia"},
        "organisation_type": "company",
        "size": "medium",
        "is_demo": True,
        "member_since": 2024,
        "website": "https://www.arusdata.example/",
        "contact_email": "info@arusdata.example",
        "offices": [["Jakarta", "ID"], ["Balikpapan", "ID"]],
        "themes": ["water", "digital-twins-data", "built-environment"],
        "summary": {
            "en": (
                "PT Arusdata Indonesia is a Jakarta-based engineering and software company that helps "
                "utilities monitor and manage their water networks. It works on projects across Indonesia, "
                "including East Kalimantan, where the new capital Nusantara is being built."
            ),
            "fi": (
                "PT Arusdata Indonesia on jakartalainen insinööri- ja ohjelmistoyritys, joka auttaa "
                "vesihuoltolaitoksia valvomaan ja hallitsemaan vesiverkostojaan. Se toimii hankkeissa eri "
                "puolilla Indonesiaa, myös Itä-Kalimantanilla, jonne rakennetaan maan uutta pääkaupunkia "
                "Nusantaraa."
            ),
            "sv": (
                "PT Arusdata Indonesia är ett ingenjörs- och programvaruföretag i Jakarta som hjälper "
                "vattenverk att övervaka och sköta sina ledningsnät. Företaget arbetar med projekt runt om i "
                "Indonesien, bland annat i Östra Kalimantan, där den nya huvudstaden Nusantara byggs."
            ),
        },
        "description": {
            "en": [
                (
                    "Arusdata combines hydraulic engineering with sensor networks and analytics. Its "
                    "services help utilities reduce water losses, forecast demand and keep supply reliable "
                    "in fast-growing cities with tropical rainfall."
                ),
                (
                    "The company joined the cluster to find Finnish partners in water technology and to "
                    "offer local delivery capacity to consortia working on smart-city projects in Indonesia."
                ),
            ],
            "fi": [
                (
                    "Arusdata yhdistää vesitekniikan osaamisen anturiverkkoihin ja analytiikkaan. Sen "
                    "palvelut auttavat vesihuoltolaitoksia vähentämään vesihävikkiä, ennustamaan kulutusta "
                    "ja pitämään vedenjakelun luotettavana nopeasti kasvavissa kaupungeissa trooppisten "
                    "sateiden oloissa."
                ),
                (
                    "Yritys liittyi klusteriin löytääkseen suomalaisia vesiteknologiakumppaneita ja "
                    "tarjotakseen paikallista toteutuskykyä konsortioille, jotka työskentelevät "
                    "älykaupunkihankkeissa Indonesiassa."
                ),
            ],
            "sv": [
                (
                    "Arusdata kombinerar vattenteknik med sensornätverk och analys. Företagets tjänster "
                    "hjälper vattenverk att minska vattenförlusterna, prognostisera förbrukningen och hålla "
                    "vattenförsörjningen tillförlitlig i snabbt växande städer med tropiska regn."
                ),
                (
                    "Företaget gick med i klustret för att hitta finländska partner inom vattenteknik och "
                    "erbjuda lokal leveranskapacitet till konsortier som arbetar med projekt för smarta "
                    "städer i Indonesien."
                ),
            ],
        },
        "capabilities": [
            {
                "name": {
                    "en": "Water loss reduction",
                    "fi": "Vesihävikin vähentäminen",
                    "sv": "Minskning av vattenförluster",
                },
                "description": {
                    "en": (
                        "Arusdata locates leaks and illegal connections using pressure and flow sensors "
                        "combined with network models."
                    ),
                    "fi": (
                        "Arusdata paikantaa vuotoja ja luvattomia liittymiä paine- ja virtausanturien sekä "
                        "verkostomallien avulla."
                    ),
                    "sv": (
                        "Arusdata lokaliserar läckor och olagliga anslutningar med hjälp av tryck- och "
                        "flödessensorer kombinerade med nätverksmodeller."
                    ),
                },
            },
            {
                "name": {
                    "en": "Flood and stormwater monitoring",
                    "fi": "Tulvien ja hulevesien seuranta",
                    "sv": "Övervakning av översvämningar och dagvatten",
                },
                "description": {
                    "en": ("The company's monitoring network warns cities of rising water levels during heavy rain."),
                    "fi": (
                        "Yrityksen seurantaverkko varoittaa kaupunkeja nousevista vedenpinnoista rankkasateiden aikana."
                    ),
                    "sv": ("Företagets övervakningsnät varnar städer för stigande vattennivåer vid kraftiga regn."),
                },
            },
            {
                "name": {
                    "en": "Local project delivery in Indonesia",
                    "fi": "Paikallinen projektitoteutus Indonesiassa",
                    "sv": "Lokalt projektgenomförande i Indonesien",
                },
                "description": {
                    "en": (
                        "Arusdata provides installation, operation and local partnerships for projects in Indonesia."
                    ),
                    "fi": (
                        "Arusdata vastaa asennuksista, ylläpidosta ja paikallisista kumppanuuksista "
                        "Indonesian hankkeissa."
                    ),
                    "sv": ("Arusdata står för installation, drift och lokala partnerskap i projekt i Indonesien."),
                },
            },
        ],
    },
    {
        "slug": "jarvi-suomi-water-authority",
        "name": {
            "en": "Järvi-Suomi Water Services Authority",
            "fi": "Järvi-Suomen vesihuoltokuntayhtymä",
            "sv": "Samkommunen för vattentjänster i Insjöfinland",
        },
        "organisation_type": "public_agency",
        "size": "medium",
        "is_demo": True,
        "member_since": 2023,
        "website": "https://www.jarvisuomenvesi.example/",
        "contact_email": "info@jarvisuomenvesi.example",
        "offices": [["Jyväskylä", "FI"], ["Kuopio", "FI"]],
        "themes": ["water", "energy", "circular-economy"],
        "summary": {
            "en": (
                "The Järvi-Suomi Water Services Authority supplies drinking water and treats wastewater for "
                "its member municipalities in the Finnish Lakeland. It brings the challenges of an ageing "
                "water network to the cluster and pilots new solutions in its own operations."
            ),
            "fi": (
                "Järvi-Suomen vesihuoltokuntayhtymä huolehtii talousveden toimittamisesta ja jätevesien "
                "puhdistamisesta jäsenkunnissaan Järvi-Suomessa. Se tuo klusteriin ikääntyvän "
                "vesihuoltoverkoston haasteita ja kokeilee uusia ratkaisuja omassa toiminnassaan."
            ),
            "sv": (
                "Samkommunen för vattentjänster i Insjöfinland levererar dricksvatten och renar "
                "avloppsvatten för sina medlemskommuner i Insjöfinland. Den för in utmaningarna med ett "
                "åldrande ledningsnät i klustret och testar nya lösningar i sin egen verksamhet."
            ),
        },
        "description": {
            "en": [
                (
                    "The authority is owned by its member municipalities and serves around 250,000 residents "
                    "through several thousand kilometres of pipes, many of them laid in the 1960s and 1970s. "
                    "Renewing this network while keeping water charges reasonable is its biggest long-term "
                    "challenge."
                ),
                (
                    "In the cluster, the authority acts both as a challenge owner and as a pilot partner. It "
                    "is also interested in recovering energy and nutrients from wastewater as part of the "
                    "circular economy."
                ),
            ],
            "fi": [
                (
                    "Kuntayhtymän omistavat sen jäsenkunnat, ja se palvelee noin 250 000 asukasta usean "
                    "tuhannen kilometrin putkiverkoston kautta. Suuri osa putkista on rakennettu 1960- ja "
                    "1970-luvuilla. Verkoston uudistaminen niin, että vesimaksut pysyvät kohtuullisina, on "
                    "sen suurin pitkän aikavälin haaste."
                ),
                (
                    "Klusterissa kuntayhtymä toimii sekä haasteen omistajana että pilotointikumppanina. Se "
                    "on kiinnostunut myös energian ja ravinteiden talteenotosta jätevesistä osana "
                    "kiertotaloutta."
                ),
            ],
            "sv": [
                (
                    "Samkommunen ägs av sina medlemskommuner och betjänar cirka 250 000 invånare genom ett "
                    "ledningsnät på flera tusen kilometer, av vilket en stor del lades på 1960- och "
                    "1970-talen. Att förnya nätet och samtidigt hålla vattenavgifterna på en rimlig nivå är "
                    "dess största långsiktiga utmaning."
                ),
                (
                    "I klustret fungerar samkommunen både som utmaningsägare och som pilotpartner. Den är "
                    "också intresserad av att återvinna energi och näringsämnen ur avloppsvatten som en del "
                    "av den cirkulära ekonomin."
                ),
            ],
        },
        "capabilities": [
            {
                "name": {
                    "en": "Pilot sites in water services",
                    "fi": "Vesihuollon pilottikohteet",
                    "sv": "Pilotplatser inom vattentjänster",
                },
                "description": {
                    "en": (
                        "The authority can host pilots at its water treatment plants, pumping stations and networks."
                    ),
                    "fi": (
                        "Kuntayhtymä voi tarjota pilottikohteita vedenkäsittelylaitoksillaan, "
                        "pumppaamoillaan ja verkostoissaan."
                    ),
                    "sv": (
                        "Samkommunen kan erbjuda pilotplatser vid sina vattenreningsverk, pumpstationer och "
                        "ledningsnät."
                    ),
                },
            },
            {
                "name": {
                    "en": "Operational data from water networks",
                    "fi": "Vesiverkostojen käyttödata",
                    "sv": "Driftdata från vattennät",
                },
                "description": {
                    "en": (
                        "Its long time series of flow, pressure and water quality data are available to pilot partners."
                    ),
                    "fi": (
                        "Sen pitkät virtaama-, paine- ja vedenlaatutietojen aikasarjat ovat "
                        "pilottikumppanien käytettävissä."
                    ),
                    "sv": (
                        "Dess långa tidsserier med data om flöde, tryck och vattenkvalitet står till "
                        "pilotpartnernas förfogande."
                    ),
                },
            },
            {
                "name": {
                    "en": "Public procurement of innovation",
                    "fi": "Innovatiiviset julkiset hankinnat",
                    "sv": "Innovationsupphandling",
                },
                "description": {
                    "en": (
                        "The authority has experience of procuring new solutions through market dialogue and pilots."
                    ),
                    "fi": (
                        "Kuntayhtymällä on kokemusta uusien ratkaisujen hankkimisesta markkinavuoropuhelun "
                        "ja pilottien kautta."
                    ),
                    "sv": (
                        "Samkommunen har erfarenhet av att upphandla nya lösningar genom marknadsdialog och "
                        "pilotprojekt."
                    ),
                },
            },
        ],
    },
    {
        "slug": "polar-urban-systems",
        "name": {
            "en": "Polar Urban Systems Research Group",
            "fi": "Polar Urban Systems -tutkimusryhmä",
            "sv": "Forskargruppen Polar Urban Systems",
        },
        "organisation_type": "research",
        "size": "small",
        "is_demo": True,
        "member_since": 2023,
        "website": "https://www.polarurbansystems.example/",
        "contact_email": "contact@polarurbansystems.example",
        "offices": [["Luleå", "SE"]],
        "themes": ["arctic-conditions", "energy", "built-environment"],
        "summary": {
            "en": (
                "Polar Urban Systems is a Swedish research group in Luleå that studies energy use and "
                "building performance in cold climates. It helps consortia measure, model and verify the "
                "energy savings of new solutions in Arctic conditions."
            ),
            "fi": (
                "Polar Urban Systems on luulajalainen ruotsalainen tutkimusryhmä, joka tutkii "
                "energiankäyttöä ja rakennusten toimivuutta kylmässä ilmastossa. Se auttaa konsortioita "
                "mittaamaan, mallintamaan ja todentamaan uusien ratkaisujen energiansäästöjä arktisissa "
                "olosuhteissa."
            ),
            "sv": (
                "Polar Urban Systems är en svensk forskargrupp i Luleå som forskar i energianvändning och "
                "byggnaders prestanda i kallt klimat. Gruppen hjälper konsortier att mäta, modellera och "
                "verifiera energibesparingarna hos nya lösningar under arktiska förhållanden."
            ),
        },
        "description": {
            "en": [
                (
                    "The group of around 15 researchers combines building physics, energy systems and data "
                    "science. It runs long-term measurements in homes and public buildings across northern "
                    "Sweden and develops open models of how buildings behave in extreme cold."
                ),
                (
                    "Through the cluster, the group works with Finnish and Norwegian partners on Arctic "
                    "challenges, acting as the independent party that verifies results in pilots."
                ),
            ],
            "fi": [
                (
                    "Noin 15 tutkijan ryhmä yhdistää rakennusfysiikan, energiajärjestelmät ja datatieteen. "
                    "Se tekee pitkäaikaisia mittauksia asuin- ja julkisissa rakennuksissa eri puolilla "
                    "Pohjois-Ruotsia ja kehittää avoimia malleja siitä, miten rakennukset käyttäytyvät "
                    "kovassa pakkasessa."
                ),
                (
                    "Klusterin kautta ryhmä tekee yhteistyötä suomalaisten ja norjalaisten kumppanien kanssa "
                    "arktisten haasteiden parissa ja toimii piloteissa riippumattomana osapuolena, joka "
                    "todentaa tulokset."
                ),
            ],
            "sv": [
                (
                    "Gruppen med ett femtontal forskare kombinerar byggnadsfysik, energisystem och "
                    "datavetenskap. Den gör långtidsmätningar i bostäder och offentliga byggnader i hela "
                    "norra Sverige och utvecklar öppna modeller av hur byggnader beter sig i sträng kyla."
                ),
                (
                    "Genom klustret samarbetar gruppen med finländska och norska partner kring arktiska "
                    "utmaningar och fungerar som den oberoende part som verifierar resultaten i pilotprojekt."
                ),
            ],
        },
        "capabilities": [
            {
                "name": {
                    "en": "Cold-climate building physics",
                    "fi": "Kylmän ilmaston rakennusfysiikka",
                    "sv": "Byggnadsfysik för kallt klimat",
                },
                "description": {
                    "en": (
                        "The group analyses moisture, heat loss and indoor climate in buildings exposed to "
                        "extreme cold."
                    ),
                    "fi": (
                        "Ryhmä analysoi kosteutta, lämpöhäviöitä ja sisäilmastoa kovalle pakkaselle "
                        "altistuvissa rakennuksissa."
                    ),
                    "sv": (
                        "Gruppen analyserar fukt, värmeförluster och inomhusklimat i byggnader som utsätts "
                        "för sträng kyla."
                    ),
                },
            },
            {
                "name": {
                    "en": "Measurement and verification of energy savings",
                    "fi": "Energiansäästöjen mittaus ja todentaminen",
                    "sv": "Mätning och verifiering av energibesparingar",
                },
                "description": {
                    "en": "Researchers design measurement plans and verify energy savings independently.",
                    "fi": ("Tutkijat laativat mittaussuunnitelmat ja todentavat energiansäästöt riippumattomasti."),
                    "sv": ("Forskarna tar fram mätplaner och verifierar energibesparingar på ett oberoende sätt."),
                },
            },
            {
                "name": {
                    "en": "Open building energy models",
                    "fi": "Avoimet rakennusten energiamallit",
                    "sv": "Öppna energimodeller för byggnader",
                },
                "description": {
                    "en": "The group publishes open simulation models that cities and companies can reuse.",
                    "fi": ("Ryhmä julkaisee avoimia simulointimalleja, joita kaupungit ja yritykset voivat hyödyntää."),
                    "sv": ("Gruppen publicerar öppna simuleringsmodeller som städer och företag kan återanvända."),
                },
            },
        ],
    },
    {
        "slug": "kiertokulma",
        "name": {"en": "Kiertokulma Oy", "fi": "Kiertokulma Oy", "sv": "Kiertokulma Oy"},
        "organisation_type": "company",
        "size": "small",
        "is_demo": True,
        "member_since": 2025,
        "website": "https://www.kiertokulma.example/",
        "contact_email": "info@kiertokulma.example",
        "offices": [["Lahti", "FI"]],
        "themes": ["circular-economy", "built-environment"],
        "summary": {
            "en": (
                "Kiertokulma is a Lahti-based company that runs a marketplace for reclaimed construction "
                "materials. It helps builders, cities and demolition contractors find new uses for materials "
                "such as bricks, steel beams, stone and timber."
            ),
            "fi": (
                "Kiertokulma on lahtelainen yritys, joka ylläpitää purettujen rakennusmateriaalien "
                "kauppapaikkaa. Se auttaa rakennuttajia, kaupunkeja ja purku-urakoitsijoita löytämään uutta "
                "käyttöä esimerkiksi tiilille, teräspalkeille, kiviaineksille ja puutavaralle."
            ),
            "sv": (
                "Kiertokulma är ett företag i Lahtis som driver en marknadsplats för återvunnet "
                "byggmaterial. Det hjälper byggherrar, städer och rivningsentreprenörer att hitta nya "
                "användningsområden för material som tegel, stålbalkar, sten och virke."
            ),
        },
        "description": {
            "en": [
                (
                    "Kiertokulma surveys buildings before demolition, records reusable materials in a "
                    "digital inventory and matches them with upcoming construction projects. Its service "
                    "also documents the quality and origin of each batch, so that materials can be reused "
                    "with confidence."
                ),
                (
                    "The company joined the cluster in 2025 to scale up its service with larger partners and "
                    "to take part in challenges on circular construction."
                ),
            ],
            "fi": [
                (
                    "Kiertokulma kartoittaa rakennukset ennen purkua, kirjaa uudelleenkäytettävät "
                    "materiaalit digitaaliseen inventaarioon ja yhdistää ne tuleviin rakennushankkeisiin. "
                    "Palvelu myös dokumentoi jokaisen erän laadun ja alkuperän, jotta materiaaleja voidaan "
                    "käyttää uudelleen luottavaisin mielin."
                ),
                (
                    "Yritys liittyi klusteriin vuonna 2025 skaalatakseen palveluaan yhdessä suurempien "
                    "kumppanien kanssa ja osallistuakseen kiertotalousrakentamisen haasteisiin."
                ),
            ],
            "sv": [
                (
                    "Kiertokulma inventerar byggnader före rivning, för in återanvändbart material i ett "
                    "digitalt register och matchar det med kommande byggprojekt. Tjänsten dokumenterar också "
                    "kvaliteten och ursprunget för varje parti, så att materialet kan återanvändas med "
                    "förtroende."
                ),
                (
                    "Företaget gick med i klustret 2025 för att skala upp sin tjänst tillsammans med större "
                    "partner och delta i utmaningar kring cirkulärt byggande."
                ),
            ],
        },
        "capabilities": [
            {
                "name": {
                    "en": "Pre-demolition material surveys",
                    "fi": "Purkukartoitukset",
                    "sv": "Materialinventering före rivning",
                },
                "description": {
                    "en": ("Kiertokulma identifies reusable materials and components before a building is demolished."),
                    "fi": (
                        "Kiertokulma tunnistaa uudelleenkäytettävät materiaalit ja rakennusosat ennen "
                        "rakennuksen purkamista."
                    ),
                    "sv": ("Kiertokulma identifierar återanvändbara material och byggdelar innan en byggnad rivs."),
                },
            },
            {
                "name": {
                    "en": "Marketplace for reclaimed materials",
                    "fi": "Kierrätysmateriaalien kauppapaikka",
                    "sv": "Marknadsplats för återvunnet material",
                },
                "description": {
                    "en": (
                        "The online marketplace matches supply from demolition sites with demand from "
                        "construction projects."
                    ),
                    "fi": ("Verkkokauppapaikka yhdistää purkukohteiden tarjonnan ja rakennushankkeiden kysynnän."),
                    "sv": (
                        "Den digitala marknadsplatsen matchar utbudet från rivningsobjekt med efterfrågan "
                        "från byggprojekt."
                    ),
                },
            },
            {
                "name": {"en": "Material passports", "fi": "Materiaalipassit", "sv": "Materialpass"},
                "description": {
                    "en": "Each batch gets a digital record of its origin, quality and carbon footprint.",
                    "fi": (
                        "Jokainen erä saa digitaalisen tietueen, joka kertoo sen alkuperän, laadun ja hiilijalanjäljen."
                    ),
                    "sv": ("Varje parti får en digital post som anger dess ursprung, kvalitet och koldioxidavtryck."),
                },
            },
        ],
    },
]


# Challenge calls. opens_in_days and closes_in_days are relative to the day the demo is loaded, so
# the status (upcoming, open, closed) stays the same whenever the demo is loaded. A challenge owned by
# a member names it in owner_member; otherwise owner_name, owner_type and owner_country describe the
# non-member owner.
CHALLENGES = [
    {
        "slug": "madrid-nuevo-norte-mobility-hub",
        "title": {
            "en": "Madrid Nuevo Norte: mobility hubs for a new urban district",
            "fi": "Madrid Nuevo Norte: liikkumisen solmukohdat uudelle kaupunginosalle",
            "sv": "Madrid Nuevo Norte: mobilitetsnav för en ny stadsdel",
        },
        "summary": {
            "en": (
                "Madrid Nuevo Norte is one of Europe's largest urban regeneration projects, in the north of "
                "Madrid. This call, the first under the cluster's cooperation agreement with the project, "
                "looked for solutions for mobility hubs that link rail, buses, shared mobility and walking."
            ),
            "fi": (
                "Madrid Nuevo Norte on yksi Euroopan suurimmista kaupunkiuudistushankkeista Madridin "
                "pohjoisosassa. Tämä klusterin ja hankkeen yhteistyösopimuksen ensimmäinen haaste haki "
                "ratkaisuja liikkumisen solmukohtiin, jotka yhdistävät raideliikenteen, bussit, jaetun "
                "liikkumisen ja kävelyn."
            ),
            "sv": (
                "Madrid Nuevo Norte är ett av Europas största stadsförnyelseprojekt, i norra Madrid. Den här "
                "utlysningen, den första inom klustrets samarbetsavtal med projektet, sökte lösningar för "
                "mobilitetsnav som förbinder tåg, bussar, delad mobilitet och gång."
            ),
        },
        "body": {
            "en": [
                (
                    "Madrid Nuevo Norte will transform former railway land in the north of Madrid into a new "
                    "mixed-use district with homes, offices and parks. The plan puts public transport first, "
                    "and the district is built around rail connections."
                ),
                (
                    "The challenge was to design mobility hubs where people can switch easily between "
                    "trains, buses, bicycles, shared vehicles and walking. Solutions were expected to cover "
                    "the physical design of the hubs, real-time passenger information and data that helps "
                    "operators match supply with demand."
                ),
                (
                    "Under the cooperation agreement, the cluster's role was to bring solution providers "
                    "together. Members formed consortia that combined digital twin modelling, mobility "
                    "services and sustainable construction. The call is now closed, and the work continues "
                    "as described in the Madrid Nuevo Norte reference."
                ),
            ],
            "fi": [
                (
                    "Madrid Nuevo Norte muuttaa Madridin pohjoisosan entisiä ratapiha-alueita uudeksi "
                    "monipuoliseksi kaupunginosaksi, jossa on asuntoja, toimistoja ja puistoja. Suunnitelma "
                    "asettaa joukkoliikenteen etusijalle, ja kaupunginosa rakentuu raideyhteyksien varaan."
                ),
                (
                    "Haasteena oli suunnitella liikkumisen solmukohtia, joissa ihmiset voivat vaihtaa "
                    "sujuvasti junan, bussin, pyörän, yhteiskäyttöajoneuvon ja kävelyn välillä. Ratkaisujen "
                    "odotettiin kattavan solmukohtien fyysisen suunnittelun, reaaliaikaisen "
                    "matkustajainformaation sekä datan, joka auttaa liikennöitsijöitä sovittamaan tarjonnan "
                    "kysyntään."
                ),
                (
                    "Yhteistyösopimuksen mukaisesti klusterin tehtävänä oli tuoda ratkaisujen tarjoajat "
                    "yhteen. Jäsenet muodostivat konsortioita, joissa yhdistyivät digitaalisten kaksosten "
                    "mallinnus, liikkumispalvelut ja kestävä rakentaminen. Haaste on nyt suljettu, ja työ "
                    "jatkuu Madrid Nuevo Norte -referenssissä kuvatulla tavalla."
                ),
            ],
            "sv": [
                (
                    "Madrid Nuevo Norte omvandlar tidigare järnvägsområden i norra Madrid till en ny blandad "
                    "stadsdel med bostäder, kontor och parker. Planen sätter kollektivtrafiken i första "
                    "rummet, och stadsdelen byggs kring spårförbindelser."
                ),
                (
                    "Utmaningen gällde att utforma mobilitetsnav där människor smidigt kan byta mellan tåg, "
                    "bussar, cyklar, delade fordon och gång. Lösningarna förväntades omfatta navens fysiska "
                    "utformning, trafikinformation i realtid och data som hjälper operatörerna att anpassa "
                    "utbudet efter efterfrågan."
                ),
                (
                    "Enligt samarbetsavtalet var klustrets roll att föra samman lösningsleverantörer. "
                    "Medlemmarna bildade konsortier som kombinerade modellering med digitala tvillingar, "
                    "mobilitetstjänster och hållbart byggande. Utlysningen är nu stängd, och arbetet "
                    "fortsätter på det sätt som beskrivs i referensen Madrid Nuevo Norte."
                ),
            ],
        },
        "owner_member": None,
        "owner_name": {
            "en": "Madrid Nuevo Norte urban development project",
            "fi": "Madrid Nuevo Norte -kaupunkikehityshanke",
            "sv": "Stadsutvecklingsprojektet Madrid Nuevo Norte",
        },
        "owner_type": "other",
        "owner_country": "ES",
        "city": {"en": "Madrid", "fi": "Madrid", "sv": "Madrid"},
        "country": "ES",
        "themes": ["mobility", "built-environment", "digital-twins-data"],
        "opens_in_days": -400,
        "closes_in_days": -310,
        "expected_outcomes": {
            "en": [
                "Concepts for mobility hubs that combine rail, buses, cycling and shared mobility",
                "Real-time passenger information across transport modes",
                "A data model for planning and operating the hubs",
                "Consortia of cluster members ready to make joint offers",
            ],
            "fi": [
                (
                    "Konseptit liikkumisen solmukohdille, jotka yhdistävät raideliikenteen, bussit, "
                    "pyöräilyn ja jaetun liikkumisen"
                ),
                "Reaaliaikainen matkustajainformaatio kaikista kulkumuodoista",
                "Tietomalli solmukohtien suunnitteluun ja operointiin",
                "Klusterin jäsenten konsortiot, jotka ovat valmiita yhteistarjouksiin",
            ],
            "sv": [
                "Koncept för mobilitetsnav som kombinerar tåg, bussar, cykling och delad mobilitet",
                "Trafikinformation i realtid för alla trafikslag",
                "En datamodell för planering och drift av naven",
                "Konsortier av klustermedlemmar som är redo att lämna gemensamma anbud",
            ],
        },
        "budget": {"en": "", "fi": "", "sv": ""},
        "contact_name": "Challenge coordinator, SCIC",
        "contact_email": "challenges@scic.example",
    },
    {
        "slug": "kirkenes-arctic-port-logistics",
        "title": {
            "en": "Kirkenes: year-round Arctic port logistics",
            "fi": "Kirkenes: ympärivuotinen arktinen satamalogistiikka",
            "sv": "Kirkenes: arktisk hamnlogistik året runt",
        },
        "summary": {
            "en": (
                "Kirkenes is an Arctic port town on the Barents Sea, close to the borders of Finland and "
                "Russia. The town looked for ways to make port logistics and the connections between the "
                "port and the town centre work smoothly and safely all year round, through storms and the "
                "polar night."
            ),
            "fi": (
                "Kirkenes on arktinen satamakaupunki Barentsinmeren rannalla lähellä Suomen ja Venäjän "
                "rajoja. Kaupunki etsi keinoja saada satamalogistiikka sekä sataman ja keskustan väliset "
                "yhteydet toimimaan sujuvasti ja turvallisesti ympäri vuoden, myös myrskyissä ja kaamoksen "
                "aikana."
            ),
            "sv": (
                "Kirkenes är en arktisk hamnstad vid Barents hav, nära gränserna till Finland och Ryssland. "
                "Staden sökte sätt att få hamnlogistiken och förbindelserna mellan hamnen och centrum att "
                "fungera smidigt och säkert året runt, även under stormar och polarnatt."
            ),
        },
        "body": {
            "en": [
                (
                    "The port is central to the economy of Kirkenes and to its plans for the future. Heavy "
                    "vehicles, cruise passengers and local traffic share the same streets, and in winter "
                    "snow, ice and darkness make the area harder to manage."
                ),
                (
                    "The call asked for solutions that improve the planning of cargo and passenger flows, "
                    "keep quays and access roads safe in winter and reduce emissions from port operations. "
                    "Both digital tools and physical solutions were welcome."
                ),
                (
                    "The call is closed. The proposals received have helped the town and cluster members to "
                    "see which solutions could be piloted first, and the work is described in the Kirkenes "
                    "reference."
                ),
            ],
            "fi": [
                (
                    "Satama on keskeinen Kirkenesin elinkeinoelämälle ja tulevaisuuden suunnitelmille. "
                    "Raskas liikenne, risteilymatkustajat ja paikallinen liikenne käyttävät samoja katuja, "
                    "ja talvella lumi, jää ja pimeys vaikeuttavat alueen hallintaa."
                ),
                (
                    "Haasteessa haettiin ratkaisuja, jotka parantavat rahti- ja matkustajavirtojen "
                    "suunnittelua, pitävät laiturit ja tuloväylät turvallisina talvella ja vähentävät "
                    "satamatoimintojen päästöjä. Tervetulleita olivat sekä digitaaliset työkalut että "
                    "fyysiset ratkaisut."
                ),
                (
                    "Haaste on suljettu. Saadut ehdotukset ovat auttaneet kaupunkia ja klusterin jäseniä "
                    "hahmottamaan, mitä ratkaisuja voitaisiin pilotoida ensimmäisinä. Työtä kuvataan "
                    "Kirkenesin referenssissä."
                ),
            ],
            "sv": [
                (
                    "Hamnen är central för näringslivet i Kirkenes och för stadens framtidsplaner. Tung "
                    "trafik, kryssningspassagerare och lokaltrafik delar samma gator, och på vintern gör "
                    "snö, is och mörker området svårare att hantera."
                ),
                (
                    "Utlysningen sökte lösningar som förbättrar planeringen av gods- och passagerarflöden, "
                    "håller kajer och tillfartsvägar säkra på vintern och minskar utsläppen från "
                    "hamnverksamheten. Både digitala verktyg och fysiska lösningar var välkomna."
                ),
                (
                    "Utlysningen är stängd. De förslag som kom in har hjälpt staden och klustrets medlemmar "
                    "att se vilka lösningar som kunde testas först, och arbetet beskrivs i referensen om "
                    "Kirkenes."
                ),
            ],
        },
        "owner_member": None,
        "owner_name": {
            "en": "Sør-Varanger Municipality",
            "fi": "Sør-Varangerin kunta",
            "sv": "Sør-Varangers kommun",
        },
        "owner_type": "city",
        "owner_country": "NO",
        "city": {"en": "Kirkenes", "fi": "Kirkenes", "sv": "Kirkenes"},
        "country": "NO",
        "themes": ["arctic-conditions", "mobility"],
        "opens_in_days": -520,
        "closes_in_days": -430,
        "expected_outcomes": {
            "en": [
                "A shared picture of cargo, passenger and local traffic flows",
                "Quays and access roads that are safe in winter",
                "Lower emissions from port operations",
            ],
            "fi": [
                "Yhteinen tilannekuva rahti-, matkustaja- ja paikallisliikenteen virroista",
                "Talvella turvalliset laiturit ja tuloväylät",
                "Satamatoimintojen pienemmät päästöt",
            ],
            "sv": [
                "En gemensam lägesbild av gods-, passagerar- och lokaltrafikflöden",
                "Kajer och tillfartsvägar som är säkra på vintern",
                "Lägre utsläpp från hamnverksamheten",
            ],
        },
        "budget": {"en": "", "fi": "", "sv": ""},
        "contact_name": "Challenge coordinator, SCIC",
        "contact_email": "challenges@scic.example",
    },
    {
        "slug": "kirkenes-snow-ice-low-energy",
        "title": {
            "en": "Kirkenes: low-energy snow and ice management for streets",
            "fi": "Kirkenes: vähäenergistä lumen- ja jäänhallintaa kaduille",
            "sv": "Kirkenes: energisnål snö- och ishantering på gatorna",
        },
        "summary": {
            "en": (
                "Snow and ice make the streets and walkways of Kirkenes difficult and dangerous for much of "
                "the year. The town is looking for ways to keep key routes safe with less energy, less salt "
                "and less machinery, for example by using waste heat, smart sensors and better planning."
            ),
            "fi": (
                "Lumi ja jää tekevät Kirkenesin kaduista ja kävelyteistä hankalia ja vaarallisia suuren osan "
                "vuotta. Kaupunki etsii keinoja pitää tärkeimmät reitit turvallisina vähemmällä energialla, "
                "suolalla ja kalustolla, esimerkiksi hukkalämmön, älykkäiden anturien ja paremman "
                "suunnittelun avulla."
            ),
            "sv": (
                "Snö och is gör gatorna och gångvägarna i Kirkenes svårframkomliga och farliga under en stor "
                "del av året. Staden söker sätt att hålla de viktigaste stråken säkra med mindre energi, "
                "mindre salt och färre maskiner, till exempel med hjälp av spillvärme, smarta sensorer och "
                "bättre planering."
            ),
        },
        "body": {
            "en": [
                (
                    "Winter in Kirkenes lasts for more than half of the year, and during the polar night the "
                    "sun stays below the horizon for weeks. Slippery walkways cause falls and injuries, "
                    "while clearing snow with heavy machinery is costly and produces emissions."
                ),
                (
                    "The town is looking for solutions that keep the most important walking and cycling "
                    "routes, bus stops and routes to school safe with as little energy as possible. Options "
                    "could include heating selected surfaces with waste heat, using sensors and forecasts to "
                    "target maintenance, or new materials and street designs that shed snow and ice."
                ),
                (
                    "Proposals can cover one solution or a combination of several. The town can offer "
                    "selected streets as pilot sites, and cluster members are encouraged to form consortia "
                    "that combine Arctic experience, data and engineering."
                ),
            ],
            "fi": [
                (
                    "Talvi kestää Kirkenesissä yli puolet vuodesta, ja kaamoksen aikaan aurinko pysyy "
                    "horisontin alapuolella viikkokausia. Liukkaat kävelytiet aiheuttavat kaatumisia ja "
                    "loukkaantumisia, ja lumen poistaminen raskaalla kalustolla on kallista ja tuottaa "
                    "päästöjä."
                ),
                (
                    "Kaupunki etsii ratkaisuja, jotka pitävät tärkeimmät kävely- ja pyöräreitit, "
                    "bussipysäkit ja koulureitit turvallisina mahdollisimman pienellä energiankulutuksella. "
                    "Vaihtoehtoja voivat olla esimerkiksi valittujen pintojen lämmittäminen hukkalämmöllä, "
                    "kunnossapidon kohdentaminen anturien ja ennusteiden avulla tai uudet materiaalit ja "
                    "katurakenteet, joihin lumi ja jää eivät tartu."
                ),
                (
                    "Ehdotus voi koskea yhtä ratkaisua tai useamman yhdistelmää. Kaupunki voi tarjota "
                    "valittuja katuja pilottikohteiksi, ja klusterin jäseniä kannustetaan muodostamaan "
                    "konsortioita, joissa yhdistyvät arktinen kokemus, data ja insinööriosaaminen."
                ),
            ],
            "sv": [
                (
                    "Vintern i Kirkenes varar mer än halva året, och under polarnatten stannar solen under "
                    "horisonten i flera veckor. Hala gångvägar leder till fallolyckor och skador, och "
                    "snöröjning med tunga maskiner är dyr och ger upphov till utsläpp."
                ),
                (
                    "Staden söker lösningar som håller de viktigaste gång- och cykelstråken, "
                    "busshållplatserna och skolvägarna säkra med så liten energiförbrukning som möjligt. Det "
                    "kan till exempel handla om att värma utvalda ytor med spillvärme, att rikta underhållet "
                    "med hjälp av sensorer och prognoser eller om nya material och gatuutformningar som snö "
                    "och is inte fastnar på."
                ),
                (
                    "Ett förslag kan gälla en enda lösning eller en kombination av flera. Staden kan erbjuda "
                    "utvalda gator som pilotplatser, och klustrets medlemmar uppmuntras att bilda konsortier "
                    "som förenar arktisk erfarenhet, data och ingenjörskunnande."
                ),
            ],
        },
        "owner_member": None,
        "owner_name": {
            "en": "Sør-Varanger Municipality",
            "fi": "Sør-Varangerin kunta",
            "sv": "Sør-Varangers kommun",
        },
        "owner_type": "city",
        "owner_country": "NO",
        "city": {"en": "Kirkenes", "fi": "Kirkenes", "sv": "Kirkenes"},
        "country": "NO",
        "themes": ["arctic-conditions", "safety-security", "energy"],
        "opens_in_days": -20,
        "closes_in_days": 60,
        "expected_outcomes": {
            "en": [
                "Safe walking and cycling routes throughout the winter",
                "Lower energy use and emissions from winter maintenance",
                "Less use of salt and grit",
                "A pilot on selected streets in Kirkenes",
            ],
            "fi": [
                "Turvalliset kävely- ja pyöräreitit läpi talven",
                "Talvikunnossapidon pienempi energiankulutus ja vähemmän päästöjä",
                "Vähemmän suolaa ja hiekoitusta",
                "Pilotti valituilla kaduilla Kirkenesissä",
            ],
            "sv": [
                "Säkra gång- och cykelstråk hela vintern",
                "Lägre energiförbrukning och utsläpp från vinterunderhållet",
                "Mindre användning av salt och sand",
                "Ett pilotprojekt på utvalda gator i Kirkenes",
            ],
        },
        "budget": {"en": "", "fi": "", "sv": ""},
        "contact_name": "Challenge coordinator, SCIC",
        "contact_email": "challenges@scic.example",
    },
    {
        "slug": "kirkenes-cold-climate-building-energy",
        "title": {
            "en": "Kirkenes: energy-efficient public buildings in a cold climate",
            "fi": "Kirkenes: energiatehokkaat julkiset rakennukset kylmässä ilmastossa",
            "sv": "Kirkenes: energieffektiva offentliga byggnader i kallt klimat",
        },
        "summary": {
            "en": (
                "Heating public buildings through long Arctic winters is a major cost for Kirkenes. The town "
                "is preparing a call for solutions that cut the energy use of schools, care homes and sports "
                "halls while keeping indoor conditions healthy."
            ),
            "fi": (
                "Julkisten rakennusten lämmittäminen pitkien arktisten talvien läpi on Kirkenesille suuri "
                "kuluerä. Kaupunki valmistelee haastetta, jolla haetaan ratkaisuja koulujen, hoivakotien ja "
                "urheiluhallien energiankulutuksen vähentämiseen niin, että sisäolosuhteet pysyvät "
                "terveellisinä."
            ),
            "sv": (
                "Att värma upp offentliga byggnader under långa arktiska vintrar är en stor kostnad för "
                "Kirkenes. Staden förbereder en utlysning av lösningar som minskar energiförbrukningen i "
                "skolor, vårdhem och idrottshallar och samtidigt håller inomhusmiljön hälsosam."
            ),
        },
        "body": {
            "en": [
                (
                    "Many of the town's public buildings were built decades ago, and their heating, "
                    "ventilation and control systems are reaching the end of their life. Renovation budgets "
                    "are limited, so the town needs to know which measures give the best results in its "
                    "climate."
                ),
                (
                    "The call will look for solutions such as smart control of heating and ventilation, heat "
                    "pumps suited to extreme cold, heat recovery and energy monitoring that building "
                    "managers can use in their daily work. The savings must be measured and verified under "
                    "real Arctic conditions."
                ),
                (
                    "The call opens soon. Members interested in the challenge can already start discussing "
                    "possible consortia with the cluster's challenge coordinator."
                ),
            ],
            "fi": [
                (
                    "Monet kaupungin julkisista rakennuksista on rakennettu vuosikymmeniä sitten, ja niiden "
                    "lämmitys-, ilmanvaihto- ja ohjausjärjestelmät ovat elinkaarensa lopussa. "
                    "Korjausbudjetit ovat rajalliset, joten kaupungin on tiedettävä, mitkä toimenpiteet "
                    "tuottavat sen ilmastossa parhaat tulokset."
                ),
                (
                    "Haasteessa haetaan esimerkiksi lämmityksen ja ilmanvaihdon älykästä ohjausta, kovaan "
                    "pakkaseen soveltuvia lämpöpumppuja, lämmön talteenottoa ja energianseurantaa, jota "
                    "kiinteistönhoitajat voivat hyödyntää päivittäisessä työssään. Säästöt on mitattava ja "
                    "todennettava todellisissa arktisissa olosuhteissa."
                ),
                (
                    "Haaste avautuu pian. Siitä kiinnostuneet jäsenet voivat jo nyt keskustella "
                    "mahdollisista konsortioista klusterin haastekoordinaattorin kanssa."
                ),
            ],
            "sv": [
                (
                    "Många av stadens offentliga byggnader byggdes för flera decennier sedan, och deras "
                    "system för uppvärmning, ventilation och styrning börjar nå slutet av sin livslängd. "
                    "Renoveringsbudgetarna är begränsade, så staden behöver veta vilka åtgärder som ger bäst "
                    "resultat i dess klimat."
                ),
                (
                    "Utlysningen kommer att söka lösningar som smart styrning av värme och ventilation, "
                    "värmepumpar som klarar sträng kyla, värmeåtervinning och energiuppföljning som "
                    "fastighetsskötarna kan använda i sitt dagliga arbete. Besparingarna ska mätas och "
                    "verifieras under verkliga arktiska förhållanden."
                ),
                (
                    "Utlysningen öppnar snart. Medlemmar som är intresserade av utmaningen kan redan nu "
                    "diskutera möjliga konsortier med klustrets utmaningskoordinator."
                ),
            ],
        },
        "owner_member": None,
        "owner_name": {
            "en": "Sør-Varanger Municipality",
            "fi": "Sør-Varangerin kunta",
            "sv": "Sør-Varangers kommun",
        },
        "owner_type": "city",
        "owner_country": "NO",
        "city": {"en": "Kirkenes", "fi": "Kirkenes", "sv": "Kirkenes"},
        "country": "NO",
        "themes": ["arctic-conditions", "energy", "built-environment"],
        "opens_in_days": 21,
        "closes_in_days": 110,
        "expected_outcomes": {
            "en": [
                "Measured reductions in heating energy in pilot buildings",
                "Healthy indoor air and temperatures throughout the winter",
                "A renovation plan the town can apply to its other buildings",
            ],
            "fi": [
                "Mitatusti pienempi lämmitysenergian kulutus pilottirakennuksissa",
                "Terveellinen sisäilma ja lämpötila koko talven ajan",
                "Korjaussuunnitelma, jota kaupunki voi soveltaa muihin rakennuksiinsa",
            ],
            "sv": [
                "Uppmätt minskning av värmeenergin i pilotbyggnaderna",
                "Hälsosam inomhusluft och temperatur under hela vintern",
                "En renoveringsplan som staden kan tillämpa på sina andra byggnader",
            ],
        },
        "budget": {"en": "", "fi": "", "sv": ""},
        "contact_name": "Challenge coordinator, SCIC",
        "contact_email": "challenges@scic.example",
    },
    {
        "slug": "nusantara-smart-water-management",
        "title": {
            "en": "Nusantara: smart water management for a new capital",
            "fi": "Nusantara: älykäs vesihuolto uudelle pääkaupungille",
            "sv": "Nusantara: smart vattenförvaltning för en ny huvudstad",
        },
        "summary": {
            "en": (
                "Indonesia is building its new capital, Nusantara, in East Kalimantan. With Finnish "
                "companies and Business Finland, the cluster is putting together a Finnish offering for the "
                "city, and this call gathers members' solutions for smart water supply, wastewater and "
                "stormwater management."
            ),
            "fi": (
                "Indonesia rakentaa uutta pääkaupunkiaan Nusantaraa Itä-Kalimantanille. Klusteri kokoaa "
                "suomalaisten yritysten ja Business Finlandin kanssa suomalaista tarjoomaa kaupungille, ja "
                "tässä haasteessa kerätään jäsenten ratkaisuja älykkääseen vedenjakeluun sekä jäte- ja "
                "hulevesien hallintaan."
            ),
            "sv": (
                "Indonesien bygger sin nya huvudstad Nusantara i Östra Kalimantan. Med finländska företag "
                "och Business Finland sammanställer klustret ett finländskt erbjudande till staden, och den "
                "här utlysningen samlar medlemmarnas lösningar för smart vattenförsörjning och hantering av "
                "avlopps- och dagvatten."
            ),
        },
        "body": {
            "en": [
                (
                    "Nusantara is planned as a green city where nature and built areas exist side by side. "
                    "Water is central to that vision: the city needs a reliable supply of clean water, "
                    "wastewater treatment that protects rivers and the sea, and stormwater systems that can "
                    "cope with tropical downpours."
                ),
                (
                    "The cluster is looking for solutions across the water cycle, such as monitoring and "
                    "leakage control for water networks, compact and energy-efficient treatment plants, "
                    "nature-based stormwater management and digital tools that bring all this information "
                    "together for operators."
                ),
                (
                    "Selected solutions will be combined into a joint Finnish offering prepared together "
                    "with Business Finland. Consortia that include partners with local delivery capacity in "
                    "Indonesia are especially welcome."
                ),
            ],
            "fi": [
                (
                    "Nusantara suunnitellaan vihreäksi kaupungiksi, jossa luonto ja rakennettu ympäristö "
                    "ovat rinnakkain. Vesi on visiossa keskeisessä asemassa: kaupunki tarvitsee luotettavan "
                    "puhtaan veden saannin, jätevedenpuhdistuksen, joka suojelee jokia ja merta, sekä "
                    "hulevesijärjestelmät, jotka selviävät trooppisista rankkasateista."
                ),
                (
                    "Klusteri etsii ratkaisuja veden koko kiertokulkuun, kuten vesiverkostojen valvontaa ja "
                    "vuodonhallintaa, kompakteja ja energiatehokkaita puhdistamoja, luonnonmukaista "
                    "hulevesien hallintaa sekä digitaalisia työkaluja, jotka kokoavat kaiken tiedon yhteen "
                    "operaattoreille."
                ),
                (
                    "Valitut ratkaisut yhdistetään yhteiseksi suomalaiseksi tarjoomaksi, joka valmistellaan "
                    "yhdessä Business Finlandin kanssa. Erityisen tervetulleita ovat konsortiot, joissa on "
                    "mukana kumppaneita, joilla on paikallista toteutuskykyä Indonesiassa."
                ),
            ],
            "sv": [
                (
                    "Nusantara planeras som en grön stad där naturen och den byggda miljön finns sida vid "
                    "sida. Vattnet har en central roll i den visionen: staden behöver en tillförlitlig "
                    "försörjning av rent vatten, avloppsrening som skyddar floder och hav samt "
                    "dagvattensystem som klarar tropiska skyfall."
                ),
                (
                    "Klustret söker lösningar för hela vattnets kretslopp, till exempel övervakning och "
                    "läckagekontroll i vattennät, kompakta och energieffektiva reningsverk, naturbaserad "
                    "dagvattenhantering och digitala verktyg som samlar all information för operatörerna."
                ),
                (
                    "De utvalda lösningarna kombineras till ett gemensamt finländskt erbjudande som tas fram "
                    "tillsammans med Business Finland. Konsortier med partner som har lokal "
                    "leveranskapacitet i Indonesien är särskilt välkomna."
                ),
            ],
        },
        "owner_member": None,
        "owner_name": {
            "en": "Nusantara Capital City Authority",
            "fi": "Nusantaran pääkaupunkiviranomainen",
            "sv": "Myndigheten för huvudstaden Nusantara",
        },
        "owner_type": "public_agency",
        "owner_country": "ID",
        "city": {"en": "Nusantara", "fi": "Nusantara", "sv": "Nusantara"},
        "country": "ID",
        "themes": ["water", "digital-twins-data"],
        "opens_in_days": -45,
        "closes_in_days": 30,
        "expected_outcomes": {
            "en": [
                "A joint Finnish offering for smart water management in Nusantara",
                "Solutions covering water supply, wastewater and stormwater",
                "Consortia with local delivery partners in Indonesia",
            ],
            "fi": [
                "Yhteinen suomalainen tarjooma Nusantaran älykkääseen vesihuoltoon",
                "Ratkaisut, jotka kattavat vedenjakelun, jätevedet ja hulevedet",
                "Konsortiot, joissa on mukana paikallisia toteutuskumppaneita Indonesiasta",
            ],
            "sv": [
                "Ett gemensamt finländskt erbjudande för smart vattenförvaltning i Nusantara",
                "Lösningar som täcker vattenförsörjning, avloppsvatten och dagvatten",
                "Konsortier med lokala leveranspartner i Indonesien",
            ],
        },
        "budget": {"en": "", "fi": "", "sv": ""},
        "contact_name": "Challenge coordinator, SCIC",
        "contact_email": "challenges@scic.example",
    },
    {
        "slug": "neom-cooling-digital-twin",
        "title": {
            "en": "NEOM: digital twin for low-energy district cooling",
            "fi": "NEOM: digitaalinen kaksonen vähäenergiseen aluejäähdytykseen",
            "sv": "NEOM: digital tvilling för energisnål fjärrkyla",
        },
        "summary": {
            "en": (
                "Cooling is the largest energy need of cities in hot climates. As part of the Finnish "
                "smart-city offering for NEOM in Saudi Arabia, prepared with Finnish companies and Business "
                "Finland, this call looks for digital twin and data solutions for planning and running "
                "district cooling with minimal energy."
            ),
            "fi": (
                "Jäähdytys on kuuman ilmaston kaupunkien suurin energiantarve. Haaste on osa NEOMille "
                "Saudi-Arabiaan suunnattua suomalaista älykaupunkitarjoomaa, jota valmistellaan suomalaisten "
                "yritysten ja Business Finlandin kanssa. Haemme digitaalisen kaksosen ja datan ratkaisuja "
                "vähäenergiseen aluejäähdytykseen."
            ),
            "sv": (
                "Kylning är det största energibehovet i städer med varmt klimat. Som en del av det "
                "finländska erbjudandet för NEOM i Saudiarabien, som tas fram med finländska företag och "
                "Business Finland, söker vi lösningar med digitala tvillingar och data för att planera och "
                "driva fjärrkyla med minimal energi."
            ),
        },
        "body": {
            "en": [
                (
                    "NEOM is a large new development region in north-western Saudi Arabia, on the Red Sea "
                    "coast. In its climate, keeping buildings comfortable takes a great deal of energy, and "
                    "district cooling networks are one of the most efficient ways to provide it."
                ),
                (
                    "The call looks for a digital twin that brings together data on buildings, weather, "
                    "occupancy and the cooling network. It should help planners size networks correctly and "
                    "help operators forecast demand, store cold energy and match cooling production with the "
                    "availability of renewable electricity."
                ),
                (
                    "Finland has long experience of district heating and cooling networks and of the "
                    "software used to run them. The aim is to combine that experience with members' data and "
                    "modelling skills into a joint offering."
                ),
            ],
            "fi": [
                (
                    "NEOM on Saudi-Arabian luoteisosaan Punaisenmeren rannikolle rakennettava laaja uusi "
                    "kehitysalue. Sen ilmastossa rakennusten pitäminen miellyttävinä vaatii paljon energiaa, "
                    "ja aluejäähdytysverkot ovat yksi tehokkaimmista tavoista tuottaa tarvittava jäähdytys."
                ),
                (
                    "Haasteessa haetaan digitaalista kaksosta, joka yhdistää rakennuksia, säätä, "
                    "käyttöastetta ja jäähdytysverkkoa koskevat tiedot. Sen tulisi auttaa suunnittelijoita "
                    "mitoittamaan verkot oikein ja operaattoreita ennustamaan kysyntää, varastoimaan "
                    "kylmäenergiaa ja sovittamaan jäähdytyksen tuotanto uusiutuvan sähkön saatavuuteen."
                ),
                (
                    "Suomella on pitkä kokemus kaukolämpö- ja kaukojäähdytysverkoista ja niiden ohjaamiseen "
                    "käytettävistä ohjelmistoista. Tavoitteena on yhdistää tämä kokemus jäsenten data- ja "
                    "mallinnusosaamiseen yhteiseksi tarjoomaksi."
                ),
            ],
            "sv": [
                (
                    "NEOM är en stor ny utvecklingsregion i nordvästra Saudiarabien vid Röda havets kust. I "
                    "dess klimat krävs mycket energi för att hålla byggnaderna behagliga, och fjärrkylanät "
                    "är ett av de effektivaste sätten att ordna kylningen."
                ),
                (
                    "Utlysningen söker en digital tvilling som sammanför data om byggnader, väder, "
                    "beläggning och kylnätet. Den ska hjälpa planerare att dimensionera näten rätt och "
                    "operatörer att prognostisera efterfrågan, lagra kyla och anpassa kylproduktionen efter "
                    "tillgången på förnybar el."
                ),
                (
                    "Finland har lång erfarenhet av fjärrvärme- och fjärrkylanät och av den programvara som "
                    "används för att styra dem. Målet är att kombinera den erfarenheten med medlemmarnas "
                    "kunnande inom data och modellering till ett gemensamt erbjudande."
                ),
            ],
        },
        "owner_member": None,
        "owner_name": {"en": "NEOM", "fi": "NEOM", "sv": "NEOM"},
        "owner_type": "other",
        "owner_country": "SA",
        "city": {"en": "NEOM", "fi": "NEOM", "sv": "NEOM"},
        "country": "SA",
        "themes": ["digital-twins-data", "energy"],
        "opens_in_days": -10,
        "closes_in_days": 75,
        "expected_outcomes": {
            "en": [
                "A digital twin concept for district cooling",
                "Demand forecasting and optimised use of cold storage",
                "Cooling production matched with renewable electricity",
                "A joint Finnish offering for NEOM",
            ],
            "fi": [
                "Digitaalisen kaksosen konsepti aluejäähdytykseen",
                "Kysynnän ennustaminen ja kylmävarastojen optimoitu käyttö",
                "Jäähdytyksen tuotanto sovitettuna uusiutuvaan sähköön",
                "Yhteinen suomalainen tarjooma NEOMille",
            ],
            "sv": [
                "Ett koncept för en digital tvilling för fjärrkyla",
                "Prognoser för efterfrågan och optimerad användning av kyllager",
                "Kylproduktion som anpassas efter förnybar el",
                "Ett gemensamt finländskt erbjudande för NEOM",
            ],
        },
        "budget": {"en": "", "fi": "", "sv": ""},
        "contact_name": "Challenge coordinator, SCIC",
        "contact_email": "challenges@scic.example",
    },
    {
        "slug": "espoo-inclusive-digital-participation",
        "title": {
            "en": "Espoo: inclusive digital participation in urban planning",
            "fi": "Espoo: kaikkia osallistava digitaalinen vaikuttaminen kaupunkisuunnittelussa",
            "sv": "Esbo: inkluderande digital delaktighet i stadsplaneringen",
        },
        "summary": {
            "en": (
                "Espoo wants more of its residents to have a say in how their neighbourhoods develop. The "
                "city is looking for digital participation tools that reach people of all ages and language "
                "groups, work well on a phone and help planners make use of what they hear."
            ),
            "fi": (
                "Espoo haluaa yhä useamman asukkaan pääsevän vaikuttamaan asuinalueensa kehittämiseen. "
                "Kaupunki etsii digitaalisia osallistumisen työkaluja, jotka tavoittavat kaikenikäiset ja "
                "eri kieliryhmiin kuuluvat asukkaat, toimivat hyvin puhelimella ja auttavat suunnittelijoita "
                "hyödyntämään saatua palautetta."
            ),
            "sv": (
                "Esbo vill att fler invånare ska kunna påverka hur deras bostadsområden utvecklas. Staden "
                "söker digitala verktyg för delaktighet som når människor i alla åldrar och språkgrupper, "
                "fungerar bra i mobilen och hjälper planerarna att ta till vara det de får höra."
            ),
        },
        "body": {
            "en": [
                (
                    "Espoo is a bilingual and increasingly international city, and the residents who take "
                    "part in planning do not always reflect its full diversity. Young people, older "
                    "residents and people whose first language is neither Finnish nor Swedish are often "
                    "under-represented."
                ),
                (
                    "The city is looking for tools that make participation easy and meaningful: for example "
                    "map-based feedback, short surveys in many languages, accessible design that works with "
                    "assistive technologies, and analytics that help planners summarise large amounts of "
                    "feedback and report back to residents."
                ),
                (
                    "Solutions will be piloted in an area for which a new local detailed plan is being "
                    "prepared. The call opens soon; members can already contact the cluster to discuss "
                    "consortia."
                ),
            ],
            "fi": [
                (
                    "Espoo on kaksikielinen ja yhä kansainvälisempi kaupunki, eivätkä suunnitteluun "
                    "osallistuvat asukkaat aina edusta sen koko monimuotoisuutta. Nuoret, ikääntyneet ja ne, "
                    "joiden äidinkieli ei ole suomi eikä ruotsi, ovat usein aliedustettuina."
                ),
                (
                    "Kaupunki etsii työkaluja, jotka tekevät osallistumisesta helppoa ja merkityksellistä: "
                    "esimerkiksi karttapohjaista palautetta, lyhyitä kyselyjä monella kielellä, "
                    "saavutettavaa suunnittelua, joka toimii apuvälineiden kanssa, sekä analytiikkaa, joka "
                    "auttaa suunnittelijoita tiivistämään suuria palautemääriä ja kertomaan asukkaille, "
                    "miten palautetta on käytetty."
                ),
                (
                    "Ratkaisuja pilotoidaan alueella, jolle laaditaan uutta asemakaavaa. Haaste avautuu "
                    "pian; jäsenet voivat jo nyt ottaa yhteyttä klusteriin keskustellakseen konsortioista."
                ),
            ],
            "sv": [
                (
                    "Esbo är en tvåspråkig och allt mer internationell stad, och de invånare som deltar i "
                    "planeringen speglar inte alltid hela dess mångfald. Unga, äldre och personer som varken "
                    "har finska eller svenska som modersmål är ofta underrepresenterade."
                ),
                (
                    "Staden söker verktyg som gör det enkelt och meningsfullt att delta: till exempel "
                    "kartbaserad respons, korta enkäter på många språk, tillgänglig design som fungerar med "
                    "hjälpmedel samt analys som hjälper planerarna att sammanfatta stora mängder respons och "
                    "återkoppla till invånarna."
                ),
                (
                    "Lösningarna testas i ett område där en ny detaljplan håller på att utarbetas. "
                    "Utlysningen öppnar snart; medlemmarna kan redan nu kontakta klustret för att diskutera "
                    "konsortier."
                ),
            ],
        },
        "owner_member": "city-of-espoo",
        "owner_name": {"en": "", "fi": "", "sv": ""},
        "owner_type": "",
        "owner_country": "",
        "city": {"en": "Espoo", "fi": "Espoo", "sv": "Esbo"},
        "country": "FI",
        "themes": ["participation-governance", "digital-twins-data"],
        "opens_in_days": 14,
        "closes_in_days": 90,
        "expected_outcomes": {
            "en": [
                "Participation tools that reach under-represented groups",
                "Services in Finnish, Swedish, English and other languages",
                "Feedback that planners can analyse and report back on",
            ],
            "fi": [
                "Osallistumisen työkalut, jotka tavoittavat aliedustetut ryhmät",
                "Palvelut suomeksi, ruotsiksi, englanniksi ja muilla kielillä",
                "Palaute, jota suunnittelijat voivat analysoida ja josta voidaan kertoa asukkaille",
            ],
            "sv": [
                "Verktyg för delaktighet som når underrepresenterade grupper",
                "Tjänster på finska, svenska, engelska och andra språk",
                "Respons som planerarna kan analysera och återkoppla om",
            ],
        },
        "budget": {"en": "", "fi": "", "sv": ""},
        "contact_name": "Challenge coordinator, SCIC",
        "contact_email": "challenges@scic.example",
    },
    {
        "slug": "tampere-tram-stop-winter-access",
        "title": {
            "en": "Tampere: safe winter access to tram stops",
            "fi": "Tampere: turvallinen talvikulku raitiovaunupysäkeille",
            "sv": "Tammerfors: säker väg till spårvagnshållplatserna på vintern",
        },
        "summary": {
            "en": (
                "Tampere wants the walk or ride to a tram stop to be easy and safe in every season. The city "
                "is looking for solutions that improve winter maintenance, information and first- and "
                "last-mile connections around its tram stops."
            ),
            "fi": (
                "Tampere haluaa, että matka raitiovaunupysäkille on helppo ja turvallinen kaikkina "
                "vuodenaikoina. Kaupunki etsii ratkaisuja, jotka parantavat pysäkkien ympäristön "
                "talvikunnossapitoa, tiedottamista sekä ensimmäisen ja viimeisen kilometrin yhteyksiä."
            ),
            "sv": (
                "Tammerfors vill att vägen till en spårvagnshållplats ska vara enkel och säker under alla "
                "årstider. Staden söker lösningar som förbättrar vinterunderhållet, informationen och "
                "anslutningarna för den första och sista kilometern kring spårvagnshållplatserna."
            ),
        },
        "body": {
            "en": [
                (
                    "The tramway has become the backbone of public transport in Tampere. Yet many trips "
                    "begin and end with a walk, a bike ride or a feeder bus, and in winter snow, slush and "
                    "ice can make these short distances the hardest part of the journey."
                ),
                (
                    "The city is looking for solutions such as targeted winter maintenance based on "
                    "real-time data, up-to-date information on route conditions for pedestrians and "
                    "cyclists, and on-demand feeder services for areas further from the tram line. Solutions "
                    "should take into account people with reduced mobility."
                ),
                (
                    "Pilots can be carried out around selected tram stops. Consortia that combine mobility "
                    "services, maintenance and data are encouraged to apply."
                ),
            ],
            "fi": [
                (
                    "Raitiotiestä on tullut Tampereen joukkoliikenteen selkäranka. Monet matkat kuitenkin "
                    "alkavat ja päättyvät kävellen, pyörällä tai liityntäbussilla, ja talvella lumi, sohjo "
                    "ja jää voivat tehdä näistä lyhyistä matkoista koko matkaketjun vaikeimman osan."
                ),
                (
                    "Kaupunki etsii esimerkiksi reaaliaikaiseen dataan perustuvaa kohdennettua "
                    "talvikunnossapitoa, ajantasaista tietoa reittien kunnosta jalankulkijoille ja "
                    "pyöräilijöille sekä kutsuohjattuja liityntäpalveluja raitiotiestä kauempana oleville "
                    "alueille. Ratkaisuissa on otettava huomioon liikkumisesteiset."
                ),
                (
                    "Pilotteja voidaan toteuttaa valittujen raitiovaunupysäkkien ympäristössä. Erityisesti "
                    "toivotaan konsortioita, joissa yhdistyvät liikkumispalvelut, kunnossapito ja data."
                ),
            ],
            "sv": [
                (
                    "Spårvägen har blivit ryggraden i kollektivtrafiken i Tammerfors. Ändå börjar och slutar "
                    "många resor med en promenad, en cykeltur eller en matarbuss, och på vintern kan snö, "
                    "snömodd och is göra de korta sträckorna till den svåraste delen av resan."
                ),
                (
                    "Staden söker till exempel riktat vinterunderhåll baserat på realtidsdata, aktuell "
                    "information om hur framkomliga stråken är för fotgängare och cyklister samt anropsstyrd "
                    "matartrafik för områden längre från spårvägen. Lösningarna ska ta hänsyn till personer "
                    "med nedsatt rörlighet."
                ),
                (
                    "Pilotprojekt kan genomföras kring utvalda spårvagnshållplatser. Konsortier som "
                    "kombinerar mobilitetstjänster, underhåll och data uppmuntras att delta."
                ),
            ],
        },
        "owner_member": "city-of-tampere",
        "owner_name": {"en": "", "fi": "", "sv": ""},
        "owner_type": "",
        "owner_country": "",
        "city": {"en": "Tampere", "fi": "Tampere", "sv": "Tammerfors"},
        "country": "FI",
        "themes": ["mobility", "safety-security", "arctic-conditions"],
        "opens_in_days": -5,
        "closes_in_days": 50,
        "expected_outcomes": {
            "en": [
                "Safer walking and cycling routes to tram stops in winter",
                "Real-time information on route conditions",
                "Feeder services for areas further from the tram line",
            ],
            "fi": [
                "Turvallisemmat kävely- ja pyöräreitit raitiovaunupysäkeille talvella",
                "Reaaliaikainen tieto reittien kunnosta",
                "Liityntäpalvelut raitiotiestä kauempana oleville alueille",
            ],
            "sv": [
                "Säkrare gång- och cykelstråk till spårvagnshållplatserna på vintern",
                "Information i realtid om stråkens skick",
                "Matartrafik för områden längre från spårvägen",
            ],
        },
        "budget": {"en": "", "fi": "", "sv": ""},
        "contact_name": "Challenge coordinator, SCIC",
        "contact_email": "challenges@scic.example",
    },
    {
        "slug": "kestora-demolition-material-reuse",
        "title": {
            "en": "Reusing demolition materials in infrastructure projects",
            "fi": "Purkumateriaalien uudelleenkäyttö infrahankkeissa",
            "sv": "Återanvändning av rivningsmaterial i infrastrukturprojekt",
        },
        "summary": {
            "en": (
                "Kestora Infra wants to reuse far more of the concrete, stone, steel and other materials "
                "that come out of demolition in its street and network projects. It is looking for partners "
                "who can help identify, certify and track reusable materials on a large scale."
            ),
            "fi": (
                "Kestora Infra haluaa käyttää katu- ja verkostohankkeissaan uudelleen paljon nykyistä "
                "enemmän purkamisessa syntyvää betonia, kiveä, terästä ja muita materiaaleja. Yhtiö etsii "
                "kumppaneita, jotka auttavat tunnistamaan, sertifioimaan ja jäljittämään "
                "uudelleenkäytettäviä materiaaleja suuressa mittakaavassa."
            ),
            "sv": (
                "Kestora Infra vill återanvända betydligt mer av den betong, sten, stål och andra material "
                "som uppstår vid rivning i sina gatu- och ledningsprojekt. Koncernen söker partner som kan "
                "hjälpa till att identifiera, certifiera och spåra återanvändbara material i stor skala."
            ),
        },
        "body": {
            "en": [
                (
                    "Construction is one of the largest sources of waste and emissions in cities. Much "
                    "demolition material is crushed or sent to landfill, even though it could be used again "
                    "in new structures if its quality were known."
                ),
                (
                    "Kestora Infra is looking for solutions for surveying materials before demolition, "
                    "testing and certifying their quality, tracking batches from site to site and planning "
                    "logistics so that materials are available when they are needed. Digital material "
                    "passports and marketplaces are of particular interest."
                ),
                (
                    "The best solutions will be piloted in one or two of the group's projects in the "
                    "Helsinki region, with the aim of making them standard practice across the group."
                ),
            ],
            "fi": [
                (
                    "Rakentaminen on yksi kaupunkien suurimmista jätteen ja päästöjen lähteistä. Suuri osa "
                    "purkumateriaaleista murskataan tai viedään kaatopaikalle, vaikka niitä voitaisiin "
                    "käyttää uusissa rakenteissa, jos niiden laatu tunnettaisiin."
                ),
                (
                    "Kestora Infra etsii ratkaisuja materiaalien kartoittamiseen ennen purkua, niiden laadun "
                    "testaamiseen ja sertifiointiin, erien jäljittämiseen työmaalta toiselle sekä "
                    "logistiikan suunnitteluun niin, että materiaalit ovat saatavilla silloin, kun niitä "
                    "tarvitaan. Erityisen kiinnostavia ovat digitaaliset materiaalipassit ja kauppapaikat."
                ),
                (
                    "Parhaita ratkaisuja pilotoidaan yhdessä tai kahdessa konsernin hankkeessa "
                    "pääkaupunkiseudulla, ja tavoitteena on tehdä niistä vakiokäytäntö koko konsernissa."
                ),
            ],
            "sv": [
                (
                    "Byggandet är en av de största källorna till avfall och utsläpp i städerna. En stor del "
                    "av rivningsmaterialet krossas eller deponeras, trots att det skulle kunna användas i "
                    "nya konstruktioner om dess kvalitet var känd."
                ),
                (
                    "Kestora Infra söker lösningar för att inventera material före rivning, testa och "
                    "certifiera deras kvalitet, spåra partier från en byggarbetsplats till en annan och "
                    "planera logistiken så att materialet finns tillgängligt när det behövs. Digitala "
                    "materialpass och marknadsplatser är av särskilt intresse."
                ),
                (
                    "De bästa lösningarna testas i ett eller två av koncernens projekt i huvudstadsregionen, "
                    "med målet att göra dem till standardpraxis i hela koncernen."
                ),
            ],
        },
        "owner_member": "kestora-infra",
        "owner_name": {"en": "", "fi": "", "sv": ""},
        "owner_type": "",
        "owner_country": "",
        "city": {"en": "Helsinki", "fi": "Helsinki", "sv": "Helsingfors"},
        "country": "FI",
        "themes": ["circular-economy", "built-environment"],
        "opens_in_days": -60,
        "closes_in_days": 15,
        "expected_outcomes": {
            "en": [
                "A method for surveying and certifying reusable materials",
                "Digital tracking of material batches between sites",
                "Pilots in one or two infrastructure projects",
                "Measured reductions in waste and emissions",
            ],
            "fi": [
                "Menetelmä uudelleenkäytettävien materiaalien kartoittamiseen ja sertifiointiin",
                "Materiaalierien digitaalinen jäljitys työmaiden välillä",
                "Pilotit yhdessä tai kahdessa infrahankkeessa",
                "Mitatusti vähemmän jätettä ja päästöjä",
            ],
            "sv": [
                "En metod för att inventera och certifiera återanvändbara material",
                "Digital spårning av materialpartier mellan byggarbetsplatser",
                "Pilotprojekt i ett eller två infrastrukturprojekt",
                "Uppmätt minskning av avfall och utsläpp",
            ],
        },
        "budget": {
            "en": "EUR 150,000–300,000 for pilots",
            "fi": "150 000–300 000 euroa pilotteihin",
            "sv": "150 000–300 000 euro för pilotprojekt",
        },
        "contact_name": "Sustainability team, Kestora Infra",
        "contact_email": "circularity@kestora.example",
    },
    {
        "slug": "jarvi-suomi-water-network-leaks",
        "title": {
            "en": "Finding leaks in an ageing water network",
            "fi": "Vuotojen paikantaminen ikääntyvässä vesijohtoverkostossa",
            "sv": "Att hitta läckor i ett åldrande vattenledningsnät",
        },
        "summary": {
            "en": (
                "About a fifth of the drinking water produced by the Järvi-Suomi Water Services Authority is "
                "lost before it reaches customers. The authority is preparing a call for solutions that find "
                "leaks early and help it decide which pipes to renew first."
            ),
            "fi": (
                "Noin viidennes Järvi-Suomen vesihuoltokuntayhtymän tuottamasta talousvedestä häviää ennen "
                "kuin se päätyy asiakkaille. Kuntayhtymä valmistelee haastetta, jolla haetaan ratkaisuja "
                "vuotojen varhaiseen havaitsemiseen ja sen päättämiseen, mitkä putket uusitaan ensin."
            ),
            "sv": (
                "Ungefär en femtedel av det dricksvatten som Samkommunen för vattentjänster i Insjöfinland "
                "producerar går förlorat innan det når kunderna. Samkommunen förbereder en utlysning av "
                "lösningar som upptäcker läckor tidigt och hjälper den att avgöra vilka ledningar som ska "
                "förnyas först."
            ),
        },
        "body": {
            "en": [
                (
                    "Much of the authority's network was built in the 1960s and 1970s. Leaks waste clean "
                    "water and the energy used to treat and pump it, and they can damage streets and "
                    "buildings. Many leaks go unnoticed for months because the water drains into the ground."
                ),
                (
                    "The call will look for sensors, acoustic leak detection, analytics on flow and pressure "
                    "data, and tools that combine this information with the condition and history of the "
                    "pipes. Solutions must be affordable for a medium-sized utility and work with its "
                    "existing systems."
                ),
                (
                    "The authority will offer one district metered area as a pilot site, together with "
                    "access to its historical operating data. The call opens soon."
                ),
            ],
            "fi": [
                (
                    "Suuri osa kuntayhtymän verkostosta on rakennettu 1960- ja 1970-luvuilla. Vuodot "
                    "hukkaavat puhdasta vettä ja sen käsittelyyn ja pumppaamiseen käytettyä energiaa, ja ne "
                    "voivat vahingoittaa katuja ja rakennuksia. Monet vuodot jäävät huomaamatta kuukausiksi, "
                    "koska vesi imeytyy maahan."
                ),
                (
                    "Haasteessa haetaan antureita, akustista vuodonpaikannusta, virtaama- ja painetietojen "
                    "analytiikkaa sekä työkaluja, jotka yhdistävät nämä tiedot putkien kuntoon ja "
                    "historiaan. Ratkaisujen on oltava keskikokoiselle vesihuoltolaitokselle kohtuuhintaisia "
                    "ja toimittava sen nykyisten järjestelmien kanssa."
                ),
                (
                    "Kuntayhtymä tarjoaa pilottikohteeksi yhden mittausalueen sekä pääsyn historialliseen "
                    "käyttödataansa. Haaste avautuu pian."
                ),
            ],
            "sv": [
                (
                    "En stor del av samkommunens ledningsnät byggdes på 1960- och 1970-talen. Läckor slösar "
                    "bort rent vatten och den energi som används för att rena och pumpa det, och de kan "
                    "skada gator och byggnader. Många läckor förblir oupptäckta i månader eftersom vattnet "
                    "sipprar ner i marken."
                ),
                (
                    "Utlysningen kommer att söka sensorer, akustisk läcksökning, analys av flödes- och "
                    "tryckdata samt verktyg som kombinerar denna information med ledningarnas skick och "
                    "historik. Lösningarna ska vara överkomliga för ett medelstort vattenverk och fungera "
                    "med dess befintliga system."
                ),
                (
                    "Samkommunen erbjuder ett mätområde som pilotplats och tillgång till sina historiska "
                    "driftdata. Utlysningen öppnar snart."
                ),
            ],
        },
        "owner_member": "jarvi-suomi-water-authority",
        "owner_name": {"en": "", "fi": "", "sv": ""},
        "owner_type": "",
        "owner_country": "",
        "city": {"en": "Jyväskylä", "fi": "Jyväskylä", "sv": "Jyväskylä"},
        "country": "FI",
        "themes": ["water", "digital-twins-data"],
        "opens_in_days": 35,
        "closes_in_days": 120,
        "expected_outcomes": {
            "en": [
                "Earlier detection and location of leaks",
                "A risk-based plan for renewing pipes",
                "Lower water losses and less pumping energy",
            ],
            "fi": [
                "Vuotojen aiempi havaitseminen ja paikantaminen",
                "Riskiperusteinen suunnitelma putkien uusimiseksi",
                "Pienempi vesihävikki ja pumppausenergia",
            ],
            "sv": [
                "Tidigare upptäckt och lokalisering av läckor",
                "En riskbaserad plan för förnyelse av ledningar",
                "Lägre vattenförluster och mindre pumpenergi",
            ],
        },
        "budget": {"en": "EUR 80,000–120,000", "fi": "80 000–120 000 euroa", "sv": "80 000–120 000 euro"},
        "contact_name": "Challenge coordinator, SCIC",
        "contact_email": "challenges@scic.example",
    },
]


# References: cooperation projects that show the cluster's work. partners and challenges are slugs.
REFERENCES = [
    {
        "slug": "madrid-nuevo-norte",
        "title": {"en": "Madrid Nuevo Norte", "fi": "Madrid Nuevo Norte", "sv": "Madrid Nuevo Norte"},
        "summary": {
            "en": (
                "The cluster's first cooperation agreement was made with Madrid Nuevo Norte, one of Europe's "
                "largest urban regeneration projects. The cluster's role is to bring together solution "
                "providers whose combined know-how can serve the project."
            ),
            "fi": (
                "Klusterin ensimmäinen yhteistyösopimus solmittiin Madrid Nuevo Norten kanssa. Se on yksi "
                "Euroopan suurimmista kaupunkiuudistushankkeista. Klusterin tehtävänä on tuoda yhteen "
                "ratkaisujen tarjoajia, joiden yhdistetty osaaminen palvelee hanketta."
            ),
            "sv": (
                "Klustrets första samarbetsavtal ingicks med Madrid Nuevo Norte, ett av Europas största "
                "stadsförnyelseprojekt. Klustrets roll är att föra samman lösningsleverantörer vars samlade "
                "kunnande kan komma projektet till nytta."
            ),
        },
        "body": {
            "en": [
                (
                    "Madrid Nuevo Norte is a long-term urban development project in the north of Madrid that "
                    "will turn former railway land into a new district with homes, workplaces, parks and "
                    "public transport connections."
                ),
                (
                    "When the cluster was founded, its first cooperation agreement was with this project. "
                    "Under the agreement, the cluster acts as a bridge between the project and solution "
                    "providers: it gathers the project's needs as challenges, finds members with the right "
                    "capabilities and helps them form consortia."
                ),
                (
                    "The first call under the agreement focused on mobility hubs. It brought together "
                    "members working on digital twins, mobility services and infrastructure, and showed how "
                    "a large international development project can draw on the whole cluster rather than on "
                    "single companies."
                ),
            ],
            "fi": [
                (
                    "Madrid Nuevo Norte on Madridin pohjoisosan pitkäaikainen kaupunkikehityshanke, joka "
                    "muuttaa entiset ratapiha-alueet uudeksi kaupunginosaksi, jossa on asuntoja, "
                    "työpaikkoja, puistoja ja joukkoliikenneyhteyksiä."
                ),
                (
                    "Klusterin ensimmäinen yhteistyösopimus tehtiin tämän hankkeen kanssa jo "
                    "perustamisvaiheessa. Sopimuksen mukaisesti klusteri toimii siltana hankkeen ja "
                    "ratkaisujen tarjoajien välillä: se kokoaa hankkeen tarpeet haasteiksi, etsii jäsenet, "
                    "joilla on sopivaa osaamista, ja auttaa niitä muodostamaan konsortioita."
                ),
                (
                    "Sopimuksen ensimmäinen haaste keskittyi liikkumisen solmukohtiin. Se toi yhteen "
                    "digitaalisten kaksosten, liikkumispalvelujen ja infrastruktuurin parissa toimivia "
                    "jäseniä ja osoitti, miten suuri kansainvälinen kehityshanke voi hyödyntää koko "
                    "klusterin osaamista yksittäisten yritysten sijaan."
                ),
            ],
            "sv": [
                (
                    "Madrid Nuevo Norte är ett långsiktigt stadsutvecklingsprojekt i norra Madrid som "
                    "omvandlar tidigare järnvägsområden till en ny stadsdel med bostäder, arbetsplatser, "
                    "parker och kollektivtrafikförbindelser."
                ),
                (
                    "Redan när klustret grundades ingick det sitt första samarbetsavtal med detta projekt. "
                    "Enligt avtalet fungerar klustret som en länk mellan projektet och "
                    "lösningsleverantörerna: det samlar projektets behov i form av utmaningar, hittar "
                    "medlemmar med rätt kompetens och hjälper dem att bilda konsortier."
                ),
                (
                    "Den första utlysningen inom avtalet gällde mobilitetsnav. Den förde samman medlemmar "
                    "som arbetar med digitala tvillingar, mobilitetstjänster och infrastruktur och visade "
                    "hur ett stort internationellt utvecklingsprojekt kan dra nytta av hela klustret i "
                    "stället för enskilda företag."
                ),
            ],
        },
        "city": {"en": "Madrid", "fi": "Madrid", "sv": "Madrid"},
        "country": "ES",
        "themes": ["mobility", "built-environment", "digital-twins-data"],
        "start_year": 2023,
        "end_year": None,
        "partners": ["meseta-urban-data", "kestora-infra", "nordlight-mobility"],
        "challenges": ["madrid-nuevo-norte-mobility-hub"],
        "outcome": {
            "en": [
                (
                    "The cooperation agreement with Madrid Nuevo Norte was the cluster's first, and it set "
                    "the model for later work: the challenge owner describes its needs, and the cluster "
                    "brings the solution providers together."
                ),
                (
                    "For members, the cooperation has opened a channel to one of Europe's major urban "
                    "projects and provides a reference that shows new cities how the cluster works."
                ),
            ],
            "fi": [
                (
                    "Yhteistyösopimus Madrid Nuevo Norten kanssa oli klusterin ensimmäinen, ja se loi mallin "
                    "myöhemmälle työlle: haasteen omistaja kuvaa tarpeensa, ja klusteri tuo ratkaisujen "
                    "tarjoajat yhteen."
                ),
                (
                    "Jäsenille yhteistyö on avannut kanavan yhteen Euroopan merkittävimmistä "
                    "kaupunkihankkeista, ja se on referenssi, joka näyttää uusille kaupungeille, miten "
                    "klusteri toimii."
                ),
            ],
            "sv": [
                (
                    "Samarbetsavtalet med Madrid Nuevo Norte var klustrets första, och det blev en modell "
                    "för det fortsatta arbetet: utmaningens ägare beskriver sina behov och klustret för "
                    "samman lösningsleverantörerna."
                ),
                (
                    "För medlemmarna har samarbetet öppnat en kanal till ett av Europas stora stadsprojekt, "
                    "och det är en referens som visar nya städer hur klustret arbetar."
                ),
            ],
        },
    },
    {
        "slug": "kirkenes-arctic-challenges",
        "title": {
            "en": "Kirkenes Arctic challenges",
            "fi": "Kirkenesin arktiset haasteet",
            "sv": "Arktiska utmaningar i Kirkenes",
        },
        "summary": {
            "en": (
                "The Arctic town of Kirkenes in northern Norway presented a set of challenges to the "
                "cluster's members, from snow and ice management to port logistics and building energy. The "
                "work shows how the cluster helps northern towns find solutions made for their conditions."
            ),
            "fi": (
                "Arktinen Kirkenesin kaupunki Pohjois-Norjassa esitteli klusterin jäsenille joukon "
                "haasteita, jotka ulottuvat lumen- ja jäänhallinnasta satamalogistiikkaan ja rakennusten "
                "energiankäyttöön. Työ osoittaa, miten klusteri auttaa pohjoisia kaupunkeja löytämään niiden "
                "olosuhteisiin sopivia ratkaisuja."
            ),
            "sv": (
                "Den arktiska staden Kirkenes i norra Norge presenterade en rad utmaningar för klustrets "
                "medlemmar, från snö- och ishantering till hamnlogistik och byggnaders energianvändning. "
                "Arbetet visar hur klustret hjälper nordliga städer att hitta lösningar som är gjorda för "
                "deras förhållanden."
            ),
        },
        "body": {
            "en": [
                (
                    "Kirkenes lies on the Barents Sea coast, close to the borders of Finland and Russia. "
                    "Like many Arctic towns, it faces long, dark winters, heavy snow and the need to keep "
                    "its port, streets and public buildings working in all conditions."
                ),
                (
                    "Early in the cluster's work, Kirkenes presented a set of Arctic challenges to the "
                    "members. The cluster published them as calls on topics such as year-round port "
                    "logistics, low-energy snow and ice management and energy-efficient public buildings."
                ),
                (
                    "Members from Finland, Norway and Sweden with experience of cold climates have joined "
                    "forces around the challenges. Their combined know-how in engineering, data and research "
                    "is what makes the consortia credible partners for an Arctic town."
                ),
            ],
            "fi": [
                (
                    "Kirkenes sijaitsee Barentsinmeren rannalla lähellä Suomen ja Venäjän rajoja. Monen muun "
                    "arktisen kaupungin tavoin sen haasteita ovat pitkät ja pimeät talvet, runsas lumi ja "
                    "tarve pitää satama, kadut ja julkiset rakennukset toimintakunnossa kaikissa "
                    "olosuhteissa."
                ),
                (
                    "Klusterin toiminnan alkuvaiheessa Kirkenes esitteli jäsenille joukon arktisia "
                    "haasteita. Klusteri julkaisi ne haasteina, joiden aiheita ovat muun muassa "
                    "ympärivuotinen satamalogistiikka, vähäenerginen lumen- ja jäänhallinta sekä "
                    "energiatehokkaat julkiset rakennukset."
                ),
                (
                    "Kylmän ilmaston kokemusta omaavat jäsenet Suomesta, Norjasta ja Ruotsista ovat "
                    "yhdistäneet voimansa haasteiden ympärille. Niiden yhdistetty insinööri-, data- ja "
                    "tutkimusosaaminen tekee konsortioista uskottavia kumppaneita arktiselle kaupungille."
                ),
            ],
            "sv": [
                (
                    "Kirkenes ligger vid Barents hav, nära gränserna till Finland och Ryssland. Liksom många "
                    "andra arktiska städer har staden långa och mörka vintrar, mycket snö och ett behov av "
                    "att hålla hamnen, gatorna och de offentliga byggnaderna i funktion under alla "
                    "förhållanden."
                ),
                (
                    "I ett tidigt skede av klustrets verksamhet presenterade Kirkenes en rad arktiska "
                    "utmaningar för medlemmarna. Klustret publicerade dem som utlysningar om bland annat "
                    "hamnlogistik året runt, energisnål snö- och ishantering och energieffektiva offentliga "
                    "byggnader."
                ),
                (
                    "Medlemmar från Finland, Norge och Sverige med erfarenhet av kallt klimat har gått "
                    "samman kring utmaningarna. Deras samlade kunnande inom ingenjörskonst, data och "
                    "forskning gör konsortierna till trovärdiga partner för en arktisk stad."
                ),
            ],
        },
        "city": {"en": "Kirkenes", "fi": "Kirkenes", "sv": "Kirkenes"},
        "country": "NO",
        "themes": ["arctic-conditions", "mobility", "energy"],
        "start_year": 2023,
        "end_year": None,
        "partners": [
            "varanger-polartech",
            "polar-urban-systems",
            "nordlight-mobility",
            "pohjanranta-university",
        ],
        "challenges": [
            "kirkenes-arctic-port-logistics",
            "kirkenes-snow-ice-low-energy",
            "kirkenes-cold-climate-building-energy",
        ],
        "outcome": {
            "en": [
                (
                    "The Kirkenes challenges gave the cluster its first portfolio of Arctic challenges and "
                    "brought together members whose solutions are designed for snow, ice and darkness. The "
                    "call on port logistics has closed, and the work continues with the calls on snow and "
                    "ice management and on building energy."
                ),
            ],
            "fi": [
                (
                    "Kirkenesin haasteet antoivat klusterille sen ensimmäisen arktisten haasteiden "
                    "kokonaisuuden ja toivat yhteen jäseniä, joiden ratkaisut on suunniteltu lunta, jäätä ja "
                    "pimeyttä varten. Satamalogistiikan haaste on päättynyt, ja työ jatkuu lumen- ja "
                    "jäänhallintaa sekä rakennusten energiankäyttöä koskevilla haasteilla."
                ),
            ],
            "sv": [
                (
                    "Utmaningarna från Kirkenes gav klustret dess första portfölj av arktiska utmaningar och "
                    "förde samman medlemmar vars lösningar är utformade för snö, is och mörker. Utlysningen "
                    "om hamnlogistik har stängts, och arbetet fortsätter med utlysningarna om snö- och "
                    "ishantering och om byggnaders energi."
                ),
            ],
        },
    },
]


# News items. related_challenges and related_members are slugs; tags are lowercase ASCII.
NEWS = [
    {
        "slug": "scic-founded",
        "date": "2023-02-08",
        "title": {
            "en": "Smart City Innovation Cluster founded to bring cities' challenges and solvers together",
            "fi": ("Smart City Innovation Cluster perustettiin tuomaan kaupunkien haasteet ja ratkaisijat yhteen"),
            "sv": "Smart City Innovation Cluster grundat för att föra samman städernas utmaningar och lösare",
        },
        "lead": {
            "en": (
                "A group of Finnish and international companies and cities has founded the Smart City "
                "Innovation Cluster (SCIC) to speed up the development of smart cities. The cluster already "
                "has close to 100 members."
            ),
            "fi": (
                "Joukko kotimaisia ja kansainvälisiä yrityksiä ja kaupunkeja on perustanut Smart City "
                "Innovation Clusterin (SCIC) vauhdittamaan älykkäiden kaupunkien kehitystä. Klusterilla on "
                "jo lähes sata jäsentä."
            ),
            "sv": (
                "En grupp finländska och internationella företag och städer har grundat Smart City "
                "Innovation Cluster (SCIC) för att påskynda utvecklingen av smarta städer. Klustret har "
                "redan närmare hundra medlemmar."
            ),
        },
        "body": {
            "en": [
                (
                    "The Smart City Innovation Cluster is built on a new way of working together: it "
                    "connects the challenges of cities with those who can solve them. It works on "
                    "technological and service challenges in Finland and internationally. Its members "
                    "include companies of all sizes, cities, research institutes and universities from "
                    "across Finland and abroad."
                ),
                (
                    "SCIC is an independent, non-profit cooperative in which all members take part on equal "
                    "terms. Business Finland has approved RRF funding to expand and accelerate the cluster's "
                    "work; the project has a total value of EUR 1.8 million over 2022–2024."
                ),
                (
                    "The cluster's main task is to gather smart-city challenges from cities, regions and "
                    "companies in Finland and around the world, and to find solutions and solvers for them "
                    "among companies, research institutes and universities. Because today's challenges are "
                    "often complex and need several technologies at once, members join forces as needed to "
                    "propose solutions and make joint offers."
                ),
                (
                    "The first cooperation agreement has been made with the Madrid Nuevo Norte project in "
                    "Spain, where SCIC plays an important role in bringing the different parties together. "
                    "The Norwegian town of Kirkenes has presented a set of Arctic challenges to the members, "
                    "and SCIC is helping to build the Finnish smart-city offering for Nusantara in Indonesia "
                    "and NEOM in Saudi Arabia, together with Finnish companies and Business Finland. SCIC "
                    "and Business Finland have also agreed on continuous cooperation in finding solutions "
                    "and solvers for challenges of every size worldwide."
                ),
                (
                    "According to the cluster's managing director, the work has got off to a strong start: "
                    "SCIC is building a broad network of solvers, gathering a challenge portfolio from many "
                    "sources and introducing the digital tools it needs. Enquiries have come from around the "
                    "world, and the cluster stands out by focusing on practical work through concrete "
                    "challenges and by knowing its members and their capabilities."
                ),
                (
                    "The cities of Espoo and Tampere are among the anchor members and have been closely "
                    "involved in designing the cluster's operations. Both look forward to working more "
                    "effectively with companies on their own practical challenges and to solving "
                    "international challenges together. The chair of the board highlights the decisive role "
                    "of VTT Technical Research Centre of Finland in getting the cluster started and the "
                    "research depth it brings to the solution portfolio together with member companies and "
                    "universities."
                ),
            ],
            "fi": [
                (
                    "Smart City Innovation Clusterin toimintatapa on uusi: se kokoaa kaupunkien haasteet ja "
                    "niiden ratkaisijat samaan verkostoon. Klusteri ratkoo kaupunkien teknologisia ja "
                    "palveluihin liittyviä haasteita sekä Suomessa että kansainvälisesti. Sen jäseninä on "
                    "kaikenkokoisia yrityksiä, kaupunkeja, tutkimuslaitoksia ja korkeakouluja eri puolilta "
                    "Suomea ja ulkomailta."
                ),
                (
                    "SCIC on itsenäinen, voittoa tavoittelematon osuuskunta, jonka kaikki jäsenet "
                    "osallistuvat toimintaan tasavertaisina. Klusterin toiminnan laajentamiseen ja "
                    "vauhdittamiseen on myönnetty Business Finlandin RRF-rahoitus, ja hankkeen kokonaisarvo "
                    "vuosina 2022–2024 on 1,8 miljoonaa euroa."
                ),
                (
                    "Klusterin tärkein tehtävä on koota älykaupunkihaasteita kaupungeilta, alueilta ja "
                    "yrityksiltä niin Suomessa kuin muualla maailmassa ja löytää niihin sopivat ratkaisut ja "
                    "ratkaisijat yrityksistä, tutkimuslaitoksista ja yliopistoista. Koska nykypäivän "
                    "haasteet ovat usein monimutkaisia ja vaativat useita teknologioita yhtä aikaa, jäsenet "
                    "yhdistävät tarpeen mukaan voimansa ehdottaakseen ratkaisuja ja tehdäkseen "
                    "yhteistarjouksia."
                ),
                (
                    "Ensimmäinen yhteistyösopimus on tehty espanjalaisen Madrid Nuevo Norte -hankkeen "
                    "kanssa, ja SCIC:llä on siinä keskeinen rooli eri toimijoiden yhteen saattamisessa. "
                    "Norjalainen Kirkenesin kaupunki on puolestaan tuonut jäsenten ratkottaviksi joukon "
                    "arktisia haasteita. Lisäksi SCIC rakentaa yhdessä suomalaisten yritysten ja Business "
                    "Finlandin kanssa suomalaista älykaupunkitarjoomaa Indonesian Nusantaran ja "
                    "Saudi-Arabian NEOMin tarpeisiin. SCIC ja Business Finland ovat myös sopineet jatkuvasta "
                    "yhteistyöstä, jotta kaikenkokoisiin haasteisiin eri puolilla maailmaa löytyisi "
                    "ratkaisuja ja ratkaisijoita."
                ),
                (
                    "Klusterin toimitusjohtajan mukaan toiminta on lähtenyt vahvasti käyntiin: SCIC rakentaa "
                    "laajaa ratkaisijaverkostoa, kokoaa haasteportfoliota monista lähteistä ja ottaa "
                    "käyttöön tarvittavia digitaalisia työkaluja. Yhteydenottoja on tullut eri puolilta "
                    "maailmaa, ja klusteri erottuu muista keskittymällä käytännön tekemiseen konkreettisten "
                    "haasteiden kautta sekä tuntemalla jäsenensä ja niiden osaamisen."
                ),
                (
                    "Espoon ja Tampereen kaupungit kuuluvat ankkurijäseniin, ja ne ovat osallistuneet "
                    "tiiviisti klusterin toiminnan suunnitteluun. Kaupungit odottavat pääsevänsä tekemään "
                    "entistä tehokkaampaa yhteistyötä yritysten kanssa omien käytännön haasteidensa "
                    "ratkaisemiseksi ja ratkomaan kansainvälisiä haasteita yhdessä. Hallituksen "
                    "puheenjohtaja korostaa Teknologian tutkimuskeskus VTT:n ratkaisevaa roolia toiminnan "
                    "käynnistämisessä sekä sitä tutkimuksellista syvyyttä, jota VTT tuo ratkaisuportfolioon "
                    "yhdessä jäsenyritysten ja yliopistojen kanssa."
                ),
            ],
            "sv": [
                (
                    "Smart City Innovation Cluster bygger på ett nytt sätt att samarbeta: klustret för "
                    "samman städernas utmaningar med dem som kan lösa dem. Det arbetar med tekniska och "
                    "servicerelaterade utmaningar för städer i Finland och internationellt. Bland "
                    "medlemmarna finns företag i alla storlekar, städer, forskningsinstitut och högskolor "
                    "från hela Finland och utlandet."
                ),
                (
                    "SCIC är ett självständigt andelslag utan vinstsyfte, där alla medlemmar deltar på lika "
                    "villkor. Business Finland har beviljat RRF-finansiering för att utvidga och påskynda "
                    "klustrets verksamhet, och projektets totala värde är 1,8 miljoner euro under åren "
                    "2022–2024."
                ),
                (
                    "Klustrets viktigaste uppgift är att samla in utmaningar inom smarta städer från städer, "
                    "regioner och företag i Finland och världen över och att hitta lösningar och lösare till "
                    "dem bland företag, forskningsinstitut och universitet. Eftersom dagens utmaningar ofta "
                    "är komplexa och kräver flera tekniker samtidigt går medlemmarna vid behov samman för "
                    "att föreslå lösningar och lämna gemensamma anbud."
                ),
                (
                    "Det första samarbetsavtalet har ingåtts med projektet Madrid Nuevo Norte i Spanien, där "
                    "SCIC har en viktig roll i att föra samman olika aktörer. Staden Kirkenes i Norge har "
                    "presenterat en rad arktiska utmaningar för medlemmarna, och tillsammans med finländska "
                    "företag och Business Finland bygger SCIC upp det finländska erbjudandet inom smarta "
                    "städer för Nusantara i Indonesien och NEOM i Saudiarabien. SCIC och Business Finland "
                    "har också kommit överens om ett fortlöpande samarbete för att hitta lösningar och "
                    "lösare till utmaningar av alla storlekar runt om i världen."
                ),
                (
                    "Enligt klustrets verkställande direktör har verksamheten kommit i gång starkt: SCIC "
                    "bygger upp ett brett nätverk av lösare, samlar en utmaningsportfölj från många källor "
                    "och inför de digitala verktyg som behövs. Förfrågningar har kommit från hela världen, "
                    "och klustret skiljer sig från andra genom att fokusera på praktiskt arbete kring "
                    "konkreta utmaningar och genom att känna sina medlemmar och deras kompetens."
                ),
                (
                    "Esbo och Tammerfors städer hör till ankarmedlemmarna och har varit nära involverade i "
                    "planeringen av klustrets verksamhet. Städerna ser fram emot att samarbeta effektivare "
                    "med företagen kring sina egna praktiska utmaningar och att lösa internationella "
                    "utmaningar tillsammans. Styrelsens ordförande framhåller den avgörande roll som "
                    "Teknologiska forskningscentralen VTT hade när verksamheten startades och det "
                    "forskningsdjup som VTT tillför lösningsportföljen tillsammans med medlemsföretagen och "
                    "universiteten."
                ),
            ],
        },
        "tags": ["founding", "cooperative"],
        "themes": ["mobility", "arctic-conditions", "digital-twins-data"],
        "related_challenges": [
            "madrid-nuevo-norte-mobility-hub",
            "kirkenes-arctic-port-logistics",
            "nusantara-smart-water-management",
            "neom-cooling-digital-twin",
        ],
        "related_members": ["city-of-espoo", "city-of-tampere", "vtt"],
    },
    {
        "slug": "madrid-nuevo-norte-cooperation",
        "date": "2023-03-15",
        "title": {
            "en": "Madrid Nuevo Norte: the cluster's first cooperation agreement puts the model to work",
            "fi": "Madrid Nuevo Norte: klusterin ensimmäinen yhteistyösopimus vie toimintamallin käytäntöön",
            "sv": "Madrid Nuevo Norte: klustrets första samarbetsavtal omsätter modellen i praktiken",
        },
        "lead": {
            "en": (
                "The cooperation agreement with Madrid Nuevo Norte, one of Europe's largest urban "
                "regeneration projects, is the first of its kind for the cluster. Members are now invited to "
                "take part in the first call, on mobility hubs."
            ),
            "fi": (
                "Yhteistyösopimus Madrid Nuevo Norten, yhden Euroopan suurimmista "
                "kaupunkiuudistushankkeista, kanssa on klusterin ensimmäinen laatuaan. Jäseniä kutsutaan nyt "
                "mukaan ensimmäiseen haasteeseen, joka koskee liikkumisen solmukohtia."
            ),
            "sv": (
                "Samarbetsavtalet med Madrid Nuevo Norte, ett av Europas största stadsförnyelseprojekt, är "
                "det första i sitt slag för klustret. Medlemmarna bjuds nu in att delta i den första "
                "utlysningen, som gäller mobilitetsnav."
            ),
        },
        "body": {
            "en": [
                (
                    "Madrid Nuevo Norte will transform a large area of former railway land in the north of "
                    "the Spanish capital into a new district. The project's scale and its focus on public "
                    "transport and sustainability make it a natural partner for a cluster that brings "
                    "together many kinds of solution providers."
                ),
                (
                    "Under the agreement, the cluster's role is to bring the right parties together. It "
                    "gathers the project's needs as challenges, identifies members whose capabilities fit "
                    "and helps them form consortia that can propose solutions together."
                ),
                (
                    "The first challenge concerns mobility hubs, where rail, buses, cycling, shared mobility "
                    "and walking meet. Members with experience in digital twins, mobility services and "
                    "infrastructure construction are particularly encouraged to take part."
                ),
                (
                    "The cooperation also shows new cities and members what the cluster can do: instead of "
                    "approaching single companies, a city or development project can reach a network of "
                    "complementary solution providers through one partner."
                ),
            ],
            "fi": [
                (
                    "Madrid Nuevo Norte muuttaa laajan entisen ratapiha-alueen Espanjan pääkaupungin "
                    "pohjoisosassa uudeksi kaupunginosaksi. Hankkeen mittakaava sekä sen painotus "
                    "joukkoliikenteeseen ja kestävyyteen tekevät siitä luontevan kumppanin klusterille, joka "
                    "kokoaa yhteen monenlaisia ratkaisujen tarjoajia."
                ),
                (
                    "Sopimuksen mukaisesti klusterin tehtävänä on tuoda oikeat osapuolet yhteen. Se kokoaa "
                    "hankkeen tarpeet haasteiksi, tunnistaa jäsenet, joiden osaaminen sopii niihin, ja "
                    "auttaa niitä muodostamaan konsortioita, jotka voivat ehdottaa ratkaisuja yhdessä."
                ),
                (
                    "Ensimmäinen haaste koskee liikkumisen solmukohtia, joissa raideliikenne, bussit, "
                    "pyöräily, jaettu liikkuminen ja kävely kohtaavat. Mukaan toivotaan erityisesti jäseniä, "
                    "joilla on kokemusta digitaalisista kaksosista, liikkumispalveluista ja "
                    "infrarakentamisesta."
                ),
                (
                    "Yhteistyö näyttää myös uusille kaupungeille ja jäsenille, mihin klusteri pystyy: "
                    "yksittäisten yritysten lähestymisen sijaan kaupunki tai kehityshanke tavoittaa yhden "
                    "kumppanin kautta toisiaan täydentävien ratkaisujen tarjoajien verkoston."
                ),
            ],
            "sv": [
                (
                    "Madrid Nuevo Norte omvandlar ett stort tidigare järnvägsområde i norra delen av "
                    "Spaniens huvudstad till en ny stadsdel. Projektets omfattning och dess fokus på "
                    "kollektivtrafik och hållbarhet gör det till en naturlig partner för ett kluster som för "
                    "samman många olika slags lösningsleverantörer."
                ),
                (
                    "Enligt avtalet är klustrets roll att föra samman rätt parter. Klustret samlar "
                    "projektets behov i form av utmaningar, identifierar medlemmar vars kompetens passar och "
                    "hjälper dem att bilda konsortier som kan föreslå lösningar tillsammans."
                ),
                (
                    "Den första utmaningen gäller mobilitetsnav, där tåg, bussar, cykling, delad mobilitet "
                    "och gång möts. Särskilt medlemmar med erfarenhet av digitala tvillingar, "
                    "mobilitetstjänster och infrastrukturbyggande uppmuntras att delta."
                ),
                (
                    "Samarbetet visar också nya städer och medlemmar vad klustret kan göra: i stället för "
                    "att vända sig till enskilda företag kan en stad eller ett utvecklingsprojekt via en "
                    "enda partner nå ett nätverk av lösningsleverantörer som kompletterar varandra."
                ),
            ],
        },
        "tags": ["cooperation", "madrid"],
        "themes": ["mobility", "built-environment"],
        "related_challenges": ["madrid-nuevo-norte-mobility-hub"],
        "related_members": ["meseta-urban-data", "kestora-infra"],
    },
    {
        "slug": "kirkenes-arctic-challenges",
        "date": "2023-05-16",
        "title": {
            "en": "Kirkenes brings Arctic challenges to the cluster's members",
            "fi": "Kirkenes tuo arktisia haasteita klusterin jäsenten ratkottaviksi",
            "sv": "Kirkenes för fram arktiska utmaningar för klustrets medlemmar",
        },
        "lead": {
            "en": (
                "The Norwegian town of Kirkenes has presented a set of Arctic challenges to the cluster's "
                "members. The first of them is now published as a call."
            ),
            "fi": (
                "Norjalainen Kirkenesin kaupunki on esitellyt klusterin jäsenille joukon arktisia haasteita. "
                "Ensimmäinen niistä on nyt julkaistu haasteena."
            ),
            "sv": (
                "Staden Kirkenes i Norge har presenterat en rad arktiska utmaningar för klustrets medlemmar. "
                "Den första av dem har nu publicerats som en utlysning."
            ),
        },
        "body": {
            "en": [
                (
                    "Kirkenes, on the Barents Sea coast near the borders of Finland and Russia, knows what "
                    "it means to run a town through long, dark winters. Its challenges range from keeping "
                    "streets and walkways safe in snow and ice to managing port logistics and heating public "
                    "buildings efficiently."
                ),
                (
                    "The challenges are a good match for the cluster's members: many Finnish companies, "
                    "research institutes and universities have developed solutions for cold climates, and "
                    "members in Norway and Sweden bring further Arctic experience."
                ),
                (
                    "The first call deals with year-round port logistics. Calls on low-energy snow and ice "
                    "management and on energy-efficient public buildings will follow. Members interested in "
                    "the challenges can contact the cluster to discuss consortia."
                ),
            ],
            "fi": [
                (
                    "Barentsinmeren rannalla lähellä Suomen ja Venäjän rajoja sijaitseva Kirkenes tietää, "
                    "mitä kaupungin pyörittäminen pitkien ja pimeiden talvien läpi vaatii. Sen haasteet "
                    "ulottuvat katujen ja kävelyteiden pitämisestä turvallisina lumen ja jään keskellä "
                    "satamalogistiikan hallintaan ja julkisten rakennusten tehokkaaseen lämmittämiseen."
                ),
                (
                    "Haasteet sopivat hyvin klusterin jäsenille: monet suomalaiset yritykset, "
                    "tutkimuslaitokset ja yliopistot ovat kehittäneet ratkaisuja kylmiin olosuhteisiin, ja "
                    "jäsenet Norjassa ja Ruotsissa tuovat mukaan lisää arktista kokemusta."
                ),
                (
                    "Ensimmäinen haaste koskee ympärivuotista satamalogistiikkaa. Seuraavaksi julkaistaan "
                    "haasteet vähäenergisestä lumen- ja jäänhallinnasta ja energiatehokkaista julkisista "
                    "rakennuksista. Haasteista kiinnostuneet jäsenet voivat ottaa yhteyttä klusteriin "
                    "keskustellakseen konsortioista."
                ),
            ],
            "sv": [
                (
                    "Kirkenes, vid Barents hav nära gränserna till Finland och Ryssland, vet vad det innebär "
                    "att driva en stad genom långa och mörka vintrar. Utmaningarna sträcker sig från att "
                    "hålla gator och gångvägar säkra i snö och is till att sköta hamnlogistiken och värma "
                    "upp offentliga byggnader effektivt."
                ),
                (
                    "Utmaningarna passar klustrets medlemmar väl: många finländska företag, "
                    "forskningsinstitut och universitet har utvecklat lösningar för kallt klimat, och "
                    "medlemmar i Norge och Sverige bidrar med ytterligare arktisk erfarenhet."
                ),
                (
                    "Den första utlysningen gäller hamnlogistik året runt. Utlysningar om energisnål snö- "
                    "och ishantering och om energieffektiva offentliga byggnader följer senare. Medlemmar "
                    "som är intresserade av utmaningarna kan kontakta klustret för att diskutera konsortier."
                ),
            ],
        },
        "tags": ["arctic", "kirkenes"],
        "themes": ["arctic-conditions", "mobility", "energy"],
        "related_challenges": [
            "kirkenes-arctic-port-logistics",
            "kirkenes-snow-ice-low-energy",
            "kirkenes-cold-climate-building-energy",
        ],
        "related_members": ["varanger-polartech", "polar-urban-systems"],
    },
    {
        "slug": "finnish-offering-nusantara-neom",
        "date": "2023-10-10",
        "title": {
            "en": "A Finnish smart-city offering takes shape for Nusantara and NEOM",
            "fi": "Suomalainen älykaupunkitarjooma muotoutuu Nusantaran ja NEOMin tarpeisiin",
            "sv": "Ett finländskt erbjudande inom smarta städer tar form för Nusantara och NEOM",
        },
        "lead": {
            "en": (
                "Together with Finnish companies and Business Finland, the cluster is putting together a "
                "joint Finnish smart-city offering for Nusantara, Indonesia's new capital, and NEOM in Saudi "
                "Arabia."
            ),
            "fi": (
                "Klusteri kokoaa yhdessä suomalaisten yritysten ja Business Finlandin kanssa yhteistä "
                "suomalaista älykaupunkitarjoomaa Indonesian uudelle pääkaupungille Nusantaralle ja "
                "Saudi-Arabian NEOMille."
            ),
            "sv": (
                "Tillsammans med finländska företag och Business Finland sammanställer klustret ett "
                "gemensamt finländskt erbjudande inom smarta städer för Nusantara, Indonesiens nya "
                "huvudstad, och NEOM i Saudiarabien."
            ),
        },
        "body": {
            "en": [
                (
                    "New cities built from scratch need solutions for everything from water and energy to "
                    "mobility and data, and these solutions have to work together. That is where a joint "
                    "offering from several Finnish providers can be stronger than single products."
                ),
                (
                    "The cluster's role is to find the members whose capabilities fit and to help them "
                    "combine their solutions into coherent packages. Business Finland, with which the "
                    "cluster has agreed on continuous cooperation, supports the work and its links to the "
                    "two projects."
                ),
                (
                    "For Nusantara, the first focus is smart water management: water supply, wastewater and "
                    "stormwater in a tropical climate. For NEOM, the focus is on digital twins and data for "
                    "low-energy district cooling. Both topics are published as challenges, and members are "
                    "invited to take part."
                ),
                (
                    "Members who would like to contribute to the offering but are not sure where their "
                    "solutions fit can contact the cluster's office."
                ),
            ],
            "fi": [
                (
                    "Tyhjästä rakennettavat uudet kaupungit tarvitsevat ratkaisuja kaikkeen vedestä ja "
                    "energiasta liikkumiseen ja dataan, ja ratkaisujen on toimittava yhdessä. Siksi useiden "
                    "suomalaisten toimijoiden yhteinen tarjooma voi olla vahvempi kuin yksittäiset tuotteet."
                ),
                (
                    "Klusterin tehtävänä on löytää jäsenet, joiden osaaminen sopii tarpeisiin, ja auttaa "
                    "niitä yhdistämään ratkaisunsa johdonmukaisiksi kokonaisuuksiksi. Business Finland, "
                    "jonka kanssa klusteri on sopinut jatkuvasta yhteistyöstä, tukee työtä ja sen yhteyksiä "
                    "kumpaankin hankkeeseen."
                ),
                (
                    "Nusantarassa ensimmäinen painopiste on älykäs vesihuolto eli vedenjakelu, jätevedet ja "
                    "hulevedet trooppisessa ilmastossa. NEOMissa painopisteenä ovat digitaaliset kaksoset ja "
                    "data vähäenergisen aluejäähdytyksen tueksi. Molemmat aiheet on julkaistu haasteina, ja "
                    "jäsenet ovat tervetulleita mukaan."
                ),
                (
                    "Jäsenet, jotka haluaisivat osallistua tarjooman rakentamiseen mutta eivät ole varmoja, "
                    "mihin heidän ratkaisunsa sopivat, voivat ottaa yhteyttä klusterin toimistoon."
                ),
            ],
            "sv": [
                (
                    "Nya städer som byggs från grunden behöver lösningar för allt från vatten och energi "
                    "till mobilitet och data, och lösningarna måste fungera tillsammans. Därför kan ett "
                    "gemensamt erbjudande från flera finländska aktörer vara starkare än enskilda produkter."
                ),
                (
                    "Klustrets roll är att hitta de medlemmar vars kompetens passar och hjälpa dem att "
                    "kombinera sina lösningar till sammanhängande helheter. Business Finland, som klustret "
                    "har kommit överens med om ett fortlöpande samarbete, stöder arbetet och dess kontakter "
                    "med de båda projekten."
                ),
                (
                    "För Nusantara ligger det första fokuset på smart vattenförvaltning: vattenförsörjning, "
                    "avloppsvatten och dagvatten i ett tropiskt klimat. För NEOM ligger fokus på digitala "
                    "tvillingar och data för energisnål fjärrkyla. Båda ämnena har publicerats som "
                    "utmaningar, och medlemmarna är välkomna att delta."
                ),
                (
                    "Medlemmar som vill bidra till erbjudandet men är osäkra på var deras lösningar passar "
                    "in kan kontakta klustrets kansli."
                ),
            ],
        },
        "tags": ["international", "export"],
        "themes": ["water", "energy", "digital-twins-data"],
        "related_challenges": ["nusantara-smart-water-management", "neom-cooling-digital-twin"],
        "related_members": ["arusdata-indonesia", "kestora-infra"],
    },
    {
        "slug": "new-call-round-2026",
        "date": "2026-10-06",
        "title": {
            "en": "A new round of challenges opens for solvers",
            "fi": "Uusi haastekierros avautuu ratkaisijoille",
            "sv": "En ny omgång utmaningar öppnar för lösare",
        },
        "lead": {
            "en": (
                "A new round of challenges is opening on the portal, with calls on winter mobility, digital "
                "participation, Arctic building energy, circular construction and water networks."
            ),
            "fi": (
                "Portaalissa avautuu uusi haastekierros, jonka aiheita ovat talviliikkuminen, digitaalinen "
                "osallistuminen, arktisten rakennusten energiankäyttö, kiertotalousrakentaminen ja "
                "vesijohtoverkostot."
            ),
            "sv": (
                "En ny omgång utmaningar öppnar på portalen, med utlysningar om vintermobilitet, digital "
                "delaktighet, energi i arktiska byggnader, cirkulärt byggande och vattenledningsnät."
            ),
        },
        "body": {
            "en": [
                (
                    "The new round brings together challenges from the cluster's anchor cities, from "
                    "Kirkenes and from member organisations. Some calls are already open, and others will "
                    "open in the coming weeks."
                ),
                (
                    "Tampere is looking for solutions that make it safer and easier to reach tram stops in "
                    "winter, and Espoo is looking for digital participation tools that reach residents of "
                    "all ages and language groups. Kirkenes is preparing a call on energy-efficient public "
                    "buildings in a cold climate."
                ),
                (
                    "Among other members, Kestora Infra invites partners to help it reuse demolition "
                    "materials in infrastructure projects, and the Järvi-Suomi Water Services Authority is "
                    "preparing a call on finding leaks in an ageing water network."
                ),
                (
                    "You can follow new calls by subscribing to the themes that interest you. Members who "
                    "want to form a consortium can contact the cluster's challenge coordinator."
                ),
            ],
            "fi": [
                (
                    "Uudella kierroksella on mukana haasteita klusterin ankkurikaupungeilta, Kirkenesistä "
                    "sekä jäsenorganisaatioilta. Osa haasteista on jo avoinna, ja loput avautuvat "
                    "lähiviikkoina."
                ),
                (
                    "Tampere etsii ratkaisuja, jotka tekevät raitiovaunupysäkeille kulkemisesta talvella "
                    "turvallisempaa ja helpompaa, ja Espoo etsii digitaalisia osallistumisen työkaluja, "
                    "jotka tavoittavat kaikenikäiset ja eri kieliryhmiin kuuluvat asukkaat. Kirkenes "
                    "valmistelee haastetta energiatehokkaista julkisista rakennuksista kylmässä ilmastossa."
                ),
                (
                    "Muista jäsenistä Kestora Infra kutsuu kumppaneita mukaan käyttämään purkumateriaaleja "
                    "uudelleen infrahankkeissa, ja Järvi-Suomen vesihuoltokuntayhtymä valmistelee haastetta "
                    "vuotojen paikantamisesta ikääntyvässä vesijohtoverkostossa."
                ),
                (
                    "Voit seurata uusia haasteita tilaamalla ilmoitukset sinua kiinnostavista teemoista. "
                    "Konsortiota suunnittelevat jäsenet voivat ottaa yhteyttä klusterin "
                    "haastekoordinaattoriin."
                ),
            ],
            "sv": [
                (
                    "Den nya omgången samlar utmaningar från klustrets ankarstäder, från Kirkenes och från "
                    "medlemsorganisationer. En del utlysningar är redan öppna, och de övriga öppnar under de "
                    "kommande veckorna."
                ),
                (
                    "Tammerfors söker lösningar som gör det säkrare och enklare att ta sig till "
                    "spårvagnshållplatserna på vintern, och Esbo söker digitala verktyg för delaktighet som "
                    "når invånare i alla åldrar och språkgrupper. Kirkenes förbereder en utlysning om "
                    "energieffektiva offentliga byggnader i kallt klimat."
                ),
                (
                    "Bland övriga medlemmar bjuder Kestora Infra in partner att hjälpa till med att "
                    "återanvända rivningsmaterial i infrastrukturprojekt, och Samkommunen för vattentjänster "
                    "i Insjöfinland förbereder en utlysning om att hitta läckor i ett åldrande "
                    "vattenledningsnät."
                ),
                (
                    "Du kan följa nya utlysningar genom att prenumerera på de teman som intresserar dig. "
                    "Medlemmar som vill bilda ett konsortium kan kontakta klustrets utmaningskoordinator."
                ),
            ],
        },
        "tags": ["calls", "challenges"],
        "themes": ["mobility", "participation-governance", "circular-economy", "water"],
        "related_challenges": [
            "tampere-tram-stop-winter-access",
            "espoo-inclusive-digital-participation",
            "kirkenes-cold-climate-building-energy",
            "kestora-demolition-material-reuse",
            "jarvi-suomi-water-network-leaks",
        ],
        "related_members": [
            "city-of-espoo",
            "city-of-tampere",
            "kestora-infra",
            "jarvi-suomi-water-authority",
        ],
    },
]
