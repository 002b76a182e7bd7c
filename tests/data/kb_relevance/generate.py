"""Writes the knowledge-search relevance set: articles.json, synonyms.json, queries.json.

A support FAQ of a German IT and telecom service desk, in German and English. Each
topic below is one article (or one per product when it names several products); its
queries are what agents type for it, marked with their kind:

- ``w`` plain words, ``c`` compound parts or a compound, ``u`` umlaut/ß spelling,
  ``t`` typo, ``s`` needs the synonym list, ``p`` typed halfway (prefix), ``e`` English.

A query without a product in a topic with products expects every product's article;
``expect=`` names other articles that answer the query too. Run
``python tests/data/kb_relevance/generate.py`` after a change; the JSON is committed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Topic:
    id: str
    lang: str
    category: str
    tags: list[str]
    title: str
    problem: str
    steps: list[str]
    queries: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    product: str = ""
    status: str = "published"
    also: list[str] = field(default_factory=list)  # other articles the queries accept


TOPICS: list[Topic] = []


def T(id: str, category: str, tags: str, title: str, problem: str, steps: str,
      *queries: str, lang: str = "de", products: str = "", product: str = "",
      status: str = "published", also: str = "") -> None:
    TOPICS.append(Topic(
        id=id, lang=lang, category=category, tags=tags.split(), title=title,
        problem=problem, steps=[s.strip() for s in steps.split("|") if s.strip()],
        queries=list(queries), products=[p.strip() for p in products.split(";") if p.strip()],
        product=product, status=status, also=also.split()))


# --- Konto & Anmeldung -----------------------------------------------------------------
K = "Konto & Anmeldung"
T("de-portal-passwort", K, "passwort portal anmeldung",
  "Passwortrücksetzung im Kundenportal",
  "Der Kunde hat sein Passwort für das Kundenportal vergessen oder kann sich nicht mehr "
  "anmelden.",
  "Öffnen Sie die Anmeldeseite und wählen Sie **Passwort vergessen**. | Geben Sie die "
  "hinterlegte E-Mail-Adresse ein. | Der Link zum Zurücksetzen ist 24 Stunden gültig.",
  "c|Passwort zurücksetzen Kundenportal", "t|kundenportal pasword vergessen",
  "w|Kundenportal Passwort vergessen")
T("de-konto-gesperrt", K, "konto sperre anmeldung",
  "Benutzerkonto nach Fehlversuchen gesperrt",
  "Nach fünf falschen Kennworteingaben sperrt das Verzeichnis das Benutzerkonto für 30 "
  "Minuten.",
  "Prüfen Sie im Verwaltungsportal, ob das Konto gesperrt ist. | Entsperren Sie das Konto "
  "nach Rückfrage beim Vorgesetzten. | Weisen Sie auf die Feststelltaste hin.",
  "c|Kontosperrung aufheben", "w|Konto gesperrt Fehlversuche", "t|benutzerkonto gespert")
T("de-kennwort-ablauf", K, "kennwort richtlinie",
  "Kennwort abgelaufen: neues Kennwort festlegen",
  "Alle 90 Tage verlangt die Richtlinie ein neues Kennwort; die Anmeldung meldet "
  "„Kennwort abgelaufen“.",
  "Melden Sie sich mit dem alten Kennwort an. | Vergeben Sie ein neues Kennwort mit "
  "mindestens zwölf Zeichen. | Das Kennwort darf keinem der letzten fünf gleichen.",
  "w|Kennwort abgelaufen", "s|passwort abgelaufen neues festlegen",
  "u|Kennwort ablaeuft", "p|kennwort abgel")
T("de-2fa-handy", K, "mfa sicherheit smartphone",
  "Zwei-Faktor-Authentifizierung nach Handywechsel neu einrichten",
  "Nach einem Wechsel des Smartphones fehlen die Codes der Authenticator-App.",
  "Prüfen Sie die Identität des Anrufers mit Personalnummer und Geburtsdatum. | Setzen "
  "Sie im Verwaltungsportal die Registrierung des zweiten Faktors zurück. | Der Nutzer "
  "scannt beim nächsten Login einen neuen QR-Code.",
  "c|Zweifaktorauthentifizierung neues Handy", "s|2FA Smartphone gewechselt",
  "w|Authenticator App neues Handy", "p|zwei-faktor-auth")
T("de-sso-fehler", K, "anmeldung sso browser",
  "Single Sign-on meldet Fehler AADSTS50076",
  "Beim Öffnen von Webanwendungen erscheint der Fehler AADSTS50076 statt der Anmeldung.",
  "Der Fehler verlangt eine erneute Bestätigung mit dem zweiten Faktor. | Lassen Sie den "
  "Nutzer alle Browserfenster schließen und neu anmelden. | Bleibt der Fehler, "
  "Browsercache leeren.",
  "w|AADSTS50076", "w|Single Sign-on Fehler Anmeldung", "u|browserfenster schliessen sso")
T("de-benutzer-neu", K, "benutzer onboarding",
  "Neuen Mitarbeiter anlegen: Benutzerkonto und Postfach",
  "Für neue Mitarbeitende braucht es ein Benutzerkonto, ein Postfach und die "
  "Gruppenrechte der Abteilung.",
  "Prüfen Sie den unterschriebenen Antrag der Personalabteilung. | Legen Sie das Konto "
  "mit der Vorlage der Abteilung an. | Das Postfach entsteht automatisch nach einer "
  "Stunde.",
  "w|neuen Mitarbeiter anlegen", "c|Benutzerkonto anlegen Onboarding",
  "p|neuen mitarb")
T("de-berechtigung-ordner", K, "berechtigung netzlaufwerk",
  "Zugriffsrechte auf einen Abteilungsordner beantragen",
  "Der Nutzer sieht den Ordner der Abteilung, erhält aber „Zugriff verweigert“.",
  "Der Ordnerverantwortliche muss die Berechtigung freigeben. | Legen Sie ein Ticket mit "
  "Pfad und gewünschter Rechtestufe an. | Nach der Freigabe neu anmelden, damit die "
  "Gruppenmitgliedschaft greift.",
  "w|Zugriff verweigert Ordner", "c|Zugriffsrechte Abteilungsordner",
  "t|zugrif verweigert ordner")
T("de-abmeldung-austritt", K, "benutzer offboarding",
  "Konto sperren beim Austritt eines Mitarbeiters",
  "Beim Austritt wird das Konto am letzten Arbeitstag gesperrt und das Postfach "
  "weitergeleitet.",
  "Sperren Sie das Konto zum Austrittsdatum. | Richten Sie die Weiterleitung an den "
  "Vorgesetzten ein. | Nach 90 Tagen wird das Postfach gelöscht.",
  "w|Austritt Mitarbeiter Konto sperren", "c|Mitarbeiteraustritt")
T("de-pin-smartcard", K, "smartcard pin sicherheit",
  "Smartcard-PIN gesperrt: PUK eingeben",
  "Nach drei falschen PIN-Eingaben ist die Smartcard gesperrt.",
  "Der Nutzer braucht den PUK aus dem PIN-Brief. | Ohne PUK muss die Karte im "
  "Ausweisbüro neu ausgestellt werden. | Setzen Sie danach eine neue PIN.",
  "w|Smartcard PIN gesperrt", "c|Smartcard PIN Sperre PUK", "t|smartcrad pin")

# --- E-Mail & Outlook ------------------------------------------------------------------
E = "E-Mail & Outlook"
T("de-outlook-start", E, "outlook office", "Outlook startet nicht nach dem Update",
  "Nach einem Office-Update bleibt Outlook beim Startbildschirm „Profil wird geladen“ "
  "stehen.",
  "Starten Sie Outlook im abgesicherten Modus mit `outlook.exe /safe`. | Deaktivieren Sie "
  "Add-ins, die nach dem Update fehlschlagen. | Hilft das nicht, Office über die "
  "Systemsteuerung reparieren.",
  "w|Outlook startet nicht", "t|outlok startet nicht update", "p|outlook star")
T("de-postfach-voll", E, "postfach speicher", "Postfach voll: Speicherplatz freigeben",
  "Ab 50 GB kann das Postfach keine E-Mails mehr senden oder empfangen.",
  "Leeren Sie den Ordner **Gelöschte Elemente**. | Verschieben Sie alte E-Mails ins "
  "Onlinearchiv. | Große Anhänge über die Suche `size:>10MB` finden.",
  "c|Postfachgröße überschritten", "w|Postfach voll", "u|postfach groesse speicher",
  "c|Speicher Platz Postfach")
T("de-abwesenheit", E, "outlook abwesenheit",
  "Abwesenheitsnotiz in Outlook einrichten",
  "Bei Urlaub oder Krankheit soll Outlook Absender automatisch informieren.",
  "Öffnen Sie **Datei > Automatische Antworten**. | Tragen Sie Zeitraum und Text für "
  "interne und externe Absender ein. | Die Notiz geht an jeden Absender einmal.",
  "w|Abwesenheitsnotiz einrichten", "c|Abwesenheit Notiz Urlaub Outlook",
  "t|abwesenheitsnotitz")
T("de-mail-weiterleitung", E, "postfach weiterleitung",
  "Automatische E-Mail-Weiterleitung an eine externe Adresse",
  "Externe Weiterleitungen sind aus Datenschutzgründen gesperrt.",
  "Interne Weiterleitungen richten Sie über Regeln ein. | Externe Weiterleitungen "
  "brauchen die Freigabe des Datenschutzbeauftragten. | Stellvertretung ist die "
  "bessere Lösung.",
  "c|Mailweiterleitung extern", "w|E-Mail automatisch weiterleiten",
  "s|email weiterleiten externe adresse")
T("de-signatur", E, "outlook signatur", "E-Mail-Signatur nach Firmenvorlage",
  "Die Signatur wird zentral aus den Stammdaten erzeugt und kann nicht frei gestaltet "
  "werden.",
  "Prüfen Sie Titel und Telefonnummer in den Stammdaten. | Änderungen an den Stammdaten "
  "erscheinen am nächsten Tag in der Signatur.",
  "w|Signatur ändern", "c|Mailsignatur Vorlage", "u|signatur aendern")
T("de-spam", E, "spam sicherheit phishing", "Verdächtige E-Mail oder Phishing melden",
  "Eine E-Mail fordert zur Eingabe von Zugangsdaten auf oder hat einen unerwarteten "
  "Anhang.",
  "Nicht auf Links klicken und keine Anhänge öffnen. | Über die Schaltfläche **Phishing "
  "melden** weiterleiten. | Wurden Daten eingegeben, sofort das Kennwort ändern.",
  "w|Phishing melden", "w|verdächtige Mail", "u|verdaechtige email anhang",
  "t|phising mail")
T("de-freigabe-kalender", E, "kalender outlook freigabe",
  "Kalender für Kollegen freigeben",
  "Kollegen sollen Termine sehen oder im Kalender eintragen können.",
  "Rechtsklick auf den Kalender, **Freigabeberechtigungen**. | Wählen Sie „Kann "
  "bearbeiten“ oder „Kann alle Details anzeigen“. | Der Kollege öffnet die "
  "Freigabe über den Link in der Einladung.",
  "c|Kalenderfreigabe", "w|Kalender freigeben Kollegen", "p|kalender freig")
T("de-gemeinsames-postfach", E, "postfach team",
  "Gruppenpostfach in Outlook einbinden",
  "Ein Gruppenpostfach (z. B. info@) erscheint nicht in Outlook.",
  "Beantragen Sie Vollzugriff für den Nutzer. | Das Postfach erscheint nach bis zu einer "
  "Stunde automatisch. | Sonst unter **Konto > weitere Postfächer** hinzufügen.",
  "w|Gruppenpostfach einbinden", "c|Gruppen Postfach Outlook",
  "w|gemeinsames Postfach Outlook")
T("de-mail-gross", E, "anhang postfach",
  "Große Anhänge werden abgelehnt",
  "E-Mails über 25 MB weist der Mailserver mit einer Unzustellbarkeitsnachricht ab.",
  "Verschicken Sie große Dateien als Freigabelink aus dem Cloudspeicher. | Komprimieren "
  "Sie Bilder vor dem Versand.",
  "w|Anhang zu groß", "u|anhang zu gross", "c|Unzustellbarkeitsnachricht große Datei")

# --- Drucker & Scanner ------------------------------------------------------------------
D = "Drucker & Scanner"
T("de-drucker-leer", D, "drucker toner", "Drucker druckt nur leere Seiten",
  "Der Drucker zieht Papier ein, aber die Seiten bleiben weiß.",
  "Prüfen Sie, ob das Schutzband der Tonerkartusche entfernt wurde. | Tauschen Sie die "
  "Tonerkartusche gegen eine neue. | Drucken Sie eine Testseite aus dem Gerätemenü.",
  "w|Drucker druckt leere Seiten", "t|druker druckt leere seiten",
  "c|Toner Kartusche leer weiße Seiten", "p|drucker druckt le",
  products="HP LaserJet M479; Brother MFC-L8900")
T("de-druckertreiber", D, "drucker treiber installation",
  "Druckertreiber installieren",
  "Ein neuer Arbeitsplatz findet den Abteilungsdrucker nicht oder druckt Zeichensalat.",
  "Öffnen Sie das Softwarecenter. | Installieren Sie das Paket des Druckermodells. | "
  "Fügen Sie den Drucker über `\\\\print01` hinzu.",
  "c|Drucker Treiber installieren", "p|druckertrei", "w|Druckertreiber Installation",
  "t|druckertreiber instalieren")
T("de-papierstau", D, "drucker papier", "Papierstau beheben",
  "Der Drucker meldet Papierstau im Fach 2 oder in der Duplexeinheit.",
  "Schalten Sie den Drucker aus. | Öffnen Sie die Klappen und ziehen Sie das Papier in "
  "Laufrichtung heraus. | Prüfen Sie, ob Papierreste in der Fixiereinheit stecken.",
  "w|Papierstau", "c|Papier Stau Fach 2", "t|papirstau",
  products="HP LaserJet M479; Kyocera TASKalfa 3554ci")
T("de-scan-mail", D, "scanner mail", "Scanner sendet keine E-Mails mehr",
  "Scan-to-Mail bricht mit „SMTP-Fehler“ ab, seit das Kennwort des Scanner-Kontos "
  "geändert wurde.",
  "Öffnen Sie die Weboberfläche des Geräts. | Tragen Sie das neue Kennwort des "
  "Scanner-Kontos ein. | Senden Sie einen Testscan.",
  "w|Scanner sendet keine Mails", "c|Scan to Mail SMTP Fehler", "s|scanner email geht nicht",
  "t|scaner mail")
T("de-druckwarteschlange", D, "drucker warteschlange",
  "Druckaufträge hängen in der Warteschlange",
  "Druckaufträge bleiben mit Status „Fehler“ in der Druckerwarteschlange stehen.",
  "Löschen Sie alle Aufträge in der Warteschlange. | Starten Sie den Dienst "
  "**Druckwarteschlange** neu. | Senden Sie den Auftrag erneut.",
  "c|Druckerwarteschlange hängt", "c|Druckauftrag hängt", "p|druckauftr",
  "u|druckauftraege haengen")
T("de-farbdruck", D, "drucker farbe", "Farbdruck freischalten",
  "Farbdrucke sind standardmäßig gesperrt und kosten die Kostenstelle extra.",
  "Der Kostenstellenverantwortliche beantragt die Freischaltung. | Nach der Freigabe "
  "erscheint im Druckdialog die Option **Farbe**.",
  "w|Farbdruck freischalten", "c|Farb Druck gesperrt", "t|farbdruk")
T("de-followme", D, "drucker sicherheit", "Follow-me-Druck mit Mitarbeiterausweis",
  "Ausdrucke erscheinen erst, wenn der Mitarbeiterausweis am Drucker gehalten wird.",
  "Senden Sie an den Drucker **FollowMe**. | Halten Sie den Ausweis an den Leser "
  "irgendeines Etagendruckers. | Aufträge verfallen nach 24 Stunden.",
  "w|Follow me Druck Ausweis", "c|Mitarbeiterausweis Drucker", "p|follow-m")
T("de-scan-netzordner", D, "scanner netzlaufwerk",
  "Scan in Netzwerkordner schlägt fehl",
  "Scans in den Netzwerkordner enden mit „Ziel nicht erreichbar“.",
  "Prüfen Sie den Pfad im Adressbuch des Scanners. | Das Dienstkonto braucht "
  "Schreibrechte auf den Ordner. | SMB1 ist abgeschaltet: SMB3 im Gerät aktivieren.",
  "c|Scan Netzwerkordner Fehler", "u|scan schlaegt fehl netzwerk",
  "c|Netzwerk Ordner scannen")
T("de-streifen", D, "drucker druckbild", "Streifen im Druckbild",
  "Ausdrucke zeigen senkrechte Streifen oder verschmierten Toner.",
  "Reinigen Sie den Koronadraht mit dem grünen Schieber. | Tauschen Sie die Trommel, "
  "wenn die Streifen bleiben.",
  "c|Druckbild Streifen", "w|Streifen beim Drucken", "t|streiffen ausdruck")

# --- Netzwerk & WLAN -------------------------------------------------------------------
N = "Netzwerk & WLAN"
T("de-wlan-langsam", N, "wlan netzwerk", "WLAN im Besprechungsraum sehr langsam",
  "In Besprechungsräumen bricht die Verbindung bei vielen Teilnehmern ein.",
  "Verbinden Sie Geräte mit dem 5-GHz-Netz **Firma-5G**. | Trennen Sie private Geräte "
  "vom Firmennetz. | Melden Sie den Raum, wenn es dauerhaft langsam ist.",
  "w|WLAN langsam Besprechungsraum", "s|wifi langsam meeting raum", "s|Funknetz langsam",
  "t|wlna langsam")
T("de-wlan-gast", N, "wlan gast", "Gästezugang zum WLAN einrichten",
  "Besucher brauchen Internet ohne Zugang zum Firmennetz.",
  "Erzeugen Sie am Empfang einen Gastcode für einen Tag. | Der Gast verbindet sich mit "
  "**Firma-Gast** und gibt den Code ein.",
  "c|Gastzugang WLAN", "u|gaestezugang wlan", "s|wifi fuer gaeste", "c|WLAN Gast Zugang")
T("de-wlan-kennwort", N, "wlan passwort router", "WLAN-Kennwort des Routers ändern",
  "Der Kunde möchte das Kennwort seines Heim-WLANs ändern.",
  "Öffnen Sie die Oberfläche des Routers im Browser. | Unter **WLAN > Sicherheit** den "
  "neuen Netzwerkschlüssel eintragen. | Alle Geräte danach neu verbinden.",
  "s|wifi passwort ändern", "c|WLANKennwort ändern", "w|Netzwerkschlüssel Router",
  "p|wlan-kennw", products="FRITZ!Box 7590; Speedport Smart 4")
T("de-netzlaufwerk", N, "netzlaufwerk datei", "Netzlaufwerk verbinden",
  "Das Laufwerk H: oder S: fehlt im Explorer.",
  "Verbinden Sie das VPN, falls der Nutzer zu Hause arbeitet. | Führen Sie "
  "`gpupdate /force` aus. | Melden Sie sich ab und wieder an.",
  "c|Netz Laufwerk verbinden", "w|Netzlaufwerk fehlt", "t|netzlaufwek", "p|netzlauf")
T("de-ip-konflikt", N, "netzwerk ip", "IP-Adresskonflikt im Netzwerk",
  "Windows meldet, dass ein anderes Gerät dieselbe IP-Adresse verwendet.",
  "Prüfen Sie, ob eine feste IP-Adresse eingetragen ist. | Stellen Sie auf DHCP um. | "
  "Melden Sie doppelte feste Adressen an das Netzwerkteam.",
  "c|IP Adresse Konflikt", "w|IP-Adresskonflikt", "t|ip adresskonflickt")
T("de-lan-kein", N, "netzwerk kabel", "Keine Netzwerkverbindung über Kabel",
  "Das Netzwerksymbol zeigt ein rotes Kreuz, obwohl das Kabel steckt.",
  "Prüfen Sie, ob die LED an der Netzwerkbuchse leuchtet. | Stecken Sie das Kabel an die "
  "zweite Buchse der Dockingstation. | Tauschen Sie das Patchkabel.",
  "c|Netzwerk Verbindung Kabel", "w|kein Netzwerk Kabel", "s|LAN Kabel kein Internet",
  "u|netzwerkverbindung rotes kreuz")
T("de-proxy", N, "browser proxy", "Webseiten laden nicht: Proxy-Fehler",
  "Der Browser meldet „Proxyserver antwortet nicht“.",
  "Prüfen Sie in den Interneteinstellungen, ob das Konfigurationsskript eingetragen ist. "
  "| Löschen Sie manuell eingetragene Proxyserver. | Starten Sie den Browser neu.",
  "w|Proxyserver antwortet nicht", "c|Proxy Server Fehler", "t|proxi fehler")

# --- VPN & Fernzugriff -----------------------------------------------------------------
V = "VPN & Fernzugriff"
T("de-vpn-abbruch", V, "vpn homeoffice", "VPN-Verbindung bricht nach 10 Minuten ab",
  "Im Homeoffice trennt sich das VPN regelmäßig nach einigen Minuten.",
  "Aktualisieren Sie den VPN-Client auf die neueste Version. | Schalten Sie den "
  "Energiesparmodus des WLAN-Adapters ab. | Testen Sie per Kabel am Router.",
  "c|VPN Verbindung bricht ab", "w|VPN trennt sich", "c|VPNVerbindung Abbruch",
  "s|fernzugriff bricht ab", "t|vpn verbindung bricht ab nach minuten homeofice")
T("de-vpn-zertifikat", V, "vpn zertifikat", "VPN meldet abgelaufenes Zertifikat",
  "Der VPN-Client lehnt die Verbindung mit „Zertifikat abgelaufen“ ab.",
  "Verbinden Sie das Gerät einmal im Firmennetz. | Das Zertifikat wird dann automatisch "
  "erneuert. | Unterwegs: Gerät in die IT bringen.",
  "c|VPN Zertifikat abgelaufen", "c|Zertifikatsfehler VPN", "p|vpn zertif")
T("de-fernwartung", V, "fernwartung support", "Fernwartungssitzung starten",
  "Für die Fernwartung startet der Nutzer das Support-Tool und nennt die Sitzungsnummer.",
  "Lassen Sie den Nutzer **Hilfe > Fernwartung** öffnen. | Er nennt die neunstellige "
  "Sitzungsnummer. | Verbinden Sie sich und bestätigen Sie den Zweck.",
  "c|Fernwartung Sitzung starten", "w|Fernwartungssitzung", "t|fernwatung",
  "s|Remote Support Sitzung")
T("de-vpn-installation", V, "vpn installation", "VPN-Client auf privatem Rechner",
  "Private Rechner dürfen kein VPN nutzen; für Homeoffice gibt es den Webzugang.",
  "Verweisen Sie auf das Webportal für E-Mail und Dateien. | Für Fachanwendungen "
  "stellt die IT ein Leihgerät.",
  "w|VPN privater Rechner", "c|Privatrechner VPN installieren", "e|vpn on private computer")
T("de-remotedesktop", V, "fernzugriff rdp", "Remotedesktop zum Büro-PC",
  "Der Nutzer möchte von zu Hause auf seinen Büro-PC zugreifen.",
  "Der Büro-PC muss eingeschaltet bleiben. | Verbinden Sie zuerst das VPN. | Starten Sie "
  "**Remotedesktopverbindung** mit dem Rechnernamen.",
  "c|Remote Desktop Büro PC", "w|Remotedesktopverbindung", "u|remotedesktop buero",
  "s|fernzugriff büro pc")

# --- Telefonie & Festnetz --------------------------------------------------------------
F = "Telefonie & Festnetz"
T("de-rufumleitung", F, "telefon umleitung", "Rufumleitung einrichten",
  "Anrufe sollen auf ein Handy oder einen Kollegen umgeleitet werden.",
  "Wählen Sie `*21*` gefolgt von der Zielnummer und `#`. | Zum Ausschalten `#21#` wählen. "
  "| In der Telefonanlage geht es auch über das Webportal.",
  "w|Rufumleitung einrichten", "s|Anrufweiterleitung einrichten",
  "c|Ruf Umleitung Handy", "p|rufumlei", "t|rufumleitnug",
  products="Festnetz Privat; Cloud-Telefonanlage")
T("de-rufumleitung-geht-nicht", F, "telefon umleitung", "Rufumleitung funktioniert nicht",
  "Die Umleitung ist gesetzt, aber Anrufe kommen weiter am Tischtelefon an.",
  "Prüfen Sie, ob eine Umleitung bei Besetzt statt sofort gesetzt ist. | Kontrollieren "
  "Sie die Zielnummer mit Vorwahl. | Löschen Sie alle Umleitungen mit `##002#`.",
  "w|Rufumleitung funktioniert nicht", "s|weiterleitung anrufe geht nicht")
T("de-mailbox-pin", F, "mailbox anrufbeantworter pin", "Mailbox-PIN zurücksetzen",
  "Der Kunde hat die PIN seiner Sprachbox vergessen.",
  "Prüfen Sie die Identität mit Kundennummer und Kennwort. | Setzen Sie die PIN im "
  "Kundensystem auf die letzten vier Ziffern der Rufnummer. | Der Kunde ändert sie beim "
  "nächsten Abhören.",
  "c|Mailbox PIN zurücksetzen", "s|Anrufbeantworter PIN vergessen", "s|voicemail pin reset",
  "u|mailbox pin zuruecksetzen")
T("de-anrufbeantworter", F, "anrufbeantworter mailbox", "Anrufbeantworter ein- und "
  "ausschalten",
  "Der Kunde möchte die Sprachbox seines Anschlusses ein- oder ausschalten.",
  "Einschalten: `**004*` + Mailboxnummer + `#`. | Ausschalten: `##004#`. | Die Ansage "
  "ändern Sie unter der Mailboxnummer mit Taste 9.",
  "w|Anrufbeantworter ausschalten", "s|Mailbox ausschalten", "t|anrufbeantwoter",
  "p|anrufbean")
T("de-rufnummernmitnahme", F, "rufnummer wechsel portierung",
  "Rufnummernmitnahme zu einem anderen Anbieter",
  "Beim Anbieterwechsel soll die Festnetznummer mitgenommen werden.",
  "Der neue Anbieter stellt den Portierungsauftrag. | Die Mitnahme kostet einmalig 6,82 "
  "Euro. | Der alte Vertrag endet mit der Portierung.",
  "c|Rufnummer mitnehmen Anbieterwechsel", "c|Nummer Mitnahme", "w|Portierung Festnetz",
  "p|rufnummernmit")
T("de-telefon-kein-freiton", F, "telefon stoerung festnetz", "Kein Freizeichen am Festnetz",
  "Der Kunde hört beim Abheben kein Freizeichen.",
  "Prüfen Sie im Störungssystem, ob eine Störung im Gebiet bekannt ist. | Lassen Sie den "
  "Router neu starten. | Prüfen Sie die Zuordnung der Telefonie-Ports.",
  "c|Freizeichen fehlt Festnetz", "w|kein Freizeichen", "c|Festnetzstörung",
  "u|festnetzstoerung kein freizeichen")
T("de-headset", F, "headset telefon", "Headset wird nicht erkannt",
  "Das USB-Headset erscheint nicht als Audiogerät in der Softphone-App.",
  "Stecken Sie das Headset direkt am Rechner statt am Monitor ein. | Wählen Sie es in "
  "der App unter **Audio** aus. | Aktualisieren Sie die Firmware des Headsets.",
  "w|Headset nicht erkannt", "t|headet nicht erkannt", "p|headset nicht erk",
  products="Jabra Evolve2 65; Poly Voyager 4320")
T("de-rueckruf", F, "telefon warteschlange", "Rückrufbitte aus der Warteschlange",
  "Anrufer in der Warteschlange können einen Rückruf anfordern.",
  "Der Rückruf erscheint als Aufgabe in der Queue. | Rufen Sie innerhalb von zwei "
  "Stunden zurück. | Nach drei Versuchen den Fall schließen.",
  "c|Rückruf Bitte Warteschlange", "u|rueckruf warteschlange", "w|Rückrufbitte")
T("de-telefonbuch", F, "telefon verzeichnis", "Telefonbucheintrag ändern",
  "Der Kunde möchte seinen Eintrag im Telefonbuch ändern oder löschen lassen.",
  "Aufnahme und Löschung sind kostenlos. | Tragen Sie den Wunsch im Kundensystem unter "
  "**Verzeichnisse** ein. | Die Änderung erscheint in der nächsten Ausgabe.",
  "c|Telefonbuch Eintrag löschen", "u|telefonbucheintrag aendern")

# --- Mobilfunk -------------------------------------------------------------------------
M = "Mobilfunk"
T("de-sim-tausch", M, "sim mobilfunk", "SIM-Karte tauschen (Kartentausch)",
  "Die SIM-Karte ist defekt, verloren oder passt nicht ins neue Smartphone.",
  "Bestellen Sie im Kundensystem eine Ersatzkarte. | Die Aktivierung erfolgt nach "
  "Eingabe der letzten vier Ziffern der neuen Kartennummer. | Die alte Karte wird "
  "sofort gesperrt.",
  "c|SIM Karte tauschen", "c|Simkartentausch", "w|Ersatzkarte SIM", "p|sim-kar")
T("de-esim", M, "esim mobilfunk", "eSIM aktivieren",
  "Für die eSIM scannt der Kunde einen QR-Code aus dem Kundenportal.",
  "Öffnen Sie im Portal **SIM-Karten > eSIM**. | Scannen Sie den QR-Code mit dem neuen "
  "Gerät. | Der QR-Code gilt nur einmal.",
  "w|eSIM aktivieren", "w|eSIM QR Code", "t|esim aktiviren")
T("de-roaming", M, "roaming ausland mobilfunk", "Roaming im Ausland funktioniert nicht",
  "Im Ausland zeigt das Smartphone kein Netz oder keine Daten.",
  "Schalten Sie **Datenroaming** in den Einstellungen ein. | Wählen Sie das Netz manuell. "
  "| Prüfen Sie, ob Roaming im Tarif gesperrt ist.",
  "w|Roaming funktioniert nicht", "c|Auslandsroaming Daten", "s|handy im ausland kein netz",
  "t|roming ausland")
T("de-datenvolumen", M, "datenvolumen tarif", "Datenvolumen aufgebraucht: Tempo erhöhen",
  "Nach Verbrauch des Inklusivvolumens wird auf 64 kbit/s gedrosselt.",
  "Buchen Sie im Portal eine Zusatzoption **Daten 5 GB**. | Sie gilt bis zum Ende des "
  "Abrechnungsmonats.",
  "c|Daten Volumen verbraucht", "w|Datenvolumen aufgebraucht", "w|gedrosselt surfen",
  "u|datenvolumen erhoehen")
T("de-handy-gestohlen", M, "sim sperre verlust", "Handy verloren: SIM-Karte sperren",
  "Bei Verlust oder Diebstahl muss die SIM-Karte sofort gesperrt werden.",
  "Sperren Sie die Karte im Kundensystem mit Grund **Verlust**. | Die Sperrnummer 116 116 "
  "gilt rund um die Uhr. | Bieten Sie eine Ersatzkarte an.",
  "s|Smartphone gestohlen sperren", "c|SIM Sperre Verlust", "w|Handy verloren",
  "c|Simkarte sperren")
T("de-mms", M, "mobilfunk apn", "Mobile Daten funktionieren nicht (APN)",
  "Nach einem Gerätewechsel fehlt der Zugangspunkt für mobile Daten.",
  "Tragen Sie den APN `internet.provider.de` ein. | Starten Sie das Gerät neu.",
  "w|mobile Daten gehen nicht", "w|APN einstellen", "s|handy kein internet")
T("de-vertrag-verlaengerung", M, "vertrag tarif", "Vertragsverlängerung mit neuem Handy",
  "Ab vier Monaten vor Ende der Laufzeit kann der Vertrag mit Gerät verlängert werden.",
  "Prüfen Sie das Verlängerungsdatum im Kundensystem. | Bieten Sie die aktuellen Tarife "
  "an. | Die neue Laufzeit beginnt am Ende der alten.",
  "c|Vertrag verlängern neues Handy", "u|vertragsverlaengerung", "p|vertragsverl",
  "t|vertragsverlängerug")
T("de-tarifwechsel", M, "tarif vertrag", "Tarifwechsel während der Laufzeit",
  "Ein Wechsel in einen höheren Tarif ist jederzeit möglich, in einen niedrigeren erst "
  "zum Laufzeitende.",
  "Wählen Sie im Kundensystem **Tarif ändern**. | Der neue Tarif gilt ab dem nächsten "
  "Abrechnungsmonat.",
  "c|Tarif wechseln", "w|Tarifwechsel Laufzeit", "u|tarif aendern hoeher")

# --- Internet & Router -----------------------------------------------------------------
IR = "Internet & Router"
T("de-router-neustart", IR, "router internet", "Router neu starten und Leuchten prüfen",
  "Bei Störungen hilft oft ein Neustart; die Leuchten zeigen, wo der Fehler liegt.",
  "Ziehen Sie den Stecker für 30 Sekunden. | Warten Sie, bis die Leuchte **Internet** "
  "dauerhaft leuchtet. | Blinkt **DSL**, liegt eine Leitungsstörung vor.",
  "c|Routerneustart", "w|Router neu starten", "t|ruter neustart",
  products="FRITZ!Box 7590; Speedport Smart 4; Vodafone Station")
T("de-internet-langsam", IR, "internet geschwindigkeit", "Internet langsamer als gebucht",
  "Die gemessene Geschwindigkeit liegt deutlich unter der gebuchten Bandbreite.",
  "Messen Sie per Kabel, nicht im WLAN. | Nutzen Sie die Messung der Bundesnetzagentur. "
  "| Liegt die Geschwindigkeit dauerhaft unter 90 %, Minderung anbieten.",
  "w|Internet langsam", "c|Internetgeschwindigkeit zu niedrig", "w|Bandbreite zu gering",
  "t|internet langsahm")
T("de-dsl-stoerung", IR, "dsl stoerung internet", "DSL-Störung melden",
  "Die DSL-Leuchte blinkt dauerhaft, es gibt keine Internetverbindung.",
  "Prüfen Sie das Störungssystem für die Anschlusskennung. | Lassen Sie den Router neu "
  "starten. | Beauftragen Sie eine Leitungsmessung und ggf. einen Technikertermin.",
  "c|DSL Störung melden", "u|dsl stoerung", "c|keine Internetverbindung DSL",
  "w|DSL Leuchte blinkt")
T("de-glasfaser", IR, "glasfaser anschluss", "Glasfaseranschluss: Technikertermin",
  "Für den Glasfaseranschluss setzt ein Techniker die Glasfaser-Teilnehmerdose.",
  "Vereinbaren Sie einen Termin im Planungssystem. | Der Kunde muss den Zugang zum Keller "
  "ermöglichen. | Der Termin dauert etwa drei Stunden.",
  "c|Glasfaser Anschluss Termin", "w|Technikertermin Glasfaser", "t|glassfaser")
T("de-portfreigabe", IR, "router port", "Portfreigabe im Router einrichten",
  "Für Spielkonsolen oder Kameras müssen Ports freigegeben werden.",
  "Öffnen Sie **Internet > Freigaben**. | Wählen Sie das Gerät und den Port. | "
  "Bei DS-Lite-Anschlüssen sind Portfreigaben für IPv4 nicht möglich.",
  "c|Port Freigabe Router", "w|Portfreigabe einrichten", "p|portfrei",
  products="FRITZ!Box 7590; Speedport Smart 4")
T("de-ipv4-dslite", IR, "router ipv6", "Öffentliche IPv4-Adresse statt DS-Lite",
  "Für Fernzugriff auf Geräte braucht der Kunde eine öffentliche IPv4-Adresse.",
  "Die Umstellung auf Dual Stack kostet 5 Euro im Monat. | Sie ist nach 24 Stunden "
  "aktiv.",
  "w|öffentliche IPv4 Adresse", "u|oeffentliche ipv4", "w|DS-Lite umstellen")
T("de-router-rueckgabe", IR, "router rueckgabe vertrag", "Rückgabe des Mietrouters",
  "Nach Vertragsende muss der Mietrouter innerhalb von 14 Tagen zurückgeschickt werden.",
  "Drucken Sie das Rücksendeetikett aus dem Kundenportal. | Legen Sie Netzteil und Kabel "
  "bei. | Ohne Rückgabe werden 90 Euro berechnet.",
  "u|Rueckgabe Router", "w|Rückgabe Mietrouter", "t|ruckgabe router", "c|Router "
  "zurückgeben", "p|mietrouter rueck")

# --- Rechnung & Vertrag ----------------------------------------------------------------
R = "Rechnung & Vertrag"
T("de-rechnung-hoch", R, "rechnung kosten", "Rechnung ist höher als erwartet",
  "Die Rechnung enthält Verbindungen zu Sondernummern oder Auslandsgespräche.",
  "Öffnen Sie den Einzelverbindungsnachweis. | Prüfen Sie Drittanbieterleistungen. | "
  "Bei Fehlern eine Gutschrift anlegen.",
  "w|Rechnung zu hoch", "u|rechnung hoeher als erwartet", "t|rechnug zu hoch",
  "c|Rechnungsbetrag zu hoch")
T("de-rechnungsadresse", R, "rechnung adresse", "Rechnungsadresse ändern",
  "Die Rechnung soll an eine andere Anschrift gehen.",
  "Ändern Sie im Kundensystem die **Rechnungsanschrift**. | Ab der nächsten Rechnung gilt "
  "die neue Adresse.",
  "c|Rechnung Adresse ändern", "c|Rechnungsanschrift", "u|rechnungsadresse aendern",
  "p|rechnungsadr")
T("de-lastschrift", R, "zahlung lastschrift", "SEPA-Lastschrift einrichten",
  "Der Kunde möchte per Lastschrift statt Überweisung zahlen.",
  "Erfassen Sie IBAN und Kontoinhaber. | Das Mandat gilt ab der nächsten Rechnung. | "
  "Der Kunde erhält die Mandatsreferenz per Post.",
  "w|Lastschrift einrichten", "c|SEPA Lastschriftmandat", "t|lastschirft",
  "u|ueberweisung statt lastschrift")
T("de-ruecklastschrift", R, "zahlung mahnung", "Rücklastschrift und Mahngebühr",
  "Eine Lastschrift kam mangels Deckung zurück; es fallen Gebühren an.",
  "Die Bankgebühr von 3,50 Euro wird weiterberechnet. | Bieten Sie eine Überweisung an. "
  "| Nach zwei Rücklastschriften wird der Anschluss gesperrt.",
  "c|Rücklastschrift Gebühr", "u|ruecklastschrift gebuehr", "w|Mahngebühr")
T("de-kuendigung", R, "vertrag kuendigung", "Vertrag kündigen: Fristen",
  "Der Kunde möchte seinen Vertrag kündigen.",
  "Nach der Mindestlaufzeit gilt eine Kündigungsfrist von einem Monat. | Die Kündigung "
  "ist über den Kündigungsbutton im Portal möglich. | Bestätigen Sie das Vertragsende "
  "schriftlich.",
  "w|Vertrag kündigen", "u|vertrag kuendigen", "c|Kündigungsfrist Vertrag",
  "t|kündigugn", "s|Vertragsende Frist")
T("de-umzug", R, "umzug vertrag anschluss", "Umzug: Anschluss mitnehmen",
  "Bei einem Umzug zieht der Anschluss mit, wenn er am neuen Ort verfügbar ist.",
  "Prüfen Sie die Verfügbarkeit an der neuen Adresse. | Beauftragen Sie den Umzug "
  "sechs Wochen vorher. | Ist der Tarif nicht verfügbar, gilt ein Sonderkündigungsrecht.",
  "w|Umzug Anschluss", "c|Umzugsauftrag", "c|Anschluss Umzug neue Adresse", "p|umzu")
T("de-gutschrift", R, "rechnung gutschrift", "Gutschrift bei Ausfall",
  "Bei einem Ausfall von mehr als zwei Tagen hat der Kunde Anspruch auf Entschädigung.",
  "Prüfen Sie die Dauer im Störungssystem. | Ab dem dritten Tag 5 Euro pro Tag. | "
  "Legen Sie die Gutschrift an.",
  "w|Gutschrift Ausfall", "w|Entschädigung Störung", "u|entschaedigung ausfall")
T("de-rechnung-online", R, "rechnung portal", "Online-Rechnung statt Papierrechnung",
  "Die Papierrechnung kostet 1,50 Euro im Monat; online ist sie kostenlos.",
  "Stellen Sie im Kundensystem auf **Online-Rechnung** um. | Die Rechnung liegt "
  "danach im Kundenportal.",
  "c|Onlinerechnung", "c|Papier Rechnung abbestellen", "p|online-rech")
T("de-drittanbieter", R, "rechnung drittanbieter sperre", "Drittanbietersperre einrichten",
  "Abos von Drittanbietern erscheinen auf der Mobilfunkrechnung.",
  "Richten Sie die kostenlose Drittanbietersperre ein. | Erstatten Sie unberechtigte "
  "Beträge nach Prüfung.",
  "c|Drittanbieter sperren", "w|Abo auf Handyrechnung", "t|drittanbiter")

# --- Hardware & Arbeitsplatz ------------------------------------------------------------
H = "Hardware & Arbeitsplatz"
T("de-monitor-flackert", H, "monitor bildschirm", "Monitor flackert",
  "Der Bildschirm flackert oder bleibt kurz schwarz.",
  "Prüfen Sie das Kabel zwischen Dockingstation und Monitor. | Stellen Sie die "
  "Bildwiederholrate auf 60 Hz. | Tauschen Sie das Kabel.",
  "w|Monitor flackert", "s|Bildschirm flackert", "t|monitor flakert", "p|monitor fla")
T("de-aufloesung", H, "monitor bildschirm", "Bildschirmauflösung falsch",
  "Nach dem Andocken ist alles zu groß oder unscharf.",
  "Öffnen Sie **Anzeigeeinstellungen**. | Wählen Sie die empfohlene Auflösung. | "
  "Skalierung auf 100 % setzen.",
  "c|Bildschirm Auflösung", "u|bildschirmaufloesung", "s|Monitor Auflösung unscharf",
  "c|Auflösung Bildschirm falsch")
T("de-docking", H, "dockingstation laptop", "Dockingstation erkennt Laptop nicht",
  "Am Dock bleiben Monitore, Tastatur und Netzwerk ohne Funktion.",
  "Trennen Sie das Dock 30 Sekunden vom Strom. | Aktualisieren Sie die Dock-Firmware. "
  "| Nutzen Sie den USB-C-Anschluss mit dem Blitzsymbol.",
  "w|Dockingstation geht nicht", "s|Docking Notebook erkennt nicht", "t|dokingstation")
T("de-laptop-akku", H, "laptop akku", "Laptop-Akku lädt nicht",
  "Der Akku bleibt bei 0 % oder lädt nur bis 80 %.",
  "Die Ladegrenze 80 % schont den Akku und ist Absicht. | Prüfen Sie das Netzteil. | "
  "Bei 0 % Akkutausch beauftragen.",
  "w|Akku lädt nicht", "u|akku laedt nicht", "s|Notebook Akku lädt nicht",
  "c|Laptopakku")
T("de-tastatur", H, "tastatur maus", "Funktastatur reagiert nicht",
  "Die kabellose Tastatur tippt nicht oder verzögert.",
  "Wechseln Sie die Batterien. | Stecken Sie den Empfänger vorne am Rechner ein. | "
  "Koppeln Sie die Tastatur neu.",
  "c|Funk Tastatur reagiert nicht", "w|Tastatur reagiert nicht", "t|tastatut",
  "u|verzoegert tastatur")
T("de-arbeitsplatz-neu", H, "arbeitsplatz bestellung", "Neuen Arbeitsplatz bestellen",
  "Für neue Mitarbeitende wird ein Arbeitsplatz mit Laptop, Dock und Monitoren bestellt.",
  "Bestellen Sie im Serviceportal das Paket **Standardarbeitsplatz**. | Die Lieferzeit "
  "beträgt zehn Arbeitstage.",
  "c|Arbeitsplatz bestellen", "w|Standardarbeitsplatz", "u|arbeitsplatz neu bestellen "
  "mitarbeitende")
T("de-festplatte-voll", H, "speicher festplatte", "Festplatte voll",
  "Windows meldet zu wenig Speicherplatz auf Laufwerk C:.",
  "Leeren Sie den Papierkorb und den Ordner Downloads. | Führen Sie die "
  "Datenträgerbereinigung aus. | Daten ins Home-Laufwerk verschieben.",
  "w|Festplatte voll", "c|Speicherplatz Laufwerk C", "t|festplate voll")
T("de-webcam", H, "kamera video", "Webcam wird in Teams nicht erkannt",
  "In Videokonferenzen bleibt das Bild schwarz.",
  "Prüfen Sie die Kamera-Abdeckung. | Erlauben Sie den Kamerazugriff in den "
  "Datenschutzeinstellungen. | Wählen Sie die Kamera in Teams unter **Geräte**.",
  "w|Webcam schwarz", "c|Kamera Zugriff Teams", "t|webcamm")

# --- Software & Office -----------------------------------------------------------------
S = "Software & Office"
T("de-office-lizenz", S, "office lizenz", "Office-Lizenz läuft ab",
  "Office meldet „Nicht lizenziertes Produkt“ oder eine ablaufende Lizenz.",
  "Melden Sie sich in Office mit dem Firmenkonto an. | Die Lizenz verlängert sich "
  "automatisch alle 30 Tage online.",
  "c|Officelizenz abgelaufen", "u|lizenz laeuft ab", "w|nicht lizenziertes Produkt",
  "t|ofice lizenz")
T("de-software-install", S, "software installation", "Software aus dem Softwarecenter "
  "installieren",
  "Nutzer haben keine Administratorrechte; freigegebene Programme kommen aus dem "
  "Softwarecenter.",
  "Öffnen Sie das Softwarecenter. | Wählen Sie das Programm und **Installieren**. | "
  "Fehlt das Programm, Antrag im Serviceportal stellen.",
  "c|Software Center installieren", "w|Programm installieren keine Adminrechte",
  "t|softwer installieren")
T("de-teams-ton", S, "teams audio", "Kein Ton in Teams-Besprechungen",
  "Der Nutzer hört die anderen Teilnehmer nicht.",
  "Prüfen Sie unter **Geräteeinstellungen** den Lautsprecher. | Stellen Sie das Headset "
  "als Standardgerät ein. | Teams neu starten.",
  "w|kein Ton Teams", "c|Teams Besprechung Ton", "t|teams kein tonn")
T("de-excel-absturz", S, "excel office", "Excel stürzt beim Öffnen großer Dateien ab",
  "Excel friert ein oder schließt sich beim Öffnen großer Arbeitsmappen.",
  "Öffnen Sie die Datei im abgesicherten Modus. | Deaktivieren Sie COM-Add-ins. | "
  "Speichern Sie die Datei als .xlsb.",
  "u|excel stuerzt ab", "w|Excel stürzt ab", "c|Excelabsturz große Datei")
T("de-windows-update", S, "windows update", "Windows-Update hängt bei 0 %",
  "Das Update bleibt bei 0 % stehen oder schlägt mit 0x80070005 fehl.",
  "Starten Sie den Rechner neu. | Führen Sie die Problembehandlung für Windows Update aus. "
  "| Der Fehler 0x80070005 bedeutet fehlende Rechte: Ticket an 2nd Level.",
  "w|Windows Update hängt", "w|0x80070005", "c|Windowsupdate Fehler",
  "u|update haengt bei 0")
T("de-pdf-drucken", S, "pdf drucker", "PDF lässt sich nicht drucken",
  "Beim Drucken aus dem PDF-Reader passiert nichts.",
  "Wählen Sie **Als Bild drucken** in den erweiterten Optionen. | Aktualisieren Sie den "
  "PDF-Reader.",
  "w|PDF drucken geht nicht", "c|PDF Druck Fehler", "u|pdf laesst sich nicht drucken")
T("de-browser-cache", S, "browser", "Browsercache leeren",
  "Webanwendungen zeigen alte Stände oder Anmeldefehler.",
  "Drücken Sie `Strg+Umschalt+Entf`. | Wählen Sie **Bilder und Dateien im Cache**. | "
  "Browser neu starten.",
  "c|Browser Cache leeren", "w|Cache löschen", "u|cache loeschen browser")
T("de-sap-login", S, "sap anmeldung", "SAP-Anmeldung: Kennwort gesperrt",
  "SAP meldet „Benutzer ist gesperrt“ nach falschen Anmeldungen.",
  "Das SAP-Kennwort ist getrennt vom Windows-Kennwort. | Entsperren Sie den Benutzer im "
  "Benutzerpflege-Tool. | Vergeben Sie ein Initialkennwort.",
  "w|SAP Benutzer gesperrt", "c|SAP Kennwort zurücksetzen", "s|sap passwort gesperrt")

# --- Sicherheit --------------------------------------------------------------------------
X = "Sicherheit"
T("de-virus", X, "sicherheit virus", "Virenwarnung auf dem Arbeitsplatz",
  "Der Virenscanner meldet eine Bedrohung.",
  "Trennen Sie den Rechner vom Netzwerk. | Fassen Sie nichts an und rufen Sie die "
  "Sicherheitshotline an. | Eröffnen Sie ein P1-Ticket.",
  "w|Virenwarnung", "c|Virus Warnung Rechner", "t|virenwarung")
T("de-usb-gesperrt", X, "usb sicherheit", "USB-Stick wird blockiert",
  "USB-Speicher sind gesperrt; nur verschlüsselte Firmensticks funktionieren.",
  "Geben Sie einen verschlüsselten Firmenstick aus. | Für Ausnahmen braucht es die "
  "Freigabe der IT-Sicherheit.",
  "c|USB Stick gesperrt", "c|USBStick blockiert", "u|verschluesselter usb stick")
T("de-laptop-verloren", X, "sicherheit verlust laptop", "Laptop verloren oder gestohlen",
  "Bei Verlust eines Firmenlaptops muss die IT sofort informiert werden.",
  "Sperren Sie das Konto und setzen Sie das Kennwort zurück. | Lösen Sie die "
  "Fernlöschung aus. | Der Nutzer erstattet Anzeige.",
  "w|Laptop gestohlen", "s|Notebook verloren", "c|Fernlöschung Laptop")
T("de-zertifikat-warnung", X, "browser zertifikat", "Zertifikatswarnung im Browser",
  "Der Browser warnt: „Die Verbindung ist nicht sicher“.",
  "Prüfen Sie Datum und Uhrzeit des Rechners. | Bei internen Seiten fehlt das "
  "Stammzertifikat: Gerät ins Firmennetz. | Niemals die Warnung übergehen.",
  "c|Zertifikat Warnung Browser", "w|Verbindung ist nicht sicher",
  "c|Sicherheitszertifikat Fehler")

# --- English ---------------------------------------------------------------------------
EA = "Account & Sign-in"
T("en-reset-password", EA, "password account", "Reset your password",
  "The caller forgot their password or it expired.",
  "Verify the caller with their employee number. | Send a reset link to the registered "
  "email address. | The link is valid for 24 hours.",
  "e|reset password", "e|forgot password", "t|pasword reset", "s|reset passwort",
  lang="en")
T("en-account-locked", EA, "account lockout", "Account locked after failed sign-ins",
  "After five wrong passwords the account is locked for 30 minutes.",
  "Check the lockout state in the admin portal. | Unlock the account after checking "
  "with the manager. | Remind the user about caps lock.",
  "e|account locked", "e|unlock account", "t|acount locked", lang="en")
T("en-mfa-new-phone", EA, "mfa security phone", "Set up multi-factor authentication on "
  "a new phone",
  "After switching phones the authenticator app has no codes.",
  "Verify the caller's identity. | Reset the MFA registration in the admin portal. | "
  "The user scans a new QR code at the next sign-in.",
  "e|mfa new phone", "s|2fa new phone", "e|authenticator app new phone",
  "p|multi-factor auth", lang="en")
T("en-new-starter", EA, "onboarding account", "Create an account for a new starter",
  "New employees need an account, a mailbox and group permissions.",
  "Check the signed HR request. | Create the account from the department template. | "
  "The mailbox appears after an hour.",
  "e|new starter account", "e|create account new employee", lang="en")
T("en-shared-folder", EA, "permissions share", "Request access to a shared folder",
  "The user sees the folder but gets 'access denied'.",
  "The folder owner approves the permission. | Raise a ticket with the path and the "
  "access level. | Sign out and back in after approval.",
  "e|access denied shared folder", "e|folder permissions", "t|acess denied folder",
  lang="en")

EM = "Email"
T("en-mailbox-full", EM, "mailbox storage", "Mailbox full: free up space",
  "At 50 GB the mailbox stops sending and receiving.",
  "Empty Deleted Items. | Move old mail to the online archive. | Find large "
  "attachments with `size:>10MB`.",
  "e|mailbox full", "e|mailbox storage quota", "t|mailbx full", lang="en")
T("en-out-of-office", EM, "outlook autoreply", "Set an automatic reply (out of office)",
  "During holidays Outlook should tell senders that the user is away.",
  "Open **File > Automatic Replies**. | Set the period and the internal and external "
  "message.",
  "e|out of office", "e|automatic reply outlook", "t|out of ofice", lang="en")
T("en-phishing", EM, "phishing security", "Report a phishing email",
  "A suspicious email asks for credentials or carries an unexpected attachment.",
  "Do not click links. | Use the **Report phishing** button. | If credentials were "
  "entered, change the password at once.",
  "e|report phishing", "e|suspicious email", "t|phishign", lang="en")
T("en-outlook-start", EM, "outlook office", "Outlook does not start after an update",
  "After an Office update Outlook hangs at 'Loading profile'.",
  "Start Outlook in safe mode with `outlook.exe /safe`. | Disable failing add-ins. | "
  "Repair Office from the control panel.",
  "e|outlook not starting", "e|outlook hangs loading profile", "p|outlook does not st",
  lang="en")
T("en-calendar-share", EM, "calendar sharing", "Share your calendar with colleagues",
  "Colleagues should see or edit appointments.",
  "Right-click the calendar and choose **Sharing permissions**. | Pick 'Can edit' or "
  "'Can view all details'.",
  "e|share calendar", "e|calendar permissions colleague", lang="en")

EP = "Printing"
T("en-printer-blank", EP, "printer toner", "Printer prints blank pages",
  "The printer feeds paper but the pages stay white.",
  "Remove the seal from the toner cartridge. | Replace the toner cartridge. | Print a "
  "test page from the device menu.",
  "e|printer blank pages", "t|priner blank pages", "s|drucker blank pages", lang="en")
T("en-printer-driver", EP, "printer driver", "Install a printer driver",
  "A new workstation cannot find the department printer.",
  "Open Software Center. | Install the package for the printer model. | Add the printer "
  "from `\\\\print01`.",
  "e|install printer driver", "p|printer dri", "t|printer drvier", lang="en")
T("en-paper-jam", EP, "printer paper", "Clear a paper jam",
  "The printer reports a jam in tray 2 or the duplex unit.",
  "Switch the printer off. | Open the doors and pull the paper out in the direction of "
  "travel. | Check the fuser for scraps.",
  "e|paper jam", "e|printer jam tray 2", "t|paper jamm", lang="en")
T("en-scan-email", EP, "scanner email", "Scanner no longer sends emails",
  "Scan to email fails with an SMTP error since the scanner account's password changed.",
  "Open the device's web interface. | Enter the new password of the scanner account. | "
  "Send a test scan.",
  "e|scan to email not working", "e|scanner smtp error", lang="en")
T("en-print-queue", EP, "printer queue", "Print jobs stuck in the queue",
  "Jobs stay in the print queue with status 'Error'.",
  "Delete all jobs. | Restart the **Print Spooler** service. | Send the job again.",
  "e|print jobs stuck", "e|print spooler restart", "p|print queu", lang="en")

EN = "Network & Wi-Fi"
T("en-wifi-slow", EN, "wifi network", "Slow Wi-Fi in meeting rooms",
  "In meeting rooms the connection drops when many people join.",
  "Connect to the 5 GHz network **Company-5G**. | Disconnect private devices. | Report "
  "rooms that stay slow.",
  "e|wifi slow meeting room", "s|wlan slow", "s|wireless lan slow", lang="en")
T("en-wifi-guest", EN, "wifi guest", "Guest Wi-Fi access",
  "Visitors need internet without access to the company network.",
  "Create a one-day guest code at reception. | The guest joins **Company-Guest** and "
  "enters the code.",
  "e|guest wifi", "e|wifi code visitor", lang="en")
T("en-network-drive", EN, "network drive", "Map a network drive",
  "Drive H: or S: is missing in Explorer.",
  "Connect the VPN when working from home. | Run `gpupdate /force`. | Sign out and in "
  "again.",
  "e|network drive missing", "e|map network drive", "t|netwrok drive", lang="en")
T("en-vpn-drops", EN, "vpn homeoffice", "VPN connection drops after ten minutes",
  "Working from home, the VPN disconnects every few minutes.",
  "Update the VPN client. | Turn off power saving of the Wi-Fi adapter. | Test with a "
  "cable at the router.",
  "e|vpn keeps disconnecting", "e|vpn drops", "s|remote access drops", lang="en")
T("en-vpn-certificate", EN, "vpn certificate", "VPN reports an expired certificate",
  "The VPN client refuses to connect: 'certificate expired'.",
  "Connect the device once inside the company network. | The certificate renews "
  "automatically.",
  "e|vpn certificate expired", "t|vpn certifcate", lang="en")
T("en-remote-support", EN, "remote support", "Start a remote support session",
  "For remote support the user starts the support tool and reads out the session "
  "number.",
  "Ask the user to open **Help > Remote support**. | They read out the nine-digit "
  "session number. | Connect and state the purpose.",
  "e|remote support session", "s|fernwartung session", "t|remote suport", lang="en")

ET = "Phone & Voicemail"
T("en-call-forwarding", ET, "phone forwarding", "Set up call forwarding",
  "Calls should go to a mobile or a colleague.",
  "Dial `*21*` followed by the number and `#`. | Dial `#21#` to switch it off.",
  "e|call forwarding", "s|rufumleitung english", "e|forward calls to mobile",
  "t|call fowarding", lang="en")
T("en-voicemail-pin", ET, "voicemail pin", "Reset the voicemail PIN",
  "The customer forgot the PIN of their voicemail.",
  "Verify the customer number and password. | Reset the PIN to the last four digits "
  "of the number. | The customer changes it at the next call.",
  "e|voicemail pin reset", "s|mailbox pin english", "t|voicemial pin", lang="en")
T("en-number-porting", ET, "number porting", "Port a number to another provider",
  "On switching provider the customer wants to keep the landline number.",
  "The new provider places the porting order. | Porting costs a one-off 6.82 euros. | "
  "The old contract ends with the port.",
  "e|port number new provider", "e|keep my number", lang="en")
T("en-headset", ET, "headset phone", "Headset not recognised",
  "The USB headset does not show up as an audio device in the softphone.",
  "Plug the headset into the computer, not the monitor. | Select it under **Audio**. | "
  "Update the headset firmware.",
  "e|headset not recognised", "e|headset not detected", "t|headst not working",
  lang="en")
T("en-no-dial-tone", ET, "landline fault", "No dial tone on the landline",
  "The customer hears no dial tone.",
  "Check the fault system for known outages. | Have the router restarted. | Check the "
  "telephony port assignment.",
  "e|no dial tone", "e|landline dead", "t|no dail tone", lang="en")

EMO = "Mobile"
T("en-sim-replace", EMO, "sim mobile", "Replace a SIM card",
  "The SIM card is broken, lost or does not fit the new phone.",
  "Order a replacement card. | Activate it with the last four digits of the new card "
  "number. | The old card is blocked immediately.",
  "e|replace sim card", "e|new sim card", "t|sim crad broken", lang="en")
T("en-roaming", EMO, "roaming abroad", "Roaming abroad does not work",
  "Abroad the phone shows no network or no data.",
  "Turn on **Data roaming**. | Pick the network by hand. | Check whether roaming is "
  "barred in the plan.",
  "e|roaming not working", "e|no data abroad", "s|handy ausland roaming english",
  lang="en")
T("en-data-used", EMO, "data plan", "Data allowance used up: speed throttled",
  "After the included data is used, speed drops to 64 kbit/s.",
  "Book the **Data 5 GB** add-on in the portal. | It lasts until the end of the billing "
  "month.",
  "e|data used up", "e|internet throttled mobile", "p|data allow", lang="en")
T("en-lost-phone", EMO, "sim lost block", "Lost phone: block the SIM",
  "When a phone is lost or stolen the SIM must be blocked at once.",
  "Block the card with reason **Lost**. | The blocking line 116 116 is open 24/7. | "
  "Offer a replacement card.",
  "e|lost phone block sim", "e|stolen phone", "s|mobile phone stolen", lang="en")
T("en-esim", EMO, "esim mobile", "Activate an eSIM",
  "For an eSIM the customer scans a QR code from the customer portal.",
  "Open **SIM cards > eSIM** in the portal. | Scan the QR code with the new device. | "
  "The code works once.",
  "e|activate esim", "e|esim qr code", lang="en")

EB = "Billing"
T("en-bill-high", EB, "billing invoice", "Bill higher than expected",
  "The bill includes premium-rate or international calls.",
  "Open the itemised bill. | Check third-party charges. | Create a credit note for "
  "errors.",
  "e|bill too high", "e|invoice higher than expected", "t|bil too high", lang="en")
T("en-billing-address", EB, "billing address", "Change the billing address",
  "Invoices should go to another address.",
  "Change the **billing address** in the customer system. | It applies from the next "
  "invoice.",
  "e|change billing address", "e|invoice address", lang="en")
T("en-direct-debit", EB, "payment debit", "Set up direct debit",
  "The customer wants to pay by direct debit instead of bank transfer.",
  "Record the IBAN and the account holder. | The mandate applies from the next bill.",
  "e|direct debit", "e|sepa mandate", "s|lastschrift english", lang="en")
T("en-cancel-contract", EB, "contract cancellation", "Cancel a contract: notice periods",
  "The customer wants to cancel.",
  "After the minimum term the notice period is one month. | Use the cancellation button "
  "in the portal. | Confirm the end date in writing.",
  "e|cancel contract", "e|notice period", "t|cancel contarct", lang="en")
T("en-moving", EB, "moving contract", "Moving house: take the line along",
  "On moving, the line moves along if it is available at the new address.",
  "Check availability at the new address. | Order the move six weeks ahead.",
  "e|moving house internet", "e|relocation line", lang="en")

EH = "Hardware"
T("en-monitor-flicker", EH, "monitor display", "Monitor flickers",
  "The screen flickers or goes black for a moment.",
  "Check the cable between dock and monitor. | Set the refresh rate to 60 Hz. | Replace "
  "the cable.",
  "e|monitor flickering", "s|screen flickers", "t|monitr flicker", lang="en")
T("en-dock", EH, "dock laptop", "Docking station does not detect the laptop",
  "On the dock, monitors, keyboard and network stay dead.",
  "Unplug the dock for 30 seconds. | Update the dock firmware. | Use the USB-C port "
  "with the lightning symbol.",
  "e|docking station not working", "s|dock notebook", "t|dcoking station", lang="en")
T("en-battery", EH, "laptop battery", "Laptop battery does not charge",
  "The battery stays at 0% or charges only to 80%.",
  "The 80% limit protects the battery on purpose. | Check the power supply. | At 0% "
  "order a battery replacement.",
  "e|battery not charging", "e|laptop charges only to 80", "s|notebook battery",
  lang="en")
T("en-webcam", EH, "camera video", "Webcam not detected in Teams",
  "In video calls the picture stays black.",
  "Check the camera shutter. | Allow camera access in privacy settings. | Select the "
  "camera in Teams under **Devices**.",
  "e|webcam black teams", "e|camera not working teams", lang="en")
T("en-disk-full", EH, "disk storage", "Disk full on drive C:",
  "Windows reports low disk space on C:.",
  "Empty the recycle bin and Downloads. | Run Disk Cleanup. | Move data to the home "
  "drive.",
  "e|disk full", "e|low disk space", "t|dsik full", lang="en")

ES = "Software"
T("en-office-licence", ES, "office licence", "Office licence expiring",
  "Office reports 'Unlicensed product' or an expiring licence.",
  "Sign in to Office with the company account. | The licence renews online every 30 "
  "days.",
  "e|office unlicensed product", "e|office licence expired", "t|ofice licence", lang="en")
T("en-teams-audio", ES, "teams audio", "No sound in Teams meetings",
  "The user cannot hear other participants.",
  "Check the speaker under **Device settings**. | Make the headset the default device. "
  "| Restart Teams.",
  "e|no sound teams", "e|teams audio not working", "t|teams no sund", lang="en")
T("en-windows-update", ES, "windows update", "Windows Update stuck at 0%",
  "The update hangs at 0% or fails with 0x80070005.",
  "Restart the computer. | Run the Windows Update troubleshooter. | Error 0x80070005 "
  "means missing rights: escalate to 2nd level.",
  "e|windows update stuck", "w|0x80070005 english", "p|windows upd", lang="en",
  also="de-windows-update")
T("en-browser-cache", ES, "browser cache", "Clear the browser cache",
  "Web applications show old content or sign-in errors.",
  "Press `Ctrl+Shift+Del`. | Choose **Cached images and files**. | Restart the "
  "browser.",
  "e|clear browser cache", "e|delete cache", lang="en")
T("en-virus", ES, "security virus", "Virus warning on a workstation",
  "The virus scanner reports a threat.",
  "Disconnect the computer from the network. | Call the security hotline. | Open a P1 "
  "ticket.",
  "e|virus warning", "e|malware detected", "t|virsu warning", lang="en")

# --- drafts and articles under review: never found ---------------------------------
T("de-entwurf-drucker", D, "drucker entwurf", "Drucker druckt leere Seiten (Entwurf)",
  "Entwurf: Noch nicht freigegeben.", "Nicht verwenden.", status="draft")
T("de-review-vpn", V, "vpn review", "VPN-Verbindung bricht ab – neue Anleitung",
  "In Prüfung.", "Nicht verwenden.", status="review")
T("en-draft-password", EA, "password draft", "Reset your password (draft)",
  "Draft.", "Do not use.", status="draft", lang="en")

# Generic neighbours that share words with the topics above, so ranking matters.
NEIGHBOURS = [
    ("de-n-drucker-standort", D, "drucker standort", "Drucker am Standort finden",
     "Welcher Drucker steht in meiner Etage? Die Druckerliste zeigt alle Geräte je Standort.",
     "Öffnen Sie die Druckerliste im Intranet. | Wählen Sie Standort und Etage."),
    ("de-n-drucker-bestellen", D, "drucker bestellung", "Neuen Drucker bestellen",
     "Abteilungen bestellen Drucker über das Serviceportal.",
     "Wählen Sie das Standardmodell. | Die Kostenstelle trägt die Miete."),
    ("de-n-passwort-regeln", K, "passwort richtlinie", "Passwortregeln im Unternehmen",
     "Das Passwort braucht zwölf Zeichen, Groß- und Kleinbuchstaben und eine Zahl.",
     "Verwenden Sie eine Passphrase. | Nutzen Sie den Passwortmanager."),
    ("de-n-passwortmanager", K, "passwort software", "Passwortmanager einrichten",
     "Der Passwortmanager speichert Zugangsdaten verschlüsselt.",
     "Installieren Sie ihn aus dem Softwarecenter. | Vergeben Sie ein Masterpasswort."),
    ("de-n-vpn-anleitung", V, "vpn homeoffice", "VPN im Homeoffice: erste Einrichtung",
     "Für das Homeoffice wird der VPN-Client einmal eingerichtet.",
     "Installieren Sie den VPN-Client. | Melden Sie sich mit Smartcard an."),
    ("de-n-router-aufbau", IR, "router installation", "Router anschließen und einrichten",
     "Der neue Router wird an die TAE-Dose angeschlossen.",
     "Verbinden Sie das DSL-Kabel. | Geben Sie die Zugangsdaten ein."),
    ("de-n-rechnung-erklaert", R, "rechnung", "Rechnung erklärt: die Positionen",
     "Die Rechnung zeigt Grundgebühr, Verbindungen und Gutschriften.",
     "Die Grundgebühr wird im Voraus berechnet. | Verbindungen im Nachhinein."),
    ("de-n-vertrag-uebersicht", R, "vertrag", "Vertragsübersicht im Kundenportal",
     "Im Kundenportal sieht der Kunde Laufzeit, Tarif und Optionen.",
     "Öffnen Sie **Meine Verträge**. | Laden Sie die Vertragszusammenfassung."),
    ("de-n-wlan-repeater", N, "wlan repeater", "WLAN-Repeater einrichten",
     "Ein Repeater vergrößert die Reichweite des WLANs.",
     "Drücken Sie WPS am Router und am Repeater. | Stellen Sie ihn auf halbem Weg auf."),
    ("de-n-mobilfunk-netz", M, "mobilfunk netz", "Netzabdeckung prüfen",
     "Die Netzabdeckungskarte zeigt die Versorgung je Adresse.",
     "Geben Sie die Adresse ein. | Prüfen Sie 4G und 5G getrennt."),
    ("de-n-telefon-tisch", F, "telefon", "Tischtelefon einrichten",
     "Das Tischtelefon meldet sich mit der Durchwahl an.",
     "Stecken Sie das Netzwerkkabel ein. | Geben Sie Durchwahl und PIN ein."),
    ("de-n-monitor-bestellen", H, "monitor bestellung", "Zweiten Monitor bestellen",
     "Ein zweiter Monitor gehört zum Standardarbeitsplatz.",
     "Bestellen Sie ihn im Serviceportal. | Lieferung in fünf Tagen."),
    ("en-n-printer-list", EP, "printer location", "Find a printer near you",
     "The printer list shows all devices per site and floor.",
     "Open the printer list on the intranet. | Pick your site and floor."),
    ("en-n-password-rules", EA, "password policy", "Password rules",
     "Passwords need twelve characters, upper and lower case and a digit.",
     "Use a passphrase. | Use the password manager."),
    ("en-n-vpn-setup", EN, "vpn setup", "VPN for home working: first setup",
     "The VPN client is set up once for working from home.",
     "Install the VPN client. | Sign in with your smart card."),
]
for nid, ncat, ntags, ntitle, nproblem, nsteps in NEIGHBOURS:
    T(nid, ncat, ntags, ntitle, nproblem, nsteps, lang="en" if nid.startswith("en") else "de")

# Device articles: every device has its reset, firmware, warranty and data-sheet page,
# as a real knowledge base does; they share words with the topics above.
DEVICES = [
    ("FRITZ!Box 7590", "Router", "router", IR),
    ("Speedport Smart 4", "Router", "router", IR),
    ("Vodafone Station", "Router", "router", IR),
    ("HP LaserJet M479", "Drucker", "printer", D),
    ("Brother MFC-L8900", "Multifunktionsdrucker", "printer", D),
    ("Kyocera TASKalfa 3554ci", "Kopierer", "copier", D),
    ("Jabra Evolve2 65", "Headset", "headset", F),
    ("Poly Voyager 4320", "Headset", "headset", F),
    ("Yealink T54W", "Tischtelefon", "desk phone", F),
    ("Lenovo ThinkPad T14", "Laptop", "laptop", H),
    ("Dell Latitude 5440", "Laptop", "laptop", H),
    ("Lenovo ThinkPad Universal Dock", "Dockingstation", "docking station", H),
    ("Dell WD19S", "Dockingstation", "docking station", H),
    ("Dell P2723DE", "Monitor", "monitor", H),
    ("Logitech MX Keys", "Tastatur", "keyboard", H),
    ("Samsung Galaxy S24", "Smartphone", "smartphone", M),
    ("Apple iPhone 15", "Smartphone", "smartphone", M),
    ("Fairphone 5", "Smartphone", "smartphone", M),
    ("Cisco AnyConnect", "VPN-Client", "VPN client", V),
    ("Logitech Brio 4K", "Webcam", "webcam", H),
    ("Devolo Magic 2 WiFi", "Powerline-Adapter", "powerline adapter", N),
    ("AVM FRITZ!Repeater 2400", "WLAN-Repeater", "Wi-Fi repeater", N),
]
DEVICE_TEMPLATES_DE = [
    ("reset", "Werkseinstellungen wiederherstellen: {p}",
     "Das {k} {p} wird auf den Auslieferungszustand zurückgesetzt; alle Einstellungen "
     "gehen verloren.",
     "Sichern Sie die Einstellungen, wenn möglich. | Halten Sie die Reset-Taste 15 "
     "Sekunden gedrückt. | Richten Sie das Gerät danach neu ein."),
    ("firmware", "Firmware-Update für {p}",
     "Neue Firmware für das {k} {p} behebt Fehler und Sicherheitslücken.",
     "Prüfen Sie die installierte Version. | Laden Sie das Update über die Oberfläche "
     "oder die Hersteller-App. | Das Gerät startet danach neu."),
    ("warranty", "Garantie und Reparatur: {p}",
     "Defekte Geräte {p} werden innerhalb der Garantie getauscht.",
     "Prüfen Sie das Kaufdatum im Inventar. | Erstellen Sie einen Reparaturauftrag. | "
     "Der Nutzer erhält ein Ersatzgerät."),
    ("datasheet", "{p}: technische Daten und Handbuch",
     "Technische Daten, Anschlüsse und das Handbuch des Geräts {p}.",
     "Das Handbuch liegt im Intranet unter **Geräte**. | Zubehör bestellen Sie im "
     "Serviceportal."),
]
DEVICE_TEMPLATES_EN = [
    ("reset", "Factory reset: {p}",
     "The {k} {p} returns to its factory state; all settings are lost.",
     "Back up the settings if you can. | Hold the reset button for 15 seconds. | Set "
     "the device up again."),
    ("firmware", "Firmware update for {p}",
     "New firmware for the {k} {p} fixes bugs and security holes.",
     "Check the installed version. | Install the update from the web interface or the "
     "vendor app. | The device restarts."),
]
DEVICE_QUERIES = [
    ("c", "reset", "Werkseinstellung {p}"), ("p", "firmware", "firmware {p} upd"),
    ("w", "warranty", "Garantie {p} defekt"), ("w", "datasheet", "{p} Handbuch"),
    ("e", "reset-en", "factory reset {p}"), ("t", "firmware", "firmwre update {p}"),
    ("u", "reset", "{p} zuruecksetzen werkseinstellungen"),
    ("e", "firmware-en", "{p} firmware update"),
]
for n, (dp, dk, dk_en, dcat) in enumerate(DEVICES):
    slug = re.sub(r"[^a-z0-9]+", "-", dp.lower()).strip("-")
    for key, title, problem, steps in DEVICE_TEMPLATES_DE:
        T(f"de-dev-{key}-{slug}", dcat, f"{dk.lower()} geraet",
          title.format(p=dp), problem.format(p=dp, k=dk), steps, product=dp)
    for key, title, problem, steps in DEVICE_TEMPLATES_EN:
        T(f"en-dev-{key}-{slug}", dcat, f"{dk_en.split()[-1].lower()} device",
          title.format(p=dp), problem.format(p=dp, k=dk_en), steps, product=dp, lang="en")
    kind, key, text = DEVICE_QUERIES[n % len(DEVICE_QUERIES)]
    lang, key = ("en", key[:-3]) if key.endswith("-en") else ("de", key)
    target = f"{lang}-dev-{key}-{slug}"
    next(t for t in TOPICS if t.id == target).queries.append(
        f"{kind}|{text.format(p=dp)}")

SYNONYMS = [
    (["WLAN", "WiFi", "Wi-Fi", "Funknetz", "Wireless LAN"], ""),
    (["Passwort", "Kennwort", "Password"], ""),
    (["Handy", "Smartphone", "Mobiltelefon", "mobile phone"], ""),
    (["E-Mail", "Mail", "Email"], ""),
    (["Rufumleitung", "Anrufweiterleitung", "Weiterleitung", "call forwarding"], ""),
    (["Mailbox", "Anrufbeantworter", "Sprachbox", "Voicemail"], ""),
    (["Laptop", "Notebook"], ""),
    (["Bildschirm", "Monitor", "Display", "screen"], ""),
    (["Zwei-Faktor-Authentifizierung", "2FA", "MFA", "multi-factor authentication"], ""),
    (["Fernzugriff", "VPN", "remote access"], ""),
    (["Fernwartung", "Remote Support"], ""),
    (["Kündigung", "Vertragsende"], "de"),
    (["Lastschrift", "direct debit"], ""),
    (["Drucker", "printer"], ""),
    (["LAN", "Netzwerkkabel", "Kabel"], "de"),
    (["dock", "Dockingstation"], ""),
    (["Internet", "mobile Daten"], "de"),
    (["Virus", "Malware", "Schadsoftware"], ""),
]


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


def _body(t: Topic, product: str) -> str:
    de = t.lang == "de"
    head = [f"# {t.title}"]
    if product:
        head.append(f"**{'Gilt für' if de else 'Applies to'}:** {product}")
    steps = "\n".join(f"{i}. {s}" for i, s in enumerate(t.steps, 1))
    return "\n\n".join([*head, "## Problem", t.problem,
                        f"## {'Lösung' if de else 'Solution'}", steps]) + "\n"


def build() -> tuple[list[dict], list[dict], list[dict]]:
    articles: list[dict] = []
    queries: list[dict] = []
    ids_of: dict[str, list[str]] = {}
    for t in TOPICS:
        variants = t.products or [t.product]
        ids = []
        for product in variants:
            aid = t.id if len(variants) == 1 else f"{t.id}-{_slug(product)}"
            title = t.title if len(variants) == 1 else f"{t.title} ({product})"
            articles.append({
                "id": aid, "title": title, "body": _body(t, product), "category": t.category,
                "tags": t.tags, "language": t.lang, "product": product, "status": t.status,
            })
            ids.append(aid)
        ids_of[t.id] = ids
    for t in TOPICS:
        for raw in t.queries:
            kind, _, text = raw.partition("|")
            expected = list(ids_of[t.id])
            for other in t.also:
                expected += ids_of[other]
            queries.append({"query": text, "kind": kind, "language": t.lang,
                            "expected": expected})
            if len(t.products) > 1:  # the same query naming a product wants its article
                product = t.products[0]
                name = product.split()[0]
                queries.append({"query": f"{name} {text}" if kind == "p" else f"{text} {name}",
                                "kind": kind,
                                "language": t.lang,
                                "expected": [f"{t.id}-{_slug(product)}"]})
    synonyms = [{"id": f"syn-{i:02d}", "terms": terms, "language": lang}
                for i, (terms, lang) in enumerate(SYNONYMS, 1)]
    return articles, synonyms, queries


def main() -> None:
    articles, synonyms, queries = build()
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    for name, data in (("articles", articles), ("synonyms", synonyms),
                       ("queries", queries)):
        (HERE / f"{name}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(articles)} articles, {len(synonyms)} synonym groups, {len(queries)} queries")


if __name__ == "__main__":
    main()
