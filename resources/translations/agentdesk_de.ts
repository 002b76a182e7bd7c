<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentState</name>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="68"/>
        <source>During a call only Offline can be chosen.</source>
        <translation>Während eines Gesprächs kann nur „Offline“ gewählt werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="69"/>
        <source>This status is set by the telephone system.</source>
        <translation>Dieser Status wird von der Telefonanlage gesetzt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="71"/>
        <source>Choose a reason for the break.</source>
        <translation>Wählen Sie einen Grund für die Pause.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="72"/>
        <source>This break reason is not offered here.</source>
        <translation>Dieser Pausengrund wird hier nicht angeboten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="73"/>
        <source>The status could not be saved. Please try again.</source>
        <translation>Der Status konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="76"/>
        <source>The status cannot be changed now.</source>
        <translation>Der Status kann jetzt nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="53"/>
        <source>Lunch break</source>
        <translation>Mittagspause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="54"/>
        <source>Short break</source>
        <translation>Kurze Pause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="55"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="56"/>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="57"/>
        <source>Technical problem</source>
        <translation>Technisches Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="66"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="67"/>
        <source>On a call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="68"/>
        <source>After-call work</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="69"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="70"/>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="71"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="75"/>
        <source>Break: %1</source>
        <translation>Pause: %1</translation>
    </message>
</context>
<context>
    <name>AgentStatePanel</name>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="118"/>
        <source>&amp;Break</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="144"/>
        <source>Go to the &amp;wrap-up</source>
        <translation>Zur &amp;Nachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="156"/>
        <source>Wrap-up</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="249"/>
        <source>Your status: %1, since %2.</source>
        <translation>Ihr Status: %1, seit %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="251"/>
        <source>Sign in to set your status.</source>
        <translation>Melden Sie sich an, um Ihren Status zu setzen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="253"/>
        <source>Available %1 · Break %2 · Training %3 · Offline %4</source>
        <translation>Verfügbar %1 · Pause %2 · Schulung %3 · Offline %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="257"/>
        <source>Your status: %1</source>
        <translation>Ihr Status: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="258"/>
        <source>Now: %1 for %2</source>
        <translation>Jetzt: %1 seit %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_state.py" line="285"/>
        <source>Wrap-up saved.</source>
        <translation>Nachbearbeitung gespeichert.</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="225"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="225"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="225"/>
        <source>In state</source>
        <translation>Im Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="225"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="226"/>
        <source>Call time</source>
        <translation>Gesprächsdauer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="226"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="226"/>
        <source>Handled</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="227"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="230"/>
        <source>Time in the current state</source>
        <translation>Zeit im aktuellen Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="230"/>
        <source>Caller of the current call</source>
        <translation>Anrufer des aktuellen Gesprächs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="231"/>
        <source>Duration of the current call</source>
        <translation>Dauer des aktuellen Gesprächs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="232"/>
        <source>Open tickets owned by the agent</source>
        <translation>Offene Tickets, die der Agent bearbeitet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="233"/>
        <source>Calls and tickets handled today</source>
        <translation>Heute bearbeitete Anrufe und Tickets</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="214"/>
        <source>Access revoked</source>
        <translation>Zugang entzogen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="228"/>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="352"/>
        <source>Local data cannot be read</source>
        <translation>Lokale Daten können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="353"/>
        <source>The local AgentDesk data on this computer is encrypted, and its key is missing from the system keyring. It cannot be read, so it is replaced by a fresh copy from the server after you sign in. Changes that had not reached the server cannot be recovered.</source>
        <translation>Die lokalen AgentDesk-Daten auf diesem Computer sind verschlüsselt, und ihr Schlüssel fehlt im Schlüsselbund des Systems. Sie können nicht gelesen werden und werden deshalb nach Ihrer Anmeldung durch eine neue Kopie vom Server ersetzt. Änderungen, die den Server noch nicht erreicht hatten, lassen sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="367"/>
        <source>AgentDesk cannot start</source>
        <translation>AgentDesk kann nicht starten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="368"/>
        <source>The data on this computer was written by a newer version of AgentDesk. Please install that version, or ask your IT department for help.</source>
        <translation>Die Daten auf diesem Computer stammen von einer neueren AgentDesk-Version. Bitte installieren Sie diese Version oder wenden Sie sich an Ihre IT-Abteilung.</translation>
    </message>
</context>
<context>
    <name>BroadcastBanner</name>
    <message>
        <location filename="../../desktop/ui/broadcast_banner.py" line="128"/>
        <source>&amp;Dismiss</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/broadcast_banner.py" line="134"/>
        <source>Hide this message; the next one shows, if any (%1)</source>
        <translation>Diese Nachricht ausblenden; die nächste erscheint, falls vorhanden (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/broadcast_banner.py" line="141"/>
        <source>Message from the supervisor</source>
        <translation>Nachricht vom Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/broadcast_banner.py" line="199"/>
        <location filename="../../desktop/ui/broadcast_banner.py" line="249"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/broadcast_banner.py" line="200"/>
        <source>Message from %1 at %2</source>
        <translation>Nachricht von %1 um %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/broadcast_banner.py" line="204"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/broadcast_banner.py" line="248"/>
        <source>Message from %1</source>
        <translation>Nachricht von %1</translation>
    </message>
</context>
<context>
    <name>BroadcastDialog</name>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="377"/>
        <source>Broadcast to the team</source>
        <translation>Nachricht an das Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="381"/>
        <source>The message appears on the desktops of “%1”.</source>
        <translation>Die Nachricht erscheint auf den Bildschirmen von „%1“.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="387"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="388"/>
        <source>e.g. Outage of the VPN gateway: please open one ticket per caller in the VPN queue.</source>
        <translation>z. B. Ausfall des VPN-Gateways: Bitte legen Sie pro Anrufer ein Ticket in der VPN-Warteschlange an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="396"/>
        <source>&amp;Show for:</source>
        <translation>&amp;Anzeigen für:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/supervisor_actions.py" line="400"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/supervisor_actions.py" line="401"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="413"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="414"/>
        <source>Send the message (%1)</source>
        <translation>Die Nachricht senden (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="440"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
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
        <location filename="../../desktop/ui/conflict_dialog.py" line="151"/>
        <source>Conflicting fields</source>
        <translation>Felder mit Konflikt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="159"/>
        <source>Alt+M: take mine · Alt+T: take theirs (for the field with the cursor) · with Shift: for all fields · Ctrl+Enter: apply</source>
        <translation>Alt+M: meine Version · Alt+T: Version des Servers (für das Feld mit dem Cursor) · mit Umschalt: für alle Felder · Strg+Eingabe: übernehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="167"/>
        <source>All mine</source>
        <translation>Überall meine Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="169"/>
        <source>Take my version for every field (%1)</source>
        <translation>Für jedes Feld meine Version übernehmen (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="173"/>
        <source>All theirs</source>
        <translation>Überall Version des Servers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="176"/>
        <source>Take the server&apos;s version for every field (%1)</source>
        <translation>Für jedes Feld die Version des Servers übernehmen (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="183"/>
        <source>&amp;Apply decision</source>
        <translation>Entscheidung &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict_dialog.py" line="239"/>
        <source>Before both changes: %1</source>
        <translation>Vor beiden Änderungen: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="39"/>
        <source>AgentDesk ran into a problem</source>
        <translation>In AgentDesk ist ein Problem aufgetreten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="45"/>
        <source>Something went wrong inside AgentDesk.</source>
        <translation>In AgentDesk ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="54"/>
        <source>Crash report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="60"/>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="64"/>
        <source>Copy the report to the clipboard, e.g. for an e-mail to your IT department (%1)</source>
        <translation>Den Bericht in die Zwischenablage kopieren, z. B. für eine E-Mail an Ihre IT-Abteilung (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="66"/>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="70"/>
        <source>Open the folder with the reports and log files (%1)</source>
        <translation>Den Ordner mit den Berichten und Protokolldateien öffnen (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="90"/>
        <source>A report was saved as %1. E-mail addresses, phone numbers and passwords have been removed from it. Please send it to your IT department. You can go on working, but save your work first.</source>
        <translation>Ein Bericht wurde als %1 gespeichert. E-Mail-Adressen, Telefonnummern und Passwörter wurden daraus entfernt. Bitte senden Sie ihn an Ihre IT-Abteilung. Sie können weiterarbeiten, speichern Sie aber zuerst Ihre Arbeit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="99"/>
        <source>The report is on the clipboard.</source>
        <translation>Der Bericht ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>CustomerDialogs</name>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="303"/>
        <source>Erase personal data?</source>
        <translation>Personenbezogene Daten löschen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="304"/>
        <source>The personal data of %1 will be erased on the server and on every workstation: name, address, notes, phone numbers and e-mail addresses, and the customer&apos;s name, numbers and addresses in the text of their tickets. The tickets are kept. This cannot be undone.</source>
        <translation>Die personenbezogenen Daten von %1 werden auf dem Server und auf jedem Arbeitsplatz gelöscht: Name, Adresse, Notizen, Telefonnummern und E-Mail-Adressen sowie Name, Nummern und Adressen des Kunden im Text seiner Tickets. Die Tickets bleiben erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="312"/>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="351"/>
        <source>Name, customer number or phone</source>
        <translation>Name, Kundennummer oder Telefon</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="115"/>
        <source>Enter a first or a last name.</source>
        <translation>Geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="118"/>
        <source>Enter the phone number or remove the row.</source>
        <translation>Geben Sie die Telefonnummer ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="119"/>
        <source>A withheld number cannot be stored.</source>
        <translation>Eine unterdrückte Nummer kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="120"/>
        <source>This is not a phone number.</source>
        <translation>Das ist keine Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="121"/>
        <source>This number is too short.</source>
        <translation>Diese Nummer ist zu kurz.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="122"/>
        <source>This number is too long.</source>
        <translation>Diese Nummer ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="123"/>
        <source>There is no country with this code.</source>
        <translation>Es gibt kein Land mit dieser Ländervorwahl.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="126"/>
        <source>This number does not exist. Foreign numbers start with + and the country code.</source>
        <translation>Diese Nummer gibt es nicht. Ausländische Nummern beginnen mit + und der Ländervorwahl.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="130"/>
        <source>This number is already in the list.</source>
        <translation>Diese Nummer steht schon in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="131"/>
        <location filename="../../desktop/ui/customer_panel.py" line="142"/>
        <source>The label is too long.</source>
        <translation>Die Bezeichnung ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="133"/>
        <source>This phone number is not valid.</source>
        <translation>Diese Telefonnummer ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="136"/>
        <source>Enter the e-mail address or remove the row.</source>
        <translation>Geben Sie die E-Mail-Adresse ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="137"/>
        <source>An e-mail address needs an @.</source>
        <translation>Eine E-Mail-Adresse braucht ein @.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="138"/>
        <source>The part before the @ is not valid.</source>
        <translation>Der Teil vor dem @ ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="139"/>
        <source>The domain after the @ is not valid.</source>
        <translation>Die Domain nach dem @ ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="140"/>
        <source>This address is too long.</source>
        <translation>Diese Adresse ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="141"/>
        <source>This address is already in the list.</source>
        <translation>Diese Adresse steht schon in der Liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="144"/>
        <source>This e-mail address is not valid.</source>
        <translation>Diese E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="146"/>
        <source>Use the two-letter country code, e.g. DE, AT or CH.</source>
        <translation>Verwenden Sie den zweistelligen Ländercode, z. B. DE, AT oder CH.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="148"/>
        <source>Choose a language.</source>
        <translation>Wählen Sie eine Sprache.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="150"/>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="153"/>
        <source>This value is not valid.</source>
        <translation>Dieser Wert ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="162"/>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="164"/>
        <source>The server cannot be reached. Try again when the connection is back.</source>
        <translation>Der Server ist nicht erreichbar. Versuchen Sie es erneut, wenn die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="168"/>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="170"/>
        <source>Only supervisors and administrators may do this.</source>
        <translation>Das dürfen nur Supervisoren und Administratoren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="172"/>
        <source>The server does not know this customer yet. Sync and try again.</source>
        <translation>Der Server kennt diesen Kunden noch nicht. Synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="175"/>
        <source>One of the records was merged already.</source>
        <translation>Einer der Datensätze wurde bereits zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="177"/>
        <source>One of the records was erased.</source>
        <translation>Einer der Datensätze wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="178"/>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="186"/>
        <source>%1 is not a phone number that can be dialled.</source>
        <translation>%1 ist keine Telefonnummer, die gewählt werden kann.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="189"/>
        <source>The telephone system refused the call (HTTP %1).</source>
        <translation>Die Telefonanlage hat den Anruf abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="193"/>
        <source>No program for phone calls is set up. Dial %1 by hand.</source>
        <translation>Es ist kein Programm für Telefonanrufe eingerichtet. Wählen Sie %1 von Hand.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="196"/>
        <source>The telephone system does not answer. Dial by hand, and check the click-to-dial address in the settings.</source>
        <translation>Die Telefonanlage antwortet nicht. Wählen Sie von Hand und prüfen Sie die Click-to-Dial-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="205"/>
        <source>Merged with</source>
        <translation>Zusammengeführt mit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="206"/>
        <source>Merged into</source>
        <translation>Zusammengeführt in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="207"/>
        <source>Personal data erased</source>
        <translation>Personenbezogene Daten gelöscht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="214"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="215"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="216"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="217"/>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="218"/>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="219"/>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="220"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="221"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="228"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="229"/>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="230"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="237"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="238"/>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="239"/>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="277"/>
        <location filename="../../desktop/ui/customer_panel.py" line="356"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="278"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="279"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="280"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="285"/>
        <source>Ticket (%1)</source>
        <translation>Ticket (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="290"/>
        <source>Outgoing call</source>
        <translation>Ausgehender Anruf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="292"/>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="357"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="358"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="359"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="360"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="369"/>
        <location filename="../../desktop/ui/customer_panel.py" line="947"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="371"/>
        <location filename="../../desktop/ui/customer_panel.py" line="949"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="422"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="427"/>
        <source>e.g. 0171 1234567 or +43 1 5350000</source>
        <translation>z. B. 0171 1234567 oder +43 1 5350000</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1320"/>
        <source>Calling %1…</source>
        <translation>%1 wird angerufen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1395"/>
        <source>The records were merged. The change arrives with the next sync.</source>
        <translation>Die Datensätze wurden zusammengeführt. Die Änderung kommt mit der nächsten Synchronisierung an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1413"/>
        <source>Export customer data</source>
        <translation>Kundendaten exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1414"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1424"/>
        <source>The customer&apos;s data was saved to %1.</source>
        <translation>Die Daten des Kunden wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1458"/>
        <source>The customer&apos;s personal data was erased on the server. Every workstation removes it with its next sync.</source>
        <translation>Die personenbezogenen Daten des Kunden wurden auf dem Server gelöscht. Jeder Arbeitsplatz entfernt sie bei seiner nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="203"/>
        <location filename="../../desktop/ui/customer_panel.py" line="429"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="431"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="204"/>
        <location filename="../../desktop/ui/customer_panel.py" line="432"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="435"/>
        <location filename="../../desktop/ui/customer_panel.py" line="436"/>
        <source>Remove this row</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="537"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="538"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="540"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="541"/>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="543"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="570"/>
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="576"/>
        <source>Edit customer</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="583"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="587"/>
        <source>Ticket history</source>
        <translation>Ticket-Historie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="589"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="592"/>
        <location filename="../../desktop/ui/customer_panel.py" line="593"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="613"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="625"/>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="626"/>
        <location filename="../../desktop/ui/customer_panel.py" line="713"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="627"/>
        <location filename="../../desktop/ui/customer_panel.py" line="726"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="628"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="629"/>
        <location filename="../../desktop/ui/customer_panel.py" line="753"/>
        <location filename="../../desktop/ui/customer_panel.py" line="758"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="630"/>
        <location filename="../../desktop/ui/customer_panel.py" line="762"/>
        <location filename="../../desktop/ui/customer_panel.py" line="766"/>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="631"/>
        <source>Consent to contact</source>
        <translation>Einwilligung zur Kontaktaufnahme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="632"/>
        <location filename="../../desktop/ui/customer_panel.py" line="775"/>
        <location filename="../../desktop/ui/customer_panel.py" line="779"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="678"/>
        <location filename="../../desktop/ui/customer_panel.py" line="686"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="680"/>
        <location filename="../../desktop/ui/customer_panel.py" line="687"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="681"/>
        <location filename="../../desktop/ui/customer_panel.py" line="688"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="692"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="698"/>
        <location filename="../../desktop/ui/customer_panel.py" line="700"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="705"/>
        <source>Add phone number</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="718"/>
        <source>Add e-mail address</source>
        <translation>E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="728"/>
        <location filename="../../desktop/ui/customer_panel.py" line="730"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="733"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="736"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="737"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="739"/>
        <source>Two-letter country code, e.g. DE</source>
        <translation>Zweistelliger Ländercode, z. B. DE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="749"/>
        <source>Postal code, city</source>
        <translation>PLZ, Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="768"/>
        <source>The customer agrees to be contacted</source>
        <translation>Der Kunde ist mit einer Kontaktaufnahme einverstanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="772"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="783"/>
        <source>&amp;Edit customer</source>
        <translation>Kunden &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="787"/>
        <source>&amp;Save customer</source>
        <translation>Kunden &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="792"/>
        <source>&amp;Cancel editing</source>
        <translation>Bearbeitung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="798"/>
        <source>Show phone numbers &amp;internationally</source>
        <translation>Telefonnummern &amp;international anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="810"/>
        <source>Edit customer (%1)</source>
        <translation>Kunden bearbeiten (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="815"/>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="819"/>
        <source>&amp;Call the customer</source>
        <translation>Kunden &amp;anrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="823"/>
        <source>&amp;Merge with…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="827"/>
        <source>E&amp;xport data…</source>
        <translation>Daten e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="830"/>
        <source>E&amp;rase personal data…</source>
        <translation>Personenbezogene Daten &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="848"/>
        <source>More actions for this customer</source>
        <translation>Weitere Aktionen für diesen Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="905"/>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="907"/>
        <source>Customer not found</source>
        <translation>Kunde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="910"/>
        <source>Select a ticket to see its customer.</source>
        <translation>Wählen Sie ein Ticket, um den Kunden zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="916"/>
        <source>Erased customer</source>
        <translation>Gelöschter Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="921"/>
        <source>Private customer</source>
        <translation>Privatkunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="935"/>
        <source>Click a number to call it (%1: the first).</source>
        <translation>Klicken Sie auf eine Nummer, um sie anzurufen (%1: die erste).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1017"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1031"/>
        <source>— none (private customer) —</source>
        <translation>— keine (Privatkunde) —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1205"/>
        <source>The customer could not be saved. Nothing was lost: your input is still here.</source>
        <translation>Der Kunde konnte nicht gespeichert werden. Es ist nichts verloren: Ihre Eingaben sind noch da.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1221"/>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1226"/>
        <source>same phone number %1</source>
        <translation>gleiche Telefonnummer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1230"/>
        <source>same e-mail address %1</source>
        <translation>gleiche E-Mail-Adresse %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1232"/>
        <source>similar name in the same organisation</source>
        <translation>ähnlicher Name in derselben Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1238"/>
        <source>This may be a customer who is already stored:</source>
        <translation>Dieser Kunde ist möglicherweise schon gespeichert:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1242"/>
        <source>Check the list. Save again to save anyway.</source>
        <translation>Prüfen Sie die Liste. Speichern Sie erneut, um trotzdem zu speichern.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1263"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="1264"/>
        <source>Your changes to this customer have not been saved. Discard them?</source>
        <translation>Ihre Änderungen an diesem Kunden sind noch nicht gespeichert. Möchten Sie sie verwerfen?</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="116"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="121"/>
        <location filename="../../desktop/ui/supervisor_actions.py" line="162"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="125"/>
        <location filename="../../desktop/ui/supervisor_actions.py" line="127"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="131"/>
        <location filename="../../desktop/ui/supervisor_actions.py" line="133"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="139"/>
        <source>&amp;Open ticket</source>
        <translation>Ticket &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="141"/>
        <source>Open the ticket in the main window (%1)</source>
        <translation>Das Ticket im Hauptfenster öffnen (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="142"/>
        <source>&amp;Reassign…</source>
        <translation>Neu &amp;zuweisen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="144"/>
        <source>Give the selected tickets another owner or queue (%1)</source>
        <translation>Den markierten Tickets einen anderen Bearbeiter oder eine andere Warteschlange geben (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="172"/>
        <source>Reference</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="172"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="172"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="172"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="173"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="173"/>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="183"/>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="183"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="183"/>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="183"/>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="184"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/supervisor_actions.py" line="198"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="200"/>
        <source>(only the first 500 are shown)</source>
        <translation>(nur die ersten 500 werden angezeigt)</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="92"/>
        <source>%1 confirms · Esc cancels</source>
        <translation>%1 bestätigt · Esc bricht ab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="142"/>
        <source>Escalate ticket</source>
        <translation>Ticket eskalieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="143"/>
        <source>The ticket moves to the chosen queue on %1 and leaves your hands. Write down what the next level needs so that nobody has to ask the customer again.</source>
        <translation>Das Ticket wechselt in die gewählte Warteschlange auf %1 und liegt dann nicht mehr bei Ihnen. Notieren Sie, was das nächste Level braucht, damit niemand den Kunden noch einmal fragen muss.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="146"/>
        <source>&amp;Escalate</source>
        <translation>E&amp;skalieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="150"/>
        <source>&amp;Target queue</source>
        <translation>&amp;Ziel-Warteschlange</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="154"/>
        <source>What was t&amp;ried</source>
        <translation>Bereits &amp;versucht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="155"/>
        <source>&amp;Findings</source>
        <translation>&amp;Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="156"/>
        <source>What the &amp;customer was told</source>
        <translation>Information an den &amp;Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="174"/>
        <source>There is no queue on %1 on this computer.</source>
        <translation>Auf diesem Computer gibt es keine Warteschlange auf %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="209"/>
        <source>Please describe what was tried.</source>
        <translation>Bitte beschreiben Sie, was bereits versucht wurde.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="210"/>
        <source>Please describe what was found.</source>
        <translation>Bitte beschreiben Sie, was Sie herausgefunden haben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="211"/>
        <source>Please note what the customer was told.</source>
        <translation>Bitte notieren Sie, was dem Kunden gesagt wurde.</translation>
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
    <name>HandBackDialog</name>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="242"/>
        <source>Hand back ticket</source>
        <translation>Ticket zurückgeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="243"/>
        <source>The ticket goes back to a lower level, for example so that the 1st level tells the customer the solution. Say why.</source>
        <translation>Das Ticket geht an ein niedrigeres Level zurück, zum Beispiel damit der 1st Level dem Kunden die Lösung mitteilt. Nennen Sie den Grund.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="245"/>
        <source>&amp;Hand back</source>
        <translation>Zu&amp;rückgeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="249"/>
        <source>&amp;Target queue</source>
        <translation>&amp;Ziel-Warteschlange</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="257"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="262"/>
        <source>The ticket is on the 1st level: there is no lower level to hand it back to.</source>
        <translation>Das Ticket ist im 1st Level: Es gibt kein niedrigeres Level, an das es zurückgehen könnte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/escalate_dialog.py" line="275"/>
        <source>Please give a reason for handing the ticket back.</source>
        <translation>Bitte nennen Sie einen Grund für die Rückgabe.</translation>
    </message>
</context>
<context>
    <name>KnowledgeEditor</name>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="90"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="98"/>
        <source>comma-separated, e.g. wlan, router</source>
        <translation>durch Kommas getrennt, z. B. wlan, router</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="101"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="102"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="112"/>
        <source>Delete removes the selected article</source>
        <translation>Entf entfernt den markierten Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="119"/>
        <source>Add a related article: type part of its title, Enter</source>
        <translation>Verwandten Artikel hinzufügen: Teil des Titels eingeben, Eingabe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="127"/>
        <source>What changed? Shown in the version list, e.g. “Step 2: new menu”</source>
        <translation>Was hat sich geändert? Erscheint in der Versionsliste, z. B. „Schritt 2: neues Menü“</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="128"/>
        <source>Required to publish a new version of a published article (%1)</source>
        <translation>Erforderlich, um eine neue Version eines veröffentlichten Artikels zu veröffentlichen (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="140"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="142"/>
        <source>Prod&amp;uct</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="148"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="149"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="150"/>
        <source>Ta&amp;gs</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="151"/>
        <source>&amp;Related</source>
        <translation>&amp;Verwandte Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="152"/>
        <source>Change &amp;note</source>
        <translation>Änderungs&amp;notiz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="157"/>
        <source>Article text (Markdown)</source>
        <translation>Artikeltext (Markdown)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="163"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="164"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="171"/>
        <source>Save &amp;draft</source>
        <translation>&amp;Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="172"/>
        <source>Save as a draft (%1)</source>
        <translation>Als Entwurf speichern (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="174"/>
        <source>Send for re&amp;view</source>
        <translation>Zur P&amp;rüfung senden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="175"/>
        <source>Send to a knowledge editor for review (%1)</source>
        <translation>Zur Prüfung an die Wissensredaktion senden (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="178"/>
        <source>&amp;Publish</source>
        <translation>Ver&amp;öffentlichen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="179"/>
        <source>Publish: 1st level sees this text (%1)</source>
        <translation>Veröffentlichen: Der 1st Level sieht diesen Text (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="181"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="182"/>
        <source>Take the article out of use</source>
        <translation>Den Artikel aus der Nutzung nehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="184"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="187"/>
        <source>Close without saving (%1)</source>
        <translation>Ohne Speichern schließen (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="254"/>
        <source>Propose an article</source>
        <translation>Artikel vorschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="256"/>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="257"/>
        <source>Edit article: %1</source>
        <translation>Artikel bearbeiten: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="286"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="287"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="289"/>
        <source>Your changes go to a knowledge editor for review.</source>
        <translation>Ihre Änderungen gehen zur Prüfung an die Wissensredaktion.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="311"/>
        <source>No article title contains “%1”.</source>
        <translation>Kein Artikeltitel enthält „%1“.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="348"/>
        <source>Archive article</source>
        <translation>Artikel archivieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="349"/>
        <source>Archive “%1”? 1st level will no longer find it.</source>
        <translation>„%1“ archivieren? Der 1st Level findet den Artikel dann nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="357"/>
        <source>Please describe in the change note what this version changes.</source>
        <translation>Bitte beschreiben Sie in der Änderungsnotiz, was diese Version ändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_editor.py" line="365"/>
        <source>The article could not be saved: %1</source>
        <translation>Der Artikel konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgeMessages</name>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="18"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="19"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="20"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="21"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="31"/>
        <source>Only a knowledge editor may create an article as “%1”.</source>
        <translation>Nur die Wissensredaktion darf einen Artikel mit dem Status „%1“ anlegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="35"/>
        <source>Only a knowledge editor may move an article from “%1” to “%2”.</source>
        <translation>Nur die Wissensredaktion darf einen Artikel von „%1“ auf „%2“ setzen.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="39"/>
        <source>An article cannot go from “%1” to “%2”.</source>
        <translation>Ein Artikel kann nicht von „%1“ zu „%2“ wechseln.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="42"/>
        <source>1st level proposes articles from a resolved or closed ticket only.</source>
        <translation>Der 1st Level schlägt Artikel nur aus einem gelösten oder geschlossenen Ticket vor.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="45"/>
        <source>Only 2nd and 3rd level agents edit articles; 1st level edits its own open proposals.</source>
        <translation>Nur Agenten im 2nd und 3rd Level bearbeiten Artikel; der 1st Level bearbeitet seine eigenen offenen Vorschläge.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="48"/>
        <source>You have already rated this article for this ticket.</source>
        <translation>Sie haben diesen Artikel für dieses Ticket bereits bewertet.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="50"/>
        <source>This article is already linked to the ticket.</source>
        <translation>Dieser Artikel ist bereits mit dem Ticket verknüpft.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="52"/>
        <source>Open a ticket first.</source>
        <translation>Öffnen Sie zuerst ein Ticket.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="54"/>
        <source>Unknown article status.</source>
        <translation>Unbekannter Artikelstatus.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="55"/>
        <source>Please enter a title.</source>
        <translation>Bitte geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="56"/>
        <source>The article is no longer there.</source>
        <translation>Den Artikel gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="58"/>
        <source>The server refused the change (%1).</source>
        <translation>Der Server hat die Änderung abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="66"/>
        <source>Your change to “%1” goes to a knowledge editor for review; 1st level sees the published text until then.</source>
        <translation>Ihre Änderung an „%1“ geht zur Prüfung an die Wissensredaktion; bis dahin sieht der 1st Level den veröffentlichten Text.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="70"/>
        <source>Your change to a published article goes to a knowledge editor for review; 1st level sees the published text until then.</source>
        <translation>Ihre Änderung an einem veröffentlichten Artikel geht zur Prüfung an die Wissensredaktion; bis dahin sieht der 1st Level den veröffentlichten Text.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/kb_messages.py" line="73"/>
        <source>The server accepted your change with a remark: %1</source>
        <translation>Der Server hat Ihre Änderung mit einem Hinweis übernommen: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="263"/>
        <source>Search knowledge</source>
        <translation>Wissen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="265"/>
        <source>Search the knowledge base…</source>
        <translation>Wissensdatenbank durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="268"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="269"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="270"/>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="271"/>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="276"/>
        <source>Articles found</source>
        <translation>Gefundene Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="302"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="383"/>
        <source>Articles for this step</source>
        <translation>Artikel zu diesem Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="425"/>
        <source>This solved it</source>
        <translation>Problem gelöst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="427"/>
        <source>Did not help</source>
        <translation>Hat nicht geholfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="429"/>
        <source>Link to ticket</source>
        <translation>Mit Ticket verknüpfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="431"/>
        <source>Insert solution into note</source>
        <translation>Lösung in Notiz einfügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="433"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="435"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="437"/>
        <source>Propose improvement</source>
        <translation>Verbesserung vorschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="440"/>
        <source>Propose article from ticket</source>
        <translation>Artikel aus Ticket vorschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="442"/>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="519"/>
        <source>Open the ticket to insert the solution.</source>
        <translation>Öffnen Sie das Ticket, um die Lösung einzufügen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="535"/>
        <source>Thank you: the article is counted as helpful.</source>
        <translation>Danke: Der Artikel wird als hilfreich gezählt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="536"/>
        <source>Thank you: noted that the article did not help.</source>
        <translation>Danke: Es ist vermerkt, dass der Artikel nicht geholfen hat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="537"/>
        <source>The article is linked to the ticket.</source>
        <translation>Der Artikel ist mit dem Ticket verknüpft.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="538"/>
        <source>The solution is in the note; add it with %1.</source>
        <translation>Die Lösung steht in der Notiz; fügen Sie sie mit %1 hinzu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="597"/>
        <source>Saved as “%1”; it is sent with the next sync.</source>
        <translation>Als „%1“ gespeichert; wird mit der nächsten Synchronisierung übertragen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="636"/>
        <source>This solved it (%1)</source>
        <translation>Problem gelöst (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="638"/>
        <source>Did not help (%1)</source>
        <translation>Hat nicht geholfen (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="661"/>
        <source>Views: %1 · uses: %2 · tickets solved: %3</source>
        <translation>Aufrufe: %1 · Verwendungen: %2 · gelöste Tickets: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="667"/>
        <source>Tickets this article solved:</source>
        <translation>Tickets, die dieser Artikel gelöst hat:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="673"/>
        <source>Linked to this ticket:</source>
        <translation>Mit diesem Ticket verknüpft:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="713"/>
        <source>Suggested for this ticket</source>
        <translation>Vorschläge zu diesem Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="732"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="754"/>
        <source>No articles found</source>
        <translation>Keine Artikel gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/knowledge_panel.py" line="758"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="761"/>
        <source>also searched for: %1</source>
        <translation>auch gesucht nach: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="778"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="781"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="781"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_panel.py" line="815"/>
        <source>The article is no longer there.</source>
        <translation>Den Artikel gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>KnowledgeVersions</name>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="46"/>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="59"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="60"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="61"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="71"/>
        <source>The text is the same in both versions.</source>
        <translation>Der Text ist in beiden Versionen gleich.</translation>
    </message>
</context>
<context>
    <name>KnowledgeVersionsDialog</name>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="100"/>
        <source>Versions of “%1”</source>
        <translation>Versionen von „%1“</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="107"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="107"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="107"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="108"/>
        <source>Published by</source>
        <translation>Veröffentlicht von</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="108"/>
        <source>Change note</source>
        <translation>Änderungsnotiz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="134"/>
        <source>C&amp;ompare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="136"/>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_versions.py" line="147"/>
        <source>This article has no published version yet.</source>
        <translation>Dieser Artikel hat noch keine veröffentlichte Version.</translation>
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
        <location filename="../../desktop/ui/login_dialog.py" line="229"/>
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
        <location filename="../../desktop/ui/login_dialog.py" line="229"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="250"/>
        <source>Please enter the server address.</source>
        <translation>Bitte geben Sie die Serveradresse ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="254"/>
        <source>Please enter your user name.</source>
        <translation>Bitte geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="258"/>
        <source>Please enter your password.</source>
        <translation>Bitte geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>MacroEditorDialog</name>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="162"/>
        <source>Edit macro</source>
        <translation>Makro bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="163"/>
        <source>New macro</source>
        <translation>Neues Makro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="182"/>
        <source>S&amp;hared with everybody</source>
        <translation>Für alle &amp;freigegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="190"/>
        <location filename="../../desktop/ui/macro_dialog.py" line="196"/>
        <location filename="../../desktop/ui/macro_dialog.py" line="201"/>
        <source>(leave as it is)</source>
        <translation>(unverändert lassen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="213"/>
        <source>Text of the entry (optional)</source>
        <translation>Text des Eintrags (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="216"/>
        <source>Insert:</source>
        <translation>Einfügen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="220"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="221"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="222"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="223"/>
        <source>Reference</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="224"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="225"/>
        <source>My name</source>
        <translation>Mein Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="240"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="242"/>
        <source>Short&amp;cut</source>
        <translation>Tasten&amp;kürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="243"/>
        <source>Set s&amp;tatus</source>
        <translation>S&amp;tatus setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="244"/>
        <source>Set cate&amp;gory</source>
        <translation>Kate&amp;gorie setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="245"/>
        <source>Set &amp;impact</source>
        <translation>&amp;Auswirkung setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="246"/>
        <source>Set &amp;urgency</source>
        <translation>&amp;Dringlichkeit setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="247"/>
        <source>Add &amp;entry</source>
        <translation>&amp;Eintrag hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/macro_dialog.py" line="293"/>
        <source>%n further action(s) of this macro stay as they are.</source>
        <translation>
            <numerusform>%n weitere Aktion dieses Makros bleibt unverändert.</numerusform>
            <numerusform>%n weitere Aktionen dieses Makros bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="322"/>
        <source>The shortcut %1 is already used. Please choose another.</source>
        <translation>Das Tastenkürzel %1 ist schon vergeben. Bitte wählen Sie ein anderes.</translation>
    </message>
</context>
<context>
    <name>MacroManagerDialog</name>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="347"/>
        <location filename="../../desktop/ui/macro_dialog.py" line="360"/>
        <source>Macros</source>
        <translation>Makros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="358"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="358"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="359"/>
        <source>Shared</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="364"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="365"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="366"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="367"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="396"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="396"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/macro_dialog.py" line="400"/>
        <source>Shared by a colleague: you can run it, not change it.</source>
        <translation>Von einer Kollegin oder einem Kollegen freigegeben: Sie können es ausführen, aber nicht ändern.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155"/>
        <source>AgentDesk — %1</source>
        <translation>AgentDesk — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156"/>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <source>Ticket status filter</source>
        <translation>Filter nach Ticketstatus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="262"/>
        <source>Active tickets</source>
        <translation>Aktive Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263"/>
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="371"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="373"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="376"/>
        <location filename="../../desktop/ui/main_window.py" line="1027"/>
        <source>Knowledge</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="379"/>
        <source>Call script</source>
        <translation>Gesprächsleitfaden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="397"/>
        <location filename="../../desktop/ui/main_window.py" line="1089"/>
        <source>Not delivered</source>
        <translation>Nicht übertragen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="419"/>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="420"/>
        <source>Fetch the newest tickets from the server</source>
        <translation>Die neuesten Tickets vom Server holen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="422"/>
        <source>Sign &amp;in again…</source>
        <translation>Erneut &amp;anmelden…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="425"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="426"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234"/>
        <source>The sort order, columns or filter differ from the saved view. Save view (%1) keeps them.</source>
        <translation>Sortierung, Spalten oder Filter weichen von der gespeicherten Ansicht ab. „Ansicht speichern“ (%1) behält sie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="240"/>
        <source>Filter the list</source>
        <translation>Liste filtern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <source>Filter: reference, title, customer</source>
        <translation>Filter: Ticketnummer, Titel, Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>Shows the tickets whose reference starts with the text, or whose title or customer contains every word (%1)</source>
        <translation>Zeigt die Tickets, deren Ticketnummer mit dem Text beginnt oder deren Titel oder Kunde jedes Wort enthält (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="430"/>
        <source>Go to &amp;views and queues</source>
        <translation>Zu Ansichten und &amp;Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="433"/>
        <source>Go to &amp;tickets</source>
        <translation>Zu den &amp;Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="435"/>
        <source>Choose the status &amp;filter</source>
        <translation>Status&amp;filter wählen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="438"/>
        <source>&amp;Filter the list</source>
        <translation>&amp;Liste filtern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="439"/>
        <source>Show only tickets with this reference, title or customer</source>
        <translation>Nur Tickets mit dieser Ticketnummer, diesem Titel oder Kunden zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="441"/>
        <source>&amp;Save view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="442"/>
        <source>Keep the filters, sort order and columns of the list as a view</source>
        <translation>Filter, Sortierung und Spalten der Liste als Ansicht behalten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="447"/>
        <source>Show view %1</source>
        <translation>Ansicht %1 zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="460"/>
        <source>&amp;Not delivered changes</source>
        <translation>&amp;Nicht übertragene Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="461"/>
        <source>Conflicts, rejected changes and notices from the server</source>
        <translation>Konflikte, abgelehnte Änderungen und Hinweise des Servers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="463"/>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="465"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="466"/>
        <source>&amp;About AgentDesk</source>
        <translation>&amp;Über AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="472"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="480"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="494"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="518"/>
        <source>Changes made on this computer that the server has not received yet. They are sent automatically.</source>
        <translation>Änderungen auf diesem Computer, die der Server noch nicht erhalten hat. Sie werden automatisch übertragen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="525"/>
        <source>Changes the server did not take as they are. Click to decide what happens with them (%1).</source>
        <translation>Änderungen, die der Server so nicht übernommen hat. Klicken Sie, um zu entscheiden, was mit ihnen geschehen soll (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="863"/>
        <source>View “%1” saved.</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="891"/>
        <location filename="../../desktop/ui/main_window.py" line="917"/>
        <location filename="../../desktop/ui/main_window.py" line="948"/>
        <source>Sign in to save views.</source>
        <translation>Melden Sie sich an, um Ansichten zu speichern.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="896"/>
        <source>View not saved</source>
        <translation>Ansicht nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="931"/>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="932"/>
        <source>Delete the view “%1”? The tickets stay as they are.</source>
        <translation>Die Ansicht „%1“ löschen? Die Tickets bleiben, wie sie sind.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="967"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln Ticket</numerusform>
            <numerusform>%Ln Tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1024"/>
        <source>No customer yet</source>
        <translation>Noch kein Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1025"/>
        <source>Select a ticket to see its customer.</source>
        <translation>Wählen Sie ein Ticket, um den Kunden zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1027"/>
        <source>Select a ticket to see matching articles.</source>
        <translation>Wählen Sie ein Ticket, um passende Artikel zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1029"/>
        <location filename="../../desktop/ui/main_window.py" line="1040"/>
        <source>No call script</source>
        <translation>Kein Gesprächsleitfaden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1029"/>
        <source>Select a ticket to see its call script.</source>
        <translation>Wählen Sie ein Ticket, um den Gesprächsleitfaden zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1034"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1036"/>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1037"/>
        <source>This ticket has no customer.</source>
        <translation>Diesem Ticket ist kein Kunde zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1038"/>
        <source>No matching articles</source>
        <translation>Keine passenden Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1039"/>
        <source>No knowledge articles match this ticket yet.</source>
        <translation>Zu diesem Ticket passen noch keine Wissensartikel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1041"/>
        <source>There is no call script for this queue yet.</source>
        <translation>Für diese Warteschlange gibt es noch keinen Gesprächsleitfaden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1062"/>
        <source>Synchronising…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="1065"/>
        <source>Synchronising… %Ln record(s)</source>
        <translation>
            <numerusform>Synchronisiere… %Ln Datensatz</numerusform>
            <numerusform>Synchronisiere… %Ln Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="1083"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet auf Übertragung</numerusform>
            <numerusform>%n Änderungen warten auf Übertragung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="1086"/>
        <source>%n not delivered</source>
        <translation>
            <numerusform>%n nicht übertragen</numerusform>
            <numerusform>%n nicht übertragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1124"/>
        <source>Not synchronised yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1126"/>
        <source>Last sync: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1134"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1135"/>
        <source>Sign out of AgentDesk? The tickets stay on this computer.</source>
        <translation>Von AgentDesk abmelden? Die Tickets bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1171"/>
        <source>Show or hide the panel “%1”</source>
        <translation>Bereich „%1“ ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1173"/>
        <source>Set your status: %1</source>
        <translation>Ihren Status setzen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1178"/>
        <source>Show one of the first nine views</source>
        <translation>Eine der ersten neun Ansichten zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1185"/>
        <location filename="../../desktop/ui/main_window.py" line="1189"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1194"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1194"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1220"/>
        <source>About AgentDesk</source>
        <translation>Über AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="1221"/>
        <source>&lt;h3&gt;AgentDesk %1&lt;/h3&gt;&lt;p&gt;The workplace for 1st, 2nd and 3rd level support: tickets, customers, knowledge and call scripts — also when the network is gone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AgentDesk %1&lt;/h3&gt;&lt;p&gt;Der Arbeitsplatz für den 1st-, 2nd- und 3rd-Level-Support: Tickets, Kunden, Wissen und Gesprächsleitfäden — auch wenn das Netzwerk ausfällt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="81"/>
        <source>Search &amp;knowledge</source>
        <translation>Wissen &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="88"/>
        <source>Call &amp;script</source>
        <translation>&amp;Gesprächsleitfaden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels.py" line="96"/>
        <source>&amp;Edit call scripts…</source>
        <translation>Gesprächsleitfäden &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1363"/>
        <source>Tea&amp;m view…</source>
        <translation>Tea&amp;mansicht…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1367"/>
        <source>Agents, queues and service level of your team, live</source>
        <translation>Agenten, Warteschlangen und Service-Level Ihres Teams, live</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1423"/>
        <source>This ticket is not on this computer yet; it arrives with the next sync.</source>
        <translation>Dieses Ticket ist noch nicht auf diesem Computer; es kommt mit der nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="78"/>
        <source>Merge customer records</source>
        <translation>Kundendatensätze zusammenführen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="102"/>
        <source>Tickets, calls, phone numbers, e-mail addresses and the change history of the other record move to the record you keep. The other record is hidden afterwards.</source>
        <translation>Tickets, Anrufe, Telefonnummern, E-Mail-Adressen und der Änderungsverlauf des anderen Datensatzes gehen auf den Datensatz über, den Sie behalten. Der andere Datensatz wird danach ausgeblendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="108"/>
        <source>&amp;Find the other record:</source>
        <translation>Anderen Datensatz &amp;suchen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="112"/>
        <source>Name, phone number, e-mail or customer number</source>
        <translation>Name, Telefonnummer, E-Mail oder Kundennummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="117"/>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="127"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="139"/>
        <source>Values that differ</source>
        <translation>Abweichende Werte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="144"/>
        <source>No field has two different values.</source>
        <translation>Kein Feld hat zwei verschiedene Werte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="151"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="215"/>
        <source>This record: %1</source>
        <translation>Dieser Datensatz: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="218"/>
        <source>(choose above)</source>
        <translation>(oben auswählen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="219"/>
        <source>The other record: %1</source>
        <translation>Der andere Datensatz: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="226"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="226"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="245"/>
        <source>%1 (record kept)</source>
        <translation>%1 (behaltener Datensatz)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="247"/>
        <source>%1 (record merged)</source>
        <translation>%1 (zusammengeführter Datensatz)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="250"/>
        <source>Both, one after the other</source>
        <translation>Beide, nacheinander</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="276"/>
        <source>Merge customer records?</source>
        <translation>Kundendatensätze zusammenführen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="277"/>
        <source>%1 will be merged into %2. This cannot be undone.</source>
        <translation>%1 wird in %2 zusammengeführt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialogs.py" line="281"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/app/messages.py" line="51"/>
        <source>Wrong user name or password.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="52"/>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="54"/>
        <source>The server at %1 sends AgentDesk on to %2. Please use that address as the server address.</source>
        <translation>Der Server unter %1 leitet AgentDesk an %2 weiter. Bitte tragen Sie diese Adresse als Serveradresse ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="58"/>
        <source>The server at %1 answered, but not like an AgentDesk server. Please check the server address.</source>
        <translation>Der Server %1 antwortet, aber nicht wie ein AgentDesk-Server. Bitte prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="105"/>
        <source>The security certificate of %1 was not accepted, so no connection was made. Please contact your IT department.</source>
        <translation>Das Sicherheitszertifikat von %1 wurde nicht akzeptiert, daher wurde keine Verbindung aufgebaut. Bitte wenden Sie sich an Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="65"/>
        <source>The server at %1 has a problem (error %2). You can go on working; AgentDesk keeps trying.</source>
        <translation>Der Server unter %1 hat ein Problem (Fehler %2). Sie können weiterarbeiten; AgentDesk versucht es weiter.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="46"/>
        <source>An administrator has revoked this workstation&apos;s access to AgentDesk. Its local data has been removed, including changes that had not reached the server. Please start AgentDesk again to sign in.</source>
        <translation>Ein Administrator hat diesem Arbeitsplatz den Zugang zu AgentDesk entzogen. Seine lokalen Daten wurden entfernt, auch Änderungen, die den Server noch nicht erreicht hatten. Bitte starten Sie AgentDesk erneut, um sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="70"/>
        <source>Server not reachable: %1 does not answer. You can go on working; AgentDesk keeps trying.</source>
        <translation>Server nicht erreichbar: %1 antwortet nicht. Sie können weiterarbeiten; AgentDesk versucht es weiter.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="73"/>
        <source>Server not reachable: %1 does not answer. Please check the server address and your network connection.</source>
        <translation>Server nicht erreichbar: %1 antwortet nicht. Bitte prüfen Sie die Serveradresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="78"/>
        <source>This version of AgentDesk is too old for the server. Please ask your IT department for an update.</source>
        <translation>Diese AgentDesk-Version ist für den Server zu alt. Bitte bitten Sie Ihre IT-Abteilung um ein Update.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="81"/>
        <source>The server refused the request: you lack the permission.</source>
        <translation>Der Server hat die Anfrage abgelehnt: Ihnen fehlt die Berechtigung.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="83"/>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="85"/>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="93"/>
        <source>the certificate has expired</source>
        <translation>das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="94"/>
        <source>the certificate is not valid yet (or this computer&apos;s clock is wrong)</source>
        <translation>das Zertifikat ist noch nicht gültig (oder die Uhr dieses Computers geht falsch)</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="96"/>
        <source>it was issued by a certificate authority this computer does not trust</source>
        <translation>es wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="98"/>
        <source>the certificate is self-signed</source>
        <translation>das Zertifikat ist selbstsigniert</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="99"/>
        <source>the certificate was issued for another server name</source>
        <translation>das Zertifikat wurde für einen anderen Servernamen ausgestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="101"/>
        <source>the certificate has been revoked</source>
        <translation>das Zertifikat wurde widerrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="108"/>
        <source>The security certificate of %1 was not accepted: %2. No connection was made. Please contact your IT department.</source>
        <translation>Das Sicherheitszertifikat von %1 wurde nicht akzeptiert: %2. Es wurde keine Verbindung aufgebaut. Bitte wenden Sie sich an Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="130"/>
        <source>Not permitted</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="131"/>
        <source>Invalid value</source>
        <translation>Ungültiger Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="132"/>
        <source>Status change not possible</source>
        <translation>Statuswechsel nicht möglich</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="133"/>
        <source>Deleted on the server</source>
        <translation>Auf dem Server gelöscht</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="134"/>
        <source>Already exists</source>
        <translation>Existiert bereits</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="135"/>
        <source>Breaks a database rule</source>
        <translation>Verstößt gegen eine Datenbankregel</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="136"/>
        <source>Queue not visible</source>
        <translation>Warteschlange nicht sichtbar</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="137"/>
        <source>Needs an escalation</source>
        <translation>Eskalation nötig</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="138"/>
        <source>Hand-over note incomplete</source>
        <translation>Übergabenotiz unvollständig</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="139"/>
        <source>Reference already taken</source>
        <translation>Ticketnummer schon vergeben</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="141"/>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="157"/>
        <source>what was tried</source>
        <translation>was bereits versucht wurde</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="158"/>
        <source>findings</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="159"/>
        <source>what the customer was told</source>
        <translation>was dem Kunden gesagt wurde</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="163"/>
        <source>The hand-over note is incomplete: %1 is missing.</source>
        <translation>Die Übergabenotiz ist unvollständig. Es fehlt: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="165"/>
        <source>The hand-over note is incomplete.</source>
        <translation>Die Übergabenotiz ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="167"/>
        <source>This record was deleted on the server.</source>
        <translation>Dieser Datensatz wurde auf dem Server gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="168"/>
        <source>A record with this id exists already.</source>
        <translation>Ein Datensatz mit dieser ID existiert bereits.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="169"/>
        <source>The change breaks a rule of the database (a duplicate or a missing reference).</source>
        <translation>Die Änderung verstößt gegen eine Regel der Datenbank (ein Duplikat oder ein fehlender Verweis).</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="171"/>
        <source>You may not work on tickets of this queue.</source>
        <translation>Sie dürfen Tickets dieser Warteschlange nicht bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="173"/>
        <source>A ticket moves to another support level only by escalation or hand-back.</source>
        <translation>Ein Ticket kommt nur durch Eskalieren oder Zurückgeben auf ein anderes Support-Level.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="176"/>
        <source>The server does not know this agent state.</source>
        <translation>Der Server kennt diesen Agentenstatus nicht.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="178"/>
        <source>A break needs a reason.</source>
        <translation>Eine Pause braucht einen Grund.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="179"/>
        <source>The server does not know this break reason.</source>
        <translation>Der Server kennt diesen Pausengrund nicht.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="181"/>
        <source>Only a break has a reason.</source>
        <translation>Nur eine Pause hat einen Grund.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="182"/>
        <source>The time of this change lies in the future. Please check the clock of this computer.</source>
        <translation>Der Zeitpunkt dieser Änderung liegt in der Zukunft. Bitte prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="184"/>
        <source>A state cannot end before it starts.</source>
        <translation>Ein Status kann nicht enden, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="187"/>
        <source>Another ticket already has the reference %1.</source>
        <translation>Ein anderes Ticket hat bereits die Ticketnummer %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="192"/>
        <source>You may only change your own %1.</source>
        <translation>%1: Sie dürfen nur Ihre eigenen ändern.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="195"/>
        <source>Changing %1 needs the role “%2”.</source>
        <translation>%1: Zum Ändern brauchen Sie die Rolle „%2“.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="198"/>
        <source>Changing %1 needs support level %2 or higher.</source>
        <translation>%1: Zum Ändern brauchen Sie Support-Level %2 oder höher.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="200"/>
        <source>%1 cannot be changed this way.</source>
        <translation>%1 lassen sich so nicht ändern.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="202"/>
        <source>You are not permitted to make this change.</source>
        <translation>Sie dürfen diese Änderung nicht vornehmen.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="210"/>
        <source>tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="211"/>
        <source>ticket entries</source>
        <translation>Ticketeinträge</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="212"/>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="213"/>
        <source>organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="214"/>
        <source>phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="215"/>
        <source>e-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="216"/>
        <source>queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="217"/>
        <source>teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="218"/>
        <source>SLA policies</source>
        <translation>SLA-Richtlinien</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="219"/>
        <source>knowledge articles</source>
        <translation>Wissensartikel</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="220"/>
        <source>call scripts</source>
        <translation>Gesprächsleitfäden</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="221"/>
        <source>macros</source>
        <translation>Makros</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="222"/>
        <source>saved views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="223"/>
        <source>agent states</source>
        <translation>Agentenstatus</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="224"/>
        <source>calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="225"/>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="232"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="233"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="234"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="247"/>
        <source>Your note was added to ticket %1, which had been closed meanwhile.</source>
        <translation>Ihre Notiz wurde zum Ticket %1 hinzugefügt, das inzwischen geschlossen worden war.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="250"/>
        <source>Your note was added to a ticket that had been closed meanwhile.</source>
        <translation>Ihre Notiz wurde zu einem Ticket hinzugefügt, das inzwischen geschlossen worden war.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="252"/>
        <source>The server accepted your change with a remark: %1</source>
        <translation>Der Server hat Ihre Änderung mit einem Hinweis übernommen: %1</translation>
    </message>
</context>
<context>
    <name>MoveAgentDialog</name>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="307"/>
        <source>Move agent to queue</source>
        <translation>Agent in Warteschlange verschieben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="322"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="323"/>
        <source>&amp;From queue:</source>
        <translation>&amp;Bisherige Warteschlange:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="324"/>
        <source>&amp;To queue:</source>
        <translation>&amp;Neue Warteschlange:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="328"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="343"/>
        <source>None (add to a queue)</source>
        <translation>Keine (zu einer Warteschlange hinzufügen)</translation>
    </message>
</context>
<context>
    <name>NewCustomerForm</name>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="98"/>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="99"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="100"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="101"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="102"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="118"/>
        <source>Enter a name or an organisation.</source>
        <translation>Geben Sie einen Namen oder eine Organisation ein.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="55"/>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="69"/>
        <source>Reference for the caller</source>
        <translation>Ticketnummer für den Anrufer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="75"/>
        <source>Reference %1</source>
        <translation>Ticketnummer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="79"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="103"/>
        <source>Optional. Without a customer the ticket is not linked to the caller.</source>
        <translation>Optional. Ohne Kunde ist das Ticket nicht mit dem Anrufer verknüpft.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="110"/>
        <source>What is the problem, in a few words?</source>
        <translation>Worum geht es, in wenigen Worten?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="127"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="149"/>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="162"/>
        <source>C&amp;ustomer</source>
        <translation>K&amp;unde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="163"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="164"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="165"/>
        <source>Cate&amp;gory</source>
        <translation>Kate&amp;gorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="166"/>
        <source>&amp;Impact</source>
        <translation>&amp;Auswirkung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="167"/>
        <source>U&amp;rgency</source>
        <translation>D&amp;ringlichkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="168"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="169"/>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="180"/>
        <source>Enter creates the ticket · %1 from the description</source>
        <translation>Enter legt das Ticket an · %1 aus der Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="187"/>
        <source>&amp;Create ticket</source>
        <translation>Ticket an&amp;legen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_ticket_dialog.py" line="251"/>
        <source>Please enter a title.</source>
        <translation>Bitte geben Sie einen Titel ein.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../desktop/app/notifications.py" line="627"/>
        <source>Ticket assigned to you</source>
        <translation>Ticket Ihnen zugewiesen</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="630"/>
        <source>Assigned by %1</source>
        <translation>Zugewiesen von %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="633"/>
        <source>Ticket handed back to your level</source>
        <translation>Ticket an Ihr Level zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="635"/>
        <source>Ticket escalated to your level</source>
        <translation>Ticket an Ihr Level eskaliert</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="640"/>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="642"/>
        <source>SLA at risk</source>
        <translation>SLA gefährdet</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="647"/>
        <source>First response was due at %1</source>
        <translation>Erstreaktion war fällig um %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="649"/>
        <source>First response due at %1</source>
        <translation>Erstreaktion fällig um %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="653"/>
        <source>Solution was due at %1</source>
        <translation>Lösung war fällig um %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="655"/>
        <source>Solution due at %1</source>
        <translation>Lösung fällig um %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="659"/>
        <source>Reminder due</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="665"/>
        <source>%n tickets assigned to you</source>
        <translation>%n Tickets Ihnen zugewiesen</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="668"/>
        <source>%n tickets handed back to your level</source>
        <translation>%n Tickets an Ihr Level zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="670"/>
        <source>%n tickets escalated to your level</source>
        <translation>%n Tickets an Ihr Level eskaliert</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="673"/>
        <source>SLA warning on %n tickets</source>
        <translation>SLA-Warnung bei %n Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/app/notifications.py" line="675"/>
        <source>%n reminders due</source>
        <translation>%n Wiedervorlagen fällig</translation>
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
        <location filename="../../desktop/ui/outbox_panel.py" line="144"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="146"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="151"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="155"/>
        <source>Created</source>
        <translation>Neu angelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="176"/>
        <source>Also changed on the server meanwhile: %1</source>
        <translation>Inzwischen auch auf dem Server geändert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="234"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="234"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="234"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="234"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="235"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="344"/>
        <source>Everything delivered</source>
        <translation>Alles übertragen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="345"/>
        <source>All your changes have reached the server.</source>
        <translation>Alle Ihre Änderungen sind beim Server angekommen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="356"/>
        <source>The server did not take these changes as they are. Decide for each one: resolve a conflict, correct and send again, or discard.</source>
        <translation>Der Server hat diese Änderungen so nicht übernommen. Entscheiden Sie bei jeder: Konflikt lösen, korrigieren und erneut senden oder verwerfen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="364"/>
        <source>Changes not delivered</source>
        <translation>Nicht übertragene Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="396"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Lösen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="398"/>
        <source>&amp;Try again…</source>
        <translation>&amp;Erneut versuchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="400"/>
        <location filename="../../desktop/ui/outbox_panel.py" line="589"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="402"/>
        <source>Dis&amp;miss</source>
        <translation>Zur &amp;Kenntnis genommen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="418"/>
        <source>Open the change</source>
        <translation>Änderung öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="513"/>
        <source>Your change: %1</source>
        <translation>Ihre Änderung: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="580"/>
        <source>Discard your change to “%1”?</source>
        <translation>Ihre Änderung an „%1“ verwerfen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="585"/>
        <source>The record keeps the server&apos;s version. This cannot be undone.</source>
        <translation>Der Datensatz behält den Stand des Servers. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="425"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="579"/>
        <source>Discard change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="614"/>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="615"/>
        <source>The change could not be made: %1</source>
        <translation>Die Änderung war nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>QueueListModel</name>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="87"/>
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="90"/>
        <source>%1, %2 active tickets</source>
        <translation>%1, %2 aktive Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="110"/>
        <source>All queues: %1 new, %2 open, %3 pending</source>
        <translation>Alle Warteschlangen: %1 neu, %2 offen, %3 wartend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="116"/>
        <source>%1: %2 new, %3 open, %4 pending</source>
        <translation>%1: %2 neu, %3 offen, %4 wartend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="122"/>
        <source>SLA: %1 at risk, %2 breached</source>
        <translation>SLA: %1 gefährdet, %2 verletzt</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="317"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="317"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="317"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="317"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="318"/>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="318"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="318"/>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="321"/>
        <source>Calls waiting in the queue</source>
        <translation>Wartende Anrufe in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="322"/>
        <source>Unassigned new or open tickets in the queue</source>
        <translation>Nicht zugewiesene neue oder offene Tickets in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="323"/>
        <source>The longest wait of a call or ticket, counting</source>
        <translation>Die längste Wartezeit eines Anrufs oder Tickets, laufend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="324"/>
        <source>Tickets whose SLA is about to be missed</source>
        <translation>Tickets, deren SLA demnächst verletzt wird</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="325"/>
        <source>Tickets whose SLA was missed</source>
        <translation>Tickets, deren SLA verletzt wurde</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="249"/>
        <source>Reassign tickets</source>
        <translation>Tickets neu zuweisen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/supervisor_actions.py" line="252"/>
        <source>%n ticket(s) selected.</source>
        <translation>
            <numerusform>%n Ticket ausgewählt.</numerusform>
            <numerusform>%n Tickets ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="258"/>
        <source>Keep the owner</source>
        <translation>Bearbeiter beibehalten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="263"/>
        <source>Keep the queue</source>
        <translation>Warteschlange beibehalten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="266"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Bearbeiter:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="267"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="269"/>
        <source>A new queue must be of the tickets&apos; support level.</source>
        <translation>Eine neue Warteschlange muss auf dem Support-Level der Tickets liegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="276"/>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="261"/>
        <source>Send change again</source>
        <translation>Änderung erneut senden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="270"/>
        <source>The server refused this change: %1</source>
        <translation>Der Server hat diese Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="278"/>
        <source>Correct your change and send it again.</source>
        <translation>Korrigieren Sie Ihre Änderung und senden Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="298"/>
        <source>The change is sent again as it is.</source>
        <translation>Die Änderung wird unverändert erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_panel.py" line="306"/>
        <source>&amp;Send again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="474"/>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="474"/>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="481"/>
        <source>For example: Printers in my queues</source>
        <translation>Zum Beispiel: Drucker in meinen Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="483"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="484"/>
        <source>&amp;Share with my team</source>
        <translation>Mit meinem Team &amp;teilen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="490"/>
        <source>You are not in a team.</source>
        <translation>Sie gehören keinem Team an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="502"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="522"/>
        <source>You have a view with this name: saving replaces it.</source>
        <translation>Sie haben bereits eine Ansicht mit diesem Namen: Speichern ersetzt sie.</translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="54"/>
        <source>Enter a phone number.</source>
        <translation>Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="55"/>
        <source>The caller withheld the number.</source>
        <translation>Der Anrufer hat seine Nummer unterdrückt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="56"/>
        <source>This is not a phone number.</source>
        <translation>Das ist keine Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="57"/>
        <source>The phone number is too short.</source>
        <translation>Die Telefonnummer ist zu kurz.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="58"/>
        <source>The phone number is too long.</source>
        <translation>Die Telefonnummer ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="59"/>
        <source>There is no country with this code.</source>
        <translation>Es gibt kein Land mit dieser Ländervorwahl.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="60"/>
        <source>This phone number does not exist. Check the area code.</source>
        <translation>Diese Telefonnummer gibt es nicht. Prüfen Sie die Vorwahl.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="62"/>
        <source>This is not a valid phone number.</source>
        <translation>Das ist keine gültige Telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="68"/>
        <source>An e-mail address needs an @.</source>
        <translation>Eine E-Mail-Adresse braucht ein @.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="69"/>
        <source>The part before the @ is not valid.</source>
        <translation>Der Teil vor dem @ ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="70"/>
        <source>The part after the @ is not a valid domain.</source>
        <translation>Der Teil nach dem @ ist keine gültige Domain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="71"/>
        <source>The e-mail address is too long.</source>
        <translation>Die E-Mail-Adresse ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="73"/>
        <source>This is not a valid e-mail address.</source>
        <translation>Das ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="205"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="209"/>
        <source>&amp;New customer</source>
        <translation>Neuer &amp;Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="240"/>
        <source>Number withheld</source>
        <translation>Rufnummer unterdrückt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="243"/>
        <source>Caller number</source>
        <translation>Rufnummer des Anrufers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="252"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="259"/>
        <source>Unknown number. Create the customer while you talk.</source>
        <translation>Unbekannte Nummer. Legen Sie den Kunden während des Gesprächs an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="264"/>
        <source>&amp;Open customer</source>
        <translation>Kunden &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="266"/>
        <source>Known customer.</source>
        <translation>Bekannter Kunde.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="270"/>
        <source>More customers use this number than are shown. Choose one, or search for the caller by name.</source>
        <translation>Mehr Kunden nutzen diese Nummer, als angezeigt werden. Wählen Sie einen aus oder suchen Sie den Anrufer nach Namen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/screen_pop.py" line="276"/>
        <source>%n customer(s) use this number. Choose one.</source>
        <translation>
            <numerusform>%n Kunde nutzt diese Nummer.</numerusform>
            <numerusform>%n Kunden nutzen diese Nummer. Wählen Sie einen aus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="283"/>
        <source>&amp;Create customer</source>
        <translation>Kunden &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="325"/>
        <source>Outgoing call</source>
        <translation>Ausgehender Anruf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="325"/>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="328"/>
        <source>Call in progress</source>
        <translation>Gespräch läuft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="332"/>
        <source>Call ended</source>
        <translation>Gespräch beendet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/screen_pop.py" line="332"/>
        <source>Missed call</source>
        <translation>Verpasster Anruf</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="88"/>
        <source>The script has no steps.</source>
        <translation>Der Gesprächsleitfaden hat keine Schritte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="90"/>
        <source>The start step “%1” does not exist.</source>
        <translation>Den Startschritt „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="94"/>
        <source>The step id “%1” may only use letters, digits, _ . and - (at most 80).</source>
        <translation>Die Schritt-ID „%1“ darf nur Buchstaben, Ziffern, _ . und - enthalten (höchstens 80).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="101"/>
        <source>Step “%1”: the question id “%2” may only use letters, digits and _.</source>
        <translation>Schritt „%1“: Die Fragen-ID „%2“ darf nur Buchstaben, Ziffern und _ enthalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="110"/>
        <source>Step “%1”: the question id “%2” is used more than once in the script.</source>
        <translation>Schritt „%1“: Die Fragen-ID „%2“ kommt im Leitfaden mehrmals vor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="119"/>
        <source>Step “%1”: question “%2” has an unknown type.</source>
        <translation>Schritt „%1“: Die Frage „%2“ hat einen unbekannten Typ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="126"/>
        <source>Step “%1”: question “%2” has no answers to choose from.</source>
        <translation>Schritt „%1“: Die Frage „%2“ hat keine Antworten zur Auswahl.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="134"/>
        <source>Step “%1”: question “%2” lists “%3” twice.</source>
        <translation>Schritt „%1“: Die Frage „%2“ führt „%3“ doppelt auf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="143"/>
        <source>Step “%1”: question “%2” has a minimum above its maximum.</source>
        <translation>Schritt „%1“: Bei der Frage „%2“ liegt das Minimum über dem Maximum.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="151"/>
        <source>Step “%1” branches to “%2”, which does not exist.</source>
        <translation>Schritt „%1“ verzweigt zu „%2“, den es nicht gibt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="159"/>
        <source>Step “%1” cannot be reached from the start.</source>
        <translation>Schritt „%1“ ist vom Start aus nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="162"/>
        <source>Step “%1” has neither an outcome nor a branch.</source>
        <translation>Schritt „%1“ hat weder ein Ergebnis noch eine Verzweigung.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="166"/>
        <source>The steps %1 go round in a loop that never reaches an outcome.</source>
        <translation>Die Schritte %1 bilden eine Schleife, die nie zu einem Ergebnis führt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="172"/>
        <source>Step “%1”: the answer “%2” to “%3” has no branch.</source>
        <translation>Schritt „%1“: Für die Antwort „%2“ auf „%3“ gibt es keine Verzweigung.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="181"/>
        <source>Step “%1” branches on “%2”, which is no question of the script.</source>
        <translation>Schritt „%1“ verzweigt nach „%2“, das keine Frage des Leitfadens ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="190"/>
        <source>Step “%1”: “%2” is not an answer of “%3”.</source>
        <translation>Schritt „%1“: „%2“ ist keine Antwort auf „%3“.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="199"/>
        <source>Step “%1”: unknown condition “%2”.</source>
        <translation>Schritt „%1“: unbekannte Bedingung „%2“.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="204"/>
        <source>Step “%1” ends with an unknown outcome.</source>
        <translation>Schritt „%1“ endet mit einem unbekannten Ergebnis.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="207"/>
        <source>Step “%1” ends escalated but names no level to escalate to.</source>
        <translation>Schritt „%1“ endet mit einer Eskalation, nennt aber kein Level, an das eskaliert wird.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="214"/>
        <source>Step “%1” escalates to level %2; only levels 2 and 3 exist.</source>
        <translation>Schritt „%1“ eskaliert an Level %2; es gibt nur die Level 2 und 3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="222"/>
        <source>Step “%1” sets the unknown ticket field “%2”.</source>
        <translation>Schritt „%1“ setzt das unbekannte Ticketfeld „%2“.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="229"/>
        <source>Step “%1” sets “%2” to an invalid value.</source>
        <translation>Schritt „%1“ setzt „%2“ auf einen ungültigen Wert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="236"/>
        <source>Step “%1” uses the placeholder {%2}, which does not exist.</source>
        <translation>Schritt „%1“ verwendet den Platzhalter {%2}, den es nicht gibt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="243"/>
        <source>Step “%1” has no text.</source>
        <translation>Schritt „%1“ hat keinen Text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="245"/>
        <source>Step “%1”: some answers may match no branch; add a branch without a condition.</source>
        <translation>Schritt „%1“: Manche Antworten passen womöglich zu keiner Verzweigung; fügen Sie eine Verzweigung ohne Bedingung hinzu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="253"/>
        <source>Step “%1” ends the script, so its branches are never used.</source>
        <translation>Schritt „%1“ beendet den Leitfaden, daher werden seine Verzweigungen nie verwendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="265"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="266"/>
        <source>Yes / no</source>
        <translation>Ja / Nein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="267"/>
        <source>One choice</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="268"/>
        <source>Several choices</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="269"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="270"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="271"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="272"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="278"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="280"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="384"/>
        <source>Call script editor</source>
        <translation>Gesprächsleitfaden-Editor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="392"/>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="425"/>
        <location filename="../../desktop/ui/script_editor.py" line="1095"/>
        <source>Call script editor – %1 (revision %2)</source>
        <translation>Gesprächsleitfaden-Editor – %1 (Version %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="440"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="443"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="444"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="447"/>
        <source>Any queue</source>
        <translation>Jede Warteschlange</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="451"/>
        <source>any number</source>
        <translation>jede Nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="453"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="454"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="455"/>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="456"/>
        <source>&amp;Dialled number:</source>
        <translation>Gewählte R&amp;ufnummer:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="464"/>
        <source>Descr&amp;iption:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="473"/>
        <source>S&amp;teps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="481"/>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="483"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="485"/>
        <source>Make start</source>
        <translation>Zum Start machen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="492"/>
        <location filename="../../desktop/ui/script_editor.py" line="658"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="494"/>
        <location filename="../../desktop/ui/script_editor.py" line="1057"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="495"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="501"/>
        <source>Problems of the script</source>
        <translation>Probleme des Leitfadens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="510"/>
        <source>&amp;Import YAML…</source>
        <translation>YAML &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="512"/>
        <source>&amp;Export YAML…</source>
        <translation>YAML &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="514"/>
        <source>Chec&amp;k</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="516"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="518"/>
        <source>Save &amp;draft</source>
        <translation>Entwurf spei&amp;chern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="520"/>
        <source>&amp;Publish</source>
        <translation>Ver&amp;öffentlichen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="543"/>
        <source>Step &amp;id:</source>
        <translation>Schritt-I&amp;D:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="545"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="550"/>
        <source>What the agent says or does. Placeholders: %1</source>
        <translation>Was der Agent sagt oder tut. Platzhalter: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="555"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="560"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="561"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="562"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="563"/>
        <source>Answers (a|b|c)</source>
        <translation>Antworten (a|b|c)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="564"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="573"/>
        <source>Add &amp;question</source>
        <translation>&amp;Frage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="575"/>
        <source>Remove question</source>
        <translation>Frage entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="583"/>
        <source>Questions:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="588"/>
        <source>When (e.g. device = Printer; count &gt;= 10; empty: otherwise)</source>
        <translation>Wenn (z. B. device = Printer; count &gt;= 10; leer: sonst)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="591"/>
        <source>Go to step</source>
        <translation>Weiter zu Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="600"/>
        <source>Add &amp;branch</source>
        <translation>Ver&amp;zweigung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="602"/>
        <source>Remove branch</source>
        <translation>Verzweigung entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="610"/>
        <source>Branches:</source>
        <translation>Verzweigungen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="613"/>
        <source>none: go on along a branch</source>
        <translation>keins: über eine Verzweigung weiter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="617"/>
        <source>&amp;Outcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="620"/>
        <source>no escalation</source>
        <translation>keine Eskalation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="621"/>
        <source>Propose escalation to &amp;level:</source>
        <translation>Eskalation an &amp;Level vorschlagen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="623"/>
        <source>Hand-over: tried</source>
        <translation>Übergabe: bereits versucht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="625"/>
        <source>Hand-over: findings</source>
        <translation>Übergabe: Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="627"/>
        <source>Hand-over: told the customer</source>
        <translation>Übergabe: Information an den Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="630"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="633"/>
        <source>impact unchanged</source>
        <translation>Auswirkung unverändert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="636"/>
        <source>urgency unchanged</source>
        <translation>Dringlichkeit unverändert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="639"/>
        <source>Set ticket fields:</source>
        <translation>Ticketfelder setzen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="642"/>
        <source>knowledge article ids, separated by commas</source>
        <translation>IDs von Wissensartikeln, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="644"/>
        <source>Show a&amp;rticles:</source>
        <translation>&amp;Artikel anzeigen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="659"/>
        <source>Visits</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="660"/>
        <source>Average time (s)</source>
        <translation>Durchschnittliche Zeit (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="661"/>
        <source>Calls left here</source>
        <translation>Hier abgebrochene Gespräche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="662"/>
        <source>Ended here</source>
        <translation>Hier beendet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="679"/>
        <source>A new script has no runs yet.</source>
        <translation>Ein neuer Leitfaden wurde noch nicht durchlaufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="688"/>
        <source>%1 runs: %2 finished, %3 in progress, %4 left without an outcome. Outcomes: %5</source>
        <translation>%1 Durchläufe: %2 abgeschlossen, %3 laufend, %4 ohne Ergebnis abgebrochen. Ergebnisse: %5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="697"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="893"/>
        <source>Step “%1”: cannot read the condition “%2”; it was left out.</source>
        <translation>Schritt „%1“: Die Bedingung „%2“ ist nicht lesbar und wurde weggelassen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="954"/>
        <source>There is a step “%1” already.</source>
        <translation>Es gibt bereits einen Schritt „%1“.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1005"/>
        <source>The script cannot be read: %1</source>
        <translation>Der Leitfaden kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1015"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1017"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1038"/>
        <source>The script needs a name.</source>
        <translation>Der Leitfaden braucht einen Namen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/script_editor.py" line="1042"/>
        <source>%n problem(s) must be fixed before publishing.</source>
        <translation>
            <numerusform>%n Problem muss vor dem Veröffentlichen behoben werden.</numerusform>
            <numerusform>%n Probleme müssen vor dem Veröffentlichen behoben werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1044"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1070"/>
        <source>Draft saved as revision %1.</source>
        <translation>Entwurf als Version %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1079"/>
        <location filename="../../desktop/ui/script_editor.py" line="1088"/>
        <source>The script was not published.</source>
        <translation>Der Leitfaden wurde nicht veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1102"/>
        <source>Published as revision %1. Calls already running keep their revision.</source>
        <translation>Als Version %1 veröffentlicht. Bereits laufende Gespräche behalten ihre Version.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1124"/>
        <source> (line %1, column %2)</source>
        <translation> (Zeile %1, Spalte %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1131"/>
        <source>The file cannot be imported: %1%2</source>
        <translation>Die Datei kann nicht importiert werden: %1%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1158"/>
        <source>Import call script</source>
        <translation>Gesprächsleitfaden importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1160"/>
        <location filename="../../desktop/ui/script_editor.py" line="1181"/>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1167"/>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1179"/>
        <source>Export call script</source>
        <translation>Gesprächsleitfaden exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1188"/>
        <source>The file cannot be written: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_editor.py" line="1191"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="89"/>
        <source>Please answer this question.</source>
        <translation>Bitte beantworten Sie diese Frage.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="90"/>
        <source>Choose yes or no.</source>
        <translation>Wählen Sie Ja oder Nein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="91"/>
        <source>Choose one of the answers.</source>
        <translation>Wählen Sie eine der Antworten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="92"/>
        <source>Tick answers from the list.</source>
        <translation>Kreuzen Sie Antworten aus der Liste an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="93"/>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="94"/>
        <source>Enter at least %1.</source>
        <translation>Geben Sie mindestens %1 ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="95"/>
        <source>Enter at most %1.</source>
        <translation>Geben Sie höchstens %1 ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="96"/>
        <source>Enter a date.</source>
        <translation>Geben Sie ein Datum ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="97"/>
        <source>Enter a valid phone number, e.g. +49 89 1234567.</source>
        <translation>Geben Sie eine gültige Telefonnummer ein, z. B. +49 89 1234567.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="98"/>
        <source>Enter a valid e-mail address, e.g. name@example.com.</source>
        <translation>Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="102"/>
        <source>Enter at most %1 characters.</source>
        <translation>Geben Sie höchstens %1 Zeichen ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="104"/>
        <source>Enter text.</source>
        <translation>Geben Sie einen Text ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="105"/>
        <source>This question is not part of the current step.</source>
        <translation>Diese Frage gehört nicht zum aktuellen Schritt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="144"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="144"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="184"/>
        <source>e.g. +49 89 1234567</source>
        <translation>z. B. +49 89 1234567</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="185"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="204"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="209"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="211"/>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="367"/>
        <source>No call script</source>
        <translation>Kein Gesprächsleitfaden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="368"/>
        <source>Select a ticket to see its call script.</source>
        <translation>Wählen Sie ein Ticket, um den Gesprächsleitfaden zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="384"/>
        <location filename="../../desktop/ui/script_panel.py" line="397"/>
        <source>Call script</source>
        <translation>Gesprächsleitfaden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="398"/>
        <source>&amp;Script:</source>
        <translation>&amp;Leitfaden:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="402"/>
        <source>&amp;Start script</source>
        <translation>Leitfaden &amp;starten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="423"/>
        <source>Path so far</source>
        <translation>Bisheriger Weg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="438"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="455"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="457"/>
        <source>One step back (Alt+Left)</source>
        <translation>Einen Schritt zurück (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="459"/>
        <source>Restart</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="462"/>
        <source>Back to the first step (Alt+Home)</source>
        <translation>Zurück zum ersten Schritt (Alt+Pos1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="465"/>
        <location filename="../../desktop/ui/script_panel.py" line="652"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="467"/>
        <source>Save the answers and go on (Enter)</source>
        <translation>Antworten speichern und weiter (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="497"/>
        <source>Hand-over note</source>
        <translation>Übergabenotiz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="502"/>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="506"/>
        <source>Start another script</source>
        <translation>Anderen Leitfaden starten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="588"/>
        <source>Suggested for this call: %1</source>
        <translation>Vorschlag für dieses Gespräch: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="592"/>
        <source>No script is set up for this call; pick one.</source>
        <translation>Für dieses Gespräch ist kein Leitfaden hinterlegt; wählen Sie einen aus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="595"/>
        <source>There are no call scripts yet.</source>
        <translation>Es gibt noch keine Gesprächsleitfäden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="625"/>
        <source>revision %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="627"/>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="652"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="703"/>
        <source>The script continues at step “%1”, which does not exist. Tell a supervisor.</source>
        <translation>Der Leitfaden geht bei Schritt „%1“ weiter, den es nicht gibt. Informieren Sie einen Supervisor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="711"/>
        <source>No branch of the script fits these answers. Change an answer or tell a supervisor.</source>
        <translation>Keine Verzweigung des Leitfadens passt zu diesen Antworten. Ändern Sie eine Antwort oder informieren Sie einen Supervisor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="767"/>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="773"/>
        <source>The transcript was added to the ticket.</source>
        <translation>Das Protokoll wurde zum Ticket hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="775"/>
        <source>Ticket fields were set from the script.</source>
        <translation>Ticketfelder wurden aus dem Leitfaden gesetzt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="777"/>
        <source>Preview: nothing was saved.</source>
        <translation>Vorschau: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/script_panel.py" line="783"/>
        <source>Hand-over to level %1 (prefilled)</source>
        <translation>Übergabe an Level %1 (vorausgefüllt)</translation>
    </message>
</context>
<context>
    <name>ScriptRuns</name>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="185"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="185"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="190"/>
        <source>solved at first contact</source>
        <translation>beim Erstkontakt gelöst</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="191"/>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="192"/>
        <source>escalated to level 2</source>
        <translation>an Level 2 eskaliert</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="193"/>
        <source>escalated to level 3</source>
        <translation>an Level 3 eskaliert</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="194"/>
        <source>callback scheduled</source>
        <translation>Rückruf vereinbart</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="195"/>
        <source>not our case</source>
        <translation>nicht zuständig</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="196"/>
        <source>ticket created</source>
        <translation>Ticket angelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="197"/>
        <source>refused (identity not confirmed)</source>
        <translation>abgelehnt (Identität nicht bestätigt)</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="203"/>
        <source>Call script “{name}” (revision {revision})</source>
        <translation>Gesprächsleitfaden „{name}“ (Version {revision})</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="204"/>
        <source>Outcome: {outcome}</source>
        <translation>Ergebnis: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="205"/>
        <source>Time: {seconds} s</source>
        <translation>Dauer: {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop/app/script_runs.py" line="206"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="62"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="63"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="64"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="65"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="66"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="67"/>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="68"/>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="69"/>
        <source>Sync interval</source>
        <translation>Synchronisierungsintervall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="70"/>
        <source>Request timeout</source>
        <translation>Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="71"/>
        <source>Company certificates (PEM file)</source>
        <translation>Firmenzertifikate (PEM-Datei)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="73"/>
        <source>Trust the system&apos;s certificate store</source>
        <translation>Dem Zertifikatsspeicher des Systems vertrauen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="75"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="76"/>
        <source>Offer to stay signed in</source>
        <translation>„Angemeldet bleiben“ anbieten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="77"/>
        <source>Notify me when a ticket is assigned to me</source>
        <translation>Benachrichtigen, wenn mir ein Ticket zugewiesen wird</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="79"/>
        <source>Notify me when a ticket is escalated to my level</source>
        <translation>Benachrichtigen, wenn ein Ticket an mein Level eskaliert wird</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="81"/>
        <source>Notify me when an SLA of my tickets is at risk</source>
        <translation>Benachrichtigen, wenn bei meinen Tickets ein SLA gefährdet ist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="83"/>
        <source>Notify me when a reminder falls due</source>
        <translation>Benachrichtigen, wenn eine Wiedervorlage fällig wird</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="85"/>
        <source>Click-to-dial address</source>
        <translation>Click-to-Dial-Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="86"/>
        <source>Encrypt the local database</source>
        <translation>Lokale Datenbank verschlüsseln</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="94"/>
        <location filename="../../desktop/ui/settings_dialog.py" line="97"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="98"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="99"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="100"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="102"/>
        <source>Debug (everything)</source>
        <translation>Debug (alles)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="103"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="104"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="105"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="115"/>
        <source>Enter the server address as http://host:port or https://host.</source>
        <translation>Geben Sie die Serveradresse als http://host:port oder https://host ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="120"/>
        <source>Enter the proxy as http://host:port (empty: the system&apos;s proxy).</source>
        <translation>Geben Sie den Proxy als http://host:port ein (leer: der Proxy des Systems).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="125"/>
        <source>The sync interval must be between %1 and %2 seconds.</source>
        <translation>Das Synchronisierungsintervall muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="131"/>
        <source>The timeout must be between %1 and %2 seconds.</source>
        <translation>Das Zeitlimit muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="139"/>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="142"/>
        <source>The file %1 contains no certificate in PEM format.</source>
        <translation>Die Datei %1 enthält kein Zertifikat im PEM-Format.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="147"/>
        <source>Enter a full folder path.</source>
        <translation>Geben Sie einen vollständigen Ordnerpfad ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="149"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="154"/>
        <source>This value is not valid here.</source>
        <translation>Dieser Wert ist hier ungültig.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="181"/>
        <location filename="../../desktop/ui/settings_dialog.py" line="190"/>
        <location filename="../../desktop/ui/settings_dialog.py" line="208"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="194"/>
        <source>Some settings are set by your administrator and cannot be changed here.</source>
        <translation>Einige Einstellungen sind von Ihrer Administration festgelegt und können hier nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="247"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="249"/>
        <source>Choose: %1</source>
        <translation>Auswählen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="262"/>
        <location filename="../../desktop/ui/settings_dialog.py" line="263"/>
        <source>Set by your administrator</source>
        <translation>Von Ihrer Administration festgelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="265"/>
        <source>Set for this session by the environment or the command line; a change here applies when that is gone.</source>
        <translation>Für diese Sitzung durch die Umgebung oder die Befehlszeile festgelegt; eine Änderung hier gilt erst, wenn diese Vorgabe wegfällt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="312"/>
        <source>Empty: the system&apos;s proxy settings</source>
        <translation>Leer: die Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="314"/>
        <source>Empty: the standard folder</source>
        <translation>Leer: der Standardordner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="323"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="383"/>
        <source>This setting could not be saved: %1</source>
        <translation>Diese Einstellung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="397"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="402"/>
        <source>Change the settings of AgentDesk (%1)</source>
        <translation>Die Einstellungen von AgentDesk ändern (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="417"/>
        <source>Settings saved. Some changes take effect when AgentDesk is started again.</source>
        <translation>Einstellungen gespeichert. Einige Änderungen werden erst nach einem Neustart von AgentDesk wirksam.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="421"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <location filename="../../desktop/app/supervisor.py" line="465"/>
        <source>The server refused: that agent, queue or team is not in your team.</source>
        <translation>Der Server hat abgelehnt: Dieser Agent, diese Warteschlange oder dieses Team gehört nicht zu Ihrem Team.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/supervisor.py" line="467"/>
        <source>The server refused: the team view is for supervisors of this team only.</source>
        <translation>Der Server hat abgelehnt: Die Teamansicht ist nur für Supervisoren dieses Teams.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/supervisor.py" line="470"/>
        <source>The server did not do it: %1 (%2)</source>
        <translation>Der Server hat es nicht ausgeführt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/app/supervisor.py" line="473"/>
        <source>The server&apos;s answer could not be read, so the figures were not updated. The last figures stay on screen.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden, daher wurden die Zahlen nicht aktualisiert. Die letzten Zahlen bleiben angezeigt.</translation>
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="46"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="47"/>
        <source>Answered calls</source>
        <translation>Angenommene Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="48"/>
        <source>Abandoned calls</source>
        <translation>Abgebrochene Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="49"/>
        <source>Calls for the service level</source>
        <translation>Anrufe für das Service-Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="50"/>
        <source>Tickets created</source>
        <translation>Angelegte Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="51"/>
        <source>Tickets resolved</source>
        <translation>Gelöste Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="52"/>
        <source>Open tickets</source>
        <translation>Offene Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="53"/>
        <source>Tickets at risk</source>
        <translation>Gefährdete Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="54"/>
        <source>Tickets with a breached SLA</source>
        <translation>Tickets mit verletztem SLA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="55"/>
        <source>Escalated tickets</source>
        <translation>Eskalierte Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/supervisor_actions.py" line="62"/>
        <source>Team view</source>
        <translation>Teamansicht</translation>
    </message>
</context>
<context>
    <name>TeamCharts</name>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="135"/>
        <location filename="../../desktop/ui/team_charts.py" line="266"/>
        <source>Calls and tickets per hour</source>
        <translation>Anrufe und Tickets pro Stunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="136"/>
        <location filename="../../desktop/ui/team_charts.py" line="292"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="138"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="141"/>
        <source>Staffed agents</source>
        <translation>Angemeldete Agenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="164"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="174"/>
        <location filename="../../desktop/ui/team_charts.py" line="267"/>
        <source>Service level through the day</source>
        <translation>Service-Level im Tagesverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="176"/>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="186"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="202"/>
        <location filename="../../desktop/ui/team_charts.py" line="268"/>
        <source>Backlog trend</source>
        <translation>Backlog-Entwicklung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="204"/>
        <source>Open tickets</source>
        <translation>Offene Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_charts.py" line="251"/>
        <source>Charts need the Qt Charts module, which is not installed.</source>
        <translation>Diagramme benötigen das Modul Qt Charts, das nicht installiert ist.</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="118"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="119"/>
        <source>On a call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="120"/>
        <source>After-call work</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="121"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="122"/>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="123"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="131"/>
        <source>lunch</source>
        <translation>Mittagspause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="132"/>
        <source>short break</source>
        <translation>kurze Pause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="133"/>
        <source>meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="134"/>
        <source>personal</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="135"/>
        <source>technical issue</source>
        <translation>technisches Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="416"/>
        <source>Enter or double click: list what is behind this figure</source>
        <translation>Eingabe oder Doppelklick: auflisten, was hinter dieser Zahl steht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="495"/>
        <location filename="../../desktop/ui/team_view.py" line="783"/>
        <location filename="../../desktop/ui/team_view.py" line="1227"/>
        <source>Team view</source>
        <translation>Teamansicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="537"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="538"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="539"/>
        <source>Date range</source>
        <translation>Datumsbereich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="540"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="541"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="546"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="546"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="552"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="554"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="559"/>
        <source>My team</source>
        <translation>Mein Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="562"/>
        <location filename="../../desktop/ui/team_view.py" line="1246"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="563"/>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="568"/>
        <source>Support level</source>
        <translation>Support-Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="569"/>
        <source>All levels</source>
        <translation>Alle Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="574"/>
        <location filename="../../desktop/ui/team_view.py" line="1231"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="575"/>
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="579"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="626"/>
        <location filename="../../desktop/ui/team_view.py" line="1230"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="628"/>
        <location filename="../../desktop/ui/team_view.py" line="1233"/>
        <location filename="../../desktop/ui/team_view.py" line="1245"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="700"/>
        <location filename="../../desktop/ui/team_view.py" line="1275"/>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="701"/>
        <location filename="../../desktop/ui/team_view.py" line="1277"/>
        <source>Avg. speed of answer</source>
        <translation>Ø Annahmezeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="702"/>
        <location filename="../../desktop/ui/team_view.py" line="1278"/>
        <source>Avg. handling time</source>
        <translation>Ø Bearbeitungszeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="703"/>
        <location filename="../../desktop/ui/team_view.py" line="1293"/>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="704"/>
        <location filename="../../desktop/ui/team_view.py" line="1290"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="705"/>
        <location filename="../../desktop/ui/team_view.py" line="1281"/>
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="706"/>
        <location filename="../../desktop/ui/team_view.py" line="1280"/>
        <source>First-contact resolution</source>
        <translation>Erstlösungsquote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="707"/>
        <source>Escalation rate</source>
        <translation>Eskalationsquote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="708"/>
        <location filename="../../desktop/ui/team_view.py" line="1287"/>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="709"/>
        <location filename="../../desktop/ui/team_view.py" line="1294"/>
        <source>Tickets created</source>
        <translation>Angelegte Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="710"/>
        <location filename="../../desktop/ui/team_view.py" line="1295"/>
        <source>Tickets resolved</source>
        <translation>Gelöste Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="711"/>
        <location filename="../../desktop/ui/team_view.py" line="1289"/>
        <source>Customer satisfaction</source>
        <translation>Kundenzufriedenheit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="729"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="730"/>
        <source>Read the figures from the server again</source>
        <translation>Die Zahlen erneut vom Server lesen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="732"/>
        <source>&amp;Wallboard</source>
        <translation>&amp;Wallboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="733"/>
        <source>Large figures on the whole screen, readable across the room</source>
        <translation>Große Zahlen im Vollbild, quer durch den Raum lesbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="735"/>
        <source>Wallboard &amp;thresholds…</source>
        <translation>Wallboard-&amp;Grenzwerte…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="736"/>
        <source>The service level and waiting times that turn the wallboard amber or red</source>
        <translation>Service-Level und Wartezeiten, ab denen das Wallboard gelb oder rot wird</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="739"/>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="740"/>
        <source>Save agents, queues and KPIs as a CSV file</source>
        <translation>Agenten, Warteschlangen und KPIs als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="742"/>
        <source>Export as &amp;PDF report…</source>
        <translation>Als &amp;PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="743"/>
        <source>Save the KPIs, tables and charts as a PDF report</source>
        <translation>KPIs, Tabellen und Diagramme als PDF-Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="745"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="746"/>
        <source>Close the team view</source>
        <translation>Die Teamansicht schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="748"/>
        <source>Re&amp;assign tickets…</source>
        <translation>Tickets neu &amp;zuweisen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="750"/>
        <source>List the open tickets of the selected agent or queue to reassign them</source>
        <translation>Die offenen Tickets des markierten Agenten oder der markierten Warteschlange auflisten, um sie neu zuzuweisen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="752"/>
        <source>&amp;Move agent to queue…</source>
        <translation>Agent in Warteschlange &amp;verschieben…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="753"/>
        <source>Move the selected agent to another queue</source>
        <translation>Den markierten Agenten in eine andere Warteschlange verschieben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="755"/>
        <source>&amp;Broadcast to the team…</source>
        <translation>&amp;Nachricht an das Team…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="756"/>
        <source>Show a short message on the desktops of the team</source>
        <translation>Eine kurze Nachricht auf den Bildschirmen des Teams anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="758"/>
        <source>Go to &amp;agents</source>
        <translation>Zu den &amp;Agenten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="759"/>
        <source>Put the keyboard in the agents table</source>
        <translation>Den Tastaturfokus in die Agententabelle setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="760"/>
        <source>Go to &amp;queues</source>
        <translation>Zu den &amp;Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="761"/>
        <source>Put the keyboard in the queues table</source>
        <translation>Den Tastaturfokus in die Warteschlangentabelle setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="762"/>
        <source>Go to &amp;KPIs</source>
        <translation>Zu den &amp;KPIs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="764"/>
        <source>Put the keyboard on the first KPI</source>
        <translation>Den Tastaturfokus auf die erste KPI setzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="765"/>
        <source>Choose the &amp;period</source>
        <translation>&amp;Zeitraum wählen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="766"/>
        <source>Choose today, this week or a range</source>
        <translation>Heute, diese Woche oder einen Datumsbereich wählen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="769"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="777"/>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="780"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="925"/>
        <source>Updated %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="953"/>
        <source>%1 of %2 answered within %3 s</source>
        <translation>%1 von %2 innerhalb von %3 s angenommen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team_view.py" line="957"/>
        <source>%Ln call(s) answered</source>
        <translation>
            <numerusform>%Ln Anruf angenommen</numerusform>
            <numerusform>%Ln Anrufe angenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team_view.py" line="962"/>
        <source>%1 of %Ln call(s)</source>
        <translation>
            <numerusform>%1 von %Ln Anruf</numerusform>
            <numerusform>%1 von %Ln Anrufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="959"/>
        <source>talk, hold and after-call work</source>
        <translation>Gespräch, Halten und Nachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="964"/>
        <source>%1 answered</source>
        <translation>%1 angenommen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="966"/>
        <source>of the time ready for calls</source>
        <translation>der anrufbereiten Zeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="968"/>
        <source>solved in the first contact</source>
        <translation>beim ersten Kontakt gelöst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="972"/>
        <source>L2 %1 · L3 %2</source>
        <translation>L2 %1 · L3 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="977"/>
        <source>average age %1 h</source>
        <translation>Durchschnittsalter %1 h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="983"/>
        <source>where recorded</source>
        <translation>soweit erfasst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/team_view.py" line="1017"/>
        <source>%n ticket(s) reassigned.</source>
        <translation>
            <numerusform>%n Ticket neu zugewiesen.</numerusform>
            <numerusform>%n Tickets neu zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1019"/>
        <source>The agent was moved.</source>
        <translation>Der Agent wurde verschoben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1020"/>
        <source>The message was sent to the team.</source>
        <translation>Die Nachricht wurde an das Team gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1169"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1191"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1192"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1198"/>
        <source>Export as PDF report</source>
        <translation>Als PDF-Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1199"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1231"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1231"/>
        <source>In state (s)</source>
        <translation>Im Status (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1232"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1232"/>
        <source>Call time (s)</source>
        <translation>Gesprächsdauer (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1232"/>
        <source>Open tickets</source>
        <translation>Offene Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1233"/>
        <source>Handled today</source>
        <translation>Heute bearbeitet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1246"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1246"/>
        <source>Waiting calls</source>
        <translation>Wartende Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1247"/>
        <source>Waiting tickets</source>
        <translation>Wartende Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1247"/>
        <source>Longest wait (s)</source>
        <translation>Längste Wartezeit (s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1248"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1248"/>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1255"/>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1256"/>
        <location filename="../../desktop/ui/team_view.py" line="1323"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1256"/>
        <location filename="../../desktop/ui/team_view.py" line="1323"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1256"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1268"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1276"/>
        <source>Service level target</source>
        <translation>Service-Level-Ziel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1279"/>
        <source>Abandonment rate</source>
        <translation>Abbruchquote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1284"/>
        <source>Escalation rate level %1</source>
        <translation>Eskalationsquote Level %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1288"/>
        <source>Backlog average age</source>
        <translation>Durchschnittsalter des Backlogs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1291"/>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1292"/>
        <source>Answered within target</source>
        <translation>Innerhalb des Ziels angenommen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="1337"/>
        <source>Team report</source>
        <translation>Teambericht</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="330"/>
        <source>Wallboard thresholds</source>
        <translation>Wallboard-Grenzwerte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="348"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="350"/>
        <source>Service level &amp;target (green from):</source>
        <translation>Service-Level-&amp;Ziel (grün ab):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="351"/>
        <source>Service level &amp;warning (amber from):</source>
        <translation>Service-Level-&amp;Warnung (gelb ab):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="352"/>
        <source>Longest wait a&amp;mber from:</source>
        <translation>Längste Wartezeit &amp;gelb ab:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="353"/>
        <source>Longest wait &amp;red from:</source>
        <translation>Längste Wartezeit &amp;rot ab:</translation>
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
    <name>TicketEditor</name>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="137"/>
        <source>Whole organisation</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="138"/>
        <source>Department or site</source>
        <translation>Abteilung oder Standort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="139"/>
        <source>Team or group</source>
        <translation>Team oder Gruppe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="140"/>
        <source>One person</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="141"/>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="148"/>
        <source>Work has stopped</source>
        <translation>Arbeit steht still</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="149"/>
        <source>Severely hindered</source>
        <translation>Stark behindert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="150"/>
        <source>Hindered</source>
        <translation>Behindert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="151"/>
        <source>Slightly hindered</source>
        <translation>Leicht behindert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="152"/>
        <source>Can wait</source>
        <translation>Kann warten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="159"/>
        <source>Waiting for the customer</source>
        <translation>Wartet auf den Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="161"/>
        <source>Reminder</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="172"/>
        <location filename="../../desktop/ui/ticket_editor.py" line="1121"/>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="173"/>
        <location filename="../../desktop/ui/ticket_editor.py" line="1120"/>
        <source>Call log</source>
        <translation>Anrufprotokoll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="174"/>
        <location filename="../../desktop/ui/ticket_editor.py" line="1118"/>
        <source>Message to the customer</source>
        <translation>Nachricht an den Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="182"/>
        <source>What was tried</source>
        <translation>Bereits versucht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="183"/>
        <source>Findings</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="184"/>
        <source>What the customer was told</source>
        <translation>Information an den Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="508"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="509"/>
        <source>Copy the reference (%1)</source>
        <translation>Ticketnummer kopieren (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="518"/>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="520"/>
        <source>Throw away the unsaved changes</source>
        <translation>Die nicht gespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="523"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="525"/>
        <source>Save the changes (%1)</source>
        <translation>Änderungen speichern (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="556"/>
        <source>Pending reason</source>
        <translation>Grund für „Wartend“</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="572"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="594"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="598"/>
        <source>Queues of the ticket&apos;s level. To move it to another level, escalate it or hand it back.</source>
        <translation>Warteschlangen auf dem Level des Tickets. Auf ein anderes Level kommt es durch Eskalieren oder Zurückgeben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="646"/>
        <source>Ticket fields</source>
        <translation>Ticketfelder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="669"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="669"/>
        <source>C&amp;all log</source>
        <translation>Anruf&amp;protokoll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="670"/>
        <source>&amp;Message to the customer</source>
        <translation>Nachricht an den &amp;Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="687"/>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="690"/>
        <location filename="../../desktop/ui/ticket_editor.py" line="1047"/>
        <source>Write an internal note…</source>
        <translation>Interne Notiz schreiben…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="694"/>
        <source>%1 adds the entry</source>
        <translation>%1 fügt den Eintrag hinzu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="697"/>
        <source>Add &amp;entry</source>
        <translation>&amp;Eintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="718"/>
        <location filename="../../desktop/ui/ticket_editor.py" line="720"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="799"/>
        <source>This ticket is no longer on this computer: it was moved to a queue you do not see, or deleted.</source>
        <translation>Dieses Ticket ist nicht mehr auf diesem Computer: Es wurde in eine Warteschlange verschoben, die Sie nicht sehen, oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="814"/>
        <source>Reference %1</source>
        <translation>Ticketnummer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="841"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="966"/>
        <source>Priority follows from impact × urgency</source>
        <translation>Die Priorität ergibt sich aus Auswirkung × Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="975"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="977"/>
        <source>Entry not added yet</source>
        <translation>Eintrag noch nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="988"/>
        <source>(gone)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1024"/>
        <source>Ticket %1 saved.</source>
        <translation>Ticket %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1048"/>
        <source>What was said on the phone…</source>
        <translation>Was am Telefon besprochen wurde…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1049"/>
        <source>Write to the customer…</source>
        <translation>An den Kunden schreiben…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1087"/>
        <source>%1 added to %2.</source>
        <translation>%1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1096"/>
        <source>Reference %1 copied.</source>
        <translation>Ticketnummer %1 kopiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1107"/>
        <source>Timeline (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1117"/>
        <source>Message from the customer</source>
        <translation>Nachricht vom Kunden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1122"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1123"/>
        <source>Handed back</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1124"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1125"/>
        <source>Call script transcript</source>
        <translation>Gesprächsleitfaden-Protokoll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1162"/>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1163"/>
        <source>back to %1</source>
        <translation>zurück an %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1168"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1196"/>
        <source>No entries yet.</source>
        <translation>Noch keine Einträge.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="1215"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>TicketMessages</name>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="196"/>
        <source>A ticket cannot go from “%1” to “%2”.</source>
        <translation>Ein Ticket kann nicht von „%1“ zu „%2“ wechseln.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="201"/>
        <source>The hand-over note is missing: %1.</source>
        <translation>In der Übergabenotiz fehlt: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="204"/>
        <source>Impact must be 1 to %1.</source>
        <translation>Die Auswirkung muss 1 bis %1 sein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="207"/>
        <source>Urgency must be 1 to %1.</source>
        <translation>Die Dringlichkeit muss 1 bis %1 sein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="211"/>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="212"/>
        <source>The category</source>
        <translation>Die Kategorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="213"/>
        <source>The macro&apos;s name</source>
        <translation>Der Name des Makros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="214"/>
        <source>The shortcut</source>
        <translation>Das Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="215"/>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="218"/>
        <source>That queue is on another support level. Use “Escalate” or “Hand back” to move the ticket there.</source>
        <translation>Diese Warteschlange liegt auf einem anderen Support-Level. Verschieben Sie das Ticket mit „Eskalieren“ oder „Zurückgeben“ dorthin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="221"/>
        <source>There is no queue on this computer for new tickets. Please synchronise first.</source>
        <translation>Auf diesem Computer gibt es keine Warteschlange für neue Tickets. Bitte synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="224"/>
        <source>The ticket is on the 3rd level already and cannot be escalated further.</source>
        <translation>Das Ticket ist schon im 3rd Level und kann nicht weiter eskaliert werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="227"/>
        <source>A ticket on level %1 can only be escalated to a level %2 queue.</source>
        <translation>Ein Ticket auf Level %1 kann nur in eine Warteschlange auf Level %2 eskaliert werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="231"/>
        <source>Only level %1 or higher can move this ticket between levels.</source>
        <translation>Nur Level %1 oder höher kann dieses Ticket zwischen Levels verschieben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="234"/>
        <source>A ticket can only be handed back to a lower level.</source>
        <translation>Ein Ticket kann nur an ein niedrigeres Level zurückgegeben werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="237"/>
        <source>This ticket is no longer on this computer.</source>
        <translation>Dieses Ticket ist nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="239"/>
        <source>Please enter a title.</source>
        <translation>Bitte geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="240"/>
        <source>Please choose why the ticket is pending.</source>
        <translation>Bitte wählen Sie, warum das Ticket wartet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="242"/>
        <source>This queue is not on this computer.</source>
        <translation>Diese Warteschlange ist nicht auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="243"/>
        <source>This person is not on this computer.</source>
        <translation>Diese Person ist nicht auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="244"/>
        <source>This customer is not on this computer.</source>
        <translation>Dieser Kunde ist nicht auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="246"/>
        <source>This field cannot be changed here.</source>
        <translation>Dieses Feld kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="247"/>
        <source>This kind of entry cannot be added here.</source>
        <translation>Diese Art von Eintrag kann hier nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="249"/>
        <source>Please write something first.</source>
        <translation>Bitte schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="250"/>
        <source>Please give a reason for handing the ticket back.</source>
        <translation>Bitte nennen Sie einen Grund für die Rückgabe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="252"/>
        <source>The support level is not valid.</source>
        <translation>Das Support-Level ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="253"/>
        <source>A resolved or closed ticket must be reopened before it is escalated or handed back.</source>
        <translation>Ein gelöstes oder geschlossenes Ticket muss erst wieder geöffnet werden, bevor es eskaliert oder zurückgegeben wird.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="255"/>
        <source>This macro is no longer on this computer.</source>
        <translation>Dieses Makro ist nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="257"/>
        <source>Only the macro&apos;s owner can change it.</source>
        <translation>Nur der Eigentümer des Makros kann es ändern.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="258"/>
        <source>Please give the macro a name.</source>
        <translation>Bitte geben Sie dem Makro einen Namen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="259"/>
        <source>The macro&apos;s actions are not valid.</source>
        <translation>Die Aktionen des Makros sind ungültig.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_editor.py" line="264"/>
        <source>The change could not be made: %1</source>
        <translation>Die Änderung war nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="84"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="85"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="87"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="88"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="89"/>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="90"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="91"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="92"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="93"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="94"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="95"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="96"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="240"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="242"/>
        <location filename="../../desktop/ui/main_window.py" line="303"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="245"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="278"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="301"/>
        <source>The SLA clock is paused while the ticket waits for the customer.</source>
        <translation>Die SLA-Uhr ruht, solange das Ticket auf den Kunden wartet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="305"/>
        <source>First response due: %1</source>
        <translation>Erstreaktion fällig: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="307"/>
        <source>Solution due: %1</source>
        <translation>Lösung fällig: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="308"/>
        <source>Within target</source>
        <translation>Im Zeitplan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="309"/>
        <source>SLA at risk</source>
        <translation>SLA gefährdet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="310"/>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="345"/>
        <source>Business time left until the next SLA target</source>
        <translation>Verbleibende Geschäftszeit bis zum nächsten SLA-Ziel</translation>
    </message>
</context>
<context>
    <name>TicketTabs</name>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="39"/>
        <source>Open tickets</source>
        <translation>Geöffnete Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="128"/>
        <source>Preview: the next ticket you select replaces it. %1</source>
        <translation>Vorschau: Das nächste Ticket, das Sie auswählen, ersetzt sie. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="172"/>
        <source>Save the changes to ticket %1?</source>
        <translation>Änderungen an Ticket %1 speichern?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/ticket_tabs.py" line="174"/>
        <source>Save the changes to %n open ticket(s)?</source>
        <translation>
            <numerusform>Änderungen an %n offenen Ticket speichern?</numerusform>
            <numerusform>Änderungen an %n offenen Tickets speichern?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="175"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="179"/>
        <source>Edited fields are saved and typed entries are added. If you discard them, they are lost.</source>
        <translation>Geänderte Felder werden gespeichert und geschriebene Einträge hinzugefügt. Wenn Sie sie verwerfen, gehen sie verloren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="182"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_tabs.py" line="184"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="75"/>
        <source>No ticket open</source>
        <translation>Kein Ticket geöffnet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="76"/>
        <source>Select a ticket in the list to see it here; Enter opens it for editing. %1 creates a new ticket.</source>
        <translation>Wählen Sie ein Ticket in der Liste, um es hier zu sehen; Enter öffnet es zum Bearbeiten. %1 legt ein neues Ticket an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="116"/>
        <source>&amp;New ticket…</source>
        <translation>&amp;Neues Ticket…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="117"/>
        <source>Create a ticket, for example from a call</source>
        <translation>Ein Ticket anlegen, zum Beispiel aus einem Anruf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="118"/>
        <source>&amp;Open selected ticket</source>
        <translation>Markiertes Ticket &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="120"/>
        <source>Open the ticket selected in the list in a tab</source>
        <translation>Das in der Liste markierte Ticket in einem Tab öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="121"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="122"/>
        <source>Save the changes to the current ticket</source>
        <translation>Die Änderungen am aktuellen Ticket speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="123"/>
        <source>Re&amp;vert changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="125"/>
        <source>Discard the unsaved changes to the current ticket</source>
        <translation>Die nicht gespeicherten Änderungen am aktuellen Ticket verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="126"/>
        <source>C&amp;lose tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="128"/>
        <source>Next ticket tab</source>
        <translation>Nächster Ticket-Tab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="130"/>
        <source>Previous ticket tab</source>
        <translation>Vorheriger Ticket-Tab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="133"/>
        <source>Go to the open tic&amp;ket</source>
        <translation>Zum &amp;geöffneten Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="135"/>
        <source>&amp;Take</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="136"/>
        <source>Make yourself the owner of the ticket</source>
        <translation>Das Ticket selbst übernehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="137"/>
        <source>&amp;Assign to…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="139"/>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="141"/>
        <source>Put the ticket back into its queue without owner</source>
        <translation>Das Ticket ohne Bearbeiter in seine Warteschlange zurücklegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="142"/>
        <source>A&amp;dd note</source>
        <translation>No&amp;tiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="144"/>
        <source>Log a &amp;call</source>
        <translation>&amp;Anruf protokollieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="146"/>
        <source>&amp;Write to the customer</source>
        <translation>An den &amp;Kunden schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="148"/>
        <source>Cop&amp;y reference</source>
        <translation>Ticketnummer ko&amp;pieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="150"/>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="152"/>
        <source>Hand the ticket over to the next support level</source>
        <translation>Das Ticket an das nächste Support-Level übergeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="153"/>
        <source>&amp;Hand back…</source>
        <translation>Zu&amp;rückgeben…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="155"/>
        <source>Hand the ticket back to a lower support level</source>
        <translation>Das Ticket an ein niedrigeres Support-Level zurückgeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="156"/>
        <source>Run &amp;macro…</source>
        <translation>&amp;Makro ausführen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="158"/>
        <source>Mana&amp;ge macros…</source>
        <translation>Makros ver&amp;walten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="160"/>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="175"/>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="352"/>
        <source>You took ticket %1.</source>
        <translation>Sie haben Ticket %1 übernommen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="358"/>
        <source>Ticket %1 is back in its queue.</source>
        <translation>Ticket %1 liegt wieder in seiner Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="367"/>
        <source>Assign %1 to</source>
        <translation>%1 zuweisen an</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="368"/>
        <source>Type a name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="368"/>
        <source>Nobody to assign to yet.</source>
        <translation>Noch niemand da, dem Sie das Ticket zuweisen können.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="378"/>
        <source>Ticket %1 assigned to %2.</source>
        <translation>Ticket %1 an %2 zugewiesen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="404"/>
        <source>Ticket %1 escalated.</source>
        <translation>Ticket %1 eskaliert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="413"/>
        <source>Ticket %1 handed back.</source>
        <translation>Ticket %1 zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="448"/>
        <source>Ticket %1 created.</source>
        <translation>Ticket %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="459"/>
        <source>Run a macro on %1</source>
        <translation>Makro auf %1 ausführen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="460"/>
        <source>Type part of the name</source>
        <translation>Teil des Namens eingeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="461"/>
        <source>No macros yet. Create one under Ticket → Manage macros.</source>
        <translation>Noch keine Makros. Legen Sie eines unter Ticket → Makros verwalten an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="479"/>
        <source>Macro “%1” applied to %2.</source>
        <translation>Makro „%1“ auf %2 angewendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="536"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_workflow.py" line="537"/>
        <source>Save your changes before signing out?</source>
        <translation>Ihre Änderungen vor dem Abmelden speichern?</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="71"/>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="74"/>
        <source>&amp;Show AgentDesk</source>
        <translation>AgentDesk &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="80"/>
        <source>Notify when a ticket is &amp;assigned to me</source>
        <translation>Benachrichtigen, wenn mir ein Ticket &amp;zugewiesen wird</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="81"/>
        <source>Notify when a ticket is &amp;escalated to my level</source>
        <translation>Benachrichtigen, wenn ein Ticket an mein Level &amp;eskaliert wird</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="82"/>
        <source>Notify about &amp;SLA warnings on my tickets</source>
        <translation>Über &amp;SLA-Warnungen zu meinen Tickets benachrichtigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="83"/>
        <source>Notify when a &amp;reminder is due</source>
        <translation>Benachrichtigen, wenn eine &amp;Wiedervorlage fällig ist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="94"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="181"/>
        <source>Set by your administrator</source>
        <translation>Von Ihrer Administration festgelegt</translation>
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
<context>
    <name>ViewsPanel</name>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="61"/>
        <source>My open tickets</source>
        <translation>Meine offenen Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="62"/>
        <source>Unassigned in my queues</source>
        <translation>Ohne Bearbeiter in meinen Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="63"/>
        <source>Escalated to me or my level</source>
        <translation>An mich oder mein Level eskaliert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="64"/>
        <source>SLA at risk</source>
        <translation>SLA gefährdet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="65"/>
        <source>Pending with reminder due</source>
        <translation>Wartend mit fälliger Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="66"/>
        <source>Recently closed by me</source>
        <translation>Kürzlich von mir geschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="79"/>
        <source>Please give the view a name.</source>
        <translation>Bitte geben Sie der Ansicht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="80"/>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Der Name ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="82"/>
        <source>You already have a view called “%1”.</source>
        <translation>Sie haben bereits eine Ansicht namens „%1“.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="83"/>
        <source>Only supervisors share views with a team.</source>
        <translation>Nur Supervisoren können Ansichten mit einem Team teilen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="85"/>
        <source>You are not in a team to share the view with.</source>
        <translation>Sie gehören keinem Team an, mit dem Sie die Ansicht teilen könnten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="87"/>
        <source>The view no longer exists.</source>
        <translation>Die Ansicht gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="88"/>
        <source>Only its owner or a supervisor can change this view.</source>
        <translation>Nur der Eigentümer oder ein Supervisor kann diese Ansicht ändern.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="93"/>
        <source>The view cannot be saved: %1</source>
        <translation>Die Ansicht kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="111"/>
        <source>My views</source>
        <translation>Meine Ansichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="112"/>
        <source>Team views</source>
        <translation>Team-Ansichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="172"/>
        <source>Shared with your team</source>
        <translation>Mit Ihrem Team geteilt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="237"/>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="295"/>
        <location filename="../../desktop/ui/views_panel.py" line="300"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="316"/>
        <location filename="../../desktop/ui/views_panel.py" line="320"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="336"/>
        <source>&amp;Rename view…</source>
        <translation>Ansicht &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="342"/>
        <source>&amp;Delete view…</source>
        <translation>Ansicht &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views_panel.py" line="556"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>WallTile</name>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="134"/>
        <source>On target</source>
        <translation>Im Ziel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="135"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="136"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="186"/>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="190"/>
        <source>Team today</source>
        <translation>Team heute</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="196"/>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="197"/>
        <source>Calls waiting</source>
        <translation>Wartende Anrufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="198"/>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="199"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="200"/>
        <source>On a call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="201"/>
        <source>After-call work / break</source>
        <translation>Nachbearbeitung / Pause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="202"/>
        <source>Tickets at risk</source>
        <translation>Gefährdete Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="203"/>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="204"/>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="209"/>
        <source>F11 or Esc: leave the wallboard</source>
        <translation>F11 oder Esc: Wallboard verlassen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wallboard.py" line="301"/>
        <source>target %1 within %2 s</source>
        <translation>Ziel %1 innerhalb von %2 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/wallboard.py" line="306"/>
        <source>%1 of %Ln call(s)</source>
        <translation>
            <numerusform>%1 von %Ln Anruf</numerusform>
            <numerusform>%1 von %Ln Anrufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrapUpBar</name>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="99"/>
        <source>After-call work</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="110"/>
        <source>Wrap-up &amp;code:</source>
        <translation>Abschluss&amp;code:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="113"/>
        <source>Wrap-up code</source>
        <translation>Abschlusscode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="114"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="118"/>
        <source>Th&amp;en:</source>
        <translation>Da&amp;nach:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="121"/>
        <source>Status after the wrap-up</source>
        <translation>Status nach der Nachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="131"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="133"/>
        <source>Save the wrap-up code and end the after-call work (Enter)</source>
        <translation>Abschlusscode speichern und Nachbearbeitung beenden (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="163"/>
        <source>unknown caller</source>
        <translation>unbekannter Anrufer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="166"/>
        <source>Call with %1</source>
        <translation>Gespräch mit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/wrap_up.py" line="167"/>
        <source>+%n more call(s) to wrap up</source>
        <translation>
            <numerusform>+%n weiterer Anruf zur Nachbearbeitung</numerusform>
            <numerusform>+%n weitere Anrufe zur Nachbearbeitung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="179"/>
        <source>No codes</source>
        <translation>Keine Codes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="187"/>
        <source>Longer than the after-call work limit</source>
        <translation>Länger als die vorgesehene Nachbearbeitungszeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wrap_up.py" line="211"/>
        <source>Choose a wrap-up code first.</source>
        <translation>Wählen Sie zuerst einen Abschlusscode.</translation>
    </message>
</context>
</TS>
