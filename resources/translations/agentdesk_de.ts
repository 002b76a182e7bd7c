<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="181"/>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="284"/>
        <source>AgentDesk cannot start</source>
        <translation>AgentDesk kann nicht starten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="285"/>
        <source>The data on this computer was written by a newer version of AgentDesk. Please install that version, or ask your IT department for help.</source>
        <translation>Die Daten auf diesem Computer stammen von einer neueren AgentDesk-Version. Bitte installieren Sie diese Version oder wenden Sie sich an Ihre IT-Abteilung.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="111"/>
        <source>Resolve conflict</source>
        <translation>Konflikt lösen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="122"/>
        <source>This record was also changed on the server while your change was on its way. For each field, keep your version or the server&apos;s, or edit the result. Nothing is saved until you apply.</source>
        <translation>Dieser Datensatz wurde auch auf dem Server geändert, während Ihre Änderung unterwegs war. Behalten Sie für jedes Feld Ihre Version oder die des Servers, oder bearbeiten Sie das Ergebnis. Gespeichert wird erst, wenn Sie die Entscheidung übernehmen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="137"/>
        <source>Mine</source>
        <translation>Meine Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="137"/>
        <source>Theirs</source>
        <translation>Version des Servers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="137"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="158"/>
        <source>Alt+M: take mine · Alt+T: take theirs (for the field with the cursor) · with Shift: for all fields · Ctrl+Enter: apply</source>
        <translation>Alt+M: meine Version · Alt+T: Version des Servers (für das Feld mit dem Cursor) · mit Umschalt: für alle Felder · Strg+Eingabe: übernehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="166"/>
        <source>All mine</source>
        <translation>Überall meine Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="168"/>
        <source>Take my version for every field (%1)</source>
        <translation>Für jedes Feld meine Version übernehmen (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="172"/>
        <source>All theirs</source>
        <translation>Überall Version des Servers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="175"/>
        <source>Take the server&apos;s version for every field (%1)</source>
        <translation>Für jedes Feld die Version des Servers übernehmen (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="182"/>
        <source>&amp;Apply decision</source>
        <translation>Entscheidung &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="238"/>
        <source>Before both changes: %1</source>
        <translation>Vor beiden Änderungen: %1</translation>
    </message>
</context>
<context>
    <name>FieldEditors</name>
    <message>
        <location filename="../../desktop/ui/field_editors.py" line="41"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/field_editors.py" line="113"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/field_editors.py" line="140"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/field_editors.py" line="141"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="16"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18"/>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="29"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <location filename="../../desktop/ui/labels.py" line="90"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="44"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="45"/>
        <source>Customer reply</source>
        <translation>Kundenantwort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="46"/>
        <source>Customer message</source>
        <translation>Kundennachricht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="47"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <location filename="../../desktop/ui/labels.py" line="61"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49"/>
        <location filename="../../desktop/ui/labels.py" line="50"/>
        <source>Script transcript</source>
        <translation>Gesprächsleitfaden-Protokoll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="51"/>
        <location filename="../../desktop/ui/labels.py" line="52"/>
        <source>Escalation hand-over</source>
        <translation>Übergabe (Eskalation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="53"/>
        <source>Status change</source>
        <translation>Statusänderung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="60"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="62"/>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="63"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="64"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="70"/>
        <source>Level %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="77"/>
        <location filename="../../desktop/ui/labels.py" line="118"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="78"/>
        <source>Ticket entry</source>
        <translation>Ticketeintrag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="79"/>
        <location filename="../../desktop/ui/labels.py" line="114"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="80"/>
        <location filename="../../desktop/ui/labels.py" line="119"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="81"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="82"/>
        <location filename="../../desktop/ui/labels.py" line="120"/>
        <source>SLA policy</source>
        <translation>SLA-Richtlinie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="83"/>
        <location filename="../../desktop/ui/labels.py" line="117"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="84"/>
        <location filename="../../desktop/ui/labels.py" line="116"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="85"/>
        <location filename="../../desktop/ui/labels.py" line="140"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="86"/>
        <location filename="../../desktop/ui/labels.py" line="103"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="87"/>
        <source>Knowledge article</source>
        <translation>Wissensartikel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="88"/>
        <source>Call script</source>
        <translation>Gesprächsleitfaden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="89"/>
        <source>Macro</source>
        <translation>Makro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="91"/>
        <source>Agent status</source>
        <translation>Agentenstatus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="92"/>
        <source>Customer history</source>
        <translation>Kundenhistorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="101"/>
        <location filename="../../desktop/ui/labels.py" line="126"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="105"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="106"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="108"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="109"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="110"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="111"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="112"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="113"/>
        <source>Support level</source>
        <translation>Support-Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="115"/>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="121"/>
        <source>Reference</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="122"/>
        <source>Pending until</source>
        <translation>Wartend bis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="123"/>
        <source>Solution due</source>
        <translation>Lösung fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="124"/>
        <source>First response due</source>
        <translation>Erstreaktion fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="125"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="127"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="128"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="129"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="130"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="131"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="132"/>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="133"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="134"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="135"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="136"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="137"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="138"/>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="139"/>
        <source>Consent to contact</source>
        <translation>Einwilligung zur Kontaktaufnahme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="141"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="142"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="143"/>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="144"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="71"/>
        <source>Sign in to AgentDesk</source>
        <translation>Bei AgentDesk anmelden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="84"/>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="86"/>
        <source>Sign in to your support workplace.</source>
        <translation>Melden Sie sich an Ihrem Support-Arbeitsplatz an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="101"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="107"/>
        <source>Set by your administrator.</source>
        <translation>Von Ihrer Administration festgelegt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="108"/>
        <source>You are signing in again to the same server.</source>
        <translation>Sie melden sich erneut am selben Server an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="111"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="114"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="117"/>
        <source>&amp;Remember me</source>
        <translation>A&amp;ngemeldet bleiben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="119"/>
        <source>Remember me</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="123"/>
        <source>This computer has no password safe (keyring), so AgentDesk cannot keep your sign-in. You will be asked for your password at every start.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher (Schlüsselbund), daher kann AgentDesk Ihre Anmeldung nicht speichern. Sie werden bei jedem Start nach Ihrem Passwort gefragt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="128"/>
        <source>Your administrator has turned off keeping the sign-in.</source>
        <translation>Ihre Administration hat das Speichern der Anmeldung abgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="131"/>
        <source>Keep the sign-in in this computer&apos;s password safe. Your password itself is never stored.</source>
        <translation>Die Anmeldung im Passwortspeicher dieses Computers aufbewahren. Ihr Passwort selbst wird nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="134"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="136"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="138"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="149"/>
        <source>Sign-in problem</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="153"/>
        <location filename="../../desktop/ui/login_dialog.py" line="227"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="157"/>
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="160"/>
        <source>Open the tickets stored on this computer. Changes are sent when the server is reachable again.</source>
        <translation>Die auf diesem Computer gespeicherten Tickets öffnen. Änderungen werden übertragen, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="227"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="248"/>
        <source>Please enter the server address.</source>
        <translation>Bitte geben Sie die Serveradresse ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="252"/>
        <source>Please enter your user name.</source>
        <translation>Bitte geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="256"/>
        <source>Please enter your password.</source>
        <translation>Bitte geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="115"/>
        <source>AgentDesk — %1</source>
        <translation>AgentDesk — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116"/>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="160"/>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="189"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>Ticket status filter</source>
        <translation>Filter nach Ticketstatus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193"/>
        <source>Active tickets</source>
        <translation>Aktive Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="207"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="275"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="277"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280"/>
        <location filename="../../desktop/ui/main_window.py" line="555"/>
        <source>Knowledge</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283"/>
        <source>Call script</source>
        <translation>Gesprächsleitfaden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="301"/>
        <location filename="../../desktop/ui/main_window.py" line="615"/>
        <source>Not delivered</source>
        <translation>Nicht übertragen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="323"/>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="324"/>
        <source>Fetch the newest tickets from the server</source>
        <translation>Die neuesten Tickets vom Server holen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="326"/>
        <source>Sign &amp;in again…</source>
        <translation>Erneut an&amp;melden…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="329"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="330"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="334"/>
        <source>Go to &amp;queues</source>
        <translation>Zu den &amp;Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="336"/>
        <source>Go to &amp;tickets</source>
        <translation>Zu den &amp;Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338"/>
        <source>Choose the status &amp;filter</source>
        <translation>Status&amp;filter wählen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="348"/>
        <source>&amp;Not delivered changes</source>
        <translation>&amp;Nicht übertragene Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="349"/>
        <source>Conflicts, rejected changes and notices from the server</source>
        <translation>Konflikte, abgelehnte Änderungen und Hinweise des Servers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="351"/>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="353"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="354"/>
        <source>&amp;About AgentDesk</source>
        <translation>&amp;Über AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="360"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="368"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="379"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="403"/>
        <source>Changes made on this computer that the server has not received yet. They are sent automatically.</source>
        <translation>Änderungen auf diesem Computer, die der Server noch nicht erhalten hat. Sie werden automatisch übertragen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="410"/>
        <source>Changes the server did not take as they are. Click to decide what happens with them (%1).</source>
        <translation>Änderungen, die der Server so nicht übernommen hat. Klicken Sie, um zu entscheiden, was mit ihnen geschehen soll (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="510"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln Ticket</numerusform>
            <numerusform>%Ln Tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="552"/>
        <source>No customer yet</source>
        <translation>Noch kein Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="553"/>
        <source>Select a ticket to see its customer.</source>
        <translation>Wählen Sie ein Ticket, um den Kunden zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="555"/>
        <source>Select a ticket to see matching articles.</source>
        <translation>Wählen Sie ein Ticket, um passende Artikel zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="557"/>
        <location filename="../../desktop/ui/main_window.py" line="568"/>
        <source>No call script</source>
        <translation>Kein Gesprächsleitfaden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="557"/>
        <source>Select a ticket to see its call script.</source>
        <translation>Wählen Sie ein Ticket, um den Gesprächsleitfaden zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="562"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="564"/>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="565"/>
        <source>This ticket has no customer.</source>
        <translation>Diesem Ticket ist kein Kunde zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="566"/>
        <source>No matching articles</source>
        <translation>Keine passenden Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="567"/>
        <source>No knowledge articles match this ticket yet.</source>
        <translation>Zu diesem Ticket passen noch keine Wissensartikel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="569"/>
        <source>There is no call script for this queue yet.</source>
        <translation>Für diese Warteschlange gibt es noch keinen Gesprächsleitfaden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="589"/>
        <source>Synchronising…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="592"/>
        <source>Synchronising… %1 records</source>
        <translation>Synchronisiere… %1 Datensätze</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="609"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet auf Übertragung</numerusform>
            <numerusform>%n Änderungen warten auf Übertragung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="612"/>
        <source>%n not delivered</source>
        <translation>
            <numerusform>%n nicht übertragen</numerusform>
            <numerusform>%n nicht übertragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="650"/>
        <source>Not synchronised yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="652"/>
        <source>Last sync: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="660"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="661"/>
        <source>Sign out of AgentDesk? The tickets stay on this computer.</source>
        <translation>Von AgentDesk abmelden? Die Tickets bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="681"/>
        <source>Show or hide the panel “%1”</source>
        <translation>Bereich „%1“ ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="688"/>
        <location filename="../../desktop/ui/main_window.py" line="692"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="697"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="697"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="723"/>
        <source>About AgentDesk</source>
        <translation>Über AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="724"/>
        <source>&lt;h3&gt;AgentDesk %1&lt;/h3&gt;&lt;p&gt;The workplace for 1st, 2nd and 3rd level support: tickets, customers, knowledge and call scripts — also when the network is gone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AgentDesk %1&lt;/h3&gt;&lt;p&gt;Der Arbeitsplatz für den 1st-, 2nd- und 3rd-Level-Support: Tickets, Kunden, Wissen und Gesprächsleitfäden — auch wenn das Netzwerk ausfällt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/app/messages.py" line="37"/>
        <source>Wrong user name or password.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="38"/>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="40"/>
        <source>The server at %1 sends AgentDesk on to %2. Please use that address as the server address.</source>
        <translation>Der Server unter %1 leitet AgentDesk an %2 weiter. Bitte tragen Sie diese Adresse als Serveradresse ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="44"/>
        <source>The server at %1 answered, but not like an AgentDesk server. Please check the server address.</source>
        <translation>Der Server %1 antwortet, aber nicht wie ein AgentDesk-Server. Bitte prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="49"/>
        <source>The security certificate of %1 was not accepted, so no connection was made. Please contact your IT department.</source>
        <translation>Das Sicherheitszertifikat von %1 wurde nicht akzeptiert, daher wurde keine Verbindung aufgebaut. Bitte wenden Sie sich an Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="53"/>
        <source>The server at %1 has a problem (error %2). You can go on working; AgentDesk keeps trying.</source>
        <translation>Der Server unter %1 hat ein Problem (Fehler %2). Sie können weiterarbeiten; AgentDesk versucht es weiter.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="58"/>
        <source>Server not reachable: %1 does not answer. You can go on working; AgentDesk keeps trying.</source>
        <translation>Server nicht erreichbar: %1 antwortet nicht. Sie können weiterarbeiten; AgentDesk versucht es weiter.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="61"/>
        <source>Server not reachable: %1 does not answer. Please check the server address and your network connection.</source>
        <translation>Server nicht erreichbar: %1 antwortet nicht. Bitte prüfen Sie die Serveradresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="66"/>
        <source>This version of AgentDesk is too old for the server. Please ask your IT department for an update.</source>
        <translation>Diese AgentDesk-Version ist für den Server zu alt. Bitte bitten Sie Ihre IT-Abteilung um ein Update.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="69"/>
        <source>The server refused the request: you lack the permission.</source>
        <translation>Der Server hat die Anfrage abgelehnt: Ihnen fehlt die Berechtigung.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="71"/>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="73"/>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="92"/>
        <source>Not permitted</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="93"/>
        <source>Invalid value</source>
        <translation>Ungültiger Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="94"/>
        <source>Status change not possible</source>
        <translation>Statuswechsel nicht möglich</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="95"/>
        <source>Deleted on the server</source>
        <translation>Auf dem Server gelöscht</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="96"/>
        <source>Already exists</source>
        <translation>Existiert bereits</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="97"/>
        <source>Breaks a database rule</source>
        <translation>Verstößt gegen eine Datenbankregel</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="99"/>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="110"/>
        <source>Your note was added to ticket %1, which had been closed meanwhile.</source>
        <translation>Ihre Notiz wurde zum Ticket %1 hinzugefügt, das inzwischen geschlossen worden war.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="113"/>
        <source>Your note was added to a ticket that had been closed meanwhile.</source>
        <translation>Ihre Notiz wurde zu einem Ticket hinzugefügt, das inzwischen geschlossen worden war.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="115"/>
        <source>The server accepted your change with a remark: %1</source>
        <translation>Der Server hat Ihre Änderung mit einem Hinweis übernommen: %1</translation>
    </message>
</context>
<context>
    <name>OnlineIndicator</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="86"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="88"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="90"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="94"/>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="151"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="153"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="158"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="162"/>
        <source>Created</source>
        <translation>Neu angelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="183"/>
        <source>Also changed on the server meanwhile: %1</source>
        <translation>Inzwischen auch auf dem Server geändert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="240"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="240"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="240"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="240"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="241"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="349"/>
        <source>Everything delivered</source>
        <translation>Alles übertragen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="350"/>
        <source>All your changes have reached the server.</source>
        <translation>Alle Ihre Änderungen sind beim Server angekommen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="361"/>
        <source>The server did not take these changes as they are. Decide for each one: resolve a conflict, correct and send again, or discard.</source>
        <translation>Der Server hat diese Änderungen so nicht übernommen. Entscheiden Sie bei jeder: Konflikt lösen, korrigieren und erneut senden oder verwerfen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="369"/>
        <source>Changes not delivered</source>
        <translation>Nicht übertragene Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="401"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Lösen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="403"/>
        <source>&amp;Try again…</source>
        <translation>&amp;Erneut versuchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="405"/>
        <location filename="../../desktop/ui/outbox_panel.py" line="594"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="407"/>
        <source>Dis&amp;miss</source>
        <translation>Zur &amp;Kenntnis genommen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="423"/>
        <source>Open the change</source>
        <translation>Änderung öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="518"/>
        <source>Your change: %1</source>
        <translation>Ihre Änderung: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="585"/>
        <source>Discard your change to “%1”?</source>
        <translation>Ihre Änderung an „%1“ verwerfen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="590"/>
        <source>The record keeps the server&apos;s version. This cannot be undone.</source>
        <translation>Der Datensatz behält den Stand des Servers. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="430"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="584"/>
        <source>Discard change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="619"/>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="620"/>
        <source>The change could not be made: %1</source>
        <translation>Die Änderung war nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>QueueListModel</name>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="73"/>
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="76"/>
        <source>%1, %2 active tickets</source>
        <translation>%1, %2 aktive Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="91"/>
        <source>All queues: %1 new, %2 open, %3 pending</source>
        <translation>Alle Warteschlangen: %1 neu, %2 offen, %3 wartend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="96"/>
        <source>%1: %2 new, %3 open, %4 pending</source>
        <translation>%1: %2 neu, %3 offen, %4 wartend</translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="267"/>
        <source>Send change again</source>
        <translation>Änderung erneut senden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="276"/>
        <source>The server refused this change: %1</source>
        <translation>Der Server hat diese Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="283"/>
        <source>Correct your change and send it again.</source>
        <translation>Korrigieren Sie Ihre Änderung und senden Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="303"/>
        <source>The change is sent again as it is.</source>
        <translation>Die Änderung wird unverändert erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="311"/>
        <source>&amp;Send again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
</context>
<context>
    <name>TicketDetailView</name>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="32"/>
        <source>No ticket selected</source>
        <translation>Kein Ticket ausgewählt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="33"/>
        <source>Select a ticket in the list to see its details and timeline.</source>
        <translation>Wählen Sie ein Ticket in der Liste, um Details und Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="68"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="69"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="70"/>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="71"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="72"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="73"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="74"/>
        <source>Solution due</source>
        <translation>Lösung fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="93"/>
        <source>Description and timeline</source>
        <translation>Beschreibung und Verlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="133"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="148"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="149"/>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="150"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="151"/>
        <source>No entries yet.</source>
        <translation>Noch keine Einträge.</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="189"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="190"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="191"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="192"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="193"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="194"/>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="195"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>VersionCell</name>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="74"/>
        <source>Mine</source>
        <translation>Meine Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="74"/>
        <source>Theirs</source>
        <translation>Version des Servers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="78"/>
        <source>Take mine</source>
        <translation>Meine übernehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="78"/>
        <source>Take theirs</source>
        <translation>Version des Servers übernehmen</translation>
    </message>
</context>
</TS>
