package nl.ikcregie.bench;

import java.util.List;
import java.util.Random;
import java.util.Set;

/** Dutch-sounding names and texts for the national data set, drawn from fixed word lists. */
final class Names {

    private Names() {
    }

    static final List<String> PLACE_START = List.of("Aal", "Beek", "Berg", "Bloem", "Bos", "Broek", "Dal", "Dijk",
            "Eem", "Eiken", "Els", "Gaas", "Geld", "Haar", "Hazel", "Heu", "Hoog", "Hout", "Kam", "Klaver", "Lin",
            "Maas", "Meer", "Mid", "Molen", "Noord", "Oost", "Peel", "Rijn", "Schoon", "Steen", "Ter", "Vel", "Veen",
            "Vlie", "Wad", "Wal", "Wes", "Wilg", "Zand", "Zee", "Zuid", "Berkel", "Dongen", "Holt", "Loch", "Ommel",
            "Rozen", "Sterk", "Linden");
    static final List<String> PLACE_END = List.of("dam", "dorp", "veen", "wijk", "horst", "hoven", "broek", "zijl",
            "berg", "loo", "rade", "hem", "ingen", "um", "erveld", "stede", "haven", "burg", "meer", "wolde", "sum",
            "zande", "donk", "laar");
    static final List<String> SCHOOL_NAMES = List.of("De Regenboog", "Het Kompas", "De Wegwijzer", "De Sterrenwacht",
            "Het Palet", "De Vlinder", "De Springplank", "De Zonnewijzer", "Het Anker", "De Bron", "De Klimop",
            "De Fontein", "De Kameleon", "Het Mozaïek", "De Tweemaster", "De Wilgenhoek", "De Boomgaard", "Het Baken",
            "De Horizon", "De Linde", "De Eik", "Het Vogelnest", "De Ontdekking", "De Windroos", "De Toverfluit",
            "Het Kleurrijk", "De Sprong", "De Vuurtoren", "De Piramide", "De Schakel", "Het Talent", "De Bolderik",
            "De Meander", "Het Carillon", "De Duizendpoot", "De Klaproos", "De Speelwei", "De Zeester",
            "De Morgenster", "Het Octaaf", "De Kiekendief", "Het Zwanennest", "De Koraal", "De Parel", "Het Lichtpunt");
    static final List<String> DISTRICTS = List.of("Oud-Oost", "Nieuw-West", "Vlinderbuurt", "Schepenkwartier",
            "Bloemenbuurt", "Stationsbuurt", "De Kolonie", "Havenkwartier", "Kanaalzone", "De Hoven", "Schildersbuurt",
            "Muziekwijk", "Rivierenbuurt", "Indische Buurt", "Componistenbuurt", "Vogelwijk", "Bomenbuurt", "Kerkwijk",
            "Molenwijk", "Het Rode Dorp", "Zuiderpark", "Noorderplantage", "Sterrenwijk", "Tuinwijk", "Centrum");
    static final List<String> BOARD_PATTERNS = List.of("Stichting Openbaar Primair Onderwijs %s",
            "Stichting Katholiek Onderwijs %s", "Vereniging voor Christelijk Onderwijs %s", "Scholengroep %s",
            "Stichting Protestants-Christelijk Onderwijs %s", "Onderwijsstichting %s", "Stichting Samenwerkingsscholen %s",
            "Stichting Primair Onderwijs %s en omstreken");
    static final List<String> CHILDCARE_PATTERNS = List.of("Kinderopvang %s", "Stichting Kinderopvang %s",
            "Kindercentra %s", "%s Kinderopvang", "Peuterwerk %s", "Kinderdagverblijven %s");
    static final List<String> FIRST_NAMES = List.of("Anke", "Jelle", "Maria", "Sietske", "Gerrit", "Froukje",
            "Thomas", "Ytsje", "Pieter", "Bea", "Sanne", "Daan", "Femke", "Ruben", "Lotte", "Bram", "Noor", "Joost",
            "Ilse", "Wouter", "Marloes", "Hidde", "Esther", "Koen", "Anouk", "Sjoerd", "Lieke", "Jeroen", "Inge", "Mark");
    static final List<String> LAST_NAMES = List.of("de Vries", "Hoekstra", "Jansen", "Postma", "Dijkstra", "Visser",
            "Mulder", "de Boer", "Bakker", "Smit", "Meijer", "van der Meer", "Bos", "Vos", "Peters", "Hendriks",
            "van Dijk", "Kok", "de Jong", "Brouwer", "Kramer", "Wiersma", "van den Berg", "Huisman", "Veenstra");

    static final List<String> NEEDS = List.of("veel peuters met een VVE-indicatie",
            "een groeiend aantal kinderen met een taalachterstand bij de start van groep 3",
            "veel opvoedvragen van jonge ouders", "weinig bereik van ouders bij activiteiten op school",
            "een grote instroom van nieuwkomers", "kinderen die na schooltijd weinig beweeg- en speelruimte hebben",
            "een breuk in de doorgaande lijn tussen peutergroep en groep 1", "veel wisselingen in het team");
    static final List<String> ACTIONS = List.of("een wekelijkse inloop voor ouders",
            "gezamenlijke teamscholing van onderwijs en opvang", "een doorgaande leerlijn taal van 2 tot 6 jaar",
            "huisbezoeken door de jeugdondersteuner", "een gezamenlijk zorgoverleg voor 0-12 jaar",
            "een verlengde schooldag met sport en cultuur", "één observatiesysteem voor peuters en kleuters",
            "een ouderkamer met spreekuur van de GGD", "een gezamenlijke IKC-raad van MR en oudercommissie");
    static final List<String> BUDGET_LINES = List.of("Gezamenlijke teamscholing onderwijs en opvang",
            "Inzet IKC-coördinator", "Ouderkamer en inloopspreekuur", "Doorgaande leerlijn taal 2-6 jaar",
            "Verlengde schooldag: sport en cultuur", "Observatie- en volgsysteem 0-12", "Procesbegeleiding visietraject",
            "Huisbezoeken en opvoedondersteuning", "Inrichting gezamenlijke leerpleinen", "Studiereis en kennisdeling");

    static final List<String> PLACE_PREFIX = List.of("Nieuw-", "Oud-", "Groot-", "Klein-", "Sint-", "Hoog-", "Laag-",
            "Ooster", "Wester");

    /** Unique place names, none of them in {@code taken}. */
    static String place(Random r, Set<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String root = PLACE_START.get(r.nextInt(PLACE_START.size())) + PLACE_END.get(r.nextInt(PLACE_END.size()));
            // a prefix now and then: enough distinct names for the 2,000 and more places of the full scale
            String prefix = r.nextInt(10) < 6 ? "" : PLACE_PREFIX.get(r.nextInt(PLACE_PREFIX.size()));
            String base = prefix.isEmpty() || prefix.endsWith("-") ? prefix + root : prefix + root.toLowerCase(java.util.Locale.ROOT);
            String name = attempt < 50 ? base : base + " " + (attempt - 48);
            if (taken.add(name)) {
                return name;
            }
        }
    }

    /** A name not yet taken: the candidate, else the candidate with a number. */
    static String unique(String candidate, Set<String> taken) {
        if (taken.add(candidate)) {
            return candidate;
        }
        for (int n = 2; ; n++) {
            String name = candidate + " " + n;
            if (taken.add(name)) {
                return name;
            }
        }
    }

    static String person(Random r) {
        return FIRST_NAMES.get(r.nextInt(FIRST_NAMES.size())) + " " + LAST_NAMES.get(r.nextInt(LAST_NAMES.size()));
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    // ---- application texts (the IKC ontwikkel canvas: waarom, hoe, wat) ---------------------------

    static String why(Random r, String ikc, String neighbourhood) {
        return "In " + neighbourhood + " zien we " + pick(r, NEEDS) + " en " + pick(r, NEEDS) + ". " + ikc
                + " wil dat elk kind zich in een doorgaande lijn van 0 tot 12 jaar kan ontwikkelen, dicht bij huis "
                + "en met ouders als partner.";
    }

    static String how(Random r) {
        return "Onderwijs en opvang werken vanuit één pedagogische visie. Van naast elkaar naar met elkaar: "
                + "één team, één overleg en één plan per kind. Pijlers: taal, ouderbetrokkenheid en "
                + pick(r, List.of("bewegen", "burgerschap", "vroegsignalering", "cultuur", "natuur en techniek")) + ".";
    }

    static String what(Random r) {
        return "Dit jaar starten we met " + pick(r, ACTIONS) + " en " + pick(r, ACTIONS)
                + ". De IKC-stuurgroep bewaakt de voortgang elk kwartaal; de directeur en de locatiemanager zijn "
                + "samen eigenaar.";
    }

    static String support(Random r) {
        return "Het team heeft het plan op de studiedag vastgesteld. De MR en de oudercommissie stemden in"
                + (r.nextInt(3) == 0 ? "; de IKC-raad gaf een positief advies." : ".");
    }

    /** The motivation of a score on a criterion: three bands, a few wordings each. */
    static String motivation(Random r, String criterion, int score) {
        String name = criterion.toLowerCase(java.util.Locale.ROOT);
        if (score >= 4) {
            return pick(r, List.of("Op " + name + " is het plan overtuigend: concreet, met een duidelijke eigenaar en meetbare stappen.",
                    "Sterk op " + name + "; de aanpak sluit aan op de analyse van de wijk.",
                    "Op " + name + " laat het IKC zien wat het al bereikt heeft en wat de volgende stap is."));
        }
        if (score == 3) {
            return pick(r, List.of("Op " + name + " is het plan voldoende uitgewerkt, maar op onderdelen nog algemeen.",
                    "Redelijk op " + name + "; de doelen mogen scherper en meetbaarder.",
                    "Op " + name + " is de richting goed; de uitvoering is nog niet overal belegd."));
        }
        return pick(r, List.of("Op " + name + " is het plan nog onvoldoende onderbouwd; het blijft bij voornemens.",
                "Zwak op " + name + ": geen concrete activiteiten en geen eigenaar.",
                "Op " + name + " ontbreekt de koppeling met wat de kinderen in deze wijk nodig hebben."));
    }

    static String obligation(String criterion) {
        return "Werk aantoonbaar aan '" + criterion.toLowerCase(java.util.Locale.ROOT)
                + "' en laat de voortgang zien in het PDCA-verslag.";
    }
}
