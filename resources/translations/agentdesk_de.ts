<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="176"/>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="252"/>
        <source>AgentDesk cannot start</source>
        <translation>AgentDesk kann nicht starten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="253"/>
        <source>The data on this computer was written by a newer version of AgentDesk. Please install that version, or ask your IT department for help.</source>
        <translation>Die Daten auf diesem Computer stammen von einer neueren AgentDesk-Version. Bitte installieren Sie diese Version oder wenden Sie sich an Ihre IT-Abteilung.</translation>
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
        <location filename="../../desktop/ui/main_window.py" line="113"/>
        <source>AgentDesk — %1</source>
        <translation>AgentDesk — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="114"/>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="151"/>
        <location filename="../../desktop/ui/main_window.py" line="155"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>Ticket status filter</source>
        <translation>Filter nach Ticketstatus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184"/>
        <source>Active tickets</source>
        <translation>Aktive Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="185"/>
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="198"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="264"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="266"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269"/>
        <location filename="../../desktop/ui/main_window.py" line="514"/>
        <source>Knowledge</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>Call script</source>
        <translation>Gesprächsleitfaden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="304"/>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="305"/>
        <source>Fetch the newest tickets from the server</source>
        <translation>Die neuesten Tickets vom Server holen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="307"/>
        <source>Sign &amp;in again…</source>
        <translation>Erneut an&amp;melden…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="310"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="311"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="315"/>
        <source>Go to &amp;queues</source>
        <translation>Zu den &amp;Warteschlangen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="317"/>
        <source>Go to &amp;tickets</source>
        <translation>Zu den &amp;Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="319"/>
        <source>Choose the status &amp;filter</source>
        <translation>Status&amp;filter wählen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="329"/>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="331"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="332"/>
        <source>&amp;About AgentDesk</source>
        <translation>&amp;Über AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="346"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="469"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln Ticket</numerusform>
            <numerusform>%Ln Tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="511"/>
        <source>No customer yet</source>
        <translation>Noch kein Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="512"/>
        <source>Select a ticket to see its customer.</source>
        <translation>Wählen Sie ein Ticket, um den Kunden zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="514"/>
        <source>Select a ticket to see matching articles.</source>
        <translation>Wählen Sie ein Ticket, um passende Artikel zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="516"/>
        <location filename="../../desktop/ui/main_window.py" line="527"/>
        <source>No call script</source>
        <translation>Kein Gesprächsleitfaden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="516"/>
        <source>Select a ticket to see its call script.</source>
        <translation>Wählen Sie ein Ticket, um den Gesprächsleitfaden zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="521"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="523"/>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="524"/>
        <source>This ticket has no customer.</source>
        <translation>Diesem Ticket ist kein Kunde zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="525"/>
        <source>No matching articles</source>
        <translation>Keine passenden Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="526"/>
        <source>No knowledge articles match this ticket yet.</source>
        <translation>Zu diesem Ticket passen noch keine Wissensartikel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="528"/>
        <source>There is no call script for this queue yet.</source>
        <translation>Für diese Warteschlange gibt es noch keinen Gesprächsleitfaden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="548"/>
        <source>Synchronising…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="551"/>
        <source>Synchronising… %1 records</source>
        <translation>Synchronisiere… %1 Datensätze</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="576"/>
        <source>Not synchronised yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="578"/>
        <source>Last sync: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="586"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="587"/>
        <source>Sign out of AgentDesk? The tickets stay on this computer.</source>
        <translation>Von AgentDesk abmelden? Die Tickets bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="606"/>
        <source>Show or hide the panel “%1”</source>
        <translation>Bereich „%1“ ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="613"/>
        <location filename="../../desktop/ui/main_window.py" line="617"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="622"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="622"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="648"/>
        <source>About AgentDesk</source>
        <translation>Über AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="649"/>
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
</TS>
