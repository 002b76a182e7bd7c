<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="176"/>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Your sign-in has expired. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="252"/>
        <source>AgentDesk cannot start</source>
        <translation>AgentDesk cannot start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="253"/>
        <source>The data on this computer was written by a newer version of AgentDesk. Please install that version, or ask your IT department for help.</source>
        <translation>The data on this computer was written by a newer version of AgentDesk. Please install that version, or ask your IT department for help.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="16"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="27"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="29"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="42"/>
        <location filename="../../desktop/ui/labels.py" line="43"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="44"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="45"/>
        <source>Customer reply</source>
        <translation>Customer reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="46"/>
        <source>Customer message</source>
        <translation>Customer message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="47"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="48"/>
        <location filename="../../desktop/ui/labels.py" line="61"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="49"/>
        <location filename="../../desktop/ui/labels.py" line="50"/>
        <source>Script transcript</source>
        <translation>Script transcript</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="51"/>
        <location filename="../../desktop/ui/labels.py" line="52"/>
        <source>Escalation hand-over</source>
        <translation>Escalation hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="53"/>
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="60"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="62"/>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="63"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="64"/>
        <source>In person</source>
        <translation>In person</translation>
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
        <translation>Sign in to AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="84"/>
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="86"/>
        <source>Sign in to your support workplace.</source>
        <translation>Sign in to your support workplace.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="101"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="107"/>
        <source>Set by your administrator.</source>
        <translation>Set by your administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="108"/>
        <source>You are signing in again to the same server.</source>
        <translation>You are signing in again to the same server.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="111"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="114"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="117"/>
        <source>&amp;Remember me</source>
        <translation>&amp;Remember me</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="119"/>
        <source>Remember me</source>
        <translation>Remember me</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="123"/>
        <source>This computer has no password safe (keyring), so AgentDesk cannot keep your sign-in. You will be asked for your password at every start.</source>
        <translation>This computer has no password safe (keyring), so AgentDesk cannot keep your sign-in. You will be asked for your password at every start.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="128"/>
        <source>Your administrator has turned off keeping the sign-in.</source>
        <translation>Your administrator has turned off keeping the sign-in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="131"/>
        <source>Keep the sign-in in this computer&apos;s password safe. Your password itself is never stored.</source>
        <translation>Keep the sign-in in this computer&apos;s password safe. Your password itself is never stored.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="134"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="136"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="138"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="149"/>
        <source>Sign-in problem</source>
        <translation>Sign-in problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="153"/>
        <location filename="../../desktop/ui/login_dialog.py" line="227"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="157"/>
        <source>Work &amp;offline</source>
        <translation>Work &amp;offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="160"/>
        <source>Open the tickets stored on this computer. Changes are sent when the server is reachable again.</source>
        <translation>Open the tickets stored on this computer. Changes are sent when the server is reachable again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="227"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="248"/>
        <source>Please enter the server address.</source>
        <translation>Please enter the server address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="252"/>
        <source>Please enter your user name.</source>
        <translation>Please enter your user name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="256"/>
        <source>Please enter your password.</source>
        <translation>Please enter your password.</translation>
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
        <translation>Queues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>Ticket status filter</source>
        <translation>Ticket status filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184"/>
        <source>Active tickets</source>
        <translation>Active tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="185"/>
        <source>All tickets</source>
        <translation>All tickets</translation>
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
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="269"/>
        <location filename="../../desktop/ui/main_window.py" line="514"/>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="272"/>
        <source>Call script</source>
        <translation>Call script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="304"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="305"/>
        <source>Fetch the newest tickets from the server</source>
        <translation>Fetch the newest tickets from the server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="307"/>
        <source>Sign &amp;in again…</source>
        <translation>Sign &amp;in again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="310"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="311"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="315"/>
        <source>Go to &amp;queues</source>
        <translation>Go to &amp;queues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="317"/>
        <source>Go to &amp;tickets</source>
        <translation>Go to &amp;tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="319"/>
        <source>Choose the status &amp;filter</source>
        <translation>Choose the status &amp;filter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="329"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="331"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="332"/>
        <source>&amp;About AgentDesk</source>
        <translation>&amp;About AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="346"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="469"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="511"/>
        <source>No customer yet</source>
        <translation>No customer yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="512"/>
        <source>Select a ticket to see its customer.</source>
        <translation>Select a ticket to see its customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="514"/>
        <source>Select a ticket to see matching articles.</source>
        <translation>Select a ticket to see matching articles.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="516"/>
        <location filename="../../desktop/ui/main_window.py" line="527"/>
        <source>No call script</source>
        <translation>No call script</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="516"/>
        <source>Select a ticket to see its call script.</source>
        <translation>Select a ticket to see its call script.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="521"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="523"/>
        <source>No customer</source>
        <translation>No customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="524"/>
        <source>This ticket has no customer.</source>
        <translation>This ticket has no customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="525"/>
        <source>No matching articles</source>
        <translation>No matching articles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="526"/>
        <source>No knowledge articles match this ticket yet.</source>
        <translation>No knowledge articles match this ticket yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="528"/>
        <source>There is no call script for this queue yet.</source>
        <translation>There is no call script for this queue yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="548"/>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="551"/>
        <source>Synchronising… %1 records</source>
        <translation>Synchronising… %1 records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="576"/>
        <source>Not synchronised yet</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="578"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="586"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="587"/>
        <source>Sign out of AgentDesk? The tickets stay on this computer.</source>
        <translation>Sign out of AgentDesk? The tickets stay on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="606"/>
        <source>Show or hide the panel “%1”</source>
        <translation>Show or hide the panel “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="613"/>
        <location filename="../../desktop/ui/main_window.py" line="617"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="622"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="622"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="648"/>
        <source>About AgentDesk</source>
        <translation>About AgentDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="649"/>
        <source>&lt;h3&gt;AgentDesk %1&lt;/h3&gt;&lt;p&gt;The workplace for 1st, 2nd and 3rd level support: tickets, customers, knowledge and call scripts — also when the network is gone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AgentDesk %1&lt;/h3&gt;&lt;p&gt;The workplace for 1st, 2nd and 3rd level support: tickets, customers, knowledge and call scripts — also when the network is gone.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/app/messages.py" line="37"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="38"/>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>Your sign-in is no longer valid. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="40"/>
        <source>The server at %1 sends AgentDesk on to %2. Please use that address as the server address.</source>
        <translation>The server at %1 sends AgentDesk on to %2. Please use that address as the server address.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="44"/>
        <source>The server at %1 answered, but not like an AgentDesk server. Please check the server address.</source>
        <translation>The server at %1 answered, but not like an AgentDesk server. Please check the server address.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="49"/>
        <source>The security certificate of %1 was not accepted, so no connection was made. Please contact your IT department.</source>
        <translation>The security certificate of %1 was not accepted, so no connection was made. Please contact your IT department.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="53"/>
        <source>The server at %1 has a problem (error %2). You can go on working; AgentDesk keeps trying.</source>
        <translation>The server at %1 has a problem (error %2). You can go on working; AgentDesk keeps trying.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="58"/>
        <source>Server not reachable: %1 does not answer. You can go on working; AgentDesk keeps trying.</source>
        <translation>Server not reachable: %1 does not answer. You can go on working; AgentDesk keeps trying.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="61"/>
        <source>Server not reachable: %1 does not answer. Please check the server address and your network connection.</source>
        <translation>Server not reachable: %1 does not answer. Please check the server address and your network connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="66"/>
        <source>This version of AgentDesk is too old for the server. Please ask your IT department for an update.</source>
        <translation>This version of AgentDesk is too old for the server. Please ask your IT department for an update.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="69"/>
        <source>The server refused the request: you lack the permission.</source>
        <translation>The server refused the request: you lack the permission.</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="71"/>
        <source>The server refused the request: %1</source>
        <translation>The server refused the request: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/app/messages.py" line="73"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>OnlineIndicator</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="86"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
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
        <translation>Connection: %1</translation>
    </message>
</context>
<context>
    <name>QueueListModel</name>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="73"/>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="76"/>
        <source>%1, %2 active tickets</source>
        <translation>%1, %2 active tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="91"/>
        <source>All queues: %1 new, %2 open, %3 pending</source>
        <translation>All queues: %1 new, %2 open, %3 pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/queue_model.py" line="96"/>
        <source>%1: %2 new, %3 open, %4 pending</source>
        <translation>%1: %2 new, %3 open, %4 pending</translation>
    </message>
</context>
<context>
    <name>TicketDetailView</name>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="32"/>
        <source>No ticket selected</source>
        <translation>No ticket selected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="33"/>
        <source>Select a ticket in the list to see its details and timeline.</source>
        <translation>Select a ticket in the list to see its details and timeline.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="68"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="69"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="70"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="71"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="72"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="73"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="74"/>
        <source>Solution due</source>
        <translation>Solution due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="93"/>
        <source>Description and timeline</source>
        <translation>Description and timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="133"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="148"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="149"/>
        <source>No description.</source>
        <translation>No description.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="150"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_detail.py" line="151"/>
        <source>No entries yet.</source>
        <translation>No entries yet.</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="191"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="192"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="193"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="194"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ticket_model.py" line="195"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
</TS>
