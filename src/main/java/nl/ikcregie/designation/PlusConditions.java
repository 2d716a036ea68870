package nl.ikcregie.designation;

import java.util.List;

/** The eleven conditions of a Plus-IKC, in the words of Kansen voor Kinderen 2 (seed 003, chapter 2). */
public final class PlusConditions {

    public static final List<String> TEXTS = List.of(
            "Wordt geleid door een innovatieve directie/directeur met een duidelijke visie op ondersteuning, pedagogiek "
                    + "en ouderbetrokkenheid, die op basis van gelijkwaardigheid tussen onderwijs en kinderopvang leiding geeft.",
            "Heeft leerkrachten en pedagogisch medewerkers die bereid zijn hun werkwijze op basis van de uitkomsten van "
                    + "de analyse aan te passen.",
            "Is gemotiveerd om 8 jaar deel te nemen aan de uitvoering van Kansen voor Kinderen 2.",
            "Stelt meerjarige resultaatafspraken vast in overleg met eigen koepelorganisatie, de betrokken "
                    + "kinderopvangorganisatie en de gemeente Leeuwarden.",
            "Staat open voor de versterking van het IKC-team met jeugdondersteuners, een pedagoog en procesbegeleider.",
            "Zet de extra middelen in voor een preventief, vraaggestuurd aanbod op basis van data-analyse, ervaringen "
                    + "en signalen.",
            "Integreert het aanbod in het bestaande IKC en organiseert dit zo dicht mogelijk bij ouders en kinderen.",
            "Heeft de ruimte om ‘andere’ oplossingen te bedenken; bijvoorbeeld collectief in plaats van per individu, "
                    + "of gericht op de leerkracht of pedagogisch medewerker in plaats van op het kind.",
            "Heeft aandacht voor (collectieve) preventie, om te voorkomen dat curatieve of repressieve maatregelen nodig zijn.",
            "Neemt deel aan data-analyses, onderzoek en onderlinge kennisdeling.",
            "Is bereid mee te denken en toe te werken naar een nieuw IKC-functiehuis.");

    /** Short names for lists and the history. */
    public static final List<String> SHORT = List.of("Innovatieve leiding", "Bereidheid team", "Acht jaar deelname",
            "Meerjarige resultaatafspraken", "Versterking van het team", "Preventief, vraaggestuurd aanbod",
            "Aanbod geïntegreerd in het IKC", "Ruimte voor andere oplossingen", "Collectieve preventie",
            "Data-analyse, onderzoek en kennisdeling", "Nieuw IKC-functiehuis");

    public static final int COUNT = TEXTS.size();

    private PlusConditions() {
    }

    /** The text of condition {@code number} (1 to 11). */
    public static String text(int number) {
        return TEXTS.get(number - 1);
    }

    public static String shortName(int number) {
        return SHORT.get(number - 1);
    }

    public static boolean exists(int number) {
        return number >= 1 && number <= COUNT;
    }
}
