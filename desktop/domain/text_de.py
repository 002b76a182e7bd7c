"""Text normalisation for the knowledge search, German first (pure Python, no database).

The same functions prepare the indexed text and the query, so both sides meet:

1. **Folding** (:func:`fold`): Unicode NFC, ``casefold``, then ``ä→ae``, ``ö→oe``,
   ``ü→ue``, ``ß→ss`` (``casefold`` already turns ``ß``/``ẞ`` into ``ss``), then any
   other accent is dropped (``é→e``). "Rückgabe", "Rueckgabe" and "RÜCKGABE" all
   become ``rueckgabe``; "Straße" and "Strasse" become ``strasse``.
2. **Words** (:func:`words`): runs of ``a-z0-9`` in the folded text; stop words
   (German and English function words, :data:`STOPWORDS`) and one-letter words are
   left out. A hyphenated word also yields its joined form (``e-mail`` → ``email``,
   ``wlan-router`` → ``wlanrouter``), so "E-Mail" and "Email" meet.
3. **Stems** (:func:`stem`): Snowball (German or English) on the folded word. For
   German, nouns of action first become their verb (``-erung`` → ``-ern``, ``-ung`` →
   ``-en``, ``-ation`` → ``-ieren``: Verlängerung/verlängern, Einrichtung/einrichten,
   Installation/installieren share a stem) and a stem starting with ``zuruck`` drops
   the ``zu`` (zurücksetzen/Rücksetzung, zurückgeben/Rückgabe).
4. **Compounds** (:func:`split_compound`): a word of eight letters or more is split
   into parts found in :data:`LEXICON`, a fixed list of German words of IT and
   telecom support, with the linking letters ``s``/``es``/``n``/``en``/``e``/``er``
   between parts; the last part may be inflected (its stem is looked up).
   "Passwortrücksetzung" → ``passwort`` + ``ruecksetzung``. The lexicon is part of
   the code, so the same word always splits the same way, whatever else is indexed;
   the query side may in addition split against the words of the index.
5. **Typos** (:func:`edits1`, :func:`osa_distance`): words at Damerau (optimal string
   alignment) distance 1, to look up in the index's vocabulary.

Everything is deterministic: the output depends on the input and on
:data:`NORMALISER_VERSION` only. Raise that version whenever a rule, the stop words
or the lexicon change: the search index is rebuilt when it differs from the one the
index was built with.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

NORMALISER_VERSION = 1

_WORD = re.compile(r"[a-z0-9]+")
_HYPHENATED = re.compile(r"\b[a-z0-9]++(?:-[a-z0-9]++)+")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


def _wordlist(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS_DE = _wordlist("""
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer
anderes auch auf aus bei beim bin bis bist da dabei damit dann das dass dein deine
dem den denn der des dich die dies diese diesem diesen dieser dieses dir doch dort du
durch ein eine einem einen einer eines er es etwas euer eure fuer gegen gewesen hab
habe haben hat hatte hier hin hinter ich ihm ihn ihnen ihr ihre im in indem ins ist
jede jedem jeden jeder jedes jetzt kann kein keine keinem keinen keiner man manche
mehr mein meine meinem meinen meiner mich mir mit muss nach nicht nichts noch nun nur
ob oder ohne sehr sein seine sich sie sind so solche soll sollte sondern sonst ueber um
und uns unser unter vom von vor war waren warum was weil welche welchem welchen
welcher wenn wer werde werden wie wieder will wir wird wo wurde zu zum zur zwar
geht gehen funktioniert klappt bitte hilfe
""")

STOPWORDS_EN = _wordlist("""
a about after all also am an and any are as at be been being but by can cannot could
did do does doing for from had has have having he her here his how i if in into is it
its me my no not of on or our out she should so some than that the their them then
there these they this those to too very was we were what when where which while who
why will with would you your doesn don isn won please help
""")

STOPWORDS = STOPWORDS_DE | STOPWORDS_EN

# German words of IT and telecom support that compounds are made of (folded spelling).
# Nouns and verb stems; a compound's last part may be inflected. Keep it sorted per
# line; any change needs a new NORMALISER_VERSION.
LEXICON = _wordlist("""
abbruch abmeldung abo abrechnung aenderung absturz adapter adresse akku aktivierung
aktualisierung alarm anbieter anmeldung anruf anrufbeantworter anschluss antrag antwort anzeige app
arbeit arbeitsplatz archiv assistent aufloesung auftrag ausfall ausgang auswahl
authentifizierung auto backup bank batterie bearbeitung bedienung beantworter benutzer
berechtigung bericht bestaetigung bestellung betrieb betriebssystem bild bildschirm
box breitband browser buch buchhaltung buchung cloud code computer dach daten datei
datenschutz datum dienst dienstleistung display dokument domain download druck drucker
dsl einrichtung einstellung empfang empfaenger endgeraet energie entsperrung erinnerung
ersatz erstattung export fach faktor fax fehler fenster fernwartung festnetz filter
firma firmware flatrate format formular freigabe frist funk funknetz gabe gast
gebuehr geraet gerät geschwindigkeit gespraech gruppe gutschrift hardware haupt
headset hilfe hotline identitaet import info inhalt installation internet kabel
kalender kamera kanal karte kartusche kasse kennwort kette kontakt konto kopf kopie
kosten kredit kunde kunden kuendigung laptop lastschrift laufwerk lautsprecher leistung
leitung lesen lizenz login lokal mail mailbox makro mandat maus meldung mikrofon
mitnahme mobil mobilfunk modem monat monitor nachricht name navigation netz netzwerk
neustart notebook nummer nutzer oberflaeche office ordner paket papier partner passwort
pin plan platz port portal post postfach preis profil programm protokoll provider
pruefung puk punkt qualitaet rahmen rate raum rechner rechnung recht
registrierung richtlinie roaming router rueck rueckgabe rueckruf rueckerstattung
ruecksetzung ruf rufnummer rufumleitung sammel scanner schacht schaden schalter
schlange schluessel schnittstelle schrift schutz seite server setzen setzung sicherheit
sicherung signal sim sitzung smartphone software speicher sperre sperrung sprach
sprache stand standort start status steuer stoerung strom suche support system
tablet tarif tastatur taste telefon telefonie termin test text toner treiber uebersicht
uebertragung umleitung umstellung umzug update upload verbindung verbrauch vertrag
verlaengerung verlust version verwaltung video virus volumen vorlage wahl wartung
warte warteschlange wechsel werk wiederherstellung zahlung zeit zertifikat zugang
zugriff zurueck zuruecksetzen zwei
""")

_STEMMERS: dict[str, snowballstemmer.stemmer] = {}


def _stemmer(language: str) -> snowballstemmer.stemmer:
    name = "english" if language == "en" else "german"
    found = _STEMMERS.get(name)
    if found is None:
        found = _STEMMERS[name] = snowballstemmer.stemmer(name)
    return found


def fold(text: str) -> str:
    """Lower case, umlauts as ``ae``/``oe``/``ue``, ``ß`` as ``ss``, no other accents."""
    folded = unicodedata.normalize("NFC", text).casefold()
    if not folded.isascii():  # str.replace is much faster than str.translate
        folded = (folded.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                  .replace("ß", "ss"))
    if folded.isascii():
        return folded
    return _COMBINING.sub("", unicodedata.normalize("NFKD", folded))


def raw_words(folded: str) -> list[str]:
    """All ``a-z0-9`` runs of already folded text, stop words included."""
    return _WORD.findall(folded)


def is_indexable(word: str) -> bool:
    return len(word) > 1 and word not in STOPWORDS


def words(text: str) -> list[str]:
    """The folded words of ``text`` that are searched for (see the module docstring)."""
    folded = fold(text)
    found = [w for w in _WORD.findall(folded) if is_indexable(w)]
    return found + hyphen_joins(folded)


def hyphen_joins(folded: str) -> list[str]:
    """``e-mail`` → ``email`` for every hyphenated word of already folded text."""
    if "-" not in folded:
        return []
    return [m.group(0).replace("-", "") for m in _HYPHENATED.finditer(folded)]


@lru_cache(maxsize=200_000)
def stem(word: str, language: str = "de") -> str:
    """The stem of a folded word: Snowball for ``language`` plus our two German rules."""
    if not word.isalpha():
        return word
    if language == "en":
        return str(_stemmer("en").stemWord(word))
    base = word
    if base.endswith("ungen") and len(base) >= 9:
        base = base[:-2]
    if base.endswith("erung") and len(base) >= 8:  # Verlängerung -> verlängern
        base = base[:-5] + "ern"
    elif base.endswith("ung") and len(base) >= 7:  # Einrichtung -> einrichten
        base = base[:-3] + "en"
    elif base.endswith("ation") and len(base) >= 9:  # Installation -> installieren
        base = base[:-5] + "ieren"
    result: str = _stemmer("de").stemWord(base)
    if result.startswith("zuruck") and len(result) > 6:  # zurücksetzen -> Rücksetzung
        result = result[2:]
    return result


def stems(word: str) -> set[str]:
    """The German and the English stem of a query word (its language is unknown)."""
    return {stem(word, "de"), stem(word, "en")}


_LEXICON_STEMS = frozenset(stem(w) for w in LEXICON)
_LINKS = ("", "s", "es", "n", "en", "e", "er")
_MIN_PART = 3
_MIN_COMPOUND = 8


def _is_head(part: str, lexicon: frozenset[str], lexicon_stems: frozenset[str]) -> bool:
    """Whether ``part`` can end a compound: a lexicon word, maybe inflected."""
    return len(part) >= _MIN_PART and (part in lexicon or stem(part) in lexicon_stems)


def _segment(word: str, lexicon: frozenset[str], lexicon_stems: frozenset[str],
             depth: int = 0) -> list[str] | None:
    """Parts of ``word``, longest first part first; None when it does not split."""
    if depth > 4:
        return None
    for cut in range(len(word) - _MIN_PART, _MIN_PART - 1, -1):
        head = word[:cut]
        if head not in lexicon:
            continue
        for link in _LINKS:
            if not word.startswith(link, cut):
                continue
            rest = word[cut + len(link):]
            if len(rest) < _MIN_PART:
                continue
            if _is_head(rest, lexicon, lexicon_stems):
                return [head, rest]
            more = _segment(rest, lexicon, lexicon_stems, depth + 1)
            if more:
                return [head, *more]
    return None


@lru_cache(maxsize=200_000)
def split_compound(word: str) -> tuple[str, ...]:
    """The parts of a German compound against :data:`LEXICON`; ``()`` if it is none."""
    if len(word) < _MIN_COMPOUND or not word.isalpha():
        return ()
    parts = _segment(word, LEXICON, _LEXICON_STEMS)
    return tuple(parts) if parts else ()


def split_against(word: str, vocabulary: frozenset[str] | set[str],
                  min_part: int = 4) -> tuple[str, ...]:
    """Parts of ``word`` that are all words of ``vocabulary`` (query side); ``()`` if none.

    Only a split into two or three parts of at least ``min_part`` letters counts, so
    short index words do not chop every query word into pieces.
    """
    if len(word) < 2 * min_part or not word.isalpha():
        return ()
    for cut in range(len(word) - min_part, min_part - 1, -1):
        head = word[:cut]
        if head not in vocabulary:
            continue
        for link in _LINKS:
            if not word.startswith(link, cut):
                continue
            rest = word[cut + len(link):]
            if len(rest) < min_part:
                continue
            if rest in vocabulary or stem(rest) in vocabulary:
                return (head, rest)
            if len(rest) >= 2 * min_part:
                for cut2 in range(len(rest) - min_part, min_part - 1, -1):
                    if rest[:cut2] in vocabulary and rest[cut2:] in vocabulary:
                        return (head, rest[:cut2], rest[cut2:])
    return ()


@dataclass(frozen=True)
class IndexedText:
    """What the index stores for one field: the words, and what they stand for."""

    plain: str  # the folded words, in order
    extra: str  # stems that differ, hyphen joins, compound parts and their stems (once)


def analyse(text: str, language: str = "de") -> IndexedText:
    """Folded words and their expansions, as space-separated text for the index."""
    folded = fold(text)
    plain = [w for w in _WORD.findall(folded) if len(w) > 1 and w not in STOPWORDS]
    lang = "en" if language == "en" else "de"
    extra: dict[str, None] = {}
    for w in dict.fromkeys(plain):
        extra.update(dict.fromkeys(_expansions(w, lang)))
    for joined in hyphen_joins(folded):
        extra[joined] = None
        extra.update(dict.fromkeys(_expansions(joined, lang)))
    return IndexedText(" ".join(plain), " ".join(extra))


@lru_cache(maxsize=200_000)
def _expansions(word: str, language: str) -> tuple[str, ...]:
    out: list[str] = []
    s = stem(word, language)
    if s != word:
        out.append(s)
    # German compounds occur in English articles too (product and team names).
    for part in split_compound(word):
        out.append(part)
        ps = stem(part)
        if ps != part:
            out.append(ps)
    return tuple(out)


def edits1(word: str) -> set[str]:
    """Every string at Damerau distance 1 from ``word`` (deletes, swaps, replaces,
    inserts) over ``a-z0-9``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _ALPHABET if c != b[0]]
    inserts = [a + c + b for a, b in splits for c in _ALPHABET]
    return set(deletes + swaps + replaces + inserts) - {word}


def osa_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Levenshtein plus adjacent swaps)."""
    if a == b:
        return 0
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def token_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, folded word)`` for each word of the original ``text``.

    Offsets refer to ``text`` itself, for highlighting; words are split on anything
    that is not a letter or digit, so they line up with :func:`words`.
    """
    for match in re.finditer(r"[^\W_]+", text):
        yield match.start(), match.end(), fold(match.group(0))


def unique(items: Iterable[str]) -> list[str]:
    """``items`` without repeats, in their first order."""
    return list(dict.fromkeys(items))
