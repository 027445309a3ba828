"""Prompts as users write them, in English, Spanish and German, with what each one asks for.

`facts` are the words that must reach the screen or the narration (issue #11 measured 0.6 of them
arriving); the first five English prompts are the issue's measured failures, verbatim.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    prompt: str
    language: str
    kind: str
    facts: tuple[str, ...]
    seconds: float | None = None
    aspect: str | None = None
    look: str | None = None


CORPUS: tuple[Case, ...] = (
    # The measured failures.
    Case("a 15 second ad for a vegan protein bar called Sprout", "en", "ad",
         ("vegan", "protein bar", "Sprout"), 15),
    Case("a 30 second real estate listing video: 3 bedroom house with garden in Austin, $650,000, open house Sunday",
         "en", "listing", ("3 bedroom", "garden", "Austin", "$650,000", "open house", "Sunday"), 30),
    Case("A 20 second video for a bakery's grand opening on Saturday at 9am", "en", "event",
         ("bakery", "grand opening", "Saturday", "9am"), 20),
    Case("A 45 second explainer on how compound interest works for teenagers, with three key facts: interest earns "
         "interest; starting early beats saving more; small amounts grow over time", "en", "explainer",
         ("compound interest", "teenagers", "interest earns interest", "starting early beats saving more",
          "small amounts grow over time"), 45),
    Case("A retro 80s style 20 second promo for a synthwave music festival", "en", "event",
         ("synthwave", "music festival"), 20, look="retro"),
    # English.
    Case("Make a vertical 15s TikTok promo for Brew Bros cold brew coffee, bold and playful, 20% off this weekend",
         "en", "ad", ("Brew Bros", "cold brew", "20% off", "this weekend"), 15, "9:16", "bold"),
    Case("Announcement video: we're launching Orbit 2.0 on March 12, dark tech style", "en", "announcement",
         ("Orbit 2.0", "March 12"), look="tech"),
    Case("An invitation to our summer garden party on Saturday June 21 at 4pm, warm colours", "en", "event",
         ("garden party", "Saturday June 21", "4pm"), look="warm"),
    Case("Luxury watch showcase for the Aurelius Chronograph, 25 seconds, black and gold", "en", "showcase",
         ("watch", "Aurelius Chronograph"), 25, look="luxury"),
    Case("Ad for running shoes aimed at marathon runners, use #FF5500 as the accent", "en", "ad",
         ("running shoes", "marathon runners")),
    Case("Showcase our new app Taskly: smart reminders, shared lists, offline mode", "en", "showcase",
         ("Taskly", "app", "smart reminders", "shared lists", "offline mode")),
    Case("45-second tutorial: how to brew pour-over coffee in 4 steps", "en", "tutorial",
         ("brew pour-over coffee", "4 steps"), 45),
    Case("An announcement of our Black Friday sale: 50% off everything, ends Sunday", "en", "announcement",
         ("Black Friday", "50% off everything", "Sunday")),
    Case("Product showcase for the EcoBottle, a reusable water bottle that keeps drinks cold for 24 hours", "en",
         "showcase", ("EcoBottle", "reusable water bottle", "keeps drinks cold", "24 hours")),
    Case("webinar invitation for 'Scaling Postgres' on May 5 at 10am PT, corporate, for database engineers", "en",
         "event", ("Scaling Postgres", "May 5", "10am PT", "database engineers"), look="corporate"),
    Case("a minute-long promo for a dog grooming service in Portland, playful", "en", "ad",
         ("dog grooming", "Portland"), 60, look="playful"),
    Case("Instagram reel advertising handmade soy candles", "en", "ad", ("handmade soy candles",), None, "9:16"),
    Case("A 90-second explainer on how vaccines train the immune system, calm, narrated by luna", "en", "explainer",
         ("how vaccines train the immune system",), 90, look="calm"),
    Case("30s hiring video for Nimbus Labs: we're looking for senior backend engineers in Berlin, remote-friendly, "
         "apply at nimbuslabs.io/careers", "en", "hiring",
         ("Nimbus Labs", "senior backend engineers", "Berlin", "remote-friendly", "nimbuslabs.io/careers"), 30),
    Case("A 1 minute tutorial on setting up a home Wi-Fi mesh network: 1) unbox the nodes 2) place the router near "
         "your modem 3) pair each node in the app", "en", "tutorial",
         ("Wi-Fi mesh network", "unbox the nodes", "place the router near your modem", "pair each node in the app"),
         60),
    Case("Make a 20 second ad for FitPulse, a smartwatch with 7-day battery, heart-rate tracking and 3x faster "
         "charging, $199, pre-order now at fitpulse.com", "en", "ad",
         ("FitPulse", "smartwatch", "7-day battery", "heart-rate tracking", "3x faster charging", "$199",
          "pre-order now", "fitpulse.com"), 20),
    Case("A 15 second Christmas greeting from the team at Acme Corp, cosy and warm", "en", "greeting",
         ("Christmas", "Acme Corp"), 15, look="warm"),
    Case("Comparison video: our Basic plan vs the Pro plan, €9.99 vs €19.99 a month, 16:9", "en", "comparison",
         ("Basic plan", "Pro plan", "€9.99", "€19.99"), None, "16:9"),
    Case("A 30-second fundraising appeal for the Riverside Animal Shelter: help us raise $10,000 for 40 dogs by "
         "December 1st, donate at riversideshelter.org", "en", "appeal",
         ("Riverside Animal Shelter", "$10,000", "40 dogs", "December 1st", "riversideshelter.org"), 30),
    Case("Customer testimonial video for Brightside Dental, 20 seconds, 5-star reviews, open 24/7 for emergencies",
         "en", "testimonial", ("Brightside Dental", "5-star", "24/7"), 20),
    Case("A countdown video for our product launch next Friday at 18:30, neon style, vertical for stories", "en",
         "countdown", ("product launch", "next Friday", "18:30"), None, "9:16", "retro"),
    Case("Teaser for the Solstice music festival in Lisbon, July 4-6, tickets from $89, follow @solsticefest", "en",
         "teaser", ("Solstice", "music festival", "Lisbon", "July 4", "$89", "@solsticefest")),
    # Spanish.
    Case("Un anuncio de 15 segundos para una barrita de proteína vegana llamada Brote", "es", "ad",
         ("barrita de proteína vegana", "Brote"), 15),
    Case("Vídeo de 30 segundos para la gran inauguración de la Panadería La Espiga el sábado a las 9:00 en Madrid",
         "es", "event", ("gran inauguración", "La Espiga", "sábado", "9:00", "Madrid"), 30),
    Case("Un vídeo vertical de 20 segundos para Instagram de una cafetería llamada Café Luna: 2x1 en cafés todos "
         "los lunes", "es", "ad", ("cafetería", "Café Luna", "2x1", "lunes"), 20, "9:16"),
    Case("Explica cómo funciona el interés compuesto para adolescentes en 45 segundos", "es", "explainer",
         ("interés compuesto", "adolescentes"), 45),
    Case("Anuncio de una inmobiliaria: piso de 3 habitaciones con terraza en Valencia por 250.000 €, visitas el "
         "próximo sábado", "es", "listing",
         ("piso", "3 habitaciones", "terraza", "Valencia", "250.000 €", "próximo sábado")),
    Case("Promo de 20 segundos para las rebajas de verano de Moda Sol: hasta un 50% de descuento, solo hasta el "
         "domingo", "es", "sale", ("rebajas de verano", "Moda Sol", "50% de descuento", "domingo"), 20),
    Case("Tutorial de 1 minuto: cómo preparar café de filtro en 4 pasos", "es", "tutorial",
         ("café de filtro", "4 pasos"), 60),
    Case("Oferta de empleo: buscamos desarrolladores de backend en Barcelona, envía tu CV a empleo@nubia.es",
         "es", "hiring", ("desarrolladores de backend", "Barcelona", "empleo@nubia.es")),
    Case("Invitación a nuestro webinar 'Ventas en TikTok' el 3 de marzo a las 18:00, estilo profesional", "es",
         "event", ("webinar", "Ventas en TikTok", "3 de marzo", "18:00"), look="corporate"),
    Case("Un vídeo de 25 segundos para una ONG: ayúdanos a plantar 1.000 árboles en Galicia, dona en "
         "bosquevivo.org", "es", "appeal", ("1.000 árboles", "Galicia", "bosquevivo.org"), 25),
    Case("Presentación de producto de los auriculares Sonar X, con cancelación de ruido y 30 horas de batería, "
         "por 149 euros", "es", "showcase",
         ("auriculares", "Sonar X", "cancelación de ruido", "30 horas", "149 euros")),
    Case("Un teaser de 15 segundos, estilo retro de los 80, para el festival Neón Nocturno en Sevilla", "es",
         "teaser", ("festival", "Neón Nocturno", "Sevilla"), 15, look="retro"),
    Case("Felicitación de Navidad de 20 segundos para los clientes de Hotel Miramar, cálida y elegante", "es",
         "greeting", ("Navidad", "Hotel Miramar"), 20, look="warm"),
    # German.
    Case("Erstelle ein 20-Sekunden-Video für die Bäckerei Sonnenschein: Eröffnung am Samstag um 9 Uhr", "de",
         "event", ("Bäckerei", "Sonnenschein", "Eröffnung", "Samstag", "9 Uhr"), 20),
    Case("Ein 15 Sekunden Werbespot für einen veganen Proteinriegel namens Spross", "de", "ad",
         ("veganen Proteinriegel", "Spross"), 15),
    Case("Ein Immobilienvideo: 4-Zimmer-Wohnung mit Balkon in München, 890.000 €, Besichtigung am Sonntag", "de",
         "listing", ("4-Zimmer", "Wohnung", "Balkon", "München", "890.000 €", "Sonntag")),
    Case("Erklärvideo für Jugendliche: wie funktioniert Zinseszins? 45 Sekunden", "de", "explainer",
         ("Zinseszins", "Jugendliche"), 45),
    Case("Hochformat-Video für Instagram: 20 % Rabatt auf alle Kopfhörer bei SoundHaus, nur bis Freitag", "de",
         "sale", ("20 % Rabatt", "Kopfhörer", "SoundHaus", "Freitag"), None, "9:16"),
    Case("Stellenanzeige als Video: wir suchen Pflegekräfte in Hamburg, 30 Tage Urlaub, jetzt bewerben auf "
         "pflege-nord.de", "de", "hiring",
         ("Pflegekräfte", "Hamburg", "30 Tage Urlaub", "jetzt bewerben", "pflege-nord.de")),
    Case("Anleitung in 3 Schritten: so reinigst du deine Kaffeemaschine, 40 Sekunden, ruhiger Stil", "de",
         "tutorial", ("3 Schritten", "Kaffeemaschine"), 40, look="calm"),
    Case("Ein 30-sekündiges Video im Retro-Stil der 80er für ein Synthwave-Festival in Berlin am 12. Juli", "de",
         "event", ("Synthwave-Festival", "Berlin", "12. Juli"), 30, look="retro"),
    Case("Einladung zu unserem Webinar „KI im Mittelstand“ am Donnerstag um 14 Uhr, professionell", "de", "event",
         ("Webinar", "KI im Mittelstand", "Donnerstag", "14 Uhr"), look="corporate"),
    Case("Produktvideo für die Smartwatch Pulse 3 mit 7 Tagen Akkulaufzeit für 249 Euro", "de", "showcase",
         ("Smartwatch", "Pulse 3", "7 Tagen Akkulaufzeit", "249 Euro")),
    Case("Spendenaufruf für das Tierheim Pfotenglück: 40 Hunde suchen ein Zuhause, jetzt spenden", "de", "appeal",
         ("Tierheim", "Pfotenglück", "40 Hunde", "jetzt spenden")),
)
