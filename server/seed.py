"""Demo and reference data: a believable German support centre, generated on the spot.

``seed_database(engine, "demo")`` fills a freshly migrated server database with a small
support centre (three teams, 25 accounts including :data:`DEMO_ACCOUNTS`, 600 tickets);
``"reference"`` generates the reference workload of DESIGN.md (200,000 tickets,
1,000,000 entries, 500,000 customers, 20,000 articles, 200 call scripts, 500 users) in
minutes. Tests pass a tiny :class:`Scale` of their own.

How it works:

- Deterministic: ``random.Random`` streams derived from ``random_seed`` drive every
  choice and also make the UUIDs; Faker ``de_DE`` (seeded with the same number) only
  fills pools of names, streets and company names once. Same seed and same ``now`` →
  the same database; each section has its own stream, so people, organisations and
  articles do not even depend on ``now`` (tickets, calls and states follow the calendar).
- Fast: rows are plain dicts inserted with SQLAlchemy Core ``executemany`` in chunks of
  ``Scale.chunk_size``; each chunk is its own transaction with its own change version
  from :func:`server.store.next_version`, so every synced row has ``version > 0`` and
  versions follow commit order. Parents are written before children (PostgreSQL and
  the server's SQLite both enforce foreign keys).
- Refuses a database that already has users (:class:`DatabaseNotEmpty`): seeding is
  for a fresh database only, never a merge into real data. The check and the accounts
  are written in the first transaction, so two concurrent seeds cannot both succeed.
  An interrupted seed leaves a partial database behind: delete it and seed again.
- Accounts: every generated user, the demo accounts included, signs in with the
  password ``"demo"`` (:data:`DEMO_PASSWORD`). Demo data only, never a production
  database. The password is hashed (argon2) once per seed; the demo accounts are made
  with :func:`server.auth.create_user`, the other users are inserted in bulk.
- Who works where: every agent is an active member of the queues of their level that
  belong to their team (of all queues of their level when their team owns none), so the
  demo accounts see tickets under queue visibility (``server/visibility.py``); shared
  views per team, the wrap-up codes the calls use, and knowledge-search synonyms.
- Tickets are consistent with their timeline: ``escalation_count`` is the number of
  escalation entries (one per level climbed; their data is a full hand-over), and
  ``first_contact_resolution`` is true for first-level phone tickets solved during the
  call they were opened in (that call ends after the resolution, wrap-up
  ``solved_first_contact``), false for escalated or later-solved ones, unset while open.
- Simplifications: SLA due times are wall-clock minutes after creation (the business
  hour calendar "DE-BY" is applied by the SLA engine, not here); ticket references are
  numbered per calendar year of their UTC creation time.
"""

from __future__ import annotations

import json
import logging
import math
import random
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from itertools import accumulate, islice
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from faker import Faker
from sqlalchemy import Engine, Table, func, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.sla import SlaTargets, calendar_for, due_instants
from desktop.models import SYNCED_TABLES, User
from server.auth import create_user, hash_password
from server.store import Credential, next_version

log = logging.getLogger("agentdesk.server.seed")
CREDENTIALS = cast(Table, Credential.__table__)

DEMO_PASSWORD = "demo"

DEMO_ACCOUNTS: list[dict[str, Any]] = [
    {"username": "agent1", "password": DEMO_PASSWORD, "display_name": "Lena Vogel",
     "role": "agent", "level": 1},
    {"username": "agent2", "password": DEMO_PASSWORD, "display_name": "Jonas Becker",
     "role": "agent", "level": 2},
    {"username": "specialist", "password": DEMO_PASSWORD, "display_name": "Miriam Hoffmann",
     "role": "agent", "level": 3},
    {"username": "supervisor", "password": DEMO_PASSWORD, "display_name": "Thomas Wagner",
     "role": "supervisor", "level": None},
    {"username": "admin", "password": DEMO_PASSWORD, "display_name": "Sabine Krüger",
     "role": "admin", "level": None},
]


@dataclass(frozen=True)
class Scale:
    """How much to generate. :data:`DEMO` and :data:`REFERENCE` are the presets."""

    name: str
    teams: int  # at least 3: one per support level
    users: int  # all accounts, the demo accounts included
    organisations: int
    customers: int  # each with 1-2 phones and one e-mail address
    tickets: int
    kb_articles: int
    call_scripts: int
    macros: int
    calls: int
    audit_rows: int
    entries: int | None = None  # exact total of ticket entries; None: 1-8 per ticket
    days: int = 60  # tickets and calls are spread over this many days before ``now``
    chunk_size: int = 10_000
    normalize_phones: bool = True  # run every generated number through phonenumbers
    log_progress: bool = False  # INFO progress per table (else DEBUG)


DEMO = Scale("demo", teams=3, users=25, organisations=40, customers=300, tickets=600,
             kb_articles=80, call_scripts=6, macros=10, calls=200, audit_rows=40)
REFERENCE = Scale("reference", teams=25, users=500, organisations=20_000, customers=500_000,
                  tickets=200_000, entries=1_000_000, kb_articles=20_000, call_scripts=200,
                  macros=300, calls=100_000, audit_rows=5_000, chunk_size=10_000,
                  normalize_phones=False, log_progress=True)
SCALES: dict[str, Scale] = {"demo": DEMO, "reference": REFERENCE}

STATUSES = ("new", "open", "pending", "resolved", "closed")
ENTRY_KINDS = ("call_log", "note", "customer_message", "script_transcript", "escalation")
MAX_ENTRIES = 8
# SQLite settings of the seeding connection (restored afterwards). A large page cache
# because random UUID keys touch every page of the big indexes; a checkpoint every 256 MB
# of write-ahead log instead of every 4 MB, because each checkpoint syncs the disk.
SQLITE_PRAGMAS = {"cache_size": -256 * 1024, "wal_autocheckpoint": 65_536}


class DatabaseNotEmpty(RuntimeError):
    """Seeding was asked for a database that already holds users."""


def _berlin() -> tzinfo:
    try:
        return ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:  # Windows without the tzdata package
        return timezone(timedelta(hours=1), "CET")


BERLIN = _berlin()

# --------------------------------------------------------------------------- content

Q_SD, Q_SD_PREMIUM = "Service Desk", "Service Desk Premium"
Q2_WORKPLACE, Q2_APPS, Q2_CUSTOMER = (
    "2nd Level Arbeitsplatz", "2nd Level Anwendungen", "2nd Level Kundenservice")
Q3_NET, Q3_DB, Q3_BILLING, Q3_IAM, Q3_CLIENT = (
    "Netzwerk", "Datenbanken", "Abrechnung", "Identität & Sicherheit", "Client-Management")

SLA_BASE = {  # minutes: first response, next update, solution
    "P1": (15, 30, 240), "P2": (30, 60, 480), "P3": (60, 240, 1440),
    "P4": (240, 480, 2880), "P5": (480, 1440, 7200),
}
SLA_POLICIES = (  # name, factor for response/update, factor for solution
    ("SLA Service Desk Standard", 1.0, 1.0),
    ("SLA Service Desk Premium", 0.5, 0.5),
    ("SLA 2nd Level", 1.0, 1.5),
    ("SLA 3rd Level Spezialisten", 2.0, 2.0),
)
QUEUES = (  # name, level, description, SLA policy
    (Q_SD, 1, "Erste Anlaufstelle für alle Anrufe, E-Mails und Webformulare.",
     "SLA Service Desk Standard"),
    (Q_SD_PREMIUM, 1, "Bevorzugte Annahme für Premium- und Enterprise-Kunden.",
     "SLA Service Desk Premium"),
    (Q2_WORKPLACE, 2, "Hardware, Drucker, Netzwerk am Arbeitsplatz, Mobilgeräte, Telefonie.",
     "SLA 2nd Level"),
    (Q2_APPS, 2, "Office, Fachanwendungen, Konten und Berechtigungen.", "SLA 2nd Level"),
    (Q2_CUSTOMER, 2, "Rechnungen, Verträge und kaufmännische Rückfragen.", "SLA 2nd Level"),
    (Q3_NET, 3, "LAN, WLAN, VPN, Standortanbindungen und Telefonanlage.",
     "SLA 3rd Level Spezialisten"),
    (Q3_DB, 3, "Datenbankserver, Fachanwendungen und Schnittstellen.",
     "SLA 3rd Level Spezialisten"),
    (Q3_BILLING, 3, "Abrechnungssystem, Gutschriften und Vertragskorrekturen.",
     "SLA 3rd Level Spezialisten"),
    (Q3_IAM, 3, "Active Directory, MFA, Berechtigungskonzepte und Sicherheitsvorfälle.",
     "SLA 3rd Level Spezialisten"),
    (Q3_CLIENT, 3, "Softwareverteilung, Images, Hardware-Garantie und Mobilgeräte.",
     "SLA 3rd Level Spezialisten"),
)
TEAM_CITIES = ("München", "Nürnberg", "Augsburg", "Regensburg", "Würzburg", "Ingolstadt",
               "Passau", "Bamberg", "Rosenheim", "Landshut", "Erlangen", "Kempten")
SPECIALIST_TEAMS = ("Netzwerk", "Datenbanken", "Abrechnung", "Sicherheit", "Client-Management")


@dataclass(frozen=True)
class _Category:
    name: str
    weight: int
    queue2: str
    queue3: str
    things: tuple[str, ...]
    titles: tuple[str, ...]  # may contain {thing}
    symptoms: tuple[str, ...]
    checks: tuple[str, ...]  # what an agent checked (notes)
    fixes: tuple[str, ...]  # how it was solved (final notes)
    # title, problem, cause, steps: an int picks from symptoms / kb_causes / kb_steps
    kb_topics: tuple[tuple[str, int | str, int | str, tuple[int | str, ...]], ...]
    kb_causes: tuple[str, ...]
    kb_steps: tuple[str, ...]  # imperative, in a sensible order
    products: tuple[str, ...]
    tags: tuple[str, ...]
    script: str = "Allgemeine Störungsaufnahme"


CATEGORIES: tuple[_Category, ...] = (
    _Category(
        "Drucker", 10, Q2_WORKPLACE, Q3_CLIENT,
        ("HP LaserJet Pro M404", "Kyocera ECOSYS M2540dn", "Canon imageRUNNER C3226i",
         "Brother HL-L5100DN", "Ricoh IM C3000", "Etikettendrucker Zebra ZD421"),
        ("{thing} druckt nicht", "Papierstau am {thing}", "Druckaufträge hängen in der "
         "Warteschlange", "{thing} wird im Netzwerk nicht gefunden",
         "Streifen im Ausdruck am {thing}", "Scan-to-Mail am {thing} funktioniert nicht"),
        ("Der Drucker wird als „Offline“ angezeigt, obwohl er eingeschaltet ist.",
         "Druckaufträge bleiben in der Warteschlange stehen und werden nicht ausgegeben.",
         "Das Gerät meldet „Papierstau in Fach 2“, es ist aber kein Papier eingeklemmt.",
         "Die Ausdrucke haben graue Streifen und sind am Rand verschmiert.",
         "Gescannte Dokumente kommen nicht per E-Mail an."),
        ("Gerätestatus am Display geprüft, keine Fehlermeldung",
         "Druckwarteschlange am Client geleert", "Dienst „Druckwarteschlange“ neu gestartet",
         "IP-Adresse des Druckers per Ping geprüft", "Testseite direkt am Gerät gedruckt",
         "Treiberversion im Geräte-Manager geprüft"),
        ("Druckertreiber neu installiert, Testdruck erfolgreich.",
         "Druckwarteschlange geleert und Spooler neu gestartet, Drucken funktioniert wieder.",
         "Tonerkartusche und Resttonerbehälter getauscht, Druckbild wieder einwandfrei.",
         "Drucker über die Gruppenrichtlinie neu verbunden.",
         "SMTP-Einstellungen für Scan-to-Mail korrigiert, Test-Scan kommt an."),
        (
            ("Druckwarteschlange leeren und Spooler neu starten", 1, 0, (1, 2, 3, 8)),
            ("Netzwerkdrucker hinzufügen", 0, 2, (0, 1, 6, 8)),
            ("Papierstau beheben", 2,
             "Ein Papierrest oder ein verbogenes Blatt liegt noch in der Papierführung.",
             (0, 4, 8)),
            ("Scan-to-Mail einrichten", 4,
             "Die SMTP-Einstellungen des Geräts sind veraltet, der Mailserver lehnt ab.",
             ("Öffnen Sie die Weboberfläche des Geräts über dessen IP-Adresse im Browser.",
              "Tragen Sie unter **Netzwerk → E-Mail** den Server `smtp.firma.local` mit Port "
              "587 ein.",
              "Senden Sie einen Test-Scan an Ihre eigene Adresse.")),
            ("Druckertreiber aktualisieren", 0, 1, (1, 7, 8)),
            ("Streifen im Druckbild beseitigen", 3, 3,
             (5, "Reinigen Sie die Transferrolle mit einem fusselfreien Tuch.", 8)),
        ),
        ("Ein fehlerhafter Druckauftrag blockiert die Warteschlange.",
         "Der Druckertreiber passt nicht zur Firmware des Geräts.",
         "Der Drucker hat nach einem Stromausfall per DHCP eine neue IP-Adresse erhalten.",
         "Die Transferrolle ist verschmutzt oder die Tonerkartusche fast leer."),
        ("Prüfen Sie, ob der Drucker eingeschaltet ist und das Display keine Fehlermeldung "
         "zeigt.",
         "Öffnen Sie **Einstellungen → Bluetooth & Geräte → Drucker & Scanner** und wählen "
         "Sie den Drucker aus.",
         "Klicken Sie auf **Druckwarteschlange öffnen** und brechen Sie alle Aufträge ab.",
         "Starten Sie über `services.msc` den Dienst **Druckwarteschlange** neu.",
         "Öffnen Sie die Frontklappe und entfernen Sie eingeklemmtes Papier vorsichtig in "
         "Pfeilrichtung.",
         "Prüfen Sie den Tonerstand im Gerätemenü unter **Verbrauchsmaterial**.",
         "Entfernen Sie den Drucker und fügen Sie ihn über `\\\\printsrv01` erneut hinzu.",
         "Installieren Sie den aktuellen Treiber aus dem Softwarecenter.",
         "Drucken Sie über **Druckereigenschaften → Testseite drucken** eine Testseite."),
        ("Windows 11", "Windows 10", "HP LaserJet", "Kyocera ECOSYS", "Canon imageRUNNER"),
        ("drucker", "druckertreiber", "warteschlange", "scanner", "toner", "papierstau"),
        "Drucker funktioniert nicht",
    ),
    _Category(
        "Passwort", 12, Q2_APPS, Q3_IAM,
        ("Windows-Anmeldung", "Outlook", "SAP", "Kundenportal", "VPN-Client", "Zeiterfassung"),
        ("Passwort für {thing} vergessen", "Konto gesperrt nach mehreren Fehlversuchen",
         "Passwort abgelaufen – Anmeldung an {thing} nicht möglich",
         "Zwei-Faktor-Code wird nicht akzeptiert", "Passwortänderung für {thing} schlägt fehl"),
        ("Nach drei falschen Eingaben ist das Konto gesperrt.",
         "Das Passwort ist abgelaufen, die Änderung wird mit „Kennwort erfüllt nicht die "
         "Richtlinien“ abgelehnt.",
         "Der Code aus der Authenticator-App wird als ungültig abgelehnt.",
         "Beim Anmelden erscheint „Benutzername oder Kennwort falsch“, obwohl das Passwort "
         "stimmt."),
        ("Identität über Rückfrage (Personalnummer und Geburtsdatum) bestätigt",
         "Kontostatus im Active Directory geprüft: gesperrt",
         "Letzte Passwortänderung und Ablaufdatum geprüft",
         "Uhrzeit des Smartphones mit der Serverzeit verglichen",
         "Anmeldeprotokoll auf Fehlversuche geprüft"),
        ("Konto entsperrt und Einmal-Passwort vergeben, Anmeldung erfolgreich.",
         "Passwort im Self-Service-Portal gemeinsam mit dem Kunden zurückgesetzt.",
         "MFA-Gerät neu registriert, Anmeldung mit neuem Code erfolgreich.",
         "Alte Anmeldedaten in der Anmeldeinformationsverwaltung gelöscht; keine neuen "
         "Sperren."),
        (
            ("Passwort im Self-Service-Portal zurücksetzen", 3, 1, (1, 2, 3, 4, 5)),
            ("Gesperrtes Benutzerkonto entsperren", 0, 0,
             (0, "Entsperren Sie das Konto in **Active Directory-Benutzer und -Computer** unter "
              "**Konto → Konto entsperren**.", 5)),
            ("Kennwortrichtlinie: Anforderungen an sichere Passwörter", 1, 1,
             (4, "Verwenden Sie keines der letzten zehn Kennwörter und keine Teile Ihres Namens.",
              "Nutzen Sie eine Passphrase aus mehreren Wörtern, etwa vier Begriffe mit Zahl.")),
            ("Authenticator-App auf ein neues Smartphone übertragen", 2, 2,
             (0, "Öffnen Sie `https://mysignins.microsoft.com` und wählen Sie "
              "**Sicherheitsinformationen**.",
              "Fügen Sie die Methode **Authenticator-App** hinzu und scannen Sie den QR-Code.",
              "Stellen Sie auf dem Smartphone die automatische Uhrzeit ein.")),
            ("Wiederkehrende Kontosperren durch gespeicherte Kennwörter", 0, 0, (6, 7, 5)),
        ),
        ("Ein altes Kennwort ist noch auf einem Smartphone oder für ein Netzlaufwerk "
         "gespeichert und löst Fehlversuche aus.",
         "Das Kennwort ist nach 90 Tagen abgelaufen.",
         "Die Uhrzeit des Smartphones weicht ab, dadurch sind die Einmal-Codes ungültig."),
        ("Bestätigen Sie die Identität des Anrufers (Personalnummer und Geburtsdatum).",
         "Öffnen Sie das Self-Service-Portal unter `https://passwort.intern`.",
         "Wählen Sie **Kennwort vergessen** und geben Sie den Benutzernamen ein.",
         "Bestätigen Sie den Code, der an die hinterlegte Mobilnummer gesendet wird.",
         "Vergeben Sie ein neues Kennwort mit mindestens 12 Zeichen.",
         "Melden Sie sich ab und mit dem neuen Kennwort wieder an.",
         "Löschen Sie alte Einträge unter **Systemsteuerung → Anmeldeinformationsverwaltung**.",
         "Aktualisieren Sie das Kennwort auch auf dem Smartphone (E-Mail-Konto)."),
        ("Active Directory", "Microsoft 365", "SAP GUI", "Kundenportal"),
        ("passwort", "kontosperre", "mfa", "self-service", "anmeldung"),
        "Passwort zurücksetzen",
    ),
    _Category(
        "VPN", 8, Q2_WORKPLACE, Q3_NET,
        ("Cisco AnyConnect", "FortiClient", "GlobalProtect", "WireGuard"),
        ("VPN-Verbindung mit {thing} bricht ab", "{thing}: Anmeldung schlägt fehl",
         "Keine Verbindung ins Firmennetz über VPN", "VPN im Homeoffice sehr langsam",
         "{thing} meldet einen Zertifikatsfehler"),
        ("Die VPN-Verbindung bricht alle paar Minuten ab.",
         "Der Client meldet „Anmeldung fehlgeschlagen“, obwohl die Zugangsdaten stimmen.",
         "Die Verbindung steht, aber Netzlaufwerke und Intranet sind nicht erreichbar.",
         "Im Homeoffice ist die Verbindung extrem langsam, Dateien öffnen dauert Minuten.",
         "Beim Verbinden erscheint eine Warnung zum Serverzertifikat."),
        ("Internetverbindung ohne VPN geprüft: stabil", "Version des VPN-Clients geprüft",
         "Protokoll des VPN-Clients ausgelesen",
         "Namensauflösung interner Server mit nslookup geprüft",
         "MTU-Wert im Heimnetz geprüft", "Gültigkeit des Gerätezertifikats geprüft"),
        ("VPN-Client auf die aktuelle Version aktualisiert, Verbindung stabil.",
         "Gerätezertifikat erneuert, Anmeldung wieder möglich.",
         "Split-Tunneling-Profil neu zugewiesen, interne Ressourcen erreichbar.",
         "Router neu gestartet und MTU auf 1400 reduziert; Verbindung stabil."),
        (
            ("VPN-Verbindung im Homeoffice einrichten", 1, 0, (0, 4, 1, 2)),
            ("VPN-Verbindung bricht regelmäßig ab", 0, 2, (0, 6, 4, 7)),
            ("Zertifikatswarnung beim Verbinden mit dem VPN", 4, 1, (5, 1, 2)),
            ("Interne Ressourcen über VPN nicht erreichbar", 2, 3, (1, 3, 6, 7)),
            ("VPN-Client aktualisieren", 3, 0, (4, 1, 2)),
        ),
        ("Ein veralteter VPN-Client ist mit dem neuen Gateway nicht kompatibel.",
         "Das Gerätezertifikat ist abgelaufen.",
         "Der Heimrouter fragmentiert Pakete wegen eines zu hohen MTU-Werts.",
         "Der DNS-Server des Heimnetzes wird statt des internen DNS verwendet."),
        ("Prüfen Sie, ob ohne VPN eine Internetverbindung besteht.",
         "Starten Sie den VPN-Client und wählen Sie das Profil **Firmennetz**.",
         "Melden Sie sich mit Benutzername, Kennwort und MFA-Code an.",
         "Prüfen Sie in der Eingabeaufforderung mit `nslookup intranet.firma.local` die "
         "Namensauflösung.",
         "Installieren Sie den aktuellen Client aus dem Softwarecenter.",
         "Erneuern Sie das Gerätezertifikat mit `gpupdate /force` und einem Neustart.",
         "Starten Sie den Heimrouter neu und verbinden Sie sich erneut.",
         "Senden Sie bei weiteren Abbrüchen das Protokoll (**Diagnose → Protokoll "
         "exportieren**) an den Service Desk."),
        ("Cisco AnyConnect", "FortiClient", "Windows 11", "macOS"),
        ("vpn", "homeoffice", "zertifikat", "remote", "netzwerk"),
        "VPN-Verbindung prüfen",
    ),
    _Category(
        "WLAN", 6, Q2_WORKPLACE, Q3_NET,
        ("WLAN „Firma-Intern“", "Gäste-WLAN", "WLAN im Besprechungsraum", "WLAN im Lager"),
        ("Keine Verbindung zum {thing}", "{thing} sehr langsam",
         "Laptop verliert ständig das WLAN", "Gäste-WLAN-Voucher funktioniert nicht",
         "Kein WLAN im 3. OG"),
        ("Der Laptop zeigt „Keine Internetverbindung, gesichert“ an.",
         "Die Verbindung ist extrem langsam, Videokonferenzen brechen ab.",
         "Das WLAN trennt sich etwa alle zehn Minuten.",
         "Der Gast-Voucher wird als ungültig abgelehnt."),
        ("Signalstärke am Arbeitsplatz geprüft", "Version des WLAN-Treibers geprüft",
         "Zugangspunkt im Controller geprüft: online", "Anmeldung mit anderem Gerät getestet",
         "Energiesparoptionen des WLAN-Adapters geprüft"),
        ("WLAN-Treiber aktualisiert und Energiesparmodus des Adapters deaktiviert.",
         "WLAN-Profil gelöscht und neu verbunden, Zertifikat neu ausgerollt.",
         "Zugangspunkt im 3. OG neu gestartet, Abdeckung wieder vorhanden.",
         "Neuen Gast-Voucher erzeugt und übermittelt."),
        (
            ("Mit dem Firmen-WLAN verbinden", 0, 1, (0, 1, 2)),
            ("WLAN-Verbindung bricht ab", 2, 0, (3, 5, 6)),
            ("Gast-WLAN-Zugang erstellen", 3,
             "Gast-Voucher gelten nur 24 Stunden und nur für ein Gerät.",
             ("Öffnen Sie das Gästeportal unter `https://gast.intern`.",
              "Legen Sie einen Voucher mit dem Namen des Gastes und der Gültigkeit an.",
              "Geben Sie dem Gast den Code und den Netzwerknamen **Gäste-WLAN**.")),
            ("WLAN-Profil zurücksetzen", 0, 1, (4, 5, 1, 2)),
            ("Langsames WLAN am Arbeitsplatz", 1, 2, (6, 3, 5)),
        ),
        ("Der Energiesparmodus des WLAN-Adapters schaltet die Verbindung ab.",
         "Das WLAN-Zertifikat auf dem Gerät ist abgelaufen.", "Ein Zugangspunkt ist ausgefallen."),
        ("Klicken Sie in der Taskleiste auf das WLAN-Symbol.",
         "Wählen Sie **Firma-Intern** und klicken Sie auf **Verbinden**.",
         "Melden Sie sich mit Ihrem Windows-Benutzernamen an.",
         "Deaktivieren Sie im Geräte-Manager unter **Energieverwaltung** das Abschalten des "
         "Adapters.",
         "Entfernen Sie das Netzwerk über **Einstellungen → Netzwerk und Internet → WLAN → "
         "Bekannte Netzwerke verwalten**.",
         "Starten Sie den Laptop neu und verbinden Sie sich erneut.",
         "Prüfen Sie an einem anderen Platz, ob das Problem ortsabhängig ist."),
        ("Windows 11", "macOS", "Cisco Meraki", "Aruba"),
        ("wlan", "wifi", "netzwerk", "gast", "treiber"),
    ),
    _Category(
        "E-Mail", 10, Q2_APPS, Q3_CLIENT,
        ("Outlook", "Outlook im Web", "Postfach „Vertrieb“", "Outlook-App auf dem iPhone"),
        ("{thing}: E-Mails werden nicht gesendet", "Postfach voll – keine neuen E-Mails",
         "Freigegebenes Postfach fehlt in Outlook",
         "Abwesenheitsnotiz lässt sich nicht einrichten", "Outlook startet nicht mehr",
         "E-Mails von Kunden landen im Spam-Ordner"),
        ("E-Mails bleiben im Postausgang hängen.", "Outlook meldet, dass das Postfach voll ist.",
         "Das gemeinsame Postfach wird in Outlook nicht mehr angezeigt.",
         "Outlook bleibt beim Start bei „Profil wird geladen“ hängen.",
         "Wichtige Kundenmails landen im Junk-Ordner."),
        ("Postfachgröße im Admin-Center geprüft", "Outlook im abgesicherten Modus gestartet",
         "Berechtigungen auf das freigegebene Postfach geprüft",
         "Nachrichtenablaufverfolgung durchgeführt", "Add-ins deaktiviert"),
        ("Outlook-Profil neu angelegt, E-Mails werden wieder gesendet.",
         "Archivierung eingerichtet und alte Elemente verschoben, Postfach unter dem Limit.",
         "Vollzugriff auf das freigegebene Postfach neu gesetzt, Postfach erscheint wieder.",
         "Fehlerhaftes Add-in deaktiviert, Outlook startet normal.",
         "Absenderdomäne in die Liste sicherer Absender aufgenommen."),
        (
            ("Outlook-Profil neu erstellen", 0, 0, (0, 3, 4, 5, 7)),
            ("Abwesenheitsnotiz einrichten", "Die automatische Antwort wird nicht versendet.",
             "Die Abwesenheitsnotiz ist nur für Absender innerhalb der Firma aktiviert.",
             (6, "Aktivieren Sie auf der Registerkarte **Außerhalb meiner Organisation** "
              "ebenfalls eine Antwort.")),
            ("Freigegebenes Postfach in Outlook einbinden", 2, 3,
             ("Lassen Sie den Vollzugriff von der verantwortlichen Person bestätigen.", 0,
              "Starten Sie Outlook neu; das Postfach erscheint nach bis zu 60 Minuten.")),
            ("Postfach aufräumen und archivieren", 1, 1,
             ("Öffnen Sie **Datei → Tools → Postfach aufräumen**.",
              "Leeren Sie den Ordner **Gelöschte Elemente**.",
              "Aktivieren Sie die Online-Archivierung für Elemente, die älter als zwei Jahre "
              "sind.")),
            ("Outlook im abgesicherten Modus starten", 3, 2, (0, 1, 2, 7)),
        ),
        ("Das Outlook-Profil ist beschädigt.",
         "Das Postfach hat das Speicherlimit von 50 GB erreicht.",
         "Ein Add-in blockiert den Start von Outlook.",
         "Die Berechtigung auf das freigegebene Postfach wurde entfernt."),
        ("Schließen Sie Outlook vollständig.",
         "Drücken Sie **Windows + R** und geben Sie `outlook.exe /safe` ein.",
         "Deaktivieren Sie unter **Datei → Optionen → Add-Ins** alle COM-Add-Ins.",
         "Öffnen Sie **Systemsteuerung → E-Mail → Profile anzeigen**.",
         "Klicken Sie auf **Hinzufügen** und legen Sie ein neues Profil an.",
         "Wählen Sie **Immer dieses Profil verwenden** und das neue Profil aus.",
         "Öffnen Sie **Datei → Automatische Antworten** und legen Sie Zeitraum und Text fest.",
         "Starten Sie Outlook neu und prüfen Sie den Postausgang."),
        ("Outlook", "Microsoft 365", "Exchange Online", "Outlook für iOS"),
        ("e-mail", "outlook", "postfach", "exchange", "spam"),
    ),
    _Category(
        "Rechnung", 7, Q2_CUSTOMER, Q3_BILLING,
        ("Monatsrechnung", "Jahresrechnung", "Gutschrift", "Rechnung für Zusatzlizenzen"),
        ("Rückfrage zur {thing}", "Doppelte Abbuchung", "Rechnungsadresse ändern",
         "Rechnung nicht erhalten", "Falscher Betrag auf der {thing}",
         "SEPA-Lastschrift zurückgegeben"),
        ("Der Betrag wurde zweimal vom Konto abgebucht.",
         "Auf der Rechnung sind Lizenzen aufgeführt, die bereits gekündigt wurden.",
         "Die Rechnung ist nicht per E-Mail angekommen.",
         "Die Rechnungsadresse ist nach dem Umzug noch die alte.",
         "Die Lastschrift wurde von der Bank zurückgegeben."),
        ("Rechnungskonto und Zahlungseingänge geprüft",
         "Vertragslaufzeit und gekündigte Positionen geprüft",
         "Versandprotokoll des Rechnungsversands geprüft",
         "Bankverbindung und SEPA-Mandat geprüft"),
        ("Gutschrift über den doppelt abgebuchten Betrag veranlasst.",
         "Rechnung storniert und korrigiert neu erstellt.",
         "Rechnungsadresse aktualisiert und Rechnung erneut versendet.",
         "Rechnungskopie als PDF an den Kunden gesendet.",
         "Neues SEPA-Mandat angelegt, Einzug für den Folgemonat geplant."),
        (
            ("Rechnungskopie versenden", 2, 2, (0, 4, 5)),
            ("Rechnungsadresse ändern", 3,
             "Der Umzug wurde nur im Kundenportal, nicht im Abrechnungssystem erfasst.",
             (0, "Ändern Sie unter **Stammdaten → Rechnungsadresse** die Anschrift.", 4, 5)),
            ("Umgang mit doppelten Abbuchungen", 0, 0, (0, 1, 3, 6, 5)),
            ("Gutschrift beantragen", 1, 1, (0, 2, 3, 5)),
            ("Rücklastschrift bearbeiten", 4,
             "Die Bankverbindung hat sich geändert, das SEPA-Mandat ist nicht mehr gültig.",
             (0, 1, "Legen Sie mit der neuen Bankverbindung ein neues SEPA-Mandat an.", 5)),
        ),
        ("Der Zahlungslauf wurde wegen einer Störung zweimal ausgeführt.",
         "Eine Kündigung wurde im Abrechnungssystem nicht verbucht.",
         "Die hinterlegte E-Mail-Adresse für den Rechnungsversand ist veraltet."),
        ("Öffnen Sie das Kundenkonto im Abrechnungssystem.",
         "Prüfen Sie unter **Zahlungen** die Buchungen der letzten drei Monate.",
         "Vergleichen Sie die Rechnungspositionen mit dem aktuellen Vertrag.",
         "Legen Sie bei Fehlern eine Gutschrift mit Begründung an.",
         "Senden Sie die Rechnungskopie über **Dokumente → Erneut versenden**.",
         "Dokumentieren Sie die Vereinbarung mit dem Kunden im Ticket.",
         "Übergeben Sie Beträge ab 500 € an das Team **Abrechnung**."),
        ("Abrechnungssystem", "Kundenportal", "SAP FI"),
        ("rechnung", "gutschrift", "lastschrift", "abrechnung", "zahlung"),
        "Rechnungsreklamation",
    ),
    _Category(
        "Hardware", 8, Q2_WORKPLACE, Q3_CLIENT,
        ("Laptop", "Dockingstation", "Monitor", "Headset", "Tastatur", "Webcam"),
        ("{thing} defekt", "{thing} wird nicht erkannt", "Laptop startet nicht mehr",
         "Akku des Laptops hält nur noch kurz", "Zweiter Monitor bleibt schwarz",
         "Headset ohne Ton in Teams"),
        ("Das Gerät zeigt nach dem Einschalten nur einen schwarzen Bildschirm.",
         "Die Dockingstation erkennt den Laptop nicht mehr, die Monitore bleiben schwarz.",
         "Der Akku ist nach einer Stunde leer.",
         "Das Headset wird erkannt, aber es ist nichts zu hören.",
         "Mehrere Tasten reagieren nicht."),
        ("Gerät an anderem Anschluss getestet", "Firmware der Dockingstation geprüft",
         "Akkubericht erstellt (powercfg /batteryreport)", "Audiogerät in Teams geprüft",
         "Seriennummer und Garantiestatus geprüft"),
        ("Firmware der Dockingstation aktualisiert, Monitore funktionieren wieder.",
         "Austauschgerät versendet, Altgerät wird abgeholt.",
         "Garantiefall beim Hersteller eröffnet, Akku wird getauscht.",
         "Standard-Audiogerät korrigiert, Ton in Teams funktioniert.",
         "Neue Tastatur aus dem Lager ausgegeben."),
        (
            ("Dockingstation zurücksetzen", 1, 0, (0, 1, 2)),
            ("Akkuzustand prüfen", 2, 1, (3, 6)),
            ("Zweiten Monitor einrichten", "Der zweite Monitor bleibt schwarz oder zeigt "
             "dasselbe Bild.", "Die Anzeige steht auf **Duplizieren** oder **Nur PC-Bildschirm**.",
             (1, 4)),
            ("Headset in Teams einrichten", 3, 2,
             (5, "Starten Sie über **Einstellungen → Geräte → Testanruf** einen Testanruf.")),
            ("Hardware-Austausch beantragen", 4,
             "Das Gerät hat einen Defekt, der vor Ort nicht behoben werden kann.",
             (6, "Beantragen Sie das Austauschgerät im Serviceportal unter **Hardware → "
              "Austausch**.", "Sichern Sie lokale Daten vor der Abholung auf dem Netzlaufwerk.")),
        ),
        ("Die Firmware der Dockingstation ist veraltet.",
         "Der Akku hat nach mehr als 500 Ladezyklen an Kapazität verloren.",
         "In Teams ist ein falsches Audiogerät ausgewählt."),
        ("Trennen Sie die Dockingstation für 30 Sekunden vom Strom.",
         "Schließen Sie den Laptop direkt an den Monitor an, um die Dockingstation "
         "auszuschließen.",
         "Installieren Sie die aktuelle Firmware aus dem Softwarecenter.",
         "Führen Sie in der Eingabeaufforderung `powercfg /batteryreport` aus.",
         "Drücken Sie **Windows + P** und wählen Sie **Erweitern**.",
         "Wählen Sie in Teams unter **Einstellungen → Geräte** das Headset als Lautsprecher "
         "und Mikrofon.",
         "Notieren Sie Seriennummer und Fehlerbild für den Austauschauftrag."),
        ("Lenovo ThinkPad", "Dell Latitude", "HP EliteBook", "Jabra Evolve2", "Dell WD19"),
        ("hardware", "laptop", "dockingstation", "monitor", "headset", "garantie"),
    ),
    _Category(
        "Software", 9, Q2_APPS, Q3_CLIENT,
        ("Microsoft Teams", "Adobe Acrobat", "Excel", "Word", "Zoom", "Citrix Workspace"),
        ("{thing} stürzt beim Start ab", "Installation von {thing} schlägt fehl",
         "{thing} lässt sich nicht aktualisieren", "Lizenzfehler in {thing}",
         "{thing} reagiert sehr langsam"),
        ("Das Programm schließt sich direkt nach dem Start ohne Meldung.",
         "Die Installation bricht mit Fehler 1603 ab.",
         "Es erscheint die Meldung „Ihre Lizenz konnte nicht überprüft werden“.",
         "Das Programm reagiert minutenlang nicht."),
        ("Ereignisanzeige auf Anwendungsfehler geprüft",
         "Installation im Softwarecenter erneut angestoßen",
         "Lizenzzuweisung im Admin-Center geprüft", "Cache der Anwendung geleert",
         "Kompatibilität mit der Windows-Version geprüft"),
        ("Anwendung deinstalliert und über das Softwarecenter neu installiert.",
         "Lizenz neu zugewiesen, Aktivierung erfolgreich.",
         "Cache-Verzeichnis gelöscht, Anwendung startet normal.",
         "Fehlendes Update über die Softwareverteilung nachinstalliert."),
        (
            ("Software über das Softwarecenter installieren", 1, 2, (0, 1, 6)),
            ("Teams-Cache leeren", 0, 0, (2, 3, 6)),
            ("Office-Reparatur durchführen", 3, 0, (4, 6)),
            ("Lizenzfehler in Microsoft 365 beheben", 2, 1, (5, 6)),
            ("Installationsfehler 1603", 1, 2,
             ("Deinstallieren Sie ältere Versionen unter **Einstellungen → Apps**.", 6, 0, 1)),
        ),
        ("Der lokale Cache der Anwendung ist beschädigt.",
         "Dem Benutzer ist keine Lizenz zugewiesen.",
         "Eine ältere Version blockiert die Installation."),
        ("Öffnen Sie das **Softwarecenter** über das Startmenü.",
         "Suchen Sie die Anwendung und klicken Sie auf **Installieren**.",
         "Beenden Sie Teams vollständig über das Symbol im Infobereich.",
         "Löschen Sie den Inhalt von `%appdata%\\Microsoft\\Teams`.",
         "Wählen Sie unter **Einstellungen → Apps** Microsoft 365 und dann **Ändern → "
         "Schnellreparatur**.",
         "Melden Sie sich in der Office-Anwendung ab und wieder an.",
         "Starten Sie den Computer neu."),
        ("Microsoft 365", "Microsoft Teams", "Adobe Acrobat", "Citrix Workspace"),
        ("software", "installation", "lizenz", "office", "teams"),
    ),
    _Category(
        "Zugang", 8, Q2_APPS, Q3_IAM,
        ("Netzlaufwerk „Projekte“", "SharePoint-Seite „Vertrieb“", "SAP-Rolle Einkauf", "CRM",
         "Zeiterfassung"),
        ("Zugriff auf {thing} beantragen", "Keine Berechtigung für {thing}",
         "Neuer Mitarbeiter: Zugänge einrichten", "Zugang für externen Dienstleister",
         "Berechtigungen nach Abteilungswechsel anpassen"),
        ("Beim Öffnen erscheint „Zugriff verweigert“.",
         "Ein neuer Kollege beginnt am Montag und benötigt alle Standardzugänge.",
         "Nach dem Abteilungswechsel fehlen die Rechte für die neuen Ablagen.",
         "Ein externer Dienstleister benötigt für zwei Wochen Zugriff."),
        ("Gruppenmitgliedschaften im Active Directory geprüft",
         "Genehmigung der Führungskraft im Ticket geprüft",
         "Rollenkonzept der Abteilung abgeglichen", "Ablaufdatum für das externe Konto festgelegt"),
        ("Benutzer der Gruppe hinzugefügt, Zugriff nach Neuanmeldung möglich.",
         "Zugänge gemäß Onboarding-Checkliste eingerichtet.",
         "Befristetes Konto für den Dienstleister angelegt.",
         "Alte Berechtigungen entzogen, neue Rollen zugewiesen."),
        (
            ("Berechtigung für Netzlaufwerke beantragen", 0, 1, (0, 1, 2, 3, 5)),
            ("Onboarding: Standardzugänge für neue Mitarbeitende", 1, 0,
             (0, "Legen Sie das Konto über die Vorlage der Abteilung an.",
              "Übergeben Sie das Startkennwort persönlich oder per Brief, nie per E-Mail.", 5)),
            ("Externe Konten befristet anlegen", 3, 0,
             (0, "Legen Sie das Konto über die Vorlage **Extern** an.", 4, 5)),
            ("Berechtigungen nach Abteilungswechsel", 2, 2, (0, 1, 2, 3, 5)),
        ),
        ("Die Genehmigung der Führungskraft liegt noch nicht vor.",
         "Gruppenmitgliedschaften werden erst nach einer Neuanmeldung wirksam.",
         "Das Rollenprofil der neuen Abteilung wurde nicht zugewiesen."),
        ("Lassen Sie sich die Genehmigung der Führungskraft schriftlich bestätigen.",
         "Öffnen Sie **Active Directory-Benutzer und -Computer** und suchen Sie den Benutzer.",
         "Fügen Sie den Benutzer unter **Mitglied von** der passenden Gruppe hinzu.",
         "Bitten Sie den Benutzer, sich ab- und wieder anzumelden.",
         "Setzen Sie bei externen Konten unter **Konto → Konto läuft ab** ein Enddatum.",
         "Dokumentieren Sie die Änderung mit der Genehmigung im Ticket."),
        ("Active Directory", "SharePoint", "SAP", "CRM"),
        ("berechtigung", "zugang", "onboarding", "active-directory", "extern"),
        "Neuer Zugang / Berechtigung",
    ),
    _Category(
        "Netzwerk", 5, Q2_WORKPLACE, Q3_NET,
        ("Netzlaufwerk H:", "Intranet", "Internetzugang", "Standortverbindung Augsburg"),
        ("{thing} nicht erreichbar", "Kein Internet am Arbeitsplatz",
         "Netzwerkdose im Büro ohne Funktion", "Standort ohne Verbindung zur Zentrale",
         "Netzlaufwerke werden nicht verbunden"),
        ("Das Netzlaufwerk wird mit einem roten Kreuz angezeigt.",
         "Am Arbeitsplatz gibt es keine Netzwerkverbindung, das Kabel ist eingesteckt.",
         "Der gesamte Standort hat keine Verbindung zu den zentralen Systemen.",
         "Webseiten laden sehr langsam oder gar nicht."),
        ("Link-LED an der Netzwerkdose geprüft", "IP-Konfiguration mit ipconfig geprüft",
         "Erreichbarkeit des Gateways per Ping geprüft",
         "Switchport im Netzwerkmanagement geprüft",
         "Status der Standortleitung beim Provider abgefragt"),
        ("Switchport neu aktiviert, Verbindung wieder vorhanden.",
         "Netzlaufwerk per Anmeldeskript neu verbunden.",
         "Störung der Standortleitung vom Provider behoben.", "Defektes Patchkabel getauscht."),
        (
            ("Netzlaufwerk manuell verbinden", 0, 1, (4, 5)),
            ("Netzwerkverbindung am Arbeitsplatz prüfen", 1, 0, (0, 1, 3)),
            ("Störung der Standortanbindung melden", 2, 2, (3, 6)),
            ("IP-Konfiguration erneuern", 3, 0, (1, 2, 3)),
        ),
        ("Der Switchport wurde nach einer Sicherheitsmeldung deaktiviert.",
         "Das Anmeldeskript wurde wegen einer langsamen Verbindung nicht ausgeführt.",
         "Die Standortleitung des Providers ist gestört."),
        ("Prüfen Sie, ob die LED an der Netzwerkbuchse des Geräts leuchtet.",
         "Führen Sie in der Eingabeaufforderung `ipconfig /all` aus.",
         "Führen Sie `ipconfig /release` und anschließend `ipconfig /renew` aus.",
         "Prüfen Sie mit `ping 10.0.0.1` die Erreichbarkeit des Gateways.",
         "Wählen Sie im Explorer **Dieser PC → Netzlaufwerk verbinden**.",
         "Geben Sie `\\\\fileserver\\projekte` ein und aktivieren Sie **Verbindung bei "
         "Anmeldung wiederherstellen**.",
         "Melden Sie eine Standortstörung mit Uhrzeit und betroffenen Systemen an den 3rd "
         "Level **Netzwerk**."),
        ("Windows 11", "Cisco", "Fileserver"),
        ("netzwerk", "netzlaufwerk", "lan", "internet", "standort"),
    ),
    _Category(
        "Telefonie", 4, Q2_WORKPLACE, Q3_NET,
        ("Tischtelefon", "Softphone", "Teams-Telefonie", "Sammelrufnummer"),
        ("{thing} ohne Freizeichen", "Rufumleitung lässt sich nicht einrichten",
         "Gesprächspartner hören mich nicht", "{thing} klingelt nicht bei eingehenden Anrufen",
         "Voicemail-PIN vergessen"),
        ("Beim Abheben ist kein Freizeichen zu hören.", "Gesprächspartner hören nur Rauschen.",
         "Eingehende Anrufe kommen nicht an, ausgehende funktionieren.",
         "Die Rufumleitung auf das Handy wird nicht übernommen."),
        ("Registrierung des Telefons an der Telefonanlage geprüft",
         "Netzwerkanschluss des Telefons geprüft", "Anrufweiterleitung in der Anlage geprüft",
         "Audiogerät des Softphones geprüft"),
        ("Telefon neu registriert, Freizeichen vorhanden.",
         "Rufumleitung in der Anlage korrigiert.", "Voicemail-PIN zurückgesetzt.",
         "Echounterdrückung aktiviert, Gesprächsqualität gut."),
        (
            ("Rufumleitung einrichten", 3, 1, (0, 1, 2)),
            ("Voicemail abhören und PIN ändern", "Die Voicemail-PIN wird nicht mehr akzeptiert.",
             "Die PIN wurde nach drei Fehleingaben gesperrt.",
             (4, "Wählen Sie im Menü **PIN ändern** und vergeben Sie eine neue sechsstellige "
              "PIN.")),
            ("Softphone einrichten", 1, "Im Softphone ist das falsche Audiogerät ausgewählt.",
             (5, "Wählen Sie unter **Einstellungen → Audio** das Headset aus.")),
            ("Telefon ohne Freizeichen", 0, 0,
             (3, "Prüfen Sie, ob im Display wieder die eigene Durchwahl angezeigt wird.")),
        ),
        ("Das Telefon hat nach einem Stromausfall die Registrierung verloren.",
         "Die Umleitung ist nur für interne Anrufe aktiv."),
        ("Drücken Sie die Taste **Menü** und wählen Sie **Rufumleitung**.",
         "Geben Sie die Zielrufnummer mit führender 0 ein.",
         "Aktivieren Sie die Umleitung für **Alle Anrufe**.",
         "Ziehen Sie den Netzwerkstecker des Telefons für zehn Sekunden ab.",
         "Wählen Sie die Voicemail-Nummer **8000** und folgen Sie der Ansage.",
         "Melden Sie sich im Softphone mit Ihrer Durchwahl an."),
        ("Unify OpenScape", "Microsoft Teams", "Yealink"),
        ("telefonie", "rufumleitung", "voicemail", "softphone"),
    ),
    _Category(
        "Vertrag", 3, Q2_CUSTOMER, Q3_BILLING,
        ("Servicevertrag", "Wartungsvertrag", "Lizenzabo"),
        ("Kündigung: Rückfrage zum {thing}", "Verlängerung für den {thing} anfragen",
         "Upgrade auf Premium-Service", "Vertragsunterlagen erneut zusenden"),
        ("Der Kunde möchte wissen, zu wann der Vertrag frühestens kündbar ist.",
         "Der Kunde wünscht ein Angebot für den Premium-Service mit 24/7-Erreichbarkeit.",
         "Die Vertragsunterlagen sind nicht mehr auffindbar."),
        ("Vertragslaufzeit und Kündigungsfrist geprüft", "Aktuelle Konditionen im CRM geprüft",
         "Ansprechpartner im Vertrieb ermittelt"),
        ("Vertragsunterlagen als PDF versendet.", "Angebot für das Upgrade erstellt und versendet.",
         "Kündigungsbestätigung mit Enddatum versendet."),
        (
            ("Kündigungsfristen nachschlagen", 0, 0, (0, 1)),
            ("Vertragsunterlagen erneut versenden", 2, 1, (0, 2)),
            ("Upgrade-Anfragen an den Vertrieb übergeben", 1,
             "Upgrades bietet der Vertrieb an, nicht der Service Desk.", (0, 3)),
        ),
        ("Die Kündigung ging nach Ablauf der Frist ein.",
         "Die Vertragsdaten wurden bei der Migration ins CRM nicht übernommen."),
        ("Öffnen Sie im CRM den Reiter **Verträge**.",
         "Prüfen Sie Laufzeitende und Kündigungsfrist.",
         "Erstellen Sie über **Dokumente → Vertragsunterlagen** ein PDF.",
         "Übergeben Sie Upgrade-Wünsche mit Kontaktdaten an den Vertrieb."),
        ("CRM", "Kundenportal"),
        ("vertrag", "kündigung", "angebot", "premium"),
    ),
    _Category(
        "Mobilgeräte", 4, Q2_WORKPLACE, Q3_CLIENT,
        ("iPhone", "Android-Smartphone", "Diensthandy", "iPad"),
        ("{thing}: E-Mails werden nicht synchronisiert", "{thing} verloren – Sperrung nötig",
         "{thing} lässt sich nicht im MDM registrieren", "Firmen-Apps fehlen auf dem {thing}"),
        ("Seit gestern kommen keine neuen E-Mails auf dem Gerät an.",
         "Das Gerät wurde im Zug liegen gelassen.",
         "Die Registrierung im Gerätemanagement bricht mit einer Fehlermeldung ab.",
         "Das Firmenportal zeigt keine Apps an."),
        ("Gerätestatus im MDM geprüft", "Compliance-Richtlinien des Geräts geprüft",
         "Betriebssystemversion geprüft", "Letzten Check-in des Geräts geprüft"),
        ("Gerät im MDM gesperrt und Fernlöschung ausgelöst.",
         "Gerät neu registriert, Apps werden installiert.",
         "Betriebssystem aktualisiert, Gerät ist wieder konform.",
         "E-Mail-Profil neu verteilt, Synchronisation läuft."),
        (
            ("Diensthandy im MDM registrieren", 2, 0, (3, 0, 1, 2)),
            ("Verlorenes Gerät sperren", 1,
             "Ein verlorenes Gerät kann Firmendaten preisgeben, solange es nicht gesperrt ist.",
             (4, "Ändern Sie zusätzlich das Kennwort des Benutzers.")),
            ("Firmen-E-Mail auf dem Smartphone einrichten", 0, 1,
             (0, 1, "Installieren Sie Outlook aus dem Unternehmensportal und melden Sie sich "
              "an.")),
        ),
        ("Das Gerät erfüllt die Mindestversion des Betriebssystems nicht.",
         "Das Gerät hat sich länger als 30 Tage nicht gemeldet."),
        ("Installieren Sie die App **Unternehmensportal**.",
         "Melden Sie sich mit Ihrer Firmen-E-Mail-Adresse an.",
         "Folgen Sie den Anweisungen zur Geräteregistrierung.",
         "Aktualisieren Sie das Betriebssystem auf die neueste Version.",
         "Sperren Sie verlorene Geräte im MDM über **Geräte → Aktionen → Sperren**."),
        ("iOS", "Android", "Microsoft Intune"),
        ("mobil", "smartphone", "mdm", "intune", "verlust"),
    ),
    _Category(
        "Fachanwendung", 6, Q2_APPS, Q3_DB,
        ("SAP", "ERP", "CRM", "Warenwirtschaft", "DATEV"),
        ("{thing}: Fehlermeldung beim Buchen", "{thing} reagiert sehr langsam",
         "Bericht im {thing} liefert falsche Zahlen", "Datenbankfehler beim Speichern im {thing}",
         "Schnittstelle zum {thing} überträgt keine Daten"),
        ("Beim Speichern erscheint „Datenbankfehler: Sperre konnte nicht gesetzt werden“.",
         "Die Anwendung braucht für jede Maske über 30 Sekunden.",
         "Der Monatsbericht zeigt doppelte Umsätze.",
         "Seit der Nacht werden keine Aufträge aus dem Webshop übernommen."),
        ("Fehlermeldung und Zeitpunkt notiert", "Sperreinträge in der Anwendung geprüft",
         "Auslastung des Datenbankservers geprüft", "Protokoll der Schnittstelle geprüft",
         "Mit anderem Benutzer reproduziert"),
        ("Hängende Sperreinträge entfernt, Buchen wieder möglich.",
         "Index neu aufgebaut, Antwortzeiten wieder normal.",
         "Schnittstellen-Job neu gestartet, Rückstau abgearbeitet.",
         "Berichtsdefinition korrigiert, die Zahlen stimmen."),
        (
            ("Sperreinträge prüfen und freigeben", 0, 0, (0, 1, 2, 3)),
            ("Langsame Antwortzeiten analysieren", 1, 1, (1, 4, 5)),
            ("Schnittstellen-Rückstau abbauen", 3, 2,
             ("Prüfen Sie im Job-Monitor den Status des Schnittstellen-Jobs.",
              "Starten Sie den Job neu und beobachten Sie, ob der Rückstau abgebaut wird.", 5)),
            ("Fehler beim Buchen melden", 0, 0, (0, 1, 5)),
        ),
        ("Ein abgebrochener Vorgang hält eine Datenbanksperre.",
         "Ein fehlender Index führt zu vollständigen Tabellenscans.",
         "Der Schnittstellen-Job ist nach einem Neustart nicht wieder angelaufen."),
        ("Notieren Sie den genauen Wortlaut der Fehlermeldung und die Uhrzeit.",
         "Prüfen Sie, ob der Fehler bei anderen Benutzern ebenfalls auftritt.",
         "Öffnen Sie die Sperrübersicht (Transaktion `SM12`) und suchen Sie Einträge des "
         "Benutzers.",
         "Löschen Sie nur Sperren, deren Vorgang nachweislich abgebrochen ist.",
         "Prüfen Sie im Monitoring die Auslastung des Datenbankservers.",
         "Übergeben Sie das Ticket mit Fehlermeldung und Zeitpunkt an den 3rd Level "
         "**Datenbanken**."),
        ("SAP S/4HANA", "DATEV", "Microsoft Dynamics", "PostgreSQL", "Oracle"),
        ("fachanwendung", "datenbank", "sap", "schnittstelle", "performance"),
    ),
)

SINCE = ("Seit heute Morgen", "Seit gestern Nachmittag", "Seit dem letzten Windows-Update",
         "Seit Montag", "Seit etwa einer Stunde", "Seit dem Umzug ins neue Büro",
         "Seit dem Neustart heute früh", "Seit letzter Woche immer wieder")
IMPACT_TEXT = {
    1: "Die gesamte Abteilung kann nicht arbeiten.",
    2: "Mehrere Kolleginnen und Kollegen sind betroffen.",
    3: "Die Arbeit ist stark eingeschränkt.",
    4: "Es gibt eine Ausweichmöglichkeit, die aber umständlich ist.",
    5: "Kein dringender Fall, bitte bei Gelegenheit ansehen.",
}
CUSTOMER_REPLIES = (
    "Vielen Dank, ich probiere das gleich aus.",
    "Leider besteht das Problem weiterhin, auch nach dem Neustart.",
    "Anbei der Screenshot der Fehlermeldung.",
    "Ich bin morgen ab 9 Uhr telefonisch erreichbar.",
    "Es funktioniert jetzt wieder, herzlichen Dank!",
    "Können Sie mir sagen, bis wann mit einer Lösung zu rechnen ist?",
    "Der Fehler tritt nur am Vormittag auf, nachmittags läuft alles.",
    "Meine Kollegin hat jetzt das gleiche Problem.",
)
OUTBOUND_MESSAGES = (
    "vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen aufgenommen und melden uns "
    "zeitnah.",
    "könnten Sie uns bitte einen Screenshot der Fehlermeldung senden?",
    "bitte starten Sie Ihren Rechner einmal neu und geben Sie uns kurz Bescheid, ob der "
    "Fehler weiterhin auftritt.",
    "ich habe Sie telefonisch leider nicht erreicht. Wann passt Ihnen ein Rückruf?",
    "wir haben Ihr Anliegen an unsere Fachabteilung weitergegeben und halten Sie auf dem "
    "Laufenden.",
)
AGENT_NOTES = (
    "Kunde um Screenshot der Fehlermeldung gebeten.",
    "Rückruf für morgen Vormittag vereinbart.",
    "Remote-Sitzung durchgeführt, Verbindung nach 20 Minuten beendet.",
    "Bekanntes Fehlerbild, siehe Wissensartikel.",
    "Kunde war nicht erreichbar, Nachricht auf der Mailbox hinterlassen.",
    "Weitere Benutzer am Standort melden das gleiche Problem.",
    "Warte auf Rückmeldung des Herstellers.",
)
REACHABILITY = ("vormittags unter der Mobilnummer", "ganztägig im Büro", "ab 14 Uhr",
                "nur per E-Mail", "heute bis 16 Uhr")
NEXT_STEPS = ("Analyse der Serverprotokolle", "Vor-Ort-Termin vereinbaren",
              "Prüfung durch den Hersteller", "Rechteprüfung im Zielsystem",
              "Korrektur im Abrechnungssystem", "Auswertung des Client-Protokolls")
CUSTOMER_NOTES = ("Bevorzugt Rückruf am Vormittag.", "Ansprechpartner für die IT am Standort.",
                  "Spricht lieber Englisch.", "Schwerhörig – bitte langsam und deutlich sprechen.",
                  "Nur per E-Mail kontaktieren.", "Geschäftsführung – Premium-Betreuung.")
COMMON_STREETS = ("Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße",
                  "Bergstraße", "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße",
                  "Mühlweg", "Am Marktplatz", "Goethestraße", "Schillerstraße", "Industriestraße",
                  "Ludwigstraße", "Rosenweg", "Birkenweg", "Feldstraße", "Münchner Straße")
LEGAL_SUFFIX = re.compile(
    r"\s*\b(?:(?:GmbH|AG|Stiftung)\s*&\s*Co\.\s*(?:KGaA|KG|OHG)|OHG mbH|GmbH|KGaA|KG|AG|OHG"
    r"|GbR|e\.\s*G\.|e\.\s*V\.|mbH|UG)(?=\s|$)\s*",
)
FREE_MAIL = ("gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de", "posteo.de",
             "freenet.de", "mail.de")

# city, area code (without 0), postal code range, weight
CITIES: tuple[tuple[str, str, int, int, int], ...] = (
    ("München", "89", 80331, 81929, 30), ("Nürnberg", "911", 90402, 90491, 12),
    ("Augsburg", "821", 86150, 86199, 9), ("Regensburg", "941", 93047, 93059, 6),
    ("Ingolstadt", "841", 85049, 85057, 5), ("Würzburg", "931", 97070, 97084, 5),
    ("Fürth", "911", 90762, 90768, 4), ("Erlangen", "9131", 91052, 91058, 4),
    ("Bamberg", "951", 96047, 96052, 3), ("Bayreuth", "921", 95444, 95448, 3),
    ("Landshut", "871", 84028, 84036, 3), ("Rosenheim", "8031", 83022, 83026, 3),
    ("Kempten", "831", 87435, 87439, 2), ("Passau", "851", 94032, 94036, 2),
    ("Freising", "8161", 85354, 85356, 2), ("Dachau", "8131", 85221, 85221, 2),
    ("Berlin", "30", 10115, 14199, 14), ("Hamburg", "40", 20095, 22769, 9),
    ("Köln", "221", 50667, 51149, 6), ("Frankfurt am Main", "69", 60306, 65936, 6),
    ("Stuttgart", "711", 70173, 70629, 6), ("Düsseldorf", "211", 40210, 40629, 4),
    ("Leipzig", "341", 4103, 4357, 4), ("Dresden", "351", 1067, 1328, 3),
    ("Hannover", "511", 30159, 30659, 3), ("Bremen", "421", 28195, 28779, 2),
    ("Essen", "201", 45127, 45359, 2), ("Dortmund", "231", 44135, 44388, 2),
    ("Mannheim", "621", 68159, 68309, 2), ("Karlsruhe", "721", 76131, 76229, 2),
    ("Ulm", "731", 89073, 89081, 2), ("Freiburg im Breisgau", "761", 79098, 79117, 2),
    ("Mainz", "6131", 55116, 55131, 1), ("Wiesbaden", "611", 65183, 65207, 1),
    ("Kiel", "431", 24103, 24159, 1), ("Erfurt", "361", 99084, 99099, 1),
    ("Heidelberg", "6221", 69115, 69126, 1), ("Bonn", "228", 53111, 53229, 1),
    ("Münster", "251", 48143, 48167, 1), ("Saarbrücken", "681", 66111, 66133, 1),
)
# mobile prefix (after +49) and subscriber digits
MOBILE_PREFIXES = (("151", 8), ("152", 8), ("157", 8), ("159", 8), ("160", 7), ("162", 7),
                   ("163", 7), ("170", 7), ("171", 7), ("172", 7), ("173", 7), ("174", 7),
                   ("175", 7), ("176", 8), ("177", 7), ("178", 7), ("179", 7))
HOTLINE = "+498921094000"

WRAP_UP = {"ticket": "ticket_created", "solved": "solved_first_contact",
           "escalated": "escalated", "info": "information", "callback": "callback_agreed",
           "wrong": "wrong_number", "abandoned": "abandoned"}
# The break reason codes of desktop.domain.agent_states.BreakReason (the UI translates
# them); training is a state of its own, and only a break has a reason.
BREAK_REASONS = ("lunch", "short_break", "meeting", "personal")
# The managed wrap-up list: every code the generated calls use, and a few more.
WRAP_UP_CODES = (  # code, German label, English label
    ("solved_first_contact", "Im Erstkontakt gelöst", "Solved at first contact"),
    ("ticket_created", "Ticket angelegt", "Ticket created"),
    ("escalated", "Eskaliert", "Escalated"),
    ("callback_agreed", "Rückruf vereinbart", "Callback agreed"),
    ("transferred", "Weitergeleitet", "Transferred"),
    ("information", "Auskunft erteilt", "Information given"),
    ("complaint", "Beschwerde aufgenommen", "Complaint recorded"),
    ("wrong_number", "Falsch verbunden", "Wrong number"),
    ("abandoned", "Anruf abgebrochen", "Call abandoned"),
    ("sales_enquiry", "An Vertrieb verwiesen", "Referred to sales"),
)
# Words knowledge search treats as the same; language "" = any.
KB_SYNONYMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("", ("WLAN", "WiFi", "Wi-Fi", "Funknetz", "Drahtlosnetzwerk")),
    ("", ("Passwort", "Kennwort", "Password", "Zugangsdaten")),
    ("", ("Drucker", "Printer", "Druckgerät", "Multifunktionsgerät")),
    ("", ("Rechnung", "Invoice", "Faktura")),
    ("", ("E-Mail", "Email", "Mail")),
    ("", ("Laptop", "Notebook")),
    ("", ("PC", "Computer", "Rechner", "Arbeitsplatzrechner")),
    ("", ("VPN", "Fernzugriff", "Remote-Zugang")),
    ("", ("Konto", "Account", "Benutzerkonto")),
    ("", ("Bildschirm", "Monitor", "Display")),
    ("", ("Handy", "Smartphone", "Mobiltelefon", "Diensthandy")),
    ("", ("Anmeldung", "Login", "Einloggen", "Sign-in")),
    ("", ("MFA", "2FA", "Zwei-Faktor-Authentifizierung", "Authenticator")),
    ("de", ("Gutschrift", "Erstattung", "Rückerstattung")),
    ("de", ("Kündigung", "Vertragsende", "Vertragskündigung")),
    ("de", ("Netzlaufwerk", "Laufwerk", "Freigabe")),
    ("de", ("Störung", "Ausfall", "Fehler")),
)
# What the 1st or 2nd level told the customer when handing a ticket up.
CUSTOMER_TOLD = ("Rückruf durch den Fachbereich innerhalb eines Arbeitstages zugesagt.",
                 "Kunde weiß, dass sich der 2nd Level per E-Mail meldet.",
                 "Kunde über die Weitergabe informiert, Rückmeldung heute zugesagt.",
                 "Kunde informiert; er wartet auf den Anruf der Spezialisten.")
# Shared views per team (saved_views.definition is desktop.app.views' format, v1):
# name, definition; "mine" stands for the viewer's queues.
TEAM_VIEWS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("Hohe Priorität", {"v": 1, "statuses": ["new", "open", "pending"],
                        "queues": ["mine"], "priorities": [1, 2], "sort": "due"}),
    ("Wartet auf Kunde", {"v": 1, "statuses": ["pending"], "queues": ["mine"],
                          "sort": "updated_at"}),
    ("Neu und ohne Bearbeiter", {"v": 1, "statuses": ["new", "open"], "queues": ["mine"],
                                 "owners": ["unassigned"], "sort": "created_at"}),
)


# ------------------------------------------------------------------------------ scripts

def _q(qid: str, qtype: str, prompt: str, choices: Sequence[str] = ()) -> dict[str, Any]:
    return {"id": qid, "type": qtype, "text": prompt, "choices": list(choices)}


def _s(prompt: str, questions: Sequence[dict[str, Any]] = (),
       branches: Sequence[tuple[dict[str, Any], str]] = (),
       outcome: str | None = None) -> dict[str, Any]:
    return {"text": prompt, "questions": list(questions),
            "branches": [{"when": w, "goto": g} for w, g in branches], "outcome": outcome}


def _script(steps: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {"start": "s1", "steps": steps}


DONE = _s("Das Anliegen ist gelöst. Fragen Sie nach weiteren Anliegen und verabschieden Sie "
          "sich freundlich.", outcome="solved")

# name, category, queue, definition. Branch "when": every listed answer must match; {}
# is the default. Outcomes: solved, ticket, escalate_l2, escalate_l3, refused,
# not_responsible.
CALL_SCRIPTS: tuple[tuple[str, str, str, dict[str, Any]], ...] = (
    ("Passwort zurücksetzen", "Passwort", Q_SD, _script({
        "s1": _s("Begrüßen Sie den Anrufer und erfragen Sie Benutzername und Kundennummer.",
                 [_q("user_found", "yes_no", "Ist der Anrufer im System zu finden?")],
                 [({"user_found": False}, "s_not_found"), ({}, "s2")]),
        "s2": _s("Stellen Sie die Sicherheitsfrage (Geburtsdatum oder hinterlegte PIN).",
                 [_q("identity_verified", "yes_no", "Wurde die Identität bestätigt?")],
                 [({"identity_verified": False}, "s_refuse"), ({}, "s3")]),
        "s3": _s("Welches Konto ist betroffen?",
                 [_q("account", "choice", "Betroffenes Konto",
                     ["Windows-Anmeldung", "E-Mail", "SAP", "VPN"])],
                 [({"account": "SAP"}, "s_escalate"), ({}, "s4")]),
        "s4": _s("Setzen Sie das Passwort im Self-Service-Portal zurück und nennen Sie das "
                 "Einmal-Passwort.",
                 [_q("login_ok", "yes_no", "Hat die Anmeldung mit dem neuen Passwort geklappt?")],
                 [({"login_ok": True}, "s_done"), ({}, "s_escalate")]),
        "s_not_found": _s("Nehmen Sie die Daten auf und legen Sie ein Ticket zur Prüfung an.",
                          [_q("notes", "text", "Angaben des Anrufers")], outcome="ticket"),
        "s_refuse": _s("Die Identität konnte nicht bestätigt werden. Erklären Sie freundlich, "
                       "dass ein Zurücksetzen nur nach erfolgreicher Prüfung möglich ist.",
                       outcome="refused"),
        "s_escalate": _s("Übergeben Sie das Ticket an den 2nd Level Anwendungen und notieren "
                         "Sie die Fehlermeldung wörtlich.",
                         [_q("error_text", "text", "Fehlermeldung")], outcome="escalate_l2"),
        "s_done": DONE,
    })),
    ("Drucker funktioniert nicht", "Drucker", Q_SD, _script({
        "s1": _s("Fragen Sie nach Druckermodell und Standort (Gebäude, Etage, Raum).",
                 [_q("location", "text", "Standort des Druckers"),
                  _q("scope", "choice", "Wer ist betroffen?",
                     ["nur der Anrufer", "mehrere Personen", "ganze Etage"])],
                 [({"scope": "ganze Etage"}, "s_major"), ({}, "s2")]),
        "s2": _s("Bitten Sie den Anrufer, auf das Display des Druckers zu schauen.",
                 [_q("display_error", "yes_no", "Zeigt das Display eine Fehlermeldung?")],
                 [({"display_error": True}, "s3"), ({}, "s4")]),
        "s3": _s("Lassen Sie sich die Meldung vorlesen.",
                 [_q("error_text", "text", "Meldung im Display"),
                  _q("error_kind", "choice", "Art der Meldung",
                     ["Papierstau", "Toner leer", "Sonstiges"])],
                 [({"error_kind": "Papierstau"}, "s_jam"),
                  ({"error_kind": "Toner leer"}, "s_toner"), ({}, "s_ticket")]),
        "s4": _s("Leeren Sie gemeinsam die Druckwarteschlange und drucken Sie eine Testseite.",
                 [_q("test_ok", "yes_no", "Wurde die Testseite gedruckt?")],
                 [({"test_ok": True}, "s_done"), ({}, "s_ticket")]),
        "s_jam": _s("Führen Sie den Anrufer durch das Entfernen des Papierstaus (Artikel "
                    "„Papierstau beheben“).",
                    [_q("jam_ok", "yes_no", "Druckt das Gerät wieder?")],
                    [({"jam_ok": True}, "s_done"), ({}, "s_ticket")]),
        "s_toner": _s("Fragen Sie, ob Ersatztoner vor Ort ist, und lassen Sie ihn einsetzen.",
                      [_q("toner_ok", "yes_no", "Druckt das Gerät mit neuem Toner?")],
                      [({"toner_ok": True}, "s_done"), ({}, "s_ticket")]),
        "s_major": _s("Mehrere Personen betroffen: prüfen Sie die Störungsübersicht und legen "
                      "Sie ein Ticket mit Impact 2 an.", outcome="escalate_l2"),
        "s_ticket": _s("Legen Sie ein Ticket an, dokumentieren Sie das Fehlerbild und übergeben "
                       "Sie an den 2nd Level Arbeitsplatz.", outcome="escalate_l2"),
        "s_done": DONE,
    })),
    ("VPN-Verbindung prüfen", "VPN", Q_SD, _script({
        "s1": _s("Fragen Sie, ob die Internetverbindung ohne VPN funktioniert.",
                 [_q("internet_ok", "yes_no", "Funktioniert das Internet ohne VPN?")],
                 [({"internet_ok": False}, "s_internet"), ({}, "s2")]),
        "s2": _s("Welche Meldung zeigt der VPN-Client?",
                 [_q("vpn_error", "choice", "Meldung im VPN-Client",
                     ["Anmeldung fehlgeschlagen", "Zertifikatsfehler", "Verbindung bricht ab",
                      "Verbunden, aber nichts erreichbar"])],
                 [({"vpn_error": "Anmeldung fehlgeschlagen"}, "s_login"),
                  ({"vpn_error": "Zertifikatsfehler"}, "s_cert"),
                  ({"vpn_error": "Verbindung bricht ab"}, "s_unstable"), ({}, "s_dns")]),
        "s_internet": _s("Ohne Internet ist kein VPN möglich. Empfehlen Sie einen Neustart des "
                         "Routers oder den Kontakt zum Internetanbieter.",
                         outcome="not_responsible"),
        "s_login": _s("Prüfen Sie, ob das Konto gesperrt ist, und entsperren Sie es "
                      "gegebenenfalls.",
                      [_q("login_ok", "yes_no", "Klappt die Anmeldung jetzt?")],
                      [({"login_ok": True}, "s_done"), ({}, "s_ticket")]),
        "s_cert": _s("Lassen Sie `gpupdate /force` ausführen und das Gerät neu starten.",
                     [_q("cert_ok", "yes_no", "Ist die Zertifikatswarnung verschwunden?")],
                     [({"cert_ok": True}, "s_done"), ({}, "s_ticket")]),
        "s_unstable": _s("Fragen Sie nach WLAN oder Kabel und nach der Version des Clients.",
                         [_q("client_version", "text", "Version des VPN-Clients")],
                         [({}, "s_ticket")]),
        "s_dns": _s("Lassen Sie `nslookup intranet.firma.local` ausführen.",
                    [_q("dns_ok", "yes_no", "Wird der Name aufgelöst?")],
                    [({"dns_ok": False}, "s_network"), ({}, "s_ticket")]),
        "s_ticket": _s("Ticket an den 2nd Level Arbeitsplatz mit Client-Protokoll.",
                       outcome="escalate_l2"),
        "s_network": _s("DNS-Problem über VPN: Ticket direkt an den 3rd Level Netzwerk mit der "
                        "Ausgabe von nslookup.", outcome="escalate_l3"),
        "s_done": DONE,
    })),
    ("Rechnungsreklamation", "Rechnung", Q_SD, _script({
        "s1": _s("Erfragen Sie Kundennummer und Rechnungsnummer.",
                 [_q("invoice_no", "text", "Rechnungsnummer")], [({}, "s2")]),
        "s2": _s("Worum geht es bei der Reklamation?",
                 [_q("reason", "choice", "Grund der Reklamation",
                     ["Doppelte Abbuchung", "Falscher Betrag", "Rechnung nicht erhalten",
                      "Adressänderung"])],
                 [({"reason": "Rechnung nicht erhalten"}, "s_copy"),
                  ({"reason": "Adressänderung"}, "s_address"), ({}, "s3")]),
        "s3": _s("Prüfen Sie die Buchungen im Abrechnungssystem.",
                 [_q("amount", "choice", "Strittiger Betrag", ["unter 500 €", "500 € oder mehr"])],
                 [({"amount": "500 € oder mehr"}, "s_escalate"), ({}, "s_credit")]),
        "s_copy": _s("Senden Sie eine Rechnungskopie an die hinterlegte E-Mail-Adresse.",
                     [_q("email_ok", "yes_no", "Ist die hinterlegte E-Mail-Adresse aktuell?")],
                     [({"email_ok": False}, "s_address"), ({}, "s_done")]),
        "s_address": _s("Aktualisieren Sie Rechnungsadresse bzw. E-Mail-Adresse (die Änderung "
                        "wird protokolliert).", branches=[({}, "s_done")]),
        "s_credit": _s("Legen Sie eine Gutschrift an und nennen Sie die Gutschriftsnummer.",
                       outcome="solved"),
        "s_escalate": _s("Beträge ab 500 €: Ticket an den 3rd Level Abrechnung.",
                         outcome="escalate_l3"),
        "s_done": DONE,
    })),
    ("Neuer Zugang / Berechtigung", "Zugang", Q_SD, _script({
        "s1": _s("Für wen wird der Zugang benötigt?",
                 [_q("person", "text", "Name und Personalnummer"),
                  _q("external", "yes_no", "Handelt es sich um eine externe Person?")],
                 [({"external": True}, "s_external"), ({}, "s2")]),
        "s_external": _s("Externe Konten nur befristet: fragen Sie nach dem Enddatum.",
                         [_q("end_date", "text", "Befristet bis")], [({}, "s2")]),
        "s2": _s("Welcher Zugang wird benötigt?",
                 [_q("system", "choice", "System",
                     ["Netzlaufwerk", "SharePoint", "SAP-Rolle", "CRM"])],
                 [({"system": "SAP-Rolle"}, "s_sap"), ({}, "s3")]),
        "s3": _s("Liegt die Genehmigung der Führungskraft vor?",
                 [_q("approved", "yes_no", "Genehmigung liegt vor")],
                 [({"approved": True}, "s_grant"), ({}, "s_approval")]),
        "s_sap": _s("SAP-Rollen vergibt der 2nd Level Anwendungen: Ticket mit Rollenname.",
                    outcome="escalate_l2"),
        "s_approval": _s("Legen Sie ein Ticket an und fordern Sie die Genehmigung an.",
                         outcome="ticket"),
        "s_grant": _s("Vergeben Sie die Berechtigung; der Benutzer muss sich neu anmelden.",
                      outcome="solved"),
    })),
    ("Allgemeine Störungsaufnahme", "", Q_SD, _script({
        "s1": _s("Begrüßen Sie den Anrufer mit Namen und prüfen Sie die angezeigten Kundendaten.",
                 [_q("data_ok", "yes_no", "Stimmen Adresse und Rückrufnummer?")],
                 [({"data_ok": False}, "s_update"), ({}, "s2")]),
        "s_update": _s("Korrigieren Sie die Kundendaten (die Änderung wird protokolliert).",
                       branches=[({}, "s2")]),
        "s2": _s("Lassen Sie sich das Problem schildern.",
                 [_q("description", "text", "Problembeschreibung"),
                  _q("affected", "choice", "Wie viele Personen sind betroffen?",
                     ["eine Person", "mehrere Personen", "ganzer Standort"]),
                  _q("workaround", "yes_no", "Gibt es eine Ausweichmöglichkeit?")],
                 [({"affected": "ganzer Standort"}, "s_major"), ({}, "s3")]),
        "s3": _s("Suchen Sie in der Wissensdatenbank nach einer passenden Lösung.",
                 [_q("kb_solved", "yes_no", "Konnte das Problem mit einem Artikel gelöst werden?")],
                 [({"kb_solved": True}, "s_done"), ({}, "s_ticket")]),
        "s_major": _s("Großstörung: prüfen Sie die Störungsübersicht, verknüpfen Sie das Ticket "
                      "mit dem Master-Ticket und informieren Sie den Supervisor.",
                      outcome="escalate_l2"),
        "s_ticket": _s("Legen Sie ein Ticket mit vollständiger Beschreibung an und vereinbaren "
                       "Sie einen Rückruf.",
                       [_q("callback_time", "text", "Rückruf gewünscht")], outcome="ticket"),
        "s_done": DONE,
    })),
)
SCRIPT_VARIANTS = ("", " – Premium-Kunden", " – Filialen", " – Homeoffice", " – Neukunden",
                   " (Kurzfassung)", " – Englisch", " – Wochenenddienst", " – Behörden",
                   " – Partner", " – Standort Nord", " – Standort Süd")
TEXT_ANSWERS = {
    "notes": "Neuer Mitarbeiter, Eintritt laut Anrufer letzte Woche",
    "error_text": "Fehler 0x80070005 – Zugriff verweigert",
    "location": "Gebäude B, 2. OG, Raum 2.14",
    "client_version": "5.1.2.42",
    "invoice_no": "R-2026-048213",
    "person": "Max Mustermann, Personalnummer 40711",
    "end_date": "Ende des Monats",
    "description": "{symptom}",
    "callback_time": "morgen zwischen 9 und 11 Uhr",
}
OUTCOME_LABELS = {"solved": "gelöst", "ticket": "Ticket angelegt",
                  "escalate_l2": "an den 2nd Level übergeben",
                  "escalate_l3": "an den 3rd Level übergeben",
                  "refused": "abgelehnt (Identität nicht bestätigt)",
                  "not_responsible": "nicht zuständig"}

# Macro keys stay clear of the window's own Ctrl+Alt keys (status 1-4, wrap-up C,
# knowledge Y N K I V B P A; docs/shortcuts.md) -- a macro whose key is taken loses it --
# and of the German AltGr characters (Q @, E EUR, 7-0 braces, which are Ctrl+Alt on Windows).
MACROS: tuple[tuple[str, str, list[dict[str, Any]]], ...] = (
    ("Rückruf vereinbart", "Ctrl+Alt+R", [
        {"type": "add_entry", "kind": "note", "body": "Rückruf mit dem Kunden vereinbart."},
        {"type": "set_status", "status": "pending"},
        {"type": "set_pending_until", "hours": 24}]),
    ("Warten auf Rückmeldung des Kunden", "Ctrl+Alt+W", [
        {"type": "add_entry", "kind": "customer_message", "direction": "outbound",
         "body": "Wir warten auf Ihre Rückmeldung und melden uns in drei Tagen erneut."},
        {"type": "set_status", "status": "pending"},
        {"type": "set_pending_until", "hours": 72}]),
    ("Passwort zurückgesetzt – lösen", "Ctrl+Alt+D", [
        {"type": "set_category", "category": "Passwort"},
        {"type": "add_entry", "kind": "note",
         "body": "Identität geprüft, Passwort zurückgesetzt, Anmeldung erfolgreich."},
        {"type": "set_status", "status": "resolved"}]),
    ("An 2nd Level Arbeitsplatz übergeben", "Ctrl+Alt+H", [
        {"type": "escalate", "level": 2, "queue": Q2_WORKPLACE},
        {"type": "add_entry", "kind": "escalation",
         "body": "Problem:\nBereits geprüft:\nNächster Schritt:\nKunde erreichbar:"}]),
    ("An 2nd Level Anwendungen übergeben", "Ctrl+Alt+U", [
        {"type": "escalate", "level": 2, "queue": Q2_APPS},
        {"type": "add_entry", "kind": "escalation",
         "body": "Problem:\nBereits geprüft:\nNächster Schritt:\nKunde erreichbar:"}]),
    ("An 3rd Level Netzwerk übergeben", "Ctrl+Alt+T", [
        {"type": "escalate", "level": 3, "queue": Q3_NET},
        {"type": "set_impact", "impact": 2}]),
    ("Duplikat schließen", "", [
        {"type": "add_entry", "kind": "note", "body": "Duplikat, wird im Ursprungsticket "
         "weiterbearbeitet."},
        {"type": "set_status", "status": "closed"}]),
    ("Bitte Screenshot senden", "Ctrl+Alt+S", [
        {"type": "add_entry", "kind": "customer_message", "direction": "outbound",
         "body": "Bitte senden Sie uns einen Screenshot der Fehlermeldung."},
        {"type": "set_status", "status": "pending"}]),
    ("Gelöst im Erstkontakt", "Ctrl+Alt+L", [
        {"type": "add_entry", "kind": "note", "body": "Im Erstkontakt gelöst."},
        {"type": "set_status", "status": "resolved"}]),
    ("Hardware-Tausch beauftragt", "", [
        {"type": "set_category", "category": "Hardware"},
        {"type": "add_entry", "kind": "note", "body": "Austauschgerät beim Lager beauftragt."},
        {"type": "set_status", "status": "pending"},
        {"type": "set_pending_until", "hours": 48}]),
    ("Rechnungskorrektur angestoßen", "", [
        {"type": "set_category", "category": "Rechnung"},
        {"type": "escalate", "level": 3, "queue": Q3_BILLING}]),
    ("Großstörung: mit Master-Ticket verknüpfen", "Ctrl+Alt+M", [
        {"type": "set_impact", "impact": 1},
        {"type": "add_entry", "kind": "note", "body": "Teil der laufenden Großstörung."}]),
)


# ----------------------------------------------------------------------------- helpers

_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)


def _uuid(rng: random.Random) -> str:
    """A version-4 UUID string drawn from ``rng`` (deterministic, fast)."""
    h = f"{(rng.getrandbits(128) & _UUID_CLEAR) | _UUID_SET:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _batched(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e",
                        "á": "a", "à": "a", "ó": "o", "ç": "c", "ñ": "n", "ø": "o",
                        "å": "a", "ë": "e", "ï": "i", "ô": "o", "î": "i", "ê": "e"})


def _slug(value: str) -> str:
    value = value.lower().translate(_ASCII)
    return re.sub(r"[^a-z0-9]+", "-", value).strip("-")


def _pick(pool: Sequence[str], ref: int | str) -> str:
    return pool[ref] if isinstance(ref, int) else ref


_SLA_CALENDAR = calendar_for("DE-BY")


def _dt(ts: float) -> datetime:
    return datetime.fromtimestamp(int(ts), UTC)


def normalize_phone(raw: str) -> str:
    """E.164 for a German or international number as typed (raises on invalid)."""
    number = phonenumbers.parse(raw, "DE")
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"invalid phone number {raw!r}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def is_empty(engine: Engine) -> bool:
    """True when the database has no users (nothing was seeded or created yet)."""
    with engine.connect() as conn:
        return conn.execute(select(User.id).limit(1)).first() is None


# ------------------------------------------------------------------------------ writer

class _Writer:
    """Inserts rows chunk by chunk: one transaction and one change version per chunk."""

    def __init__(self, engine: Engine, scale: Scale) -> None:
        # One connection for the whole seed, so that SQLite keeps its page cache (and the
        # larger cache size set below) from chunk to chunk.
        self.connection = engine.connect()
        self.sessions = sessionmaker(bind=self.connection, expire_on_commit=False)
        self._sqlite_restore: dict[str, int] = {}
        if engine.dialect.name == "sqlite":
            for pragma, value in SQLITE_PRAGMAS.items():
                old = self.connection.exec_driver_sql(f"PRAGMA {pragma}").scalar()
                self._sqlite_restore[pragma] = int(old or 0)
                self.connection.exec_driver_sql(f"PRAGMA {pragma} = {value}")
            self.connection.commit()
        self._chunk = scale.chunk_size
        self._level = logging.INFO if scale.log_progress else logging.DEBUG
        self.rows: dict[str, int] = defaultdict(int)
        self._db_seconds: dict[str, float] = defaultdict(float)
        self._started: dict[str, float] = {}
        self._expected: dict[str, int] = {}
        self._reported: dict[str, int] = defaultdict(int)

    def close(self) -> None:
        if self._sqlite_restore:
            for pragma, value in self._sqlite_restore.items():
                self.connection.exec_driver_sql(f"PRAGMA {pragma} = {value}")
            self.connection.commit()
            # Fold the write-ahead log into the database and leave no large -wal file;
            # outside a transaction (the engine's connections run in autocommit mode).
            driver = self.connection.connection.driver_connection
            if driver is not None:
                driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        self.connection.close()

    def begin(self, name: str, expected: int) -> None:
        self._started[name] = time.perf_counter()
        self._expected[name] = expected

    def end(self, name: str) -> None:
        wall = max(time.perf_counter() - self._started.pop(name, time.perf_counter()), 1e-9)
        rows = self.rows[name]
        log.log(self._level, "%s: %s rows in %.1f s (%s rows/s; %.1f s inserting)",
                name, f"{rows:,}", wall, f"{rows / wall:,.0f}", self._db_seconds[name])

    def write(self, table: Table, rows: Iterable[dict[str, Any]],
              session: Session | None = None) -> None:
        """Insert ``rows``; inside ``session`` if given, else one transaction per chunk."""
        for batch in _batched(rows, self._chunk):
            started = time.perf_counter()
            if session is not None:
                self._insert(session, table, batch)
            else:
                with self.sessions.begin() as own:
                    self._insert(own, table, batch)
            self._db_seconds[table.name] += time.perf_counter() - started
            self.rows[table.name] += len(batch)
            self._progress(table.name)

    @staticmethod
    def _insert(session: Session, table: Table, batch: list[dict[str, Any]]) -> None:
        if "version" in table.c:
            version = next_version(session)
            for row in batch:
                row["version"] = version
        session.execute(insert(table), batch)

    def _progress(self, name: str) -> None:
        expected = self._expected.get(name)
        if not expected:
            return
        tenth = self.rows[name] * 10 // expected
        if tenth > self._reported[name] and tenth < 10:
            self._reported[name] = tenth
            wall = time.perf_counter() - self._started.get(name, time.perf_counter())
            log.log(self._level, "%s: %s/%s rows (%.0f s)", name, f"{self.rows[name]:,}",
                    f"{expected:,}", wall)


# ------------------------------------------------------------------------------ seeder

_HOURS = tuple(range(6, 21))  # local hours, 06:00 to 20:59: early to late shift
_HOUR_CUM = tuple(accumulate((1, 4, 9, 12, 12, 10, 7, 9, 10, 9, 7, 5, 3, 2, 1)))
_IMPACT = (1, 2, 3, 4, 5)
_IMPACT_CUM = (5, 20, 55, 85, 100)
_KB_PREFIXES = ("", "", "", "Anleitung: ", "FAQ: ", "Fehlerbehebung: ", "Bekannter Fehler: ",
                "Checkliste: ")
_KB_HINTS = ("Dokumentieren Sie jeden Schritt im Ticket.",
             "Betrifft das Problem mehrere Personen, prüfen Sie zuerst die Störungsübersicht.",
             "Bitten Sie den Anrufer um einen Screenshot der Fehlermeldung.",
             "Dieser Artikel wird quartalsweise vom Fachteam geprüft.")
_DAY = 86_400.0


@dataclass
class _PhoneTicket:
    ticket_id: str
    customer: int
    created: float
    agent_id: str | None
    level: int
    status: str
    premium: bool
    fcr_resolved: float | None = None  # solved while the caller was on the line


class _Seeder:
    """Generates one support centre; every method writes one group of tables."""

    def __init__(self, engine: Engine, scale: Scale, random_seed: int, now: datetime) -> None:
        self.scale = scale
        self.seed = random_seed
        self.rng = random.Random(random_seed)
        self.now = now
        self.now_ts = now.timestamp()
        self.today = now.astimezone(BERLIN).date()
        self.writer = _Writer(engine, scale)
        fake = Faker("de_DE")
        fake.seed_instance(random_seed)
        self.fake = fake
        self.female = [fake.first_name_female() for _ in range(500)]
        self.male = [fake.first_name_male() for _ in range(500)]
        self.last_names = [fake.last_name() for _ in range(1500)]
        self.streets = [fake.street_name() for _ in range(600)] + list(COMMON_STREETS) * 20
        self.city_cum = tuple(accumulate(c[4] for c in CITIES))
        self.cat_cum = tuple(accumulate(c.weight for c in CATEGORIES))
        self.phones_seen: set[str] = set()
        self.emails_seen: set[str] = set()
        # filled as we go
        self.team_ids: dict[int, list[str]] = defaultdict(list)
        self.agents: dict[int, list[str]] = defaultdict(list)
        self.user_name: dict[str, str] = {}
        self.leads: list[str] = []  # supervisors and admins
        self.user_team: dict[str, str | None] = {}
        self.queue_team: dict[str, str] = {}
        self.queue_level: dict[str, int] = {}
        self.queue_id: dict[str, str] = {}
        self.queue_targets: dict[str, dict[int, tuple[int, int, int]]] = {}
        self.org_ids: list[str] = []
        self.org_city: list[int] = []
        self.org_domain: list[str] = []
        self.org_level: list[str] = []
        self.cust_ids: list[str] = []
        self.cust_org: list[int] = []
        self.cust_name: list[str] = []  # "Frau Müller"
        self.cust_full: list[str] = []  # "Anna Müller"
        self.cust_phone: list[str] = []
        self.cust_premium: list[bool] = []
        self.script_id: dict[str, tuple[str, int]] = {}
        self.walks: dict[str, list[tuple[str, str, str]]] = {}
        self.phone_tickets: list[_PhoneTicket] = []
        self._plan: tuple[list[float], list[str], list[int], list[str], list[int]]

    def section(self, name: str) -> None:
        """Switch to the random stream of one section, so sections do not shift each other
        (the customers of a seed stay the same whatever day it is seeded on)."""
        self.rng = random.Random(f"{self.seed}:{name}")

    # -- small generators ---------------------------------------------------------------

    def uuid(self) -> str:
        return _uuid(self.rng)

    def city(self) -> int:
        return self.rng.choices(range(len(CITIES)), cum_weights=self.city_cum)[0]

    def person(self) -> tuple[str, str, str]:
        """(salutation, first name, last name)."""
        rng = self.rng
        last = rng.choice(self.last_names)
        if rng.random() < 0.5:
            return ("Frau" if rng.random() > 0.015 else ""), rng.choice(self.female), last
        return ("Herr" if rng.random() > 0.015 else ""), rng.choice(self.male), last

    def business_ts(self, days: int) -> float:
        """A moment in the last ``days`` days, mostly on weekdays in office hours."""
        rng = self.rng
        for _ in range(100):
            day = self.today - timedelta(days=rng.randrange(days))
            if day.weekday() >= 5 and rng.random() > 0.12:
                continue
            hour = rng.choices(_HOURS, cum_weights=_HOUR_CUM)[0]
            local = datetime(day.year, day.month, day.day, hour, rng.randrange(60),
                             rng.randrange(60), tzinfo=BERLIN)
            ts = local.timestamp()
            if ts < self.now_ts - 60:
                return ts
        return self.now_ts - rng.uniform(60, days * _DAY)

    def office(self, ts: float, limit: float) -> float:
        """``ts`` moved into office hours (the next working morning), unless past ``limit``."""
        local = datetime.fromtimestamp(ts, BERLIN)
        if local.weekday() < 5 and 7 <= local.hour < 19:
            return ts
        day = local.date() + timedelta(days=1 if local.hour >= 19 else 0)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        moved = datetime(day.year, day.month, day.day, 8, tzinfo=BERLIN).timestamp()
        moved += self.rng.uniform(0, 2 * 3600)
        return moved if moved <= limit else ts

    def mobile(self) -> tuple[str, str]:
        """(number as typed, E.164) of a fresh German mobile number."""
        rng = self.rng
        while True:
            prefix, digits = rng.choice(MOBILE_PREFIXES)
            sub = str(rng.randrange(10 ** (digits - 1), 10**digits))
            e164 = f"+49{prefix}{sub}"
            if e164 not in self.phones_seen:
                self.phones_seen.add(e164)
                break
        style = rng.randrange(4)
        raw = (f"0{prefix} {sub}", f"+49 {prefix} {sub}", f"0{prefix}/{sub}",
               f"0{prefix}-{sub[:3]} {sub[3:]}")[style]
        return raw, e164

    def landline(self, city: int) -> tuple[str, str]:
        """(number as typed, E.164) of a fresh landline number in ``city``."""
        rng = self.rng
        area = CITIES[city][1]
        digits = {2: rng.choice((7, 8)), 3: 7, 4: 6}[len(area)]
        while True:
            sub = str(rng.randrange(2 * 10 ** (digits - 1), 10**digits))
            e164 = f"+49{area}{sub}"
            if e164 not in self.phones_seen:
                self.phones_seen.add(e164)
                break
        style = rng.randrange(5)
        raw = (f"0{area} {sub}", f"(0{area}) {sub}", f"0{area}/{sub}", f"+49 {area} {sub}",
               f"+49 (0){area} {sub}")[style]
        return raw, e164

    def phone(self, kind: str, city: int) -> str:
        raw, e164 = self.mobile() if kind == "mobil" else self.landline(city)
        if self.scale.normalize_phones:
            normalized = normalize_phone(raw)
            if normalized != e164:
                raise AssertionError(f"{raw!r} normalises to {normalized}, expected {e164}")
        return e164

    def email(self, first: str, last: str, domain: str | None) -> str:
        rng = self.rng
        f, la = _slug(first).replace("-", ""), _slug(last).replace("-", "")
        if domain:
            local = f"{f}.{la}" if rng.random() < 0.7 else f"{f[:1]}.{la}"
        else:
            domain = rng.choice(FREE_MAIL)
            local = rng.choice((f"{f}.{la}", f"{f[:1]}.{la}", f"{f}{la}{rng.randint(60, 99)}",
                                f"{la}.{f}", f"{f}.{la}{rng.randint(1, 99)}"))
        address = f"{local}@{domain}"
        while address in self.emails_seen:
            address = f"{local}{rng.randint(2, 9999)}@{domain}"
        self.emails_seen.add(address)
        return address

    # -- accounts ------------------------------------------------------------------------

    def accounts(self) -> None:
        """Teams, users and credentials, in one transaction that first checks emptiness."""
        self.section("accounts")
        s, rng = self.scale, self.rng
        n3 = max(1, s.teams // 5)
        n2 = max(1, (s.teams - n3) * 2 // 5)
        n1 = s.teams - n2 - n3
        team_rows: list[dict[str, Any]] = []
        for level, count in ((1, n1), (2, n2), (3, n3)):
            for i in range(count):
                if level == 1:
                    name = f"Service Desk {TEAM_CITIES[i % len(TEAM_CITIES)]}"
                elif level == 2:
                    name = f"Technischer Support {TEAM_CITIES[i % len(TEAM_CITIES)]}"
                else:
                    name = ("Fachspezialisten" if count == 1
                            else f"Fachspezialisten {SPECIALIST_TEAMS[i % len(SPECIALIST_TEAMS)]}")
                rounds = i // (len(TEAM_CITIES) if level < 3 else len(SPECIALIST_TEAMS))
                if rounds:
                    name += f" {rounds + 1}"
                tid = self.uuid()
                self.team_ids[level].append(tid)
                team_rows.append({"id": tid, "name": name})
        all_teams = [t for lvl in (1, 2, 3) for t in self.team_ids[lvl]]

        n_admin = max(1, s.users // 250)
        n_agents = s.users - n_admin - s.teams
        l3 = max(1, round(n_agents * 0.15))
        l1 = max(1, round(n_agents * 0.55))
        l2 = n_agents - l1 - l3
        slots: list[tuple[str, int | None]] = [("agent", 1)] * l1
        slots += [("agent", 2)] * l2 + [("agent", 3)] * l3
        slots += [("supervisor", None)] * s.teams + [("admin", None)] * n_admin
        taken = {a["username"] for a in DEMO_ACCOUNTS}
        for account in DEMO_ACCOUNTS:
            slots.remove((account["role"], account["level"]))
        supervisors_done = 1  # the demo supervisor leads the first team

        shared_hash = hash_password(DEMO_PASSWORD)
        user_rows: list[dict[str, Any]] = []
        credential_rows: list[dict[str, Any]] = []
        for n, (role, slot_level) in enumerate(slots):
            _, first, last = self.person()
            base = _slug(f"{first[:1]}{last}").replace("-", "")[:20]
            username, k = base, 1
            while username in taken:
                k += 1
                username = f"{base}{k}"
            taken.add(username)
            if role == "agent":
                team = rng.choice(self.team_ids[slot_level or 1])
            elif role == "supervisor":
                team = all_teams[supervisors_done % len(all_teams)]
                supervisors_done += 1
            else:
                team = None
            uid = self.uuid()
            self._remember_user(uid, f"{first} {last}", role, slot_level, team)
            user_rows.append({
                "id": uid, "username": username, "display_name": f"{first} {last}",
                "email": f"{username}@servicecenter.example", "role": role, "level": slot_level,
                "team_id": team, "extension": str(2101 + n), "language": "de", "active": True,
            })
            credential_rows.append({"user_id": uid, "password_hash": shared_hash,
                                    "changed_at": self.now})

        self.writer.begin("users", s.users)
        with self.writer.sessions.begin() as session:
            existing = session.execute(select(func.count()).select_from(User)).scalar_one()
            if existing:
                raise DatabaseNotEmpty(
                    f"the database already has {existing} user(s); seed only an empty, freshly "
                    "migrated database (use a new --database-url or delete the old one)")
            self.writer.write(SYNCED_TABLES["teams"], team_rows, session)
            for n, account in enumerate(DEMO_ACCOUNTS):
                level = account["level"]
                team = self.team_ids[level or 1][0] if account["role"] != "admin" else None
                uid = create_user(
                    session, username=account["username"], password=account["password"],
                    display_name=account["display_name"], role=account["role"], level=level,
                    team_id=team, email=f"{account['username']}@servicecenter.example",
                    extension=str(2001 + n), user_id=self.uuid(),
                    password_hash=shared_hash if account["password"] == DEMO_PASSWORD else None)
                self._remember_user(uid, account["display_name"], account["role"], level, team)
            self.writer.rows["users"] += len(DEMO_ACCOUNTS)
            self.writer.write(SYNCED_TABLES["users"], user_rows, session)
            self.writer.write(CREDENTIALS, credential_rows, session)
        self.writer.end("users")

    def _remember_user(self, uid: str, name: str, role: str, level: int | None,
                       team: str | None) -> None:
        self.user_name[uid] = name
        self.user_team[uid] = team
        if role == "agent" and level:
            self.agents[level].append(uid)
        else:
            self.leads.append(uid)

    # -- SLA policies and queues ---------------------------------------------------------

    def queues(self) -> None:
        self.section("queues")
        policy_ids: dict[str, str] = {}
        policy_targets: dict[str, dict[int, tuple[int, int, int]]] = {}
        policy_rows = []
        for name, respond, solve in SLA_POLICIES:
            targets = {p: (round(fr * respond), round(nu * respond), round(sol * solve))
                       for p, (fr, nu, sol) in SLA_BASE.items()}
            policy_ids[name] = pid = self.uuid()
            policy_targets[name] = {int(p[1]): t for p, t in targets.items()}
            policy_rows.append({
                "id": pid, "name": name, "calendar": "DE-BY", "warn_ratio": 0.75,
                "targets": json.dumps({p: {"first_response": t[0], "next_update": t[1],
                                           "solution": t[2]} for p, t in targets.items()}),
            })
        seen_per_level: dict[int, int] = defaultdict(int)
        queue_rows = []
        for name, level, description, policy in QUEUES:
            teams = self.team_ids[level]
            team = teams[seen_per_level[level] % len(teams)]
            seen_per_level[level] += 1
            self.queue_id[name] = qid = self.uuid()
            self.queue_targets[name] = policy_targets[policy]
            self.queue_team[name], self.queue_level[name] = team, level
            queue_rows.append({"id": qid, "name": name, "level": level,
                               "description": description, "team_id": team,
                               "sla_policy_id": policy_ids[policy]})
        self.writer.write(SYNCED_TABLES["sla_policies"], policy_rows)
        self.writer.write(SYNCED_TABLES["queues"], queue_rows)

    # -- who works where, wrap-up codes, synonyms, shared views -------------------------

    def work_setup(self) -> None:
        """Queue memberships, wrap-up codes, knowledge synonyms and shared team views.

        Every agent works the queues of their level that belong to their team; an agent
        whose team owns no queue of their level (the reference scale has more teams than
        queues) works all queues of that level. Supervisors see their team's queues
        without memberships, admins see everything (``server/visibility.py``).
        """
        self.section("work")
        members: list[dict[str, Any]] = []
        for level in (1, 2, 3):
            queues = [name for name, lvl in self.queue_level.items() if lvl == level]
            for agent in self.agents[level]:
                own = [q for q in queues if self.queue_team[q] == self.user_team.get(agent)]
                members += [{"id": self.uuid(), "queue_id": self.queue_id[name],
                             "user_id": agent, "active": True} for name in own or queues]
        codes = [{"id": self.uuid(), "code": code, "label_de": de, "label_en": en,
                  "active": True, "position": n}
                 for n, (code, de, en) in enumerate(WRAP_UP_CODES)]
        synonyms = [{"id": self.uuid(), "terms": json.dumps(list(terms), ensure_ascii=False),
                     "language": language} for language, terms in KB_SYNONYMS]
        lead_of: dict[str, str] = {}
        for uid in self.leads:
            team = self.user_team.get(uid)
            if team is not None:
                lead_of.setdefault(team, uid)
        premium = {"v": 1, "statuses": ["new", "open", "pending"],
                   "queues": [self.queue_id[Q_SD_PREMIUM]], "sort": "due"}
        views: list[dict[str, Any]] = []
        for level in (1, 2, 3):
            extra = (("Premium-Kunden", premium),) if level == 1 else ()
            for team in self.team_ids[level]:
                views += [{"id": self.uuid(), "name": name, "owner_id": lead_of.get(team),
                           "team_id": team, "position": n,
                           "definition": json.dumps(definition, ensure_ascii=False)}
                          for n, (name, definition) in enumerate((*TEAM_VIEWS, *extra))]
        self.writer.write(SYNCED_TABLES["queue_members"], members)
        self.writer.write(SYNCED_TABLES["wrap_up_codes"], codes)
        self.writer.write(SYNCED_TABLES["kb_synonyms"], synonyms)
        self.writer.write(SYNCED_TABLES["saved_views"], views)

    # -- organisations and customers -----------------------------------------------------

    def organisations(self) -> None:
        self.section("organisations")
        s, rng, fake = self.scale, self.rng, self.fake
        self.writer.begin("organisations", s.organisations)
        seen: set[str] = set()
        rows = []
        for i in range(s.organisations):
            city = self.city()
            name = fake.company()
            if name in seen:
                name = f"{name} ({CITIES[city][0]})"
            while name in seen:
                name = f"{fake.company()} ({CITIES[city][0]})"
            seen.add(name)
            r = rng.random()
            level = "enterprise" if r < 0.05 else "premium" if r < 0.3 else "standard"
            oid = self.uuid()
            self.org_ids.append(oid)
            self.org_city.append(city)
            self.org_domain.append(f"{_slug(LEGAL_SUFFIX.sub(' ', name))[:40].strip('-')}.de")
            self.org_level.append(level)
            notes = ""
            if rng.random() < 0.2:
                notes = rng.choice(("Rahmenvertrag bis Ende 2027.", "Rechnungen nur als PDF.",
                                    "IT-Ansprechpartner vor Ort vorhanden.",
                                    "Zugang zum Gebäude nur mit Anmeldung am Empfang."))
            rows.append({"id": oid, "name": name, "customer_number": f"F-{10001 + i}",
                         "service_level": level, "notes": notes})
        self.writer.write(SYNCED_TABLES["organisations"], rows)
        self.writer.end("organisations")

    def customers(self) -> None:
        """Customers with 1-2 phones and an e-mail each, and a few audit rows."""
        self.section("customers")
        s, rng = self.scale, self.rng
        for name, expected in (("customers", s.customers), ("customer_phones", 0),
                               ("customer_emails", s.customers),
                               ("customer_audit", s.audit_rows)):
            self.writer.begin(name, expected)
        audited = set(rng.sample(range(s.customers), min(s.audit_rows, s.customers)))
        editors = self.agents[1] + self.agents[2]
        orgs = len(self.org_ids)
        chunk = s.chunk_size
        for start in range(0, s.customers, chunk):
            customers: list[dict[str, Any]] = []
            phones: list[dict[str, Any]] = []
            emails: list[dict[str, Any]] = []
            audits: list[dict[str, Any]] = []
            for i in range(start, min(start + chunk, s.customers)):
                salutation, first, last = self.person()
                org = int(orgs * rng.random() ** 1.6) if orgs and rng.random() < 0.65 else -1
                city = self.org_city[org] if org >= 0 and rng.random() < 0.8 else self.city()
                level = self.org_level[org] if org >= 0 else (
                    "premium" if rng.random() < 0.05 else "standard")
                cid = self.uuid()
                lo, hi = CITIES[city][2], CITIES[city][3]
                street = f"{rng.choice(self.streets)} {rng.randint(1, 140)}"
                if rng.random() < 0.05:
                    street += rng.choice("abc")
                consent = rng.random() < 0.6
                row = {
                    "id": cid, "customer_number": f"K-{1000001 + i}", "salutation": salutation,
                    "first_name": first, "last_name": last,
                    "organisation_id": self.org_ids[org] if org >= 0 else None,
                    "language": "en" if rng.random() < 0.04 else "de", "service_level": level,
                    "contact_consent": consent, "street": street,
                    "postal_code": f"{rng.randint(lo, hi):05d}", "city": CITIES[city][0],
                    "country": "DE",
                    "notes": rng.choice(CUSTOMER_NOTES) if rng.random() < 0.03 else "",
                    "erased": False,
                }
                customers.append(row)
                if org >= 0:
                    kinds = ["Büro", "mobil"]
                else:
                    kinds = ["mobil", "privat"] if rng.random() < 0.6 else ["privat", "mobil"]
                if rng.random() < 0.5:
                    kinds = kinds[:1]
                numbers = [self.phone(kind, city) for kind in kinds]
                phones.extend({"id": self.uuid(), "customer_id": cid, "label": kind, "e164": e}
                              for kind, e in zip(kinds, numbers, strict=True))
                address = self.email(first, last, self.org_domain[org] if org >= 0 else None)
                emails.append({"id": self.uuid(), "customer_id": cid,
                               "label": "geschäftlich" if org >= 0 else "privat",
                               "address": address})
                self.cust_ids.append(cid)
                self.cust_org.append(org)
                self.cust_name.append(f"{salutation} {last}" if salutation else f"{first} {last}")
                self.cust_full.append(f"{first} {last}")
                self.cust_phone.append(numbers[0])
                self.cust_premium.append(level != "standard")
                if i in audited:
                    audits.append(self._audit(cid, row, numbers[0], address, editors))
            self.writer.write(SYNCED_TABLES["customers"], customers)
            self.writer.write(SYNCED_TABLES["customer_phones"], phones)
            self.writer.write(SYNCED_TABLES["customer_emails"], emails)
            self.writer.write(SYNCED_TABLES["customer_audit"], audits)
        for name in ("customers", "customer_phones", "customer_emails", "customer_audit"):
            self.writer.end(name)

    def _audit(self, cid: str, row: dict[str, Any], phone: str, address: str,
               editors: list[str]) -> dict[str, Any]:
        """One change of a customer field whose new value is the current one."""
        rng = self.rng
        field = rng.choice(("street", "last_name", "contact_consent", "phone", "email",
                            "postal_code"))
        if field == "street":
            old, new = f"{rng.choice(self.streets)} {rng.randint(1, 140)}", row["street"]
        elif field == "last_name":
            old, new = rng.choice(self.last_names), row["last_name"]
        elif field == "contact_consent":
            new = "true" if row["contact_consent"] else "false"
            old = "false" if row["contact_consent"] else "true"
        elif field == "phone":
            old, new = self.mobile()[1], phone
        elif field == "email":
            old, new = f"{_slug(row['last_name'])}@{rng.choice(FREE_MAIL)}", address
        else:
            old, new = f"{rng.randint(1067, 99998):05d}", row["postal_code"]
        return {"id": self.uuid(), "customer_id": cid, "field": field, "old_value": old,
                "new_value": new, "changed_by": rng.choice(editors),
                "changed_at": _dt(self.now_ts - rng.uniform(0, self.scale.days * _DAY))}

    # -- call scripts ------------------------------------------------------------------

    def call_scripts(self) -> None:
        self.section("call_scripts")
        s, rng = self.scale, self.rng
        plan: list[tuple[int, str, int]] = []  # base, variant, revision
        for i in range(s.call_scripts):
            k = i // len(CALL_SCRIPTS)
            plan.append((i % len(CALL_SCRIPTS), SCRIPT_VARIANTS[k % len(SCRIPT_VARIANTS)],
                         k // len(SCRIPT_VARIANTS) + 1))
        newest: dict[tuple[int, str], int] = {}
        for base, variant, revision in plan:
            newest[(base, variant)] = max(revision, newest.get((base, variant), 0))
        rows = []
        for base, variant, revision in plan:
            name, category, queue, definition = CALL_SCRIPTS[base]
            if variant:
                definition = json.loads(json.dumps(definition))
                definition["steps"]["s1"]["text"] += f" (Variante: {variant.strip(' –()')})"
            if revision < newest[(base, variant)]:
                status = "retired"
            elif revision == 1 and not variant:
                status = "published"
            else:
                status = "draft" if rng.random() < 0.15 else "published"
            if revision == 1 and rng.random() < 0.5 and not variant:
                revision += rng.randint(1, 3)  # the shipped scripts have been revised
            sid = self.uuid()
            if not variant and status == "published":
                self.script_id[name] = (sid, revision)
            rows.append({"id": sid, "key": _slug(f"{name}{variant}"),
                         "name": f"{name}{variant}", "revision": revision,
                         "status": status, "language": "en" if "Englisch" in variant else "de",
                         "queue_id": self.queue_id[Q_SD_PREMIUM if "Premium" in variant
                                                   else queue],
                         "category": category, "definition": json.dumps(definition,
                                                                        ensure_ascii=False)})
        for name, _category, _queue, definition in CALL_SCRIPTS:
            walks = []
            for _ in range(40):
                lines, outcome, answers = walk_script(definition, rng)
                walks.append(("\n".join(lines), json.dumps(answers, ensure_ascii=False),
                              outcome))
            self.walks[name] = walks
        self.writer.write(SYNCED_TABLES["call_scripts"], rows)

    def transcript(self, script: str, want: str, symptom: str) -> tuple[str, str]:
        """Body and data of a script transcript whose outcome fits the ticket."""
        walks = self.walks[script]
        lines, answers, outcome = self.rng.choice(
            [w for w in walks if w[2] == want] or walks)
        sid, revision = self.script_id.get(script, ("", 1))
        if "{symptom}" in lines:
            lines = lines.replace("{symptom}", symptom)
            answers = answers.replace("{symptom}", json.dumps(symptom, ensure_ascii=False)[1:-1])
        body = (f"Gesprächsleitfaden „{script}“ (Revision {revision}) durchlaufen:\n{lines}\n"
                f"Ergebnis: {OUTCOME_LABELS.get(outcome, outcome)}")
        data = (f'{{"script_id": "{sid}", "revision": {revision}, '
                f'"outcome": "{outcome}", "answers": {answers}}}')
        return body, data

    # -- tickets and entries -----------------------------------------------------------

    def _status(self, age_days: float) -> str:
        r = self.rng.random()
        table: tuple[tuple[str, float], ...]
        if age_days < 1:
            table = (("new", 0.45), ("open", 0.8), ("pending", 0.88), ("resolved", 1.0))
        elif age_days < 7:
            table = (("new", 0.06), ("open", 0.38), ("pending", 0.56), ("resolved", 0.95),
                     ("closed", 1.0))
        else:
            table = (("open", 0.07), ("pending", 0.12), ("resolved", 0.2), ("closed", 1.0))
        return next(status for status, p in table if r < p)

    def _plan_tickets(self) -> tuple[list[float], list[str], list[int], list[str], list[int]]:
        """Creation times, statuses, levels, channels and entry counts of all tickets."""
        s, rng = self.scale, self.rng
        n = s.tickets
        created = sorted(self.business_ts(s.days) for _ in range(n))
        statuses = [self._status((self.now_ts - c) / _DAY) for c in created]
        if n >= len(STATUSES):  # small scales: make sure every status shows up
            for status in STATUSES:
                if status not in statuses:
                    index = n - 1 if status == "new" else rng.randrange(n - 1)
                    statuses[index] = status
        levels, channels, counts, lows, highs = [], [], [], [], []
        for status in statuses:
            r = rng.random()
            level = 1 if status == "new" or r < 0.58 else 2 if r < 0.87 else 3
            r = rng.random()
            if status == "new":
                channel = "phone" if r < 0.2 else "email" if r < 0.7 else "web"
            else:
                channel = "phone" if r < 0.55 else "email" if r < 0.85 else "web"
            final = status in ("resolved", "closed")
            low = 1 + (level - 1) + final + (channel != "phone" and status != "new")
            high = 2 if status == "new" else 6 if status in ("open", "pending") else MAX_ENTRIES
            levels.append(level)
            channels.append(channel)
            lows.append(low)
            highs.append(high)
            counts.append(rng.randint(low, high))
        if s.entries is not None:
            if not sum(lows) <= s.entries <= sum(highs):
                raise ValueError(f"{s.entries} entries cannot be spread over {n} tickets "
                                 f"({sum(lows)}..{sum(highs)} possible)")
            diff = s.entries - sum(counts)
            while diff:
                i = rng.randrange(n)
                if diff > 0 and counts[i] < highs[i]:
                    counts[i] += 1
                    diff -= 1
                elif diff < 0 and counts[i] > lows[i]:
                    counts[i] -= 1
                    diff += 1
        return created, statuses, levels, channels, counts

    def plan(self) -> None:
        """Decide ticket times, statuses and entry counts before anything is written."""
        self.section("ticket plan")
        self._plan = self._plan_tickets()

    def tickets(self) -> None:
        self.section("tickets")
        s = self.scale
        created, statuses, levels, channels, counts = self._plan
        self.writer.begin("tickets", s.tickets)
        self.writer.begin("ticket_entries", sum(counts))
        per_year: dict[int, int] = defaultdict(int)
        tickets: list[dict[str, Any]] = []
        entries: list[dict[str, Any]] = []
        for i, c in enumerate(created):
            year = _dt(c).year
            per_year[year] += 1
            reference = f"T-{year}-{per_year[year]:06d}"
            self._ticket(reference, c, statuses[i], levels[i], channels[i], counts[i],
                         tickets, entries)
            if len(tickets) >= s.chunk_size or i == len(created) - 1:
                self.writer.write(SYNCED_TABLES["tickets"], tickets)
                self.writer.write(SYNCED_TABLES["ticket_entries"], entries)
                tickets, entries = [], []
        self.writer.end("tickets")
        self.writer.end("ticket_entries")

    def _ticket(self, reference: str, c: float, status: str, level: int, channel: str,
                n: int, tickets: list[dict[str, Any]], entries: list[dict[str, Any]]) -> None:
        rng, now = self.rng, self.now_ts
        cat = rng.choices(CATEGORIES, cum_weights=self.cat_cum)[0]
        title = rng.choice(cat.titles).format(thing=rng.choice(cat.things))
        symptom = rng.choice(cat.symptoms)
        since = rng.choice(SINCE)
        impact = rng.choices(_IMPACT, cum_weights=_IMPACT_CUM)[0]
        urgency = rng.choices(_IMPACT, cum_weights=_IMPACT_CUM)[0]
        priority = math.ceil((impact + urgency) / 2)
        cust = int(len(self.cust_ids) * rng.random() ** 1.3)
        org = self.cust_org[cust]
        queue1 = Q_SD_PREMIUM if self.cust_premium[cust] else Q_SD
        queue = {1: queue1, 2: cat.queue2, 3: cat.queue3}[level]
        fr, _nu, sol = self.queue_targets[queue][priority]
        l1_agent = rng.choice(self.agents[1])
        created_by = l1_agent if channel == "phone" else None
        owner: str | None = rng.choice(self.agents[level])
        if status == "new" or (status == "open" and rng.random() < 0.1):
            owner = None
        elif level == 1:
            owner = l1_agent  # whoever took it at the first level keeps it

        # the kinds of the entries, in order
        final = status in ("resolved", "closed")
        middle: list[str] = []
        special_first = False
        for j in range(n - 1 - (level - 1) - final):
            r = rng.random()
            if j == 0 and channel != "phone" and status != "new":
                middle.append("message_out")
                special_first = True
            elif j == 0 and channel == "phone" and r < 0.45:
                middle.append("script_transcript")
                special_first = True
            elif status == "new":
                middle.append("message_in")
            else:
                middle.append("note" if r < 0.4 else "message_in" if r < 0.6
                              else "message_out" if r < 0.75 else "callback" if r < 0.95
                              else "note")
        lo = 1 if special_first else 0
        positions = sorted(rng.randint(lo, len(middle)) for _ in range(level - 1))
        for k, pos in enumerate(positions):
            middle.insert(pos + k, f"escalation{k + 2}")
        kinds = ["first", *middle] + (["final"] if final else [])

        # the timeline, in epoch seconds
        span = now - c
        resolved = closed = pending = None
        duration = sol * 60 * rng.uniform(0.1, 1.6)
        if status == "new":
            end = c + min(span, rng.uniform(60, 1800)) if n > 1 else c
        elif status in ("open", "pending"):
            end = c + span * rng.uniform(0.2, 1.0)
            if status == "pending":  # mostly in the future, sometimes overdue
                pending = now - rng.uniform(3600, 12 * 3600)
                if rng.random() < 0.9 or pending <= end:
                    pending = now + rng.uniform(2 * 3600, 5 * _DAY)
        elif status == "resolved":
            resolved = (self.office(c + min(span, duration), now) if span < 7 * _DAY
                        else self.office(now - rng.uniform(0, 7 * _DAY), now))
            end = resolved
        else:  # closed: automatically 7 days after resolution, or confirmed by the customer
            if span > 7 * _DAY + 3600 and rng.random() < 0.7:
                resolved = self.office(c + min(span - 7 * _DAY, duration), now - 7 * _DAY)
                closed = resolved + 7 * _DAY
            else:
                resolved = self.office(c + min(span * 0.9, duration), now - 300)
                closed = resolved + min(now - resolved, rng.uniform(300, 2 * _DAY))
            end = resolved
        # Solved at first contact: on the first level, during the call the ticket was
        # opened in (see calls(): that call lasts until after the resolution).
        fcr = level == 1 and final and channel == "phone" and n <= 4 and resolved is not None
        if fcr:
            resolved = c + min(span * 0.5, rng.uniform(180, 900))
            if closed is not None:
                closed = max(closed, resolved)
            end = resolved
        times = [c]
        if n > 1:
            if kinds[1] == "script_transcript":  # documented during the call
                t1 = c + min(end - c, rng.uniform(60, 600))
            elif channel == "phone":
                t1 = c + (end - c) * rng.uniform(0.0, 0.5)
            elif status == "new":
                t1 = end
            else:
                t1 = c + min(fr * 60 * rng.uniform(0.1, 1.3), (end - c) * 0.5)
            inner = sorted(rng.uniform(t1, end) for _ in range(n - 2))
            times += [t1, *inner]
            if resolved is not None:
                times[-1] = end
        first_response = c if channel == "phone" else (times[1] if n > 1 and status != "new"
                                                        else None)
        fr_due, sol_due = _SLA_CALENDAR.add_minutes(_dt(c), fr), _SLA_CALENDAR.add_minutes(
            _dt(c), sol)
        responded = _dt(first_response) if first_response is not None else None
        # the nearest running due time and its warn instant, as the ticket rule stores them
        sla = due_instants(status=status, priority=priority, first_response_due=fr_due,
                           first_responded_at=responded, solution_due=sol_due,
                           targets={priority: SlaTargets(fr, _nu, sol)}, warn_ratio=0.75,
                           calendar=_SLA_CALENDAR)
        tid = self.uuid()
        tickets.append({
            "id": tid, "reference": reference, "title": title,
            "description": f"{symptom} {since}. {IMPACT_TEXT[impact]}", "status": status,
            "impact": impact, "urgency": urgency, "priority": priority, "category": cat.name,
            "channel": channel, "level": level, "queue_id": self.queue_id[queue],
            "owner_id": owner, "customer_id": self.cust_ids[cust],
            "customer_name": self.cust_full[cust].strip(),
            "organisation_id": self.org_ids[org] if org >= 0 else None,
            "created_by": created_by, "created_at": _dt(c),
            "updated_at": _dt(closed if closed is not None else max(end, times[-1])),
            # due times in business hours on the queue's calendar, as the server computes
            "first_response_due": fr_due, "first_responded_at": responded,
            "solution_due": sol_due, "sla_due_at": sla.due, "sla_warn_at": sla.warn,
            "pending_until": _dt(pending) if pending is not None else None,
            "resolved_at": _dt(resolved) if resolved is not None else None,
            "closed_at": _dt(closed) if closed is not None else None,
            # one escalation entry per level climbed (below); escalated or resolved
            # later than the first contact: not a first-contact resolution
            "escalation_count": level - 1,
            "first_contact_resolution": True if fcr else (
                False if level > 1 or final else None),
        })
        if channel == "phone":
            self.phone_tickets.append(_PhoneTicket(tid, cust, c, created_by, level, status,
                                                   self.cust_premium[cust],
                                                   resolved if fcr else None))

        # bodies and authors
        cust_name, full = self.cust_name[cust], self.cust_full[cust]
        checks = rng.sample(cat.checks, 2)
        agent = l1_agent
        current_level = 1
        want = ("escalate_l2" if level == 2 else "escalate_l3" if level == 3
                else "solved" if final and (n <= 3 or fcr) else "ticket")
        script = cat.script
        for kind, at in zip(kinds, times, strict=True):
            author: str | None = agent
            data = "{}"
            if kind == "first":
                if channel == "phone":
                    kind_out = "call_log"
                    body = (f"Eingehender Anruf von {cust_name} ({self.cust_phone[cust]}).\n"
                            f"{symptom} {since}.\nErste Prüfung: {checks[0]}.")
                    data = ('{"direction": "inbound", "duration_s": '
                            f"{rng.randint(90, 900)}}}")
                else:
                    kind_out, author = "customer_message", None
                    intro = "Webformular – " if channel == "web" else ""
                    body = (f"{intro}Guten Tag,\n\n{symptom} {since}. {IMPACT_TEXT[impact]}"
                            f"\n\nMit freundlichen Grüßen\n{full}")
                    data = f'{{"direction": "inbound", "channel": "{channel}"}}'
            elif kind == "message_in":
                kind_out, author = "customer_message", None
                body = f"{rng.choice(CUSTOMER_REPLIES)}\n\nViele Grüße\n{full}"
                data = '{"direction": "inbound", "channel": "email"}'
            elif kind == "message_out":
                kind_out = "customer_message"
                body = (f"Guten Tag {cust_name},\n\n{rng.choice(OUTBOUND_MESSAGES)}\n\n"
                        f"Mit freundlichen Grüßen\n{self.user_name[agent]}\nService Desk")
                data = '{"direction": "outbound", "channel": "email"}'
            elif kind == "script_transcript":
                kind_out = kind
                body, data = self.transcript(script, want, symptom)
            elif kind == "callback":
                kind_out = "call_log"
                body = f"Rückruf bei {cust_name}: {rng.choice(cat.checks)}. " + rng.choice(
                    AGENT_NOTES)
                data = f'{{"direction": "outbound", "duration_s": {rng.randint(60, 600)}}}'
            elif kind == "note":
                kind_out = "note"
                body = f"{rng.choice(cat.checks)}. {rng.choice(AGENT_NOTES)}"
            elif kind.startswith("escalation"):
                kind_out = "escalation"
                to_level = int(kind[-1])
                from_queue = queue1 if to_level == 2 else cat.queue2
                to_queue = cat.queue2 if to_level == 2 else cat.queue3
                told = rng.choice(CUSTOMER_TOLD)
                body = (f"Übergabe an {to_queue} ({to_level}. Level)\n\n"
                        f"Problem: {symptom}\nBereits geprüft: {checks[0]}; {checks[1]}\n"
                        f"Auswirkung: {IMPACT_TEXT[impact]}\n"
                        f"Nächster Schritt: {rng.choice(NEXT_STEPS)}\n"
                        f"Kunde erreichbar: {rng.choice(REACHABILITY)}\n"
                        f"Information an den Kunden: {told}")
                # the hand-over as desktop.domain.escalation.Handover.to_dict() has it
                data = json.dumps({
                    "kind": "escalation", "from_level": to_level - 1, "to_level": to_level,
                    "from_queue_id": self.queue_id[from_queue],
                    "to_queue_id": self.queue_id[to_queue],
                    "tried": f"{checks[0]}; {checks[1]}", "findings": symptom,
                    "customer_told": told}, ensure_ascii=False)
                current_level = to_level
                agent = (owner or rng.choice(self.agents[level])) if to_level == level else (
                    rng.choice(self.agents[to_level]))
            else:  # final
                kind_out = "note"
                author = owner or agent
                body = f"Lösung: {rng.choice(cat.fixes)}\nDer Kunde hat die Lösung bestätigt."
                data = '{"resolution": true}'
            entries.append({"id": self.uuid(), "ticket_id": tid, "kind": kind_out,
                            "author_id": author, "body": body, "data": data,
                            "created_at": _dt(at)})
        if current_level != level:
            raise AssertionError(f"{reference}: escalations do not reach level {level}")

    # -- knowledge, macros -------------------------------------------------------------

    def knowledge(self) -> None:
        self.section("knowledge")
        s, rng = self.scale, self.rng
        self.writer.begin("kb_articles", s.kb_articles)
        authors = self.agents[2] + self.agents[3]
        seen: set[str] = set()
        rows = []
        for _ in range(s.kb_articles):
            cat = rng.choices(CATEGORIES, cum_weights=self.cat_cum)[0]
            base, problem, cause, steps = rng.choice(cat.kb_topics)
            product = rng.choice(cat.products)
            for attempt in range(16):  # the same topic again: another kind of article
                prefix = "" if ":" in base else rng.choice(_KB_PREFIXES)
                title = f"{prefix}{base}" + (f" ({product})" if rng.random() < 0.5 else "")
                if attempt >= 4:  # or a site-specific variant
                    title += f" – Standort {rng.choice(CITIES)[0]}"
                if title not in seen:
                    break
            seen.add(title)
            numbered = "\n".join(
                f"{k}. {cat.kb_steps[step] if isinstance(step, int) else step}"
                for k, step in enumerate(steps, 1))
            hints = [f"Besteht das Problem weiterhin, übergeben Sie das Ticket an den "
                     f"**{cat.queue2}**.", rng.choice(_KB_HINTS)]
            body = (f"# {title}\n\n**Gilt für:** {product} · **Kategorie:** {cat.name}\n\n"
                    f"## Problem\n\n{_pick(cat.symptoms, problem)}\n\n"
                    f"## Ursache\n\n{_pick(cat.kb_causes, cause)}\n\n"
                    f"## Lösung\n\n{numbered}\n\n## Hinweise\n\n"
                    + "\n".join(f"- {h}" for h in hints) + "\n")
            tags = list(dict.fromkeys([_slug(cat.name), *rng.sample(cat.tags, 2),
                                       _slug(product)]))
            r = rng.random()
            status = "published" if r < 0.86 else "review" if r < 0.93 else "draft"
            created = self.now_ts - rng.uniform(0, 720 * _DAY)
            updated = created + (self.now_ts - created) * rng.random() ** 2
            helped = int(400 * rng.random() ** 3) if status == "published" else 0
            revision = 1 + int(6 * rng.random() ** 2)
            revision = revision if status == "published" else 1  # no earlier versions
            rows.append({
                "id": self.uuid(), "title": title, "body": body, "category": cat.name,
                "tags": json.dumps(tags, ensure_ascii=False), "language": "de",
                "product": product, "status": status,
                "revision": revision, "author_id": rng.choice(authors),
                "published_revision": revision if status == "published" else 0,
                "created_at": _dt(created), "updated_at": _dt(updated),
                "helped_count": helped, "not_helped_count": int(helped * rng.random() * 0.2),
            })
        self._kb_usage(rows)
        self.writer.write(SYNCED_TABLES["kb_articles"], rows)
        self.writer.end("kb_articles")
        self.writer.write(SYNCED_TABLES["kb_article_versions"], self._kb_versions(rows))
        self.writer.write(SYNCED_TABLES["kb_events"], self._kb_events)

    def _kb_versions(self, articles: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """One version row per published article: its current, published revision."""
        for a in articles:
            if a["status"] == "published":
                yield {"id": _uuid(self._kb_rng), "article_id": a["id"],
                       "revision": a["published_revision"], "title": a["title"],
                       "body": a["body"], "category": a["category"], "tags": a["tags"],
                       "author_id": a["author_id"], "published_by": a["author_id"],
                       "published_at": a["updated_at"], "change_note": ""}

    def _kb_usage(self, articles: list[dict[str, Any]]) -> None:
        """Recent usage of published articles as kb_events (views, links, votes).

        The counters keep the older history (before events were recorded) plus the
        seeded votes, as the server keeps them in step with new votes. A separate random
        stream, so the sections after this one stay as they were.
        """
        rng = self._kb_rng = random.Random("agentdesk-kb-usage")
        solved = [t for t in self.phone_tickets if t.status in ("resolved", "closed")]
        users = self.agents[1] + self.agents[2]
        events: list[dict[str, Any]] = []
        for a in articles:
            if a["status"] != "published" or not solved:
                continue
            for _ in range(rng.randrange(4)):
                ticket = rng.choice(solved)
                when = _dt(ticket.created + rng.uniform(60, 3600))
                user = ticket.agent_id or rng.choice(users)
                kinds = ["view", "linked"] + (["helped"] if rng.random() < 0.7 else
                                               ["not_helped"] if rng.random() < 0.5 else [])
                for kind in kinds:
                    events.append({"id": _uuid(rng), "article_id": a["id"],
                                   "ticket_id": ticket.ticket_id, "user_id": user,
                                   "kind": kind, "created_at": when})
                    if kind in ("helped", "not_helped"):
                        a[f"{kind}_count"] += 1
        self._kb_events = events

    def macros(self) -> None:
        self.section("macros")
        rng = self.rng
        rows = []
        for i in range(self.scale.macros):
            name, shortcut, actions = MACROS[i % len(MACROS)]
            shared = i < len(MACROS)
            actions = [dict(a) for a in actions]
            for action in actions:
                if "queue" in action:
                    action["queue_id"] = self.queue_id[action.pop("queue")]
            rows.append({
                "id": self.uuid(), "name": name,
                "owner_id": rng.choice(self.leads) if shared
                else rng.choice(self.agents[rng.choice((1, 1, 2, 3))]),
                "shared": shared, "shortcut": shortcut if shared else "",
                "actions": json.dumps(actions, ensure_ascii=False),
            })
        self.writer.write(SYNCED_TABLES["macros"], rows)

    # -- calls and agent states ----------------------------------------------------------

    def calls(self) -> None:
        self.section("calls")
        s, rng = self.scale, self.rng
        self.writer.begin("calls", s.calls)
        linked = rng.sample(self.phone_tickets, min(len(self.phone_tickets), int(s.calls * 0.7)))
        rows = []
        for n, t in enumerate(linked):
            started = t.created - rng.uniform(40, 300)
            answered = started + rng.uniform(3, 35)
            ended = t.created + rng.uniform(60, 900)
            if t.fcr_resolved is not None:  # solved on this call
                ended = min(max(ended, t.fcr_resolved + rng.uniform(5, 60)), self.now_ts)
                wrap = WRAP_UP["solved"]
            elif t.level > 1:
                wrap = WRAP_UP["escalated"]
            else:
                wrap = WRAP_UP["ticket"]
            rows.append(self._call(n, "inbound", started, answered, ended, t.agent_id,
                                   t.customer, t.ticket_id,
                                   Q_SD_PREMIUM if t.premium else Q_SD, wrap))
        agents = [a for level in (1, 2, 3) for a in self.agents[level]]
        for n in range(len(linked), s.calls):
            started = self.business_ts(s.days)
            customer = rng.randrange(len(self.cust_ids))
            r = rng.random()
            queue = Q_SD_PREMIUM if self.cust_premium[customer] else Q_SD
            if r < 0.25:
                rows.append(self._call(n, "inbound", started, None,
                                       started + rng.uniform(10, 180), None,
                                       customer if rng.random() < 0.7 else None, None, queue,
                                       WRAP_UP["abandoned"]))
            elif r < 0.65:
                known = rng.random() < 0.8
                answered = started + rng.uniform(3, 60)
                wrap = WRAP_UP["info"] if r < 0.6 else WRAP_UP["wrong"]
                rows.append(self._call(n, "inbound", started, answered,
                                       answered + rng.uniform(30, 400), rng.choice(self.agents[1]),
                                       customer if known else None, None, queue, wrap))
            else:
                answered = started + rng.uniform(5, 25)
                rows.append(self._call(n, "outbound", started, answered,
                                       answered + rng.uniform(60, 600), rng.choice(agents),
                                       customer, None, None, WRAP_UP["callback"]))
        self.writer.write(SYNCED_TABLES["calls"], rows)
        self.writer.end("calls")

    def _call(self, n: int, direction: str, started: float, answered: float | None,
              ended: float, agent: str | None, customer: int | None, ticket: str | None,
              queue: str | None, wrap: str) -> dict[str, Any]:
        # an unknown caller gets a fresh number
        number = self.cust_phone[customer] if customer is not None else self.mobile()[1]
        caller, dialled = (number, HOTLINE) if direction == "inbound" else (HOTLINE, number)
        return {
            "id": self.uuid(), "external_id": f"{int(started)}.{n}", "direction": direction,
            "caller_number": caller, "dialled_number": dialled, "agent_id": agent,
            "customer_id": self.cust_ids[customer] if customer is not None else None,
            "ticket_id": ticket, "queue_id": self.queue_id[queue] if queue else None,
            "started_at": _dt(started), "answered_at": _dt(answered) if answered else None,
            "ended_at": _dt(ended), "wrap_up_code": wrap,
        }

    def agent_states(self) -> None:
        """Today's states of every agent: shifts, calls, after-call work and breaks."""
        self.section("agent_states")
        rng = self.rng
        midnight = datetime(self.today.year, self.today.month, self.today.day,
                            tzinfo=BERLIN).timestamp()
        rows: list[dict[str, Any]] = []
        for level in (1, 2, 3):
            for agent in self.agents[level]:
                r = rng.random()
                start_h = 6.0 if r < 0.3 else 8.0 if r < 0.7 else 12.0 if r < 0.95 else -2.0
                start = midnight + start_h * 3600 + rng.uniform(-900, 900)
                end = start + 8.5 * 3600
                limit = min(end, self.now_ts)
                t, state = start, "signed_out"  # the shift starts with "available"
                breaks = [start + 2 * 3600, start + 4 * 3600, start + 6.5 * 3600]
                while t < limit:
                    if breaks and t >= breaks[0]:
                        long = len(breaks) == 2
                        state, reason = "break", BREAK_REASONS[0 if long else 1]
                        if rng.random() < 0.05:
                            reason = rng.choice(BREAK_REASONS[2:])
                        length = rng.uniform(25, 35) * 60 if long else rng.uniform(5, 15) * 60
                        breaks.pop(0)
                    elif state == "on_call":
                        state, reason, length = ("after_call_work", "",
                                                 rng.uniform(20, 240))
                    elif state == "available":
                        state, reason, length = ("on_call", "", rng.uniform(90, 720))
                    else:
                        state, reason, length = ("available", "", rng.uniform(30, 900))
                    stop = t + length
                    if stop >= limit:  # the current state, or the last one of a past shift
                        stop = limit
                    ended = None if stop >= self.now_ts else _dt(stop)
                    rows.append({"id": self.uuid(), "user_id": agent, "state": state,
                                 "reason": reason, "started_at": _dt(t), "ended_at": ended})
                    t = stop
        self.writer.write(SYNCED_TABLES["agent_states"], rows)


def walk_script(definition: dict[str, Any],
                rng: random.Random) -> tuple[list[str], str, dict[str, Any]]:
    """Answer a call script at random from its start to an outcome.

    Returns the transcript lines, the outcome and the answers. Raises ValueError when a
    step has neither an outcome nor a matching branch (a broken script).
    """
    step_id = definition["start"]
    answers: dict[str, Any] = {}
    lines: list[str] = []
    for _ in range(len(definition["steps"]) + 1):
        step = definition["steps"][step_id]
        for q in step["questions"]:
            if q["type"] == "yes_no":
                answer: Any = rng.random() < 0.65
                shown = "ja" if answer else "nein"
            elif q["type"] == "choice":
                answer = shown = rng.choice(q["choices"])
            else:
                answer = shown = TEXT_ANSWERS.get(q["id"], "siehe Ticket")
            answers[q["id"]] = answer
            lines.append(f"- {q['text']}: {shown}")
        if step["outcome"]:
            return lines, step["outcome"], answers
        for branch in step["branches"]:
            if all(answers.get(k) == v for k, v in branch["when"].items()):
                step_id = branch["goto"]
                break
        else:
            raise ValueError(f"step {step_id!r} has no outcome and no matching branch")
    raise ValueError("the script loops without reaching an outcome")


def resolve_scale(scale: str | Scale) -> Scale:
    """A preset by name, or the given :class:`Scale`."""
    if isinstance(scale, Scale):
        return scale
    try:
        return SCALES[scale]
    except KeyError:
        raise ValueError(f"unknown scale {scale!r} (choose from {', '.join(SCALES)})") from None


def _check(scale: Scale) -> None:
    if scale.teams < 3:
        raise ValueError("a support centre needs at least 3 teams (one per level)")
    if scale.users - max(1, scale.users // 250) - scale.teams < 6:
        raise ValueError("too few users for the teams: at least 6 agents are needed")
    if scale.customers < 1 or scale.tickets < 1:
        raise ValueError("at least one customer and one ticket")


def seed_database(engine: Engine, scale: str | Scale = "demo", random_seed: int = 42, *,
                  now: datetime | None = None) -> str:
    """Fill an empty, migrated server database; return a one-line summary.

    ``scale`` is ``"demo"``, ``"reference"`` or a :class:`Scale`. ``now`` (default: the
    current time) anchors every timestamp, so a fixed ``now`` gives identical data.
    Raises :class:`DatabaseNotEmpty` when the database already has users.
    """
    chosen = resolve_scale(scale)
    _check(chosen)
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    started = time.perf_counter()
    log.log(logging.INFO if chosen.log_progress else logging.DEBUG,
            "seeding the %s scale (random seed %d)", chosen.name, random_seed)
    seeder = _Seeder(engine, chosen, random_seed, now)
    seeder.plan()  # raises ValueError for an impossible scale, before any write
    try:
        seeder.accounts()
        seeder.queues()
        seeder.work_setup()
        seeder.organisations()
        seeder.customers()
        seeder.call_scripts()
        seeder.tickets()
        seeder.knowledge()
        seeder.macros()
        seeder.calls()
        seeder.agent_states()
    finally:
        seeder.writer.close()
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:  # fresh statistics for the planner after a bulk load
            conn.execute(text("ANALYZE"))
    rows = seeder.writer.rows
    elapsed = time.perf_counter() - started
    summary = (
        f"seeded {chosen.name}: {rows['teams']} teams, {rows['users']} users, "
        f"{rows['queues']} queues, {rows['organisations']:,} organisations, "
        f"{rows['customers']:,} customers ({rows['customer_phones']:,} phones, "
        f"{rows['customer_emails']:,} e-mails), {rows['tickets']:,} tickets "
        f"({rows['ticket_entries']:,} entries), {rows['kb_articles']:,} articles, "
        f"{rows['call_scripts']} call scripts, {rows['macros']} macros, "
        f"{rows['calls']:,} calls, {rows['agent_states']:,} agent states in {elapsed:.1f} s"
    )
    log.log(logging.INFO if chosen.log_progress else logging.DEBUG, "%s", summary)
    return summary
