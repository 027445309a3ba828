"""What a kind of product is usually sold on: hooks, benefits, closers and calls to action.

Only soft, generic claims live here (no numbers, no awards): facts come from the prompt alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    words: str  # a regex of the words that name this kind of thing
    hooks: tuple[str, ...]
    benefits: tuple[tuple[str, str], ...]  # (headline, supporting line), strongest first
    desire: str  # the want the product answers
    closer: str  # the CTA scene's headline
    cta: str
    style: str


CATEGORIES: dict[str, Category] = {
    "lamp": Category(
        r"lamps?|light(?:ing)?|bulbs?|lanterns?",
        ("Light, made simple.", "Better light, better days."),
        (
            ("Warm, even light", "A soft glow that's easy on the eyes."),
            ("Easy on the eyes", "No glare, no flicker, just calm light."),
            ("Fits any space", "A slim profile that works anywhere."),
        ),
        "Late nights deserve better light.",
        "Bring home better light.",
        "Shop now",
        "minimalist",
    ),
    "audio": Category(
        r"headphones?|earbuds?|earphones?|speakers?|headsets?|soundbars?",
        ("Hear every detail.", "Sound, set free."),
        (
            ("Rich, balanced sound", "Deep bass and crisp highs, in balance."),
            ("Quiet when you need it", "Tune out the noise and tune in."),
            ("Comfort that lasts", "Soft cushions made for long listening."),
        ),
        "Your music, the way it was made.",
        "Hear the difference.",
        "Pre-order now",
        "dark",
    ),
    "coffee": Category(
        r"coffee|espresso|cold brew|latte|tea|caf[eé]|roast(?:ery|ers?)?",
        ("Your new daily ritual.", "First sip, best sip."),
        (
            ("Small-batch roasted", "Roasted in small batches for full flavour."),
            ("Smooth, never bitter", "A rich, rounded taste in every cup."),
            ("Ready when you are", "Your favourite cup, without the wait."),
        ),
        "Mornings run better on good coffee.",
        "Pour yourself a cup.",
        "Order now",
        "warm",
    ),
    "shoes": Category(
        r"shoes?|sneakers?|trainers?|boots?|footwear",
        ("Every mile feels lighter.", "Step into more."),
        (
            ("Cushioned every step", "Soft landings, mile after mile."),
            ("Light and breathable", "Airy comfort that keeps you moving."),
            ("Grip you can trust", "Sure footing on every surface."),
        ),
        "Go further, feel fresher.",
        "Find your stride.",
        "Shop now",
        "bold",
    ),
    "watch": Category(
        r"watch(?:es)?|chronograph|timepieces?",
        ("Time, beautifully kept.", "Made to be worn for life."),
        (
            ("Precision movement", "Accurate, reliable, every single day."),
            ("Crafted by hand", "Finished with care, down to the detail."),
            ("Timeless design", "Classic lines that never go out of style."),
        ),
        "Some things are built to last.",
        "Wear a classic.",
        "Discover more",
        "luxury",
    ),
    "bottle": Category(
        r"bottles?|tumblers?|flasks?|mugs?",
        ("Stay refreshed, anywhere.", "One bottle. Every day."),
        (
            ("Cold for hours", "Your drink stays just the way you like it."),
            ("Leak-proof lid", "Toss it in your bag without a second thought."),
            ("Made to be reused", "One bottle instead of hundreds."),
        ),
        "Fewer plastic bottles, more adventures.",
        "Refill, reuse, repeat.",
        "Shop now",
        "calm",
    ),
    "app": Category(
        r"apps?|software|platform|tool|saas|dashboard|extension|plugin",
        ("Work smarter, not harder.", "Less busywork. More done."),
        (
            ("Set up in minutes", "No training needed. Just start."),
            ("Everything in one place", "Your work, your team, one home."),
            ("Works on every device", "Pick up where you left off, anywhere."),
        ),
        "Your day, finally organised.",
        "Try it free today.",
        "Get started",
        "corporate",
    ),
    "food": Category(
        r"bakery|bread|sourdough|pastr(?:y|ies)|cakes?|cookies?|pizza|restaurant|kitchen|food|"
        r"burgers?|tacos?|meals?|snacks?|chocolate|donuts?|bagels?|ice cream",
        ("Baked fresh every morning.", "Good food, made honestly."),
        (
            ("Real ingredients", "Nothing artificial. Nothing to hide."),
            ("Made by hand", "Shaped with care, batch by batch."),
            ("Fresh every day", "Made this morning, ready for you."),
        ),
        "Some things are worth getting up for.",
        "Come hungry.",
        "Order today",
        "warm",
    ),
    "care": Category(
        r"candles?|soaps?|skincare|skin care|lotions?|serums?|cosmetics?|beauty|perfumes?|"
        r"fragrances?|bath",
        ("A little calm, every day.", "Made to be savoured."),
        (
            ("Natural ingredients", "Simple, honest ingredients you can trust."),
            ("Made in small batches", "Crafted slowly, with attention to detail."),
            ("Gentle and long-lasting", "Kind to you, made to linger."),
        ),
        "Slow down. You've earned it.",
        "Treat yourself.",
        "Shop the collection",
        "warm",
    ),
    "furniture": Category(
        r"furniture|chairs?|desks?|sofas?|couch(?:es)?|tables?|shelves|beds?|mattress(?:es)?",
        ("Comfort, by design.", "Made for the way you live."),
        (
            ("Built to last", "Solid materials, made for years of use."),
            ("Comfort all day", "Designed around the way you sit and move."),
            ("Easy to assemble", "Ready in minutes, no stress."),
        ),
        "Your space should work for you.",
        "Make your space yours.",
        "Shop now",
        "minimalist",
    ),
    "gadget": Category(
        r"phones?|laptops?|tablets?|cameras?|drones?|gadgets?|devices?|chargers?|keyboards?|"
        r"consoles?|smart ?watch(?:es)?",
        ("Power in your hands.", "Do more, carry less."),
        (
            ("Fast and responsive", "Everything opens the moment you need it."),
            ("All-day battery", "Power that keeps up from morning to night."),
            ("Sleek, durable design", "Slim and light, tough where it counts."),
        ),
        "Technology that keeps up with you.",
        "Upgrade today.",
        "Pre-order now",
        "dark",
    ),
    "fitness": Category(
        r"gyms?|yoga|pilates|fitness|workouts?|studios?|classes|personal train(?:er|ing)|crossfit",
        ("Feel stronger every week.", "Move more. Stress less."),
        (
            ("Classes for every level", "First-timer or regular, there's a place for you."),
            ("Expert instructors", "Friendly guidance from people who know."),
            ("A community that cares", "Show up and you'll be welcomed."),
        ),
        "Make time for yourself.",
        "Your first class awaits.",
        "Book a class",
        "calm",
    ),
    "event": Category(
        r"festival|concert|show|party|gala|celebration|wedding|meetup|conference|summit|"
        r"fair|exhibition|webinar|workshop",
        ("Save the date.", "Something big is coming."),
        (
            ("Great company", "Friends, neighbours and new faces."),
            ("Unforgettable moments", "The kind of day you'll talk about later."),
            ("Good food and drinks", "Plenty to share, and then some."),
        ),
        "Moments like this don't come often.",
        "Join us.",
        "RSVP now",
        "warm",
    ),
    "store": Category(
        r"stores?|shops?|boutiques?|market|record store|bookstore|florist",
        ("Find something you love.", "Come see what's new."),
        (
            ("Hand-picked selection", "Every item chosen with care."),
            ("Friendly, expert staff", "Ask us anything. We love to help."),
            ("New arrivals weekly", "There's always something new to find."),
        ),
        "The best finds are made in person.",
        "Come say hello.",
        "Visit today",
        "retro",
    ),
    "learning": Category(
        r"courses?|lessons?|tutoring|training|bootcamp|academy|school|class",
        ("Learn something new.", "Skills that stay with you."),
        (
            ("Learn at your own pace", "Fit learning around your life."),
            ("Taught by experts", "Learn from people who do the work."),
            ("Hands-on projects", "Build real skills by doing."),
        ),
        "Invest in what you know.",
        "Start learning today.",
        "Enroll now",
        "corporate",
    ),
    "pets": Category(
        r"dogs?|cats?|pets?|puppy|puppies|grooming|vet(?:erinary)?|kennel",
        ("Happy pets, happy homes.", "Pampered from nose to tail."),
        (
            ("Gentle, expert care", "Calm hands and a lot of patience."),
            ("Stress-free visits", "Relaxed pets, happy owners."),
            ("Treats included", "Every visit ends on a good note."),
        ),
        "They deserve the very best.",
        "They'll thank you for it.",
        "Book now",
        "playful",
    ),
    "travel": Category(
        r"travel|trips?|hotels?|resorts?|vacations?|holidays?|tours?|getaways?|cabins?",
        ("Your next escape awaits.", "Go somewhere new."),
        (
            ("Hand-picked stays", "Places we'd love to stay ourselves."),
            ("Easy booking", "A few taps and you're set."),
            ("Memories that last", "Trips you'll talk about for years."),
        ),
        "The world is waiting.",
        "Plan your escape.",
        "Book now",
        "calm",
    ),
    "vehicle": Category(
        r"cars?|bikes?|bicycles?|e-?bikes?|scooters?|vehicles?|ev|motorcycles?",
        ("Every ride, reimagined.", "Built for the road ahead."),
        (
            ("Smooth, quiet ride", "Glide through the city with ease."),
            ("Made for the city", "Nimble, practical and easy to park."),
            ("Easy to maintain", "More riding, less fixing."),
        ),
        "Get where you're going, better.",
        "Feel the difference.",
        "Book a test ride",
        "bold",
    ),
    "fashion": Category(
        r"clothing|clothes|jackets?|dress(?:es)?|shirts?|t-shirts?|hoodies?|jeans|fashion|apparel|"
        r"bags?|jewel(?:le)?ry|sunglasses",
        ("Wear what moves you.", "Style that lasts."),
        (
            ("Made to last", "Quality you can feel, wear after wear."),
            ("Comfortable all day", "Easy to wear from morning to night."),
            ("Responsibly made", "Better materials, fairer production."),
        ),
        "Look good, feel better.",
        "Find your new favourite.",
        "Shop now",
        "minimalist",
    ),
    "service": Category(
        r"services?|agency|consult(?:ing|ancy)|cleaning|repairs?|plumbing|salon|barber|studio",
        ("We've got you covered.", "Done right, the first time."),
        (
            ("Friendly, expert team", "People who care about doing it right."),
            ("Fair, upfront pricing", "No surprises. Ever."),
            ("Fast turnaround", "Sorted quickly, so you can move on."),
        ),
        "Take one thing off your list.",
        "Get in touch today.",
        "Book now",
        "corporate",
    ),
    "sale": Category(
        r"sale|discount|deals?|offer|black friday|cyber monday|clearance",
        ("Our biggest sale yet.", "Don't miss this."),
        (
            ("Everything must go", "Great finds at the best prices of the year."),
            ("Limited time only", "When it's gone, it's gone."),
            ("While stocks last", "Get yours before it sells out."),
        ),
        "Your favourites, for less.",
        "Don't miss out.",
        "Shop the sale",
        "bold",
    ),
    "hiring": Category(
        r"hiring|engineers?|developers?|designers?|roles?|jobs?|careers?|team",
        ("We're hiring.", "Build what's next with us."),
        (
            ("Work that matters", "Solve real problems for real people."),
            ("A team that has your back", "Kind, curious people who help each other."),
            ("Room to grow", "Learn fast and take on more."),
        ),
        "Do the best work of your career.",
        "Join the team.",
        "Apply now",
        "corporate",
    ),
}
GENERIC = Category(
    r"",
    ("Made for the way you live.", "Something worth a look."),
    (
        ("Thoughtfully designed", "Every detail considered, nothing wasted."),
        ("Built to last", "Solid materials, made for years of use."),
        ("Made for every day", "Reliable, simple and ready when you are."),
    ),
    "You deserve better.",
    "See for yourself.",
    "Learn more",
    "minimalist",
)
KIND_CTA = {
    "invitation": "RSVP now",
    "hiring": "Apply now",
    "tutorial": "Give it a try",
    "explainer": "Learn more",
    "teaser": "Stay tuned",
    "announcement": "Learn more",
}


GENERIC_HEADS = ("service", "store", "app", "event")  # a head noun that says less than the words before it


def category_of(*phrases: str) -> Category:
    """The category of the first phrase that names one (subject first, then the whole prompt). Within a
    phrase the head noun, which comes last in English ("desk lamp" is a lamp), wins, unless it is a
    generic word and a more telling one came before ("dog grooming service" is about pets)."""
    for phrase in phrases:
        hits = [
            (m.start(), key)
            for key, c in CATEGORIES.items()
            for m in re.finditer(r"\b(?:" + c.words + r")\b", phrase, re.IGNORECASE)
        ]
        if hits:
            specific = [h for h in hits if h[1] not in GENERIC_HEADS]
            return CATEGORIES[max(specific or hits)[1]]
    return GENERIC
